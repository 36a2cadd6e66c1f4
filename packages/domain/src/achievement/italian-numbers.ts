import { groupThousands } from '../format/italian.ts';

/**
 * Italian number and date forms for the calculation in words ("150 su 200 → 75%", "91.690",
 * "0,1", "31/12/2019"). By hand, because Intl's it-IT leaves 4-digit numbers ungrouped ("1234").
 */
export function formatNumberIt(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const plain = String(rounded);
  // Tiny numbers print as "1e-7"; toFixed spells them out (and keeps the exponent from 1e21 up).
  const text = plain.includes('e')
    ? rounded
        .toFixed(maxDecimals)
        .replace(/(\.\d*?)0+$/, '$1')
        .replace(/\.$/, '')
    : plain;
  const sign = value < 0 && rounded !== 0 ? '−' : '';
  if (text.includes('e')) return `${sign}${text}`;
  const dot = text.indexOf('.');
  const whole = dot === -1 ? text : text.slice(0, dot);
  const grouped = groupThousands(whole);
  return dot === -1 ? `${sign}${grouped}` : `${sign}${grouped},${text.slice(dot + 1)}`;
}

export function formatPercentIt(value: number): string {
  return `${formatNumberIt(value)}%`;
}

/** 2019-12-31 → 31/12/2019 */
export function formatDateIt(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return y && m && d ? `${d}/${m}/${y}` : isoDate;
}
