/** A date read from a typed spreadsheet cell, already turned into an ISO day (no time zone involved). */
export type DateCell = { readonly isoDate: string };

/**
 * One cell as a reader hands it over: text from CSV/TSV, typed values from .xlsx/.xls/.ods.
 * Numbers typed in a spreadsheet are taken as they are; text is read in Italian form.
 */
export type Cell = string | number | boolean | DateCell | null | undefined;

export function isDateCell(cell: Cell): cell is DateCell {
  return typeof cell === 'object' && cell !== null && 'isoDate' in cell;
}

/** Characters that make a spreadsheet treat a text as a formula (CSV/formula injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** What exports write: a leading ' keeps the cell a text whatever program opens it. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** What imports read back: the ' an export added is dropped, so export → import is exact. */
export function unneutralizeFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** The cell as trimmed text ('' when blank); typed cells in their plain form. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return unneutralizeFormula(cell.replace(/\u00a0/g, ' ').trim());
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'VERO' : 'FALSO';
  return cell.isoDate;
}

export function isBlank(cell: Cell): boolean {
  return cellText(cell) === '';
}

/**
 * The key two names are matched by: case, accents, punctuation spacing and runs of blanks ignored
 * ("Polizia  Locale" = "polizia locale", "Unità" = "Unita").
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
