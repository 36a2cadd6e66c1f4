import type { BonusDistributionResponse } from '@traguardo/domain/evaluation/evaluation.schema';
import { formatCents, formatDate } from '@traguardo/domain/format/italian';
import { neutralizeFormula } from '@traguardo/domain/import/cell';
import { newWorkbook, workbookBuffer } from '../documents/xlsx.ts';

const CATEGORY: Record<string, string> = {
  dirigente: 'Dirigente',
  eq: 'EQ / PO',
  dipendente: 'Dipendente',
  segretario: 'Segretario',
};
const EXCLUDED: Record<string, string> = {
  not_scored: 'scheda non completa',
  below_minimum: 'sotto il punteggio minimo',
  band_zero: 'fascia senza premio',
  zero_coefficient: 'coefficiente 0',
};

export type BonusFrame = { organization: string; planTitle: string };

/**
 * The distribution as a workbook for the payroll office: one row per person with the share as a
 * number (euro, two decimals) and the calculation in words. Personal data: secretary and admin only.
 */
export async function renderBonusXlsx(d: BonusDistributionResponse, frame: BonusFrame): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Ripartizione premio', { views: [{ state: 'frozen', ySplit: 5 }] });
  sheet.columns = [
    { width: 32 },
    { width: 14 },
    { width: 12 },
    { width: 12 },
    { width: 10 },
    { width: 14 },
    { width: 16 },
    { width: 110 },
  ];
  const text = (s: string) => neutralizeFormula(s);
  sheet.addRow([text(frame.organization)]).font = { bold: true, size: 13 };
  sheet.addRow([text(`${frame.planTitle} – ripartizione dell'indennità di risultato`)]).font = {
    italic: true,
  };
  sheet.addRow([
    `Fondo ${formatCents(d.fundCents)}; ripartiti ${formatCents(d.totalCents)}; calcolo del ${formatDate(d.computedAt)}${d.paidAt ? `; pagato il ${formatDate(d.paidAt)}` : ''}`,
  ]);
  sheet.addRow([]);
  const header = sheet.addRow([
    'Dipendente',
    'Categoria',
    'Punteggio',
    'Coefficiente',
    'Fascia %',
    'Maggiorazione',
    'Quota (€)',
    'Calcolo',
  ]);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6ECF2' } };
  for (const i of d.items) {
    const row = sheet.addRow([
      text(i.name),
      CATEGORY[i.category] ?? text(i.category),
      i.total,
      i.coefficient,
      i.bandSharePercent,
      i.increased ? 'sì' : i.excluded ? text(EXCLUDED[i.excluded] ?? i.excluded) : 'no',
      i.bonusCents / 100,
      text(i.explanation.join(' ')),
    ]);
    row.getCell(3).numFmt = '0.00';
    row.getCell(7).numFmt = '#,##0.00';
    row.alignment = { vertical: 'top', wrapText: true };
  }
  const total = sheet.addRow(['Totale', '', '', '', '', '', d.totalCents / 100, '']);
  total.font = { bold: true };
  total.getCell(7).numFmt = '#,##0.00';
  sheet.autoFilter = { from: { row: 5, column: 1 }, to: { row: 5, column: 8 } };
  return workbookBuffer(workbook);
}
