import { COLUMNS, EXPORT_COLUMNS } from '@traguardo/domain/import/columns';
import type { PlanTable } from '@traguardo/domain/import/plan-to-rows';
import { planSheets } from './sheet-names.ts';
import { xlsxTables } from './xlsx-package.ts';

// Characters per column: long texts wide and wrapped, codes and numbers narrow.
const WIDTHS: Record<string, number> = {
  [COLUMNS.line]: 30,
  [COLUMNS.responsible]: 22,
  [COLUMNS.unit]: 28,
  [COLUMNS.objectiveCode]: 14,
  [COLUMNS.objectiveTitle]: 40,
  [COLUMNS.objectiveDefinition]: 70,
  [COLUMNS.objectiveWeight]: 10,
  [COLUMNS.objectiveKind]: 12,
  [COLUMNS.indicatorCode]: 12,
  [COLUMNS.indicatorTitle]: 36,
  [COLUMNS.formula]: 36,
  [COLUMNS.purpose]: 40,
  [COLUMNS.polarity]: 10,
  [COLUMNS.unitOfMeasure]: 12,
  [COLUMNS.deadline]: 14,
  [COLUMNS.target]: 12,
  [COLUMNS.indicatorWeight]: 10,
};

/** .xlsx: "Tutto il piano" first, then one sheet per strategic line; formatted for reading and printing. */
export function renderXlsx(table: PlanTable): Promise<Buffer> {
  const deadline = EXPORT_COLUMNS.indexOf('deadline');
  const columns = table.header.map((header, i) => ({
    header,
    width: WIDTHS[header] ?? 16,
    date: i === deadline,
  }));
  return xlsxTables(columns, planSheets(table));
}
