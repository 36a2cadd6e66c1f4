import {
  describeAct,
  formatDate,
  formatDeadline,
  formatNumber,
  formatTarget,
  MONTH_INITIALS,
} from '@traguardo/domain/format/italian';
import type { Objective, Phase, PlanDocument } from '@traguardo/domain/plan/plan.schema';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { type Column, dataTable, officialDocument, PDF_COLORS, richTextContent, section } from './pdf.ts';
import {
  describeVersion,
  OBJECTIVE_KIND_LABELS,
  PLAN_KIND_LABELS,
  type PlanSource,
  planYears,
} from './plan-source.ts';
import { parseRichText } from './rich-text.ts';

/**
 * The plan in the shape of the Chieve document: title page with the adopting act, the
 * introduction, the strategic objectives, each unit's objectives with their resources, the
 * activity calendar (G F M A M G L A S O N D) and the table of measurable indicators.
 */
export function renderPlanPdf(source: PlanSource): TDocumentDefinitions {
  const { plan, organization } = source;
  const act = describeAct(plan.act);
  return officialDocument(
    { organization: organization.name, act, title: `${plan.title} – ${describeVersion(plan)}` },
    [
      titlePage(source, act),
      ...introduction(plan),
      ...strategicPart(plan),
      ...unitsPart(plan),
      calendarPart(plan),
      indicatorsPart(plan),
    ],
  );
}

function titlePage(source: PlanSource, act: string | null): Content {
  const { plan, organization } = source;
  return {
    stack: [
      act ? { text: act, italics: true, alignment: 'right', margin: [0, 0, 0, 4] } : '',
      source.secretary
        ? { text: `Il Segretario Comunale: ${source.secretary}`, alignment: 'right', fontSize: 9.5 }
        : '',
      { text: organization.name.toUpperCase(), style: 'title', margin: [0, 150, 0, 4] },
      organization.province
        ? { text: `Provincia di ${organization.province}`, style: 'subtitle', margin: [0, 0, 0, 50] }
        : { text: '', margin: [0, 0, 0, 50] },
      { text: plan.title.toUpperCase(), style: 'title', fontSize: 20, margin: [0, 0, 0, 8] },
      {
        text: `${PLAN_KIND_LABELS[plan.kind]} – anno ${planYears(plan)}`,
        style: 'subtitle',
        margin: [0, 0, 0, 30],
      },
      { text: describeVersion(plan), alignment: 'center', color: PDF_COLORS.muted },
      plan.act
        ? {
            text: `Adottato con atto ${plan.act.body} n. ${plan.act.number} del ${formatDate(plan.act.date)}`,
            alignment: 'center',
            color: PDF_COLORS.muted,
          }
        : '',
    ],
  };
}

function introduction(plan: PlanDocument): Content[] {
  const blocks = parseRichText(plan.introduction);
  if (blocks.length === 0) return [];
  // An introduction that opens with its own heading ("# Premessa") needs no other.
  const heading: Content[] = blocks[0]?.type === 'heading' ? [] : [{ text: 'PREMESSA', style: 'h1' }];
  return [section('portrait', [...heading, ...richTextContent(blocks)])];
}

const objectiveLine = (o: Objective): Content => ({
  text: [
    { text: `${o.code} – `, bold: true },
    { text: o.title, bold: true },
    {
      text: `  (${o.unit?.name ?? 'nessun settore'}; peso ${o.weight === null ? '–' : formatNumber(o.weight)})`,
      color: PDF_COLORS.muted,
    },
  ],
});

function strategicPart(plan: PlanDocument): Content[] {
  const content: Content[] = [{ text: 'LINEE STRATEGICHE E OBIETTIVI STRATEGICI', style: 'h1' }];
  for (const line of plan.strategicLines) {
    content.push({ text: line.code ? `${line.code} – ${line.title}` : line.title, style: 'h2' });
    if (line.description) content.push({ text: line.description, style: 'paragraph' });
    const strategic = line.objectives.filter((o) => o.kind === 'strategic');
    if (strategic.length > 0) content.push({ ul: strategic.map(objectiveLine), margin: [10, 0, 0, 6] });
    const others = line.objectives.length - strategic.length;
    if (others > 0)
      content.push({
        text: `${others} obiettiv${others === 1 ? 'o operativo o gestionale' : 'i operativi o gestionali'} della linea: vedi gli obiettivi per settore.`,
        style: 'muted',
        margin: [0, 0, 0, 4],
      });
  }
  return [section('portrait', content)];
}

