/**
 * Italian number formats for sheets, documents and the calculation in words: `1.234,56`, `87,5`.
 * Written by hand because Intl's it-IT omits the thousands separator below 10.000 ("1234").
 */

/** Half-up rounding to `decimals` places, exact on decimal inputs such as 1.005 → 1.01. */
export function roundTo(value: number, decimals = 2): number {
  const shifted = Math.round(Number(`${Math.abs(value)}e${decimals}`));
  const rounded = Number(`${shifted}e-${decimals}`);
  return value < 0 ? -rounded : rounded;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** `1234.5` → `1.234,5`; `fixed` pads to exactly that many decimals, otherwise up to `maxDecimals`. */
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

/** Integer cents → `1.234,56 €`. */
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

/** An ISO date `2020-12-31` → `31/12/2020`. */
export function formatDateIt(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
