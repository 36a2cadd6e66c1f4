import { formatTarget } from '@traguardo/domain/format/italian';
import { planYears } from '../documents/plan-source.ts';
import { newWorkbook, safeCell, workbookBuffer } from '../documents/xlsx.ts';
import type { ReportSource } from './report-source.ts';

type Sheet = {
  name: string;
  columns: { header: string; width: number; percent?: boolean }[];
  rows: (string | number | null)[][];
};

/** The Relazione's tables as a workbook: lines, units, objectives, indicators (achievement in %). */
export async function renderReportXlsx(source: ReportSource): Promise<Buffer> {
  const a = source.achievement;
  const targets = new Map(
    source.plan.strategicLines.flatMap((l) =>
      l.objectives.flatMap((o) => o.indicators.map((i) => [i.id, formatTarget(i)])),
    ),
  );
  const figure = [
    { header: 'Grado di raggiungimento %', width: 16, percent: true },
    { header: 'Obiettivi misurati', width: 12 },
    { header: 'Obiettivi totali', width: 12 },
  ];
  const sheets: Sheet[] = [
    {
      name: 'Linee strategiche',
      columns: [{ header: 'Linea strategica', width: 60 }, ...figure],
      rows: (a?.strategicLines ?? []).map((l) => [l.title, l.achievement, l.measured, l.total]),
    },
    {
      name: 'Settori',
      columns: [{ header: 'Settore', width: 50 }, ...figure],
      rows: (a?.units ?? []).map((u) => [u.name, u.achievement, u.measured, u.total]),
    },
    {
      name: 'Obiettivi',
      columns: [
        { header: 'Codice Obiettivo', width: 14 },
        { header: 'Titolo Obiettivo', width: 60 },
        { header: 'Settore', width: 30 },
        { header: 'Peso Obiettivo', width: 10 },
        { header: 'Grado di raggiungimento %', width: 16, percent: true },
        { header: 'Indicatori misurati', width: 12 },
        { header: 'Indicatori totali', width: 12 },
      ],
      rows: (a?.objectives ?? []).map((o) => [
        o.code,
        o.title,
        o.unit?.name ?? null,
        o.weight,
        o.achievement,
        o.measured,
        o.total,
      ]),
    },
    {
      name: 'Indicatori',
      columns: [
        { header: 'Codice Obiettivo', width: 14 },
        { header: 'Codice Indicatore', width: 12 },
        { header: 'Titolo Indicatore', width: 60 },
        { header: 'Peso Indicatore', width: 10 },
        { header: 'Target Atteso', width: 14 },
        { header: 'Risultato', width: 12 },
        { header: 'Data rilevazione', width: 14 },
        { header: 'Rilevazione finale', width: 10 },
        { header: 'Grado di raggiungimento %', width: 16, percent: true },
      ],
      rows: (a?.objectives ?? []).flatMap((o) =>
        o.indicators.map((i) => [
          o.code,
          i.code,
          i.title,
          i.weight,
          targets.get(i.id) ?? i.target,
          i.measurement?.value ?? null,
          i.measurement?.date ?? null,
          i.measurement ? (i.measurement.final ? 'sì' : 'no') : null,
          i.achievement,
        ]),
      ),
    },
  ];
  const workbook = newWorkbook();
  workbook.title = `Relazione sulla Performance ${planYears(source.plan)} – ${source.organization.name}`;
  for (const s of sheets) {
    const ws = workbook.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = s.columns.map((c) => ({ header: c.header, width: c.width }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).alignment = { wrapText: true, vertical: 'top' };
    for (const row of s.rows) ws.addRow(row.map(safeCell));
    s.columns.forEach((c, n) => {
      const column = ws.getColumn(n + 1);
      column.alignment = { wrapText: true, vertical: 'top' };
      if (c.percent) column.numFmt = '0.0';
    });
  }
  return workbookBuffer(workbook);
}
