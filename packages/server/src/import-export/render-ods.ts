import type { PlanTable } from '@traguardo/domain/import/plan-to-rows';
import { odsTables } from './ods-package.ts';
import { planSheets } from './sheet-names.ts';

/** .ods (LibreOffice Calc): the same sheets as the .xlsx, without styling. */
export function renderOds(table: PlanTable): Promise<Buffer> {
  // Each column as wide as its header, within 12 and 60 characters.
  const columns = table.header.map((header) => ({
    header,
    width: Math.max(12, Math.min(60, header.length + 4)),
  }));
  return odsTables(columns, planSheets(table));
}
