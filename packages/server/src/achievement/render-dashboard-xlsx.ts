import { addTable, isoToDate, newWorkbook, percentCell, workbookBuffer } from '../documents/xlsx.ts';
import type { DashboardData } from './load-dashboard.ts';
import { COLUMN, OBJECTIVE_OUTCOME_COLUMNS, objectiveOutcomeCells } from './sheet-columns.ts';

/** The dashboard as a workbook: one sheet per view, and every indicator with its calculation in words. */
export async function renderDashboardXlsx({
  dashboard: d,
  plan,
  achievement,
}: DashboardData): Promise<Buffer> {
  const wb = newWorkbook();
  wb.created = new Date();
  const figure = { measured: 'Rilevati', total: 'Totale' };
  const keptIds = new Set(d.objectives.map((o) => o.id));
  addTable(
    wb,
    'Riepilogo',
    [
      { header: 'Livello', width: 16 },
      { header: 'Nome', width: 60 },
      COLUMN.achievement,
      { header: `Obiettivi ${figure.measured.toLowerCase()}`, width: 12 },
      { header: `Obiettivi in ${figure.total.toLowerCase()}`, width: 12 },
      { header: 'Calcolo', width: 80 },
    ],
    [
      [
        'Piano',
        plan.title,
        percentCell(d.plan.achievement),
        d.plan.measured,
        d.plan.total,
        d.plan.explanation,
      ],
      ...d.strategicLines.map((l) => [
        'Linea strategica',
        l.title,
        percentCell(l.achievement),
        l.measured,
        l.total,
        l.explanation,
      ]),
      ...d.units.map((u) => [
        'Settore',
        u.name,
        percentCell(u.achievement),
        u.measured,
        u.total,
        u.explanation,
      ]),
      ...d.people.map((p) => [
        'Responsabile',
        p.name,
        percentCell(p.achievement),
        p.measured,
        p.total,
        p.explanation,
      ]),
    ],
  );
  addTable(
    wb,
    'Obiettivi',
    [
      COLUMN.objectiveCode,
      COLUMN.objectiveTitle,
      COLUMN.unit,
      { header: 'Responsabile Settore', width: 24 },
      { header: 'Peso Obiettivo', width: 10 },
      ...OBJECTIVE_OUTCOME_COLUMNS,
    ],
    d.objectives.map((o) => [
      o.code,
      o.title,
      o.unit?.name ?? '',
      o.responsible?.name ?? '',
      o.weight,
      ...objectiveOutcomeCells(o),
    ]),
  );
  addTable(
    wb,
    'Indicatori',
    [
      COLUMN.objectiveCode,
      COLUMN.indicatorCode,
      COLUMN.indicatorTitle,
      { header: 'Target Atteso', width: 12 },
      { header: 'Peso Indicatore', width: 10 },
      COLUMN.measuredValue,
      COLUMN.measurementDate,
      { header: 'Tipo rilevazione', width: 12 },
      COLUMN.achievement,
      { header: 'Calcolo', width: 90 },
    ],
    achievement.objectives
      .filter((o) => keptIds.has(o.id))
      .flatMap((o) =>
        o.indicators.map((i) => [
          o.code,
          i.code,
          i.title,
          i.target,
          i.weight,
          i.measurement?.value ?? '',
          i.measurement ? isoToDate(i.measurement.date) : null,
          i.measurement ? (i.measurement.final ? 'finale' : 'intermedia') : '',
          percentCell(i.achievement),
          i.explanation,
        ]),
      ),
  );
  const due = [
    COLUMN.indicatorCode,
    COLUMN.indicatorTitle,
    COLUMN.objectiveCode,
    COLUMN.unit,
    { header: 'Responsabile Settore', width: 24 },
    COLUMN.deadline,
    { header: 'Giorni di ritardo', width: 10 },
    COLUMN.lastMeasurement,
  ];
  const dueRow = (i: (typeof d.overdue)[number]) => [
    i.code,
    i.title,
    i.objectiveCode,
    i.unit?.name ?? '',
    i.responsible?.name ?? '',
    isoToDate(i.deadline),
    i.daysOverdue,
    i.lastMeasurement ? isoToDate(i.lastMeasurement.date) : null,
  ];
  addTable(wb, 'Non rilevati', due, d.unmeasured.map(dueRow));
  addTable(wb, 'Rilevazioni scadute', due, d.overdue.map(dueRow));
  addTable(
    wb,
    'Fasi in ritardo',
    [
      COLUMN.objectiveCode,
      { header: 'N. fase', width: 8 },
      { header: 'Fase', width: 60 },
      COLUMN.unit,
      { header: 'Fine prevista', width: 12, date: true },
      { header: 'Mesi di ritardo', width: 10 },
      { header: 'Grado obiettivo %', width: 12, percent: true },
    ],
    d.phasesBehind.map((p) => [
      p.objectiveCode,
      p.number,
      p.title,
      p.unit?.name ?? '',
      isoToDate(p.plannedEnd),
      p.monthsLate,
      percentCell(p.objectiveAchievement),
    ]),
  );
  addTable(
    wb,
    'Da validare',
    [
      COLUMN.indicatorCode,
      COLUMN.indicatorTitle,
      COLUMN.objectiveCode,
      COLUMN.unit,
      COLUMN.measurementDate,
      COLUMN.measuredValue,
    ],
    d.awaitingValidation.map((a) => [
      a.code,
      a.title,
      a.objectiveCode,
      a.unit?.name ?? '',
      isoToDate(a.date),
      a.value,
    ]),
  );
  return workbookBuffer(wb);
}
