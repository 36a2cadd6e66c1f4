import type { OBJECTIVE_KINDS, POLARITIES } from '../plan/plan.schema.ts';
import { type Cell, cellText, isDateCell, nameKey } from './cell.ts';

type Polarity = (typeof POLARITIES)[number];
type ObjectiveKind = (typeof OBJECTIVE_KINDS)[number];
type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const POLARITY_WORDS: Record<string, Polarity> = {
  positiva: 'positive',
  positivo: 'positive',
  positive: 'positive',
  '+': 'positive',
  crescente: 'positive',
  negativa: 'negative',
  negativo: 'negative',
  negative: 'negative',
  '-': 'negative',
  decrescente: 'negative',
};

/** Polarità: positiva (higher is better, the default when blank) or negativa (lower is better). */
export function parsePolarity(cell: Cell): Parsed<Polarity> {
  const text = cellText(cell);
  if (text === '') return { ok: true, value: 'positive' };
  const value = POLARITY_WORDS[nameKey(text)];
  return value
    ? { ok: true, value }
    : { ok: false, message: `polarity must be "positiva" or "negativa", not "${text}"` };
}

export const POLARITY_LABEL: Record<Polarity, string> = { positive: 'positiva', negative: 'negativa' };

const KIND_WORDS: Record<string, ObjectiveKind> = {
  strategico: 'strategic',
  strategica: 'strategic',
  strategic: 'strategic',
  'di miglioramento': 'strategic',
  operativo: 'operational',
  operativa: 'operational',
  operational: 'operational',
  'di processo': 'operational',
  'di prodotto': 'operational',
  gestionale: 'management',
  management: 'management',
  'di mantenimento': 'management',
};

/** Tipo Obiettivo: strategico / operativo / gestionale; blank is operativo, the schema's default. */
export function parseObjectiveKind(cell: Cell): Parsed<ObjectiveKind> {
  const text = cellText(cell);
  if (text === '') return { ok: true, value: 'operational' };
  const key = nameKey(text).replace(/^obiettivo\s+/, '');
  const value = KIND_WORDS[key];
  return value
    ? { ok: true, value }
    : { ok: false, message: `objective type must be strategico, operativo or gestionale, not "${text}"` };
}

export const OBJECTIVE_KIND_LABEL: Record<ObjectiveKind, string> = {
  strategic: 'strategico',
  operational: 'operativo',
  management: 'gestionale',
};

export type Deadline = { date: string | null; text: string | null };

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoIfValid(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Tempistica di rilevazione: a date (typed, dd/mm/yyyy or ISO) becomes the measurement deadline;
 * anything else ("semestrale", "31 dicembre") is kept as text.
 */
export function parseDeadline(cell: Cell): Deadline {
  if (isDateCell(cell)) return { date: cell.isoDate, text: null };
  const text = cellText(cell);
  if (text === '') return { date: null, text: null };
  const dmy = DAY_MONTH_YEAR.exec(text);
  const date = dmy
    ? isoIfValid(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]))
    : (() => {
        const iso = ISO_DAY.exec(text);
        return iso ? isoIfValid(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
      })();
  return date ? { date, text: null } : { date: null, text };
}

/** 2019-12-31 → 31/12/2019, as documents and CSV exports write a day. */
export function italianDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * "1 = fatto 0 = non fatto", "1 fatto 0 non fatto", "1=fatto 0=non fatto": an indicator that is
 * either done or not (achievement 100 when the value is at least 1, else 0).
 */
export function isBinaryFormula(formula: string | null): boolean {
  if (!formula) return false;
  return /^1\s*[=:]?\s*fatto\s*[,;/-]?\s*0\s*[=:]?\s*non\s*fatto\.?$/.test(nameKey(formula));
}
