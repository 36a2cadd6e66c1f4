/**
 * The one home of Italian formats for pages, documents and sheets (the API stays ISO and unrounded):
 * 31/12/2020, 91.690, 0,1, 75,5%, 1.234,56 €. Pure: no DOM, no time zone except `formatLocalDate`.
 */

// 'always': CLDR leaves four-digit Italian numbers ungrouped (1234), the comuni's documents write 1.234.
const numberFormat = (maxDigits: number) =>
  new Intl.NumberFormat('it-IT', { maximumFractionDigits: maxDigits, useGrouping: 'always' });
const decimal = numberFormat(2);
const oneDecimal = numberFormat(1);
const euro = new Intl.NumberFormat('it-IT', {
  style: 'currency',
  currency: 'EUR',
  useGrouping: 'always',
});

/** 91690 → "91.690", 0.1 → "0,1", 1234.5 → "1.234,5"; null/undefined/NaN → "". */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  return decimal.format(value);
}

/** An achievement or a share, rounded to one decimal: 75,5%. Null (not measured) reads "n.r.". */
export function formatPercent(value: number | null | undefined, empty = 'n.r.'): string {
  return value === null || value === undefined ? empty : `${oneDecimal.format(value)}%`;
}

/** Integer cents → "1.234,56 €" as Intl writes it (non-breaking space before €), null → "". */
export function formatCents(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? '' : euro.format(cents / 100);
}

/** Half-up rounding to `decimals` places, exact on decimal inputs such as 1.005 → 1.01. */
export function roundTo(value: number, decimals = 2): number {
  const shifted = Math.round(Number(`${Math.abs(value)}e${decimals}`));
  const rounded = Number(`${shifted}e-${decimals}`);
  return value < 0 ? -rounded : rounded;
}

/** "91690" → "91.690". By slices, not a look-ahead regex: a plan's achievement formats ~50,000 numbers. */
export function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let at = head; at < digits.length; at += 3) out += `.${digits.slice(at, at + 3)}`;
  return out;
}

/**
 * `1234.5` → `1.234,5` with half-up rounding (scores and the calculation in words must match
 * `roundTo`); `fixed` pads to exactly that many decimals, otherwise up to `maxDecimals`.
 */
export function formatNumberIt(
  value: number,
  options: { fixed?: number; maxDecimals?: number } = {},
): string {
  const decimals = options.fixed ?? options.maxDecimals ?? 2;
  const rounded = roundTo(value, decimals);
  const sign = rounded < 0 ? '-' : '';
  let [intPart = '0', fraction = ''] = Math.abs(rounded).toFixed(decimals).split('.');
  if (options.fixed === undefined) fraction = fraction.replace(/0+$/, '');
  intPart = groupThousands(intPart);
  return fraction ? `${sign}${intPart},${fraction}` : `${sign}${intPart}`;
}

/** Integer cents → `1.234,56 €` with a plain space, exact on any safe integer. */
export function formatEuro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  const euros = groupThousands(String(Math.floor(abs / 100)));
  const rest = String(abs % 100).padStart(2, '0');
  return `${sign}${euros},${rest} €`;
}

/**
 * Euro typed in Italian form (`10.000`, `10.000,50`, `10000,5`, `€ 1.234,56`) → integer cents, or null
 * when the text is not an amount. A dot followed by exactly three digits is a thousands separator.
 */
export function parseEuroToCents(text: string): number | null {
  const cleaned = text.replace(/€|\s/g, '');
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$|^\d+\.\d{1,2}$/.test(cleaned)) return null;
  let normalized: string;
  if (/^\d+\.\d{1,2}$/.test(cleaned)) normalized = cleaned;
  else normalized = cleaned.replaceAll('.', '').replace(',', '.');
  const [euros = '0', fraction = ''] = normalized.split('.');
  const cents = Number(euros) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})/;

/** ISO date (or timestamp, or Date) → 01/09/2020, the day as written (no time zone shift). */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  const iso = typeof value === 'string' ? value : value.toISOString();
  const m = isoDate.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * "2020-12-31" or an RFC 3339 timestamp → "31/12/2020" for pages: a date-only value is read as
 * written; a timestamp is shown in the viewer's local day.
 */
export function formatLocalDate(value: string | null | undefined): string {
  if (!value) return '';
  if (value.length === 10) {
    const m = isoDate.exec(value);
    return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const dd = String(date.getDate()).padStart(2, '0');
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getFullYear()}`;
}

/** 2019, 2021 → "2019-2021"; 2020, 2020 → "2020". */
export function formatYears(startYear: number, endYear: number): string {
  return startYear === endYear ? String(startYear) : `${startYear}-${endYear}`;
}

/** The target as the plan wrote it ("Almeno 80%") when it did, else the number in Italian form. */
export function formatTarget(indicator: { target: number | null; targetText: string | null }): string {
  if (indicator.targetText?.trim()) return indicator.targetText.trim();
  return formatNumber(indicator.target);
}

/** The measurement deadline as written ("Entro il 31/12"), else the date. */
export function formatDeadline(indicator: {
  measurementDeadline: string | null;
  deadlineText: string | null;
}): string {
  if (indicator.deadlineText?.trim()) return indicator.deadlineText.trim();
  return formatDate(indicator.measurementDeadline);
}

/** "Allegato alla delibera G.C. n. 68 del 01/09/2020" */
export function describeAct(act: { body: string; number: string; date: string } | null): string | null {
  if (!act) return null;
  const body = /^giunta comunale$/i.test(act.body.trim()) ? 'G.C.' : act.body.trim();
  return `Allegato alla delibera ${body} n. ${act.number} del ${formatDate(act.date)}`;
}

export const MONTH_INITIALS = ['G', 'F', 'M', 'A', 'M', 'G', 'L', 'A', 'S', 'O', 'N', 'D'] as const;
export const MONTH_NAMES = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
] as const;

/** The twelve month names in `locale` ("gennaio" … "dicembre"), from the runtime's calendar data. */
export function monthNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2020, i, 15)));
}

/** The initials used as calendar headers: G F M A M G L A S O N D in Italian. */
export function monthInitials(locale: string): string[] {
  return monthNames(locale).map((name) => name.charAt(0).toLocaleUpperCase(locale));
}
