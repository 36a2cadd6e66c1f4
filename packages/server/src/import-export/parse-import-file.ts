import { type ImportedPlan, type ImportIssue, parsePlanTable } from '@traguardo/domain/import/plan-table';
import { unprocessable } from '../errors/app-error.ts';
import { readSpreadsheet } from './read-spreadsheet.ts';

/**
 * The plan a file holds, or a 422 listing every bad row (row as the spreadsheet shows it, column
 * by its header, reason). Nothing touches the database here.
 */
export function parseImportFile(
  bytes: Buffer,
  filename: string,
): { plan: ImportedPlan; warnings: ImportIssue[]; dataRows: number } {
  const table = readSpreadsheet(bytes, filename);
  const result = parsePlanTable(table.rows, { firstRowNumber: table.firstRowNumber });
  if (!result.ok) {
    const rows = new Set(result.errors.map((e) => e.row)).size;
    throw unprocessable(
      `${result.errors.length} ${result.errors.length === 1 ? 'error' : 'errors'} in ${rows} ${rows === 1 ? 'row' : 'rows'}: nothing was imported`,
      result.errors,
    );
  }
  return { plan: result.plan, warnings: result.warnings, dataRows: result.dataRows };
}
