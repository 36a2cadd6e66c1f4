import type { PlanAchievement } from '@traguardo/domain/achievement/plan-achievement.schema';
import Papa from 'papaparse';
import { OBJECTIVE_KIND_LABELS, type PlanSource, planYears } from './plan-source.ts';

/**
 * Open data of a plan (D.Lgs. 33/2013 art. 7: open format, reusable): one record per indicator
 * with its line, objective, target, weight and, when measured, its achievement. No person's data:
 * the responsible's name stays in the plan documents, not in the machine-readable set.
 */
export type OpenDataRecord = {
  ente: string;
  piano: string;
  anni: string;
  versione: number | null;
  atto: string | null;
  linea_strategica: string;
  codice_obiettivo: string;
  titolo_obiettivo: string;
  tipo_obiettivo: string;
  settore: string | null;
  peso_obiettivo: number | null;
  codice_indicatore: string;
  titolo_indicatore: string;
  formula: string | null;
  finalita: string | null;
  polarita: 'positiva' | 'negativa';
  unita_di_misura: string | null;
  tempistica_di_rilevazione: string | null;
  target: number | null;
  target_testo: string | null;
  peso_indicatore: number | null;
  /** Percent, unrounded; null when not measured (or achievement not computed for this version). */
  grado_raggiungimento_indicatore: number | null;
  grado_raggiungimento_obiettivo: number | null;
};

export function openDataRecords(source: PlanSource, achievement: PlanAchievement | null): OpenDataRecord[] {
  const { plan, organization } = source;
  const objectives = new Map(achievement?.objectives.map((o) => [o.id, o]) ?? []);
  const act = plan.act ? `${plan.act.body} n. ${plan.act.number} del ${plan.act.date}` : null;
  return plan.strategicLines.flatMap((line) =>
    line.objectives.flatMap((o) => {
      const measured = objectives.get(o.id);
      const indicators = new Map(measured?.indicators.map((i) => [i.id, i]) ?? []);
      return o.indicators.map(
        (i): OpenDataRecord => ({
          ente: organization.name,
          piano: plan.title,
          anni: planYears(plan),
          versione: plan.version,
          atto: act,
          linea_strategica: line.title,
          codice_obiettivo: o.code,
          titolo_obiettivo: o.title,
          tipo_obiettivo: OBJECTIVE_KIND_LABELS[o.kind],
          settore: o.unit?.name ?? null,
          peso_obiettivo: o.weight,
          codice_indicatore: i.code,
          titolo_indicatore: i.title,
          formula: i.formula,
          finalita: i.purpose,
          polarita: i.polarity === 'negative' ? 'negativa' : 'positiva',
          unita_di_misura: i.unitOfMeasure,
          tempistica_di_rilevazione: i.measurementDeadline ?? i.deadlineText,
          target: i.target,
          target_testo: i.targetText,
          peso_indicatore: i.weight,
          grado_raggiungimento_indicatore: indicators.get(i.id)?.achievement ?? null,
          grado_raggiungimento_obiettivo: measured?.achievement ?? null,
        }),
      );
    }),
  );
}

export function renderOpenDataJson(source: PlanSource, achievement: PlanAchievement | null) {
  return {
    licenza: 'CC-BY-4.0',
    ente: source.organization.name,
    piano: source.plan.title,
    versione: source.plan.version,
    grado_raggiungimento_piano: achievement?.plan.achievement ?? null,
    indicatori: openDataRecords(source, achievement),
  };
}

// Spreadsheets run a cell starting with these as a formula: a leading ' keeps it text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** CSV, comma-separated, UTF-8 with BOM (Excel opens it right), dot decimals as open data wants. */
export function renderOpenDataCsv(source: PlanSource, achievement: PlanAchievement | null): string {
  const rows = openDataRecords(source, achievement).map((r) =>
    OPEN_DATA_FIELDS.map((field) => {
      const v = r[field];
      if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(2);
      if (typeof v === 'string') return FORMULA_START.test(v) ? `'${v}` : v;
      return '';
    }),
  );
  return `\uFEFF${Papa.unparse({ fields: OPEN_DATA_FIELDS, data: rows }, { newline: '\r\n' })}\r\n`;
}

export const OPEN_DATA_FIELDS: (keyof OpenDataRecord)[] = [
  'ente',
  'piano',
  'anni',
  'versione',
  'atto',
  'linea_strategica',
  'codice_obiettivo',
  'titolo_obiettivo',
  'tipo_obiettivo',
  'settore',
  'peso_obiettivo',
  'codice_indicatore',
  'titolo_indicatore',
  'formula',
  'finalita',
  'polarita',
  'unita_di_misura',
  'tempistica_di_rilevazione',
  'target',
  'target_testo',
  'peso_indicatore',
  'grado_raggiungimento_indicatore',
  'grado_raggiungimento_obiettivo',
];
