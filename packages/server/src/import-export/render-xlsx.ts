import { isDateCell } from '@traguardo/domain/import/cell';
import { COLUMNS, EXPORT_COLUMNS } from '@traguardo/domain/import/columns';
import type { OutCell, PlanTable } from '@traguardo/domain/import/plan-to-rows';
import type ExcelJS from 'exceljs';
import { newWorkbook, workbookBuffer } from '../documents/xlsx.ts';
import { sheetNames } from './sheet-names.ts';

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

function value(cell: OutCell): ExcelJS.CellValue {
  if (isDateCell(cell)) return new Date(`${cell.isoDate}T00:00:00Z`);
  return cell;
}

function addSheet(workbook: ExcelJS.Workbook, name: string, header: string[], rows: OutCell[][]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  // Column styles reach every cell added below without a style object per cell (fast on 10,000 rows).
  sheet.columns = header.map((h) => ({
    header: h,
    width: WIDTHS[h] ?? 16,
    style: { alignment: { wrapText: true, vertical: 'top' } },
  }));
  sheet.addRows(rows.map((row) => row.map(value)));
  const head = sheet.getRow(1);
  head.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF0066CC' } };
  head.alignment = { wrapText: true, vertical: 'middle' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  const deadline = EXPORT_COLUMNS.indexOf('deadline') + 1;
  sheet.getColumn(deadline).numFmt = 'dd/mm/yyyy';
}

/** .xlsx: "Tutto il piano" first, then one sheet per strategic line; formatted for reading and printing. */
export async function renderXlsx(table: PlanTable): Promise<Buffer> {
  const workbook = newWorkbook();
  const names = sheetNames(table);
  addSheet(
    workbook,
    names[0] ?? 'Tutto il piano',
    table.header,
    table.lines.flatMap((l) => l.rows),
  );
  for (const [i, line] of table.lines.entries())
    addSheet(workbook, names[i + 1] ?? `Linea ${i + 1}`, table.header, line.rows);
  return workbookBuffer(workbook);
}
