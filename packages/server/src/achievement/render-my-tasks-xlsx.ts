import type { MyTasks } from '@traguardo/domain/achievement/my-tasks.schema';
import { TRAFFIC_LIGHT_LABELS } from '@traguardo/domain/achievement/traffic-light';
import { addTable, isoToDate, newWorkbook, percentCell, workbookBuffer } from '../documents/xlsx.ts';

const RELATION = { responsible: 'Responsabile', unit: 'Del mio settore', assignee: 'Assegnato' } as const;

export async function renderMyTasksXlsx(tasks: MyTasks): Promise<Buffer> {
  const wb = newWorkbook();
  addTable(
    wb,
    'I miei obiettivi',
    [
      { header: 'Piano', width: 36 },
      { header: 'Codice Obiettivo', width: 14 },
      { header: 'Titolo Obiettivo', width: 60 },
      { header: 'Settore', width: 30 },
      { header: 'Ruolo', width: 16 },
      { header: 'Grado di raggiungimento %', width: 14, percent: true },
      { header: 'Indicatori rilevati', width: 10 },
      { header: 'Indicatori', width: 10 },
      { header: 'Semaforo', width: 14 },
      { header: 'Calcolo', width: 80 },
    ],
    tasks.objectives.map((o) => [
      o.planTitle,
      o.code,
      o.title,
      o.unit?.name ?? '',
      RELATION[o.relation],
      percentCell(o.achievement),
      o.measured,
      o.total,
      TRAFFIC_LIGHT_LABELS[o.trafficLight],
      o.explanation,
    ]),
  );
  addTable(
    wb,
    'Da rilevare',
    [
      { header: 'Scadenza', width: 12, date: true },
      { header: 'Giorni mancanti', width: 10 },
      { header: 'Codice Indicatore', width: 12 },
      { header: 'Titolo Indicatore', width: 50 },
      { header: 'Codice Obiettivo', width: 14 },
      { header: 'Piano', width: 36 },
      { header: 'Ultima rilevazione', width: 12, date: true },
      { header: 'Ultimo valore', width: 12 },
    ],
    tasks.toMeasure.map((t) => [
      isoToDate(t.deadline),
      t.daysLeft,
      t.code,
      t.title,
      t.objectiveCode,
      t.planTitle,
      t.lastMeasurement ? isoToDate(t.lastMeasurement.date) : null,
      t.lastMeasurement?.value ?? '',
    ]),
  );
  return workbookBuffer(wb);
}
