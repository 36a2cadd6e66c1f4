import { describeAct, formatNumber, formatTarget } from '@traguardo/domain/format/italian';
import type { Objective, PlanDocument } from '@traguardo/domain/plan/plan.schema';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { type Column, dataTable, officialDocument, PDF_COLORS } from './pdf.ts';
import { describeVersion, type PlanSource, planYears } from './plan-source.ts';

/** The PEG columns as the Cremona document has them (plus the objective's weight). */
export const PEG_COLUMNS: Column[] = [
  { header: 'Responsabile Settore', width: 46 },
  { header: 'Settore', width: 54 },
  { header: 'Codice Obiettivo', width: 48 },
  { header: 'Titolo Obiettivo', width: 70 },
  { header: 'Peso Obiettivo', width: 34, align: 'right' },
  { header: 'Definizione Obiettivo', width: '*' },
  { header: 'Codice Indicatore', width: 38 },
  { header: 'Titolo Indicatore', width: 66 },
  { header: 'Formula Indicatore', width: 60 },
  { header: 'Finalità Indicatore', width: 60 },
  { header: 'Target Atteso', width: 36, align: 'right' },
  { header: 'Peso Indicatore', width: 38, align: 'right' },
];

/**
 * One row per indicator; the objective's cells are filled on its first row and left blank after,
 * as in the comuni's tables. Rows may break across pages: definitions run to a page.
 */
export function pegRows(objectives: Objective[]): TableCell[][] {
  return objectives.flatMap((o) => {
    const objectiveCells: TableCell[] = [
      o.responsible?.name ?? '',
      o.unit?.name ?? '',
      { text: o.code, bold: true },
      o.title,
      o.weight === null ? '' : formatNumber(o.weight),
      // The longest text of the table: a size smaller keeps a definition to a page or so.
      { text: o.definition ?? '', fontSize: 6.5 },
    ];
    const blank: TableCell[] = objectiveCells.map(() => '');
    const indicators = o.indicators.length > 0 ? o.indicators : [null];
    return indicators.map((i, n): TableCell[] => [
      ...(n === 0 ? objectiveCells : blank),
      ...(i
        ? [
            { text: i.code, bold: true },
            i.title,
            i.formula ?? '',
            i.purpose ?? '',
            formatTarget(i),
            i.weight === null ? '' : formatNumber(i.weight),
          ]
        : ['', { text: 'nessun indicatore', italics: true, color: PDF_COLORS.muted }, '', '', '', '']),
    ]);
  });
}

function lineSection(
  plan: PlanDocument,
  line: PlanDocument['strategicLines'][number],
  first: boolean,
): Content {
  return {
    stack: [
      { text: `Piano dettaglio degli obiettivi di performance ${planYears(plan)}`, style: 'h2' },
      { text: line.code ? `${line.code} – ${line.title}` : line.title, style: 'h1', margin: [0, 0, 0, 6] },
      line.objectives.length === 0
        ? { text: 'Nessun obiettivo in questa linea.', style: 'muted' }
        : dataTable({ columns: PEG_COLUMNS, rows: pegRows(line.objectives), fontSize: 7, breakRows: true }),
    ],
    ...(first ? {} : { pageBreak: 'before' as const }),
  };
}

/** The PEG table in the shape of the Cremona document: per strategic line, the full column set. */
export function renderPegPdf(source: PlanSource): TDocumentDefinitions {
  const { plan, organization } = source;
  const act = describeAct(plan.act);
  const title = `${plan.title} – Piano dettagliato degli obiettivi – ${describeVersion(plan)}`;
  const cover: Content = {
    stack: [
      { text: organization.name.toUpperCase(), style: 'title', fontSize: 16 },
      { text: plan.title, style: 'subtitle', italics: true, margin: [0, 4, 0, 2] },
      { text: describeVersion(plan), alignment: 'center', color: PDF_COLORS.muted, margin: [0, 0, 0, 10] },
    ],
  };
  const lines = plan.strategicLines.map((line, n) => lineSection(plan, line, n === 0));
  return officialDocument({ organization: organization.name, act, title, orientation: 'landscape' }, [
    cover,
    ...(lines.length > 0 ? lines : [{ text: 'Il piano non ha ancora linee strategiche.', style: 'muted' }]),
  ]);
}
