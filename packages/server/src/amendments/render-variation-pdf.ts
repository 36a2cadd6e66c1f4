import { VARIATION_COLUMNS, type VariationRow } from '@traguardo/domain/change-request/variation-document';
import { describeAct } from '@traguardo/domain/format/italian';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { type Column, dataTable, officialDocument, PDF_COLORS } from '../documents/pdf.ts';
import {
  describeAmendment,
  VARIATION_TITLE,
  type VariationDocument,
  variationYear,
} from './load-variation-document.ts';

/** Widths on A4 landscape (762 pt between margins): the three texts of the request share the rest. */
const WIDTHS: Column['width'][] = [46, 52, 78, 70, 62, 66, 34, 24, '*', '*', '*'];
const COLUMNS: Column[] = VARIATION_COLUMNS.map((header, n) => ({
  header,
  width: WIDTHS[n] ?? '*',
  align: header === 'Target' || header === 'Peso' ? 'right' : 'left',
}));

function cells(row: VariationRow): TableCell[] {
  const objective: TableCell[] = row.firstOfObjective
    ? [
        row.responsible,
        row.unit,
        { text: [{ text: row.objectiveCode, bold: true }, ` ${row.objectiveTitle}`] },
      ]
    : ['', '', ''];
  const request = (text: string): TableCell => ({ text, fontSize: 6.5 });
  return [
    ...objective,
    row.indicatorCode ? { text: [{ text: row.indicatorCode, bold: true }, ` ${row.indicatorTitle}`] } : '',
    row.formula,
    row.purpose,
    row.target,
    row.weight,
    request(row.request),
    request(row.reason),
    { text: row.decision, fontSize: 6.5, bold: row.decision !== '', color: PDF_COLORS.primary },
  ];
}

/** The document the Giunta adopts with the amendment, laid out as Cremona's Allegato A. */
export function renderVariationPdf(doc: VariationDocument): TDocumentDefinitions {
  const year = variationYear(doc);
  const amendment = describeAmendment(doc.amendment.number);
  const cover: Content = {
    stack: [
      { text: doc.organization.toUpperCase(), style: 'title', fontSize: 16 },
      { text: doc.plan.title, style: 'subtitle', italics: true, margin: [0, 6, 0, 2] },
      { text: amendment, style: 'subtitle', italics: true, bold: true },
      {
        text: `- ${VARIATION_TITLE} di Performance ${year}`,
        alignment: 'center',
        italics: true,
        margin: [0, 4, 0, 12],
      },
    ],
  };
  const sections: Content[] = doc.sections.map((section, n) => ({
    stack: [
      { text: `Piano dettaglio degli obiettivi di performance ${year}`, style: 'h2' },
      { text: section.line, style: 'h1', margin: [0, 0, 0, 6] },
      dataTable({ columns: COLUMNS, rows: section.rows.map(cells), fontSize: 6.8, breakRows: true }),
    ],
    ...(n === 0 ? {} : { pageBreak: 'before' as const }),
  }));
  return officialDocument(
    {
      organization: doc.organization,
      act: describeAct(doc.act),
      title: `${VARIATION_TITLE} – ${amendment}`,
      orientation: 'landscape',
    },
    [
      cover,
      ...(sections.length > 0 ? sections : [{ text: 'Nessuna richiesta di variazione.', style: 'muted' }]),
    ],
  );
}
