import type { DiffItemType, DiffValue, PlanChange } from './diff-plan-documents.ts';

/**
 * The Italian reading of a diff, as a Giunta's act would write it:
 * "Indicatore 1299 – target: 247 → 217".
 */

export const ITEM_LABELS: Record<DiffItemType, string> = {
  strategic_line: 'Linea strategica',
  objective: 'Obiettivo',
  indicator: 'Indicatore',
  phase: 'Fase',
};

export const FIELD_LABELS: Record<string, string> = {
  code: 'codice',
  title: 'titolo',
  description: 'descrizione',
  definition: 'definizione',
  kind: 'tipo',
  weight: 'peso',
  unit: 'settore',
  responsible: 'responsabile',
  assignees: 'assegnatari',
  allStaff: 'tutto il personale',
  periodStart: 'inizio',
  periodEnd: 'fine',
  periodText: 'periodo',
  humanResources: 'risorse umane',
  instrumentalResources: 'risorse strumentali',
  financialResources: 'risorse finanziarie',
  strategicLine: 'linea strategica',
  formula: 'formula',
  expression: 'formula calcolabile',
  purpose: 'finalità',
  polarity: 'polarità',
  binary: 'fatto / non fatto',
  unitOfMeasure: 'unità di misura',
  baseline: 'valore di partenza',
  target: 'target',
  targetText: 'target (come scritto)',
  targetsByYear: 'target per anno',
  measurementDeadline: 'tempistica di rilevazione',
  deadlineText: 'tempistica (come scritta)',
  objective: 'obiettivo',
  number: 'numero',
  months: 'mesi',
};

const MONTHS = ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'];
const WORDS: Record<string, string> = {
  positive: 'positiva',
  negative: 'negativa',
  strategic: 'strategico',
  operational: 'operativo',
  management: 'gestionale',
};
const LONG_TEXT = 120;

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 91690 → "91.690", 0.1 → "0,1", 1234.5 → "1.234,5" (the comuni write 1.234, not CLDR's 1234). */
export function formatItalianNumber(value: number): string {
  const [int = '0', fraction] = String(Math.abs(value)).split('.');
  const sign = value < 0 ? '-' : '';
  return `${sign}${groupThousands(int)}${fraction ? `,${fraction}` : ''}`;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatDiffValue(field: string, value: DiffValue): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  if (typeof value === 'number') return formatItalianNumber(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    if (field === 'months') return value.map((m) => MONTHS[Number(m) - 1] ?? String(m)).join(', ');
    return value.map(String).join(', ');
  }
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([year, n]) => `${year}: ${formatItalianNumber(n)}`)
      .join('; ');
  const date = isoDate.exec(value);
  if (date) return `${date[3]}/${date[2]}/${date[1]}`;
  const word = WORDS[value];
  if (word && (field === 'polarity' || field === 'kind')) return word;
  return value.length > LONG_TEXT ? `${value.slice(0, LONG_TEXT - 1).trimEnd()}…` : value;
}

/** "Indicatore 1299", "Fase 2 dell'obiettivo C80_0003", "Linea strategica «…»". */
export function describeItem(change: Pick<PlanChange, 'type' | 'code' | 'title' | 'parentCode'>): string {
  const label = ITEM_LABELS[change.type];
  if (change.type === 'phase')
    return `${label} ${change.code ?? ''} dell'obiettivo ${change.parentCode ?? ''}`;
  if (change.type === 'strategic_line') return `${label} «${change.title}»`;
  return `${label} ${change.code ?? change.title}`;
}

/** A written form cleared with its value ("91.690" with 91690) says nothing more than the value. */
const WRITTEN_FORM: Record<string, string> = { targetText: 'target', deadlineText: 'measurementDeadline' };

const FEMININE: readonly DiffItemType[] = ['strategic_line', 'phase'];

/** One line per change: "Indicatore 1299 – target: 247 → 217". */
export function describePlanChange(change: PlanChange): string {
  const item = describeItem(change);
  const ending = FEMININE.includes(change.type) ? 'a' : 'o';
  if (change.change === 'added') return `${item} – aggiunt${ending}: ${change.title}`;
  if (change.change === 'removed') return `${item} – eliminat${ending} (${change.title})`;
  const parts = Object.entries(change.fields)
    .filter(
      ([field, { to }]) => !(to === null && WRITTEN_FORM[field] && WRITTEN_FORM[field] in change.fields),
    )
    .map(
      ([field, { from, to }]) =>
        `${FIELD_LABELS[field] ?? field}: ${formatDiffValue(field, from)} → ${formatDiffValue(field, to)}`,
    );
  return `${item} – ${parts.join('; ')}`;
}