/** Objectives grouped by unit, in order of first appearance; those without a unit last. */
export function objectivesByUnit(plan: PlanDocument): { unit: string; objectives: Objective[] }[] {
  const groups = new Map<string, Objective[]>();
  for (const o of plan.strategicLines.flatMap((l) => l.objectives)) {
    const key = o.unit?.name ?? '';
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const named = [...groups].filter(([k]) => k !== '');
  const unnamed = groups.get('');
  return [
    ...named.map(([unit, objectives]) => ({ unit, objectives })),
    ...(unnamed ? [{ unit: 'Obiettivi senza settore assegnato', objectives: unnamed }] : []),
  ];
}

function period(o: Objective): string {
  if (o.periodText) return o.periodText;
  if (o.periodStart && o.periodEnd) return `dal ${formatDate(o.periodStart)} al ${formatDate(o.periodEnd)}`;
  return '';
}

function humanResources(o: Objective): string {
  if (o.humanResources) return o.humanResources;
  if (o.allStaff) return 'Tutto il personale';
  return o.assignees.map((a) => a.name).join(', ');
}

function objectiveCard(o: Objective): Content {
  const facts: [string, string][] = [
    ['Tipo', OBJECTIVE_KIND_LABELS[o.kind]],
    ['Peso', o.weight === null ? '–' : `${formatNumber(o.weight)} punti`],
    ['Periodo', period(o)],
    ['Responsabile', o.responsible?.name ?? ''],
    ['Risorse umane', humanResources(o)],
    ['Risorse strumentali', o.instrumentalResources ?? ''],
    ['Risorse finanziarie', o.financialResources ?? ''],
  ];
  return {
    unbreakable: (o.definition?.length ?? 0) < 1200,
    stack: [
      { text: `${o.code} – ${o.title}`, style: 'h3' },
      o.definition ? { text: o.definition, style: 'paragraph', fontSize: 9.5 } : '',
      {
        table: {
          widths: [110, '*'],
          body: facts
            .filter(([, v]) => v !== '')
            .map(([k, v]) => [
              { text: `${k.toUpperCase()}:`, bold: true, fontSize: 8.5 },
              { text: v, fontSize: 9 },
            ]),
        },
        layout: 'noBorders',
        margin: [0, 0, 0, 6],
      },
    ],
  };
}

function unitsPart(plan: PlanDocument): Content[] {
  const groups = objectivesByUnit(plan);
  if (groups.length === 0) return [];
  const content: Content[] = [{ text: `SPECIFICI OBIETTIVI ANNO ${planYears(plan)}`, style: 'h1' }];
  for (const group of groups) {
    content.push({ text: group.unit, style: 'h2' });
    content.push(...group.objectives.map(objectiveCard));
  }
  return [section('portrait', content)];
}

/** One activity named as its objective (Chieve: each activity is an objective) needs no group row. */
const sameAsObjective = (o: Objective) => {
  const only = o.phases.length === 1 ? o.phases[0] : undefined;
  const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  return !!only && (norm(only.title).startsWith(norm(o.title)) || norm(o.title).startsWith(norm(only.title)));
};

// A new node each time: pdfmake writes its layout into the nodes it is given.
const monthMark = (): TableCell => ({ text: 'X', bold: true, alignment: 'center' });
// A month without activity (or a cell under the objective's spanning title): an empty stack, not ''
// (which pdfmake measures and lays out as a line of text). The page is the same, since the
// description always sets the row's height; the large plan's 20,000 phases have ~200,000 such
// cells, ~5 s of its PDF (measured 2026-12-07, the same bytes before and after).
const emptyCell = (): TableCell => ({ stack: [] });

function calendarRows(o: Objective): TableCell[][] {
  // Cells inherit the table's 8.5 pt: a style on each of the 20,000 phases' 14 cells is work for
  // pdfmake on every one of them (see dataTable).
  const header: TableCell[] = [
    {
      text: [
        { text: `${o.code} – `, bold: true },
        { text: o.title, bold: true },
      ],
      colSpan: 14,
      fillColor: PDF_COLORS.headerFill,
    },
    ...Array.from({ length: 13 }, emptyCell),
  ];
  const phaseRow = (p: Phase): TableCell[] => [
    { text: String(p.number), alignment: 'center' },
    {
      stack: [
        p.title,
        p.assignees.length > 0
          ? { text: p.assignees.join(', '), fontSize: 8, italics: true, color: PDF_COLORS.muted }
          : '',
      ],
    },
    ...MONTH_INITIALS.map((_, m) => (p.months.includes(m + 1) ? monthMark() : emptyCell())),
  ];
  return sameAsObjective(o) ? o.phases.map(phaseRow) : [header, ...o.phases.map(phaseRow)];
}

function calendarPart(plan: PlanDocument): Content {
  const all = plan.strategicLines.flatMap((l) => l.objectives).filter((o) => o.phases.length > 0);
  const columns: Column[] = [
    { header: 'n.', width: 22, align: 'center' },
    { header: 'DESCRIZIONE', width: '*' },
    ...MONTH_INITIALS.map((m): Column => ({ header: m, width: 20, align: 'center' })),
  ];
  return section('landscape', [
    { text: 'CALENDARIZZAZIONE DEGLI OBIETTIVI', style: 'h1' },
    { text: 'Attività previste', style: 'h3' },
    all.length === 0
      ? { text: 'Il piano non prevede attività calendarizzate.', style: 'muted' }
      : dataTable({ columns, rows: all.flatMap(calendarRows) }),
  ]);
}

function indicatorsPart(plan: PlanDocument): Content {
  const columns: Column[] = [
    { header: 'OBIETTIVO', width: 120 },
    { header: 'NR.', width: 45 },
    { header: 'DENOMINAZIONE', width: '*' },
    { header: 'PESO', width: 38, align: 'right' },
    { header: 'TEMPISTICA DI RILEVAZIONE', width: 85, align: 'center' },
    { header: 'VALORE DA RAGGIUNGERE', width: 90, align: 'center' },
  ];
  const rows: TableCell[][] = plan.strategicLines
    .flatMap((l) => l.objectives)
    .flatMap((o) =>
      o.indicators.map((i, n): TableCell[] => [
        n === 0
          ? { text: [{ text: `${o.code}\n`, bold: true }, o.title], fontSize: 8 }
          : { text: `${o.code} (segue)`, fontSize: 8, color: PDF_COLORS.muted },
        { text: i.code, bold: true },
        {
          stack: [
            i.title,
            i.formula ? { text: i.formula, italics: true, fontSize: 8, color: PDF_COLORS.muted } : '',
          ],
        },
        i.weight === null ? '–' : formatNumber(i.weight),
        formatDeadline(i),
        formatTarget(i),
      ]),
    );
  return section('landscape', [
    { text: 'INDICATORE/I MISURABILE/I', style: 'h1' },
    rows.length === 0
      ? { text: 'Il piano non ha indicatori.', style: 'muted' }
      : dataTable({ columns, rows }),
  ]);
}
