import { type Cell, cellText, isDateCell } from './cell.ts';

export type NumberParse =
  | { ok: true; value: number | null; text: string | null }
  | { ok: false; message: string };

// Italian: dot groups thousands, comma marks decimals. A group run must start with 1-9 so that
// "0.100" is not read as one hundred.
const THOUSANDS = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_DECIMAL = /^\d*,\d+$|^\d+$/;
// A dot that cannot be a thousands separator ("0.1", "1.5", "12.3456") is a decimal point, as
// files written by programs in English locales have it.
const DOT_DECIMAL = /^\d*\.\d+$/;

/** One number in Italian or plain form, without sign or surrounding words; null when it is not one. */
function parseBareNumber(s: string): number | null {
  if (THOUSANDS.test(s)) return Number(s.replaceAll('.', '').replace(',', '.'));
  if (COMMA_DECIMAL.test(s)) return Number(s.replace(',', '.'));
  if (DOT_DECIMAL.test(s)) return Number(s);
  return null;
}

const NUMBER_ONLY = /^[-−+]?\s*[\d.,]+$/;
// "Almeno 80%", "≥ 90", "100 %", "5 giorni": words or comparison signs before, a percent sign or a
// short word after, and exactly one number.
const QUALIFIED = /^([^\d]{0,40}?)\s*([-−+]?)\s*([\d.,]*\d)\s*(%?)\s*([^\d]{0,30})$/u;
const WORDISH = /^[\p{L}\s'’.≥≤<>=:€]*$/u;

/**
 * Reads a number as Italian comuni write it: `91.690` → 91690, `1.234,5` → 1234.5, `0,1` → 0.1,
 * `80%` and `Almeno 80%` → 80 with the text kept (it says more than the number). A cell typed as a
 * number in a spreadsheet is taken as it is. Blank → null.
 */
export function parseItalianNumber(cell: Cell): NumberParse {
  if (typeof cell === 'number') {
    return Number.isFinite(cell)
      ? { ok: true, value: cell, text: null }
      : { ok: false, message: 'not a number' };
  }
  if (typeof cell === 'boolean') return { ok: false, message: `not a number: "${cellText(cell)}"` };
  if (isDateCell(cell)) return { ok: false, message: `a date where a number is expected: ${cell.isoDate}` };
  const text = cellText(cell).replace(/\s+/g, ' ');
  if (text === '') return { ok: true, value: null, text: null };
  const bad = { ok: false, message: `not a number: "${text}"` } as const;

  if (NUMBER_ONLY.test(text)) {
    const negative = /^[-−]/.test(text);
    const value = parseBareNumber(text.replace(/^[-−+]\s*/, ''));
    if (value === null) return bad;
    return { ok: true, value: negative ? -value : value, text: null };
  }
  const m = QUALIFIED.exec(text);
  if (!m) return bad;
  const [, before = '', sign = '', digits = '', , after = ''] = m;
  if (!WORDISH.test(before) || !WORDISH.test(after)) return bad;
  const value = parseBareNumber(digits);
  if (value === null) return bad;
  return { ok: true, value: /^[-−]$/.test(sign) ? -value : value, text };
}

/** How exports write a number in CSV: Italian decimal comma, no grouping (so it reads back the same). */
export function formatItalianNumber(value: number): string {
  return String(value).replace('.', ',');
}
