import { VARIATION_COLUMNS } from '@traguardo/domain/change-request/variation-document';
import { describeAct } from '@traguardo/domain/format/italian';
import { newWorkbook, workbookBuffer } from '../documents/xlsx.ts';
import {
  describeAmendment,
  VARIATION_TITLE,
  type VariationDocument,
  variationYear,
} from './load-variation-document.ts';

const WIDTHS = [40, 22, 24, 45, 40, 35, 35, 10, 8, 45, 45, 45];

/**
 * The same table as a workbook: one sheet, a "Linea strategica" column first so that the rows
 * filter by line, the header frozen, long texts wrapped.
 */
export async function renderVariationXlsx(doc: VariationDocument): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Variazioni', { views: [{ state: 'frozen', ySplit: 4 }] });
  const headers = ['Linea strategica', ...VARIATION_COLUMNS];
  sheet.columns = headers.map((_h, n) => ({ width: WIDTHS[n] ?? 20 }));
  sheet.addRow([doc.organization]).font = { bold: true, size: 13 };
  sheet.addRow([`${doc.plan.title} – ${describeAmendment(doc.amendment.number)}`]).font = { italic: true };
  sheet.addRow([`${VARIATION_TITLE} di Performance ${variationYear(doc)} – ${describeAct(doc.act) ?? ''}`]);
  const header = sheet.addRow(headers);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6ECF2' } };
  for (const section of doc.sections)
    for (const row of section.rows) {
      const added = sheet.addRow([
        section.line,
        row.firstOfObjective ? row.responsible : '',
        row.firstOfObjective ? row.unit : '',
        row.firstOfObjective ? `${row.objectiveCode} ${row.objectiveTitle}` : '',
        row.indicatorCode ? `${row.indicatorCode} ${row.indicatorTitle}` : '',
        row.formula,
        row.purpose,
        row.target,
        row.weight,
        row.request,
        row.reason,
        row.decision,
      ]);
      added.alignment = { wrapText: true, vertical: 'top' };
    }
  sheet.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4, column: headers.length } };
  return workbookBuffer(workbook);
}
