import { type Cell, cellText, nameKey } from './cell.ts';

/** The columns of the import layout (PRODUCT.md "Import layout"), in the order exports write them. */
export const COLUMNS = {
  line: 'Linea strategica',
  responsible: 'Responsabile Settore',
  unit: 'Settore',
  objectiveCode: 'Codice Obiettivo',
  objectiveTitle: 'Titolo Obiettivo',
  objectiveDefinition: 'Definizione Obiettivo',
  objectiveWeight: 'Peso Obiettivo',
  objectiveKind: 'Tipo Obiettivo',
  indicatorCode: 'Codice Indicatore',
  indicatorTitle: 'Titolo Indicatore',
  formula: 'Formula Indicatore',
  purpose: 'Finalità Indicatore',
  polarity: 'Polarità',
  unitOfMeasure: 'Unità di misura',
  deadline: 'Tempistica di rilevazione',
  target: 'Target Atteso',
  indicatorWeight: 'Peso Indicatore',
  changeRequest: 'Richiesta variazione',
  changeReason: 'Motivazione variazione',
  decision: 'Decisione Nucleo di Valutazione',
} as const;

export type ColumnKey = keyof typeof COLUMNS;
export const COLUMN_KEYS = Object.keys(COLUMNS).filter((k): k is ColumnKey => k in COLUMNS);

/** Without these a row cannot become an objective with its indicator. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = [
  'objectiveCode',
  'objectiveTitle',
  'indicatorCode',
  'indicatorTitle',
];

/** The columns an export writes: the change requests belong to the amendment workflow, not the plan. */
export const EXPORT_COLUMNS: readonly ColumnKey[] = COLUMN_KEYS.filter(
  (k) => k !== 'changeRequest' && k !== 'changeReason' && k !== 'decision',
);

/** Header text as compared: case, accents, spacing and a trailing colon ignored. */
export function headerKey(text: string): string {
  return nameKey(text).replace(/[\s:.]+/g, '');
}

// Other spellings met in comuni's tables.
const ALIASES: Record<string, ColumnKey> = {
  responsabile: 'responsible',
  responsabiledisettore: 'responsible',
  lineastrategica: 'line',
  areastrategica: 'line',
  target: 'target',
  polarita: 'polarity',
  decisionenucleo: 'decision',
  decisionedelnucleodivalutazione: 'decision',
  motivazione: 'changeReason',
};

const BY_KEY = new Map<string, ColumnKey>([
  ...COLUMN_KEYS.map((k): [string, ColumnKey] => [headerKey(COLUMNS[k]), k]),
  ...Object.entries(ALIASES),
]);

export function columnOfHeader(text: string): ColumnKey | undefined {
  return BY_KEY.get(headerKey(text));
}

export type HeaderMatch = {
  /** Where each known column is (0-based index in the row). */
  index: Partial<Record<ColumnKey, number>>;
  missing: ColumnKey[];
  duplicated: ColumnKey[];
};

export function matchHeaders(row: readonly Cell[]): HeaderMatch {
  const index: Partial<Record<ColumnKey, number>> = {};
  const duplicated: ColumnKey[] = [];
  row.forEach((cell, i) => {
    const key = columnOfHeader(cellText(cell));
    if (!key) return;
    if (index[key] === undefined) index[key] = i;
    else if (!duplicated.includes(key)) duplicated.push(key);
  });
  const missing = REQUIRED_COLUMNS.filter((k) => index[k] === undefined);
  return { index, missing, duplicated };
}

/** A header row again (tables pasted from a document repeat it on every page). */
export function repeatsHeader(row: readonly Cell[], match: HeaderMatch): boolean {
  let repeated = 0;
  for (const key of COLUMN_KEYS) {
    const i = match.index[key];
    if (i === undefined) continue;
    const text = cellText(row[i]);
    if (text === '') continue;
    if (columnOfHeader(text) !== key) return false;
    repeated++;
  }
  return repeated >= 2;
}
