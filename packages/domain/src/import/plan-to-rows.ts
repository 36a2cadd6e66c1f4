import type { Indicator, Objective, PlanDocument } from '../plan/plan.schema.ts';
import { type DateCell, neutralizeFormula } from './cell.ts';
import { COLUMNS, type ColumnKey, EXPORT_COLUMNS } from './columns.ts';
import { OBJECTIVE_KIND_LABEL, POLARITY_LABEL } from './field-parsers.ts';
import { parseItalianNumber } from './italian-number.ts';

export type OutCell = string | number | DateCell | null;
export type SheetRows = { title: string; rows: OutCell[][] };
export type PlanTable = { header: string[]; lines: SheetRows[] };

const text = (value: string | null | undefined): string | null =>
  value === null || value === undefined || value === '' ? null : neutralizeFormula(value);

/** The target as written when that text still says the same number ("Almeno 80%"), else the number. */
function targetCell(i: Indicator): OutCell {
  if (i.targetText !== null) {
    const parsed = parseItalianNumber(i.targetText);
    if (parsed.ok && parsed.value === i.target) return text(i.targetText);
  }
  return i.target;
}

function indicatorCells(i: Indicator): Partial<Record<ColumnKey, OutCell>> {
  return {
    indicatorCode: text(i.code),
    indicatorTitle: text(i.title),
    formula: text(i.formula),
    purpose: text(i.purpose),
    polarity: POLARITY_LABEL[i.polarity],
    unitOfMeasure: text(i.unitOfMeasure),
    deadline: i.measurementDeadline !== null ? { isoDate: i.measurementDeadline } : text(i.deadlineText),
    target: targetCell(i),
    indicatorWeight: i.weight,
  };
}

/**
 * One row per indicator in the import layout, so that an export imports back as the same plan.
 * Line, sector, manager and objective code are repeated on every row (a filtered or sorted sheet
 * still reads right); title, definition, weight and type only on the objective's first row.
 * Text cells are neutralised against formula injection (the import drops the added ').
 */
export function planToRows(plan: Pick<PlanDocument, 'strategicLines'>): PlanTable {
  const toRow = (cells: Partial<Record<ColumnKey, OutCell>>) => EXPORT_COLUMNS.map((k) => cells[k] ?? null);
  const objectiveRows = (lineTitle: string, o: Objective): OutCell[][] => {
    const every = {
      line: text(lineTitle),
      responsible: text(o.responsible?.name),
      unit: text(o.unit?.name),
      objectiveCode: text(o.code),
    };
    const first = {
      ...every,
      objectiveTitle: text(o.title),
      objectiveDefinition: text(o.definition),
      objectiveWeight: o.weight,
      objectiveKind: OBJECTIVE_KIND_LABEL[o.kind],
    };
    if (o.indicators.length === 0) return [toRow(first)];
    return o.indicators.map((i, n) => toRow({ ...(n === 0 ? first : every), ...indicatorCells(i) }));
  };
  return {
    header: EXPORT_COLUMNS.map((k) => COLUMNS[k]),
    lines: plan.strategicLines.map((l) => ({
      title: l.title,
      rows: l.objectives.flatMap((o) => objectiveRows(l.title, o)),
    })),
  };
}

/** The sheet of an export with every line; an import of a workbook reads this one when present. */
export const ALL_SHEET_TITLE = 'Tutto il piano';
