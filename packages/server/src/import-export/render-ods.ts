import * as XLSX from '@e965/xlsx';
import { isDateCell } from '@traguardo/domain/import/cell';
import type { OutCell, PlanTable } from '@traguardo/domain/import/plan-to-rows';
import { sheetNames } from './sheet-names.ts';

function value(cell: OutCell): string | number | Date | null {
  return isDateCell(cell) ? new Date(`${cell.isoDate}T00:00:00Z`) : cell;
}

function sheet(header: string[], rows: OutCell[][]): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([header, ...rows.map((r) => r.map(value))], {
    cellDates: true,
    dateNF: 'dd/mm/yyyy',
    UTC: true,
  });
  ws['!cols'] = header.map((h) => ({ wch: Math.max(12, Math.min(60, h.length + 4)) }));
  return ws;
}

/** .ods (LibreOffice Calc), written by SheetJS: the same sheets as the .xlsx, without styling. */
export function renderOds(table: PlanTable): Buffer {
  const workbook = XLSX.utils.book_new();
  const names = sheetNames(table);
  const all = table.lines.flatMap((l) => l.rows);
  XLSX.utils.book_append_sheet(workbook, sheet(table.header, all), names[0]);
  for (const [i, line] of table.lines.entries())
    XLSX.utils.book_append_sheet(workbook, sheet(table.header, line.rows), names[i + 1]);
  const out: unknown = XLSX.write(workbook, {
    bookType: 'ods',
    type: 'buffer',
    cellDates: true,
    compression: true,
  });
  if (!Buffer.isBuffer(out)) throw new Error('SheetJS did not return a buffer');
  return out;
}
