import { isDateCell } from '@traguardo/domain/import/cell';
import { italianDate } from '@traguardo/domain/import/field-parsers';
import { formatItalianNumber } from '@traguardo/domain/import/italian-number';
import type { OutCell, PlanTable } from '@traguardo/domain/import/plan-to-rows';
import Papa from 'papaparse';

function text(cell: OutCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatItalianNumber(cell);
  if (isDateCell(cell)) return italianDate(cell.isoDate);
  return cell;
}

/**
 * CSV as Excel in Italian opens it with a double click: UTF-8 with BOM (else accents break),
 * semicolon separator (the comma is the decimal mark), CRLF, numbers with a decimal comma.
 * Every line in one table: a CSV has one sheet.
 */
export function renderCsv(table: PlanTable): Buffer {
  const rows = [table.header, ...table.lines.flatMap((l) => l.rows.map((r) => r.map(text)))];
  const csv = Papa.unparse(rows, { delimiter: ';', newline: '\r\n', quotes: false });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${csv}\r\n`, 'utf8')]);
}
