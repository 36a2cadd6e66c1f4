import type { PlanAchievement } from '@traguardo/domain/achievement/plan-achievement.schema';
import {
  describeAct,
  formatDate,
  formatNumber,
  formatPercent,
  formatTarget,
} from '@traguardo/domain/format/italian';
import type { Indicator } from '@traguardo/domain/plan/plan.schema';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  barChart,
  type Column,
  dataTable,
  officialDocument,
  PDF_COLORS,
  richTextContent,
  section,
} from '../documents/pdf.ts';
import { planYears } from '../documents/plan-source.ts';
import { parseRichText } from '../documents/rich-text.ts';
import { OUTCOME_LABELS, type ReportSource } from './report-source.ts';

type Figure = { achievement: number | null; measured: number; total: number };

const counted = (f: Figure, what: string) => `${f.measured} su ${f.total} ${what} misurati`;

/** Above this many objectives a chart per objective stops being readable: the table says it all. */
const MAX_OBJECTIVE_BARS = 40;

/**
 * The year-end Relazione sulla Performance: achievement of the plan, of each line, unit and
 * objective (with bar charts), each indicator's target, result and achievement, the changes
 * made during the year, and the secretary's commentary; draft or validated by the Nucleo.
 */
export function renderReportPdf(source: ReportSource): TDocumentDefinitions {
  const { plan, organization, report } = source;
  const title = `Relazione sulla Performance ${planYears(plan)}`;
  const status =
    report.status === 'validated'
      ? `Validata dal Nucleo di Valutazione il ${formatDate(report.validatedAt)}`
      : 'Bozza – non ancora validata dal Nucleo di Valutazione';
  return officialDocument(
    { organization: organization.name, act: describeAct(plan.act), title: `${title} – ${status}` },
    [
      cover(source, title, status),
      ...commentary(source),
      ...(source.achievement ? results(source, source.achievement) : [noResults()]),
      ...changes(source),
    ],
  );
}

function cover(source: ReportSource, title: string, status: string): Content {
  const { plan, organization } = source;
  return {
    stack: [
      { text: organization.name.toUpperCase(), style: 'title', margin: [0, 150, 0, 4] },
      organization.province ? { text: `Provincia di ${organization.province}`, style: 'subtitle' } : '',
      { text: title.toUpperCase(), style: 'title', fontSize: 20, margin: [0, 50, 0, 8] },
      { text: `sul ${plan.title}`, style: 'subtitle', margin: [0, 0, 0, 30] },
      {
        text: status,
        alignment: 'center',
        bold: source.report.status === 'validated',
        color: source.report.status === 'validated' ? PDF_COLORS.primary : PDF_COLORS.muted,
      },
      { text: 'D.Lgs. 150/2009, art. 10 e 14', alignment: 'center', style: 'muted', margin: [0, 6, 0, 0] },
    ],
  };
}

function commentary(source: ReportSource): Content[] {
  const blocks = parseRichText(source.report.commentary);
  return [
    section('portrait', [
      { text: 'PRESENTAZIONE', style: 'h1' },
      ...(blocks.length > 0
        ? richTextContent(blocks)
        : [{ text: 'Il commento della Relazione non è ancora stato scritto.', style: 'muted' }]),
    ]),
  ];
}

function noResults(): Content {
  return section('portrait', [
    { text: 'RISULTATI', style: 'h1' },
    { text: 'Nessun risultato disponibile: il piano non è ancora adottato o misurato.', style: 'muted' },
  ]);
}

const figureTable = (first: string, rows: { name: string; figure: Figure }[], what: string): Content =>
  dataTable({
    columns: [
      { header: first, width: '*' },
      { header: 'Grado di raggiungimento', width: 95, align: 'right' },
      { header: `${what[0]?.toUpperCase()}${what.slice(1)} misurati`, width: 95, align: 'right' },
    ],
    rows: rows.map((r) => [
      r.name,
      { text: formatPercent(r.figure.achievement), bold: true },
      `${r.figure.measured} su ${r.figure.total}`,
    ]),
  });

