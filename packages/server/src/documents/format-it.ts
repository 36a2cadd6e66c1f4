/**
 * Italian formats for documents and public pages (the API stays ISO and unrounded):
 * 31/12/2020, 91.690, 0,1, 75,5%, 1.234,56 €.
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

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : decimal.format(value);
}

/** An achievement or a share, rounded to one decimal: 75,5%. Null (not measured) reads "n.r.". */
export function formatPercent(value: number | null | undefined, empty = 'n.r.'): string {
  return value === null || value === undefined ? empty : `${oneDecimal.format(value)}%`;
}

/** ISO date (or timestamp) → 01/09/2020. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  const iso = typeof value === 'string' ? value : value.toISOString();
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

export function formatCents(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? '' : euro.format(cents / 100);
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
