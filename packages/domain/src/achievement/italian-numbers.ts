/**
 * Italian number and date forms for the calculation in words ("150 su 200 → 75%", "91.690",
 * "0,1", "31/12/2019"). By hand, because Intl's it-IT leaves 4-digit numbers ungrouped ("1234").
 */
export function formatNumberIt(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole = '0', fraction = ''] = String(rounded).includes('e')
    ? rounded.toFixed(maxDecimals).replace(/0+$/, '').split('.')
    : String(rounded).split('.');
  const sign = value < 0 && rounded !== 0 ? '−' : '';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${sign}${grouped},${fraction}` : `${sign}${grouped}`;
}

export function formatPercentIt(value: number): string {
  return `${formatNumberIt(value)}%`;
}

/** 2019-12-31 → 31/12/2019 */
export function formatDateIt(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return y && m && d ? `${d}/${m}/${y}` : isoDate;
}