function results(source: ReportSource, a: PlanAchievement): Content[] {
  const lines = a.strategicLines.map((l) => ({
    name: l.code ? `${l.code} – ${l.title}` : l.title,
    figure: l,
  }));
  const units = a.units.map((u) => ({ name: u.name, figure: u }));
  const bars = (rows: { name: string; figure: Figure }[]) =>
    barChart(
      rows.map((r) => ({
        label: r.name,
        value: r.figure.achievement,
        caption: formatPercent(r.figure.achievement),
      })),
      { width: 230, labelWidth: 200 },
    );
  const summary = section('portrait', [
    { text: 'SINTESI DEI RISULTATI', style: 'h1' },
    {
      table: {
        widths: ['*', 'auto'],
        body: [
          [
            { text: 'Grado di raggiungimento complessivo del piano', bold: true, fontSize: 12 },
            { text: formatPercent(a.plan.achievement), bold: true, fontSize: 16, color: PDF_COLORS.primary },
          ],
          [{ text: counted(a.plan, 'obiettivi'), style: 'muted', colSpan: 2 }, ''],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 10],
    },
    { text: 'Per linea strategica', style: 'h2' },
    bars(lines),
    figureTable('Linea strategica', lines, 'obiettivi'),
    { text: 'Per settore', style: 'h2', pageBreak: units.length > 8 ? 'before' : undefined },
    units.length > 0 ? bars(units) : '',
    units.length > 0
      ? figureTable('Settore', units, 'obiettivi')
      : { text: 'Nessun obiettivo è assegnato a un settore.', style: 'muted' },
    {
      text: 'n.r. = non rilevato: nessuna misurazione. Il grado di un gruppo è la media dei suoi obiettivi misurati pesata sul peso degli obiettivi.',
      style: 'muted',
      margin: [0, 8, 0, 0],
    },
  ]);
  return [summary, objectivesPart(a), indicatorsPart(source, a)];
}

function objectivesPart(a: PlanAchievement): Content {
  const columns: Column[] = [
    { header: 'Codice', width: 60 },
    { header: 'Obiettivo', width: '*' },
    { header: 'Settore', width: 140 },
    { header: 'Peso', width: 36, align: 'right' },
    { header: 'Indicatori misurati', width: 62, align: 'right' },
    { header: 'Grado di raggiungimento', width: 80, align: 'right' },
  ];
  const rows: TableCell[][] = a.objectives.map((o) => [
    { text: o.code, bold: true },
    o.title,
    o.unit?.name ?? '',
    o.weight === null ? '–' : formatNumber(o.weight),
    `${o.measured} su ${o.total}`,
    { text: formatPercent(o.achievement), bold: true },
  ]);
  const chart =
    a.objectives.length <= MAX_OBJECTIVE_BARS
      ? [
          barChart(
            a.objectives.map((o) => ({
              label: o.code,
              value: o.achievement,
              caption: formatPercent(o.achievement),
            })),
            { width: 420, labelWidth: 90 },
          ),
        ]
      : [];
  return section('landscape', [
    { text: 'RISULTATI PER OBIETTIVO', style: 'h1' },
    ...chart,
    dataTable({ columns, rows }),
  ]);
}

function indicatorsPart(source: ReportSource, a: PlanAchievement): Content {
  const planIndicators = new Map<string, Indicator>(
    source.plan.strategicLines.flatMap((l) =>
      l.objectives.flatMap((o) => o.indicators.map((i) => [i.id, i])),
    ),
  );
  const columns: Column[] = [
    { header: 'Obiettivo', width: 62 },
    { header: 'Codice', width: 45 },
    { header: 'Indicatore', width: '*' },
    { header: 'Target', width: 75, align: 'right' },
    { header: 'Risultato', width: 65, align: 'right' },
    { header: 'Rilevazione', width: 80, align: 'center' },
    { header: 'Grado di raggiungimento', width: 75, align: 'right' },
  ];
  const rows: TableCell[][] = a.objectives.flatMap((o) =>
    o.indicators.map((i, n): TableCell[] => {
      const planned = planIndicators.get(i.id);
      const m = i.measurement;
      return [
        n === 0 ? { text: o.code, bold: true } : { text: '', fontSize: 7 },
        { text: i.code, bold: true },
        i.title,
        planned ? formatTarget(planned) : formatNumber(i.target),
        m ? formatNumber(m.value) : '–',
        m ? `${formatDate(m.date)}\n${m.final ? 'finale' : 'intermedia'}` : 'non rilevato',
        { text: formatPercent(i.achievement), bold: true },
      ];
    }),
  );
  return section('landscape', [
    { text: 'INDICATORI: TARGET, RISULTATO E GRADO DI RAGGIUNGIMENTO', style: 'h1' },
    dataTable({ columns, rows }),
  ]);
}

function changes(source: ReportSource): Content[] {
  const amendments = source.versions.filter((v) => v.kind === 'amendment');
  const content: Content[] = [{ text: 'VARIAZIONI DEL PIANO NEL CORSO DELL’ANNO', style: 'h1' }];
  const adoption = source.versions.find((v) => v.kind === 'adoption');
  if (adoption?.act)
    content.push({
      text: `Il piano è stato adottato con deliberazione ${adoption.act.body} n. ${adoption.act.number} del ${formatDate(adoption.act.date)}.`,
      style: 'paragraph',
    });
  if (amendments.length === 0) {
    content.push({ text: 'Nel corso dell’anno il piano non ha avuto variazioni.', style: 'paragraph' });
    return [section('portrait', content)];
  }
  content.push({
    ul: amendments.map(
      (v) =>
        `${v.version}° provvedimento di variazione${v.act ? `: ${v.act.body} n. ${v.act.number} del ${formatDate(v.act.date)}` : ''}`,
    ),
    margin: [10, 0, 0, 8],
  });
  if (source.changes.length > 0)
    content.push(
      dataTable({
        columns: [
          { header: 'Variazione', width: 50, align: 'center' },
          { header: 'Oggetto', width: 60 },
          { header: 'Richiesta', width: '*' },
          { header: 'Decisione del Nucleo', width: 150 },
        ],
        rows: source.changes.map((c) => [
          c.version === null ? '' : `n. ${c.version}`,
          c.targetCode ?? c.targetType,
          c.request || c.reason,
          [OUTCOME_LABELS[c.outcome ?? ''] ?? '', c.decisionNote ?? ''].filter(Boolean).join(': '),
        ]),
        breakRows: true,
      }),
    );
  return [section('portrait', content)];
}
