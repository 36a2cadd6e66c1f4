import ExcelJS, { type Workbook, type Worksheet } from 'exceljs';

/** The author every workbook Traguardo writes is signed with. */
export const WORKBOOK_CREATOR = 'Traguardo';

/** Every workbook Traguardo writes starts the same way: signed by the application. */
export function newWorkbook(): Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = WORKBOOK_CREATOR;
  return workbook;
}

export async function workbookBuffer(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A cell for a sheet: texts made safe from formula injection, numbers, dates and nulls as they are. */
export function safeCell<T>(value: string | T): string | T {
  return typeof value === 'string' ? safeText(value) : value;
}

/** A text cell starting with = + - @ tab or CR gets a leading ' so no spreadsheet runs it as a formula. */
export function safeText(value: string | null | undefined): string {
  if (!value) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Achievement for a sheet: rounded to 2 decimals (the API keeps it unrounded), empty when not measured. */
export function percentCell(value: number | null): number | string {
  return value === null ? '' : Math.round(value * 100) / 100;
}

export function isoToDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** A sheet with a bold, frozen header row and autofilter; cells are added as rows of values. */
export function addTable(
  workbook: Workbook,
  name: string,
  columns: { header: string; width?: number; date?: boolean; percent?: boolean }[],
  rows: (string | number | Date | null)[][],
): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width ?? 18,
    style: c.date ? { numFmt: 'dd/mm/yyyy' } : c.percent ? { numFmt: '0.00' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(safeCell));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}
