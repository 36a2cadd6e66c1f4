import type { EvaluationDetail } from '@traguardo/domain/evaluation/evaluation.schema';
import { formatDate, formatNumberIt, formatPercent } from '@traguardo/domain/format/italian';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { dataTable, officialDocument, PDF_COLORS } from '../documents/pdf.ts';

const CATEGORY_LABELS: Record<string, string> = {
  dirigente: 'Dirigente',
  eq: 'Elevata qualificazione / Posizione organizzativa',
  dipendente: 'Dipendente',
  segretario: 'Segretario',
};

const STATUS_LABELS: Record<string, string> = {
  draft: 'bozza',
  delivered: 'consegnata',
  acknowledged: 'presa visione',
  contested: 'richiesta di riesame',
  reviewed: 'riesaminata',
  final: 'definitiva',
};

const points = (n: number | null) => (n === null ? '—' : formatNumberIt(n, { fixed: 2 }));
const max = (n: number) => formatNumberIt(n);

export type SheetFrame = { organization: string; planTitle: string; year: string };

/** The sheet as a PDF for signature: both parts explained, the steps with their dates, signature lines. */
export function evaluationSheetDocument(sheet: EvaluationDetail, frame: SheetFrame): TDocumentDefinitions {
  const title = `Scheda di valutazione ${frame.year} – ${sheet.person.name}`;
  const content: Content[] = [
    { text: 'Scheda di valutazione della performance individuale', style: 'title', fontSize: 17 },
    { text: `${frame.planTitle} – anno ${frame.year}`, style: 'subtitle', margin: [0, 4, 0, 12] },
    dataTable({
      columns: [
        { header: 'Valutato', width: '*' },
        { header: 'Categoria', width: '*' },
        { header: 'Valutatore', width: '*' },
        { header: 'Stato', width: 'auto' },
      ],
      rows: [
        [
          sheet.person.name,
          CATEGORY_LABELS[sheet.category] ?? sheet.category,
          sheet.evaluator.name,
          STATUS_LABELS[sheet.status] ?? sheet.status,
        ],
      ],
      fontSize: 9.5,
    }),
    { text: `A. Raggiungimento degli obiettivi (massimo ${max(sheet.objectivesMax)} punti)`, style: 'h1' },
    dataTable({
      columns: [
        { header: 'Codice', width: 'auto' },
        { header: 'Obiettivo', width: '*' },
        { header: 'Peso', width: 'auto', align: 'right' },
        { header: 'Raggiungimento', width: 'auto', align: 'right' },
      ],
      rows: sheet.objectives.map((o) => [
        o.code,
        o.title,
        formatNumberIt(o.weight ?? 1),
        formatPercent(o.achievement, 'non misurato'),
      ]),
    }),
    { ul: sheet.objectivesExplanation.slice(sheet.objectives.length), margin: [0, 6, 0, 0] },
    { text: `B. Comportamenti organizzativi (massimo ${max(sheet.behavioursMax)} punti)`, style: 'h1' },
    dataTable({
      columns: [
        { header: 'Criterio', width: '*' },
        { header: 'Massimo', width: 'auto', align: 'right' },
        { header: 'Punti', width: 'auto', align: 'right' },
        { header: 'Osservazioni', width: '*' },
      ],
      rows: sheet.behaviours.map((b) => [
        { stack: [b.name, ...(b.description ? [{ text: b.description, style: 'muted' }] : [])] },
        max(b.maxPoints),
        points(b.points),
        b.comment ?? '',
      ]),
    }),
    { text: 'Punteggio complessivo', style: 'h1' },
    dataTable({
      columns: [
        { header: 'A. Obiettivi', width: '*', align: 'right' },
        { header: 'B. Comportamenti', width: '*', align: 'right' },
        { header: 'Totale', width: '*', align: 'right' },
      ],
      rows: [
        [
          `${points(sheet.objectivesScore)} / ${max(sheet.objectivesMax)}`,
          `${points(sheet.behavioursScore)} / ${max(sheet.behavioursMax)}`,
          {
            text: `${points(sheet.total)} / ${max(sheet.objectivesMax + sheet.behavioursMax)}`,
            bold: true,
            alignment: 'right',
          },
        ],
      ],
      fontSize: 10,
    }),
    ...procedure(sheet),
    signatures(sheet),
  ];
  return officialDocument({ organization: frame.organization, act: null, title }, content);
}

function procedure(sheet: EvaluationDetail): Content[] {
  const lines: string[] = [];
  const d = sheet.dates;
  if (d.deliveredAt) lines.push(`Consegnata il ${formatDate(d.deliveredAt)}.`);
  if (d.contestBy && !d.contestedAt)
    lines.push(
      `Eventuale richiesta di riesame entro il ${formatDate(d.contestBy)} (procedura di conciliazione).`,
    );
  if (d.contestedAt)
    lines.push(`Riesame richiesto il ${formatDate(d.contestedAt)}: ${sheet.contestReason ?? ''}`);
  if (d.reviewBy && !d.reviewedAt) lines.push(`Decisione sul riesame entro il ${formatDate(d.reviewBy)}.`);
  if (d.reviewedAt) lines.push(`Riesame deciso il ${formatDate(d.reviewedAt)}: ${sheet.reviewNote ?? ''}`);
  if (lines.length === 0) return [];
  return [{ text: 'Procedura', style: 'h2' }, { ul: lines }];
}

function signatures(sheet: EvaluationDetail): Content {
  const line = (label: string): Content => ({
    stack: [
      {
        canvas: [
          { type: 'line', x1: 0, y1: 34, x2: 150, y2: 34, lineWidth: 0.6, lineColor: PDF_COLORS.text },
        ],
      },
      { text: label, fontSize: 9, color: PDF_COLORS.muted, margin: [0, 3, 0, 0] },
    ],
  });
  return {
    margin: [0, 28, 0, 0],
    unbreakable: true,
    columns: [
      line(
        sheet.evaluator.kind === 'nucleo'
          ? 'Per il Nucleo di Valutazione'
          : `Il valutatore (${sheet.evaluator.name})`,
      ),
      line(`Il valutato, per presa visione (${sheet.person.name})`),
      line('Data'),
    ],
    columnGap: 18,
  };
}
