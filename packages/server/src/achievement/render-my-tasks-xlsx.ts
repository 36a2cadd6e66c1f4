import type { MyTasks } from '@traguardo/domain/achievement/my-tasks.schema';
import { addTable, isoToDate, newWorkbook, workbookBuffer } from '../documents/xlsx.ts';
import { COLUMN, OBJECTIVE_OUTCOME_COLUMNS, objectiveOutcomeCells } from './sheet-columns.ts';

const RELATION = { responsible: 'Responsabile', unit: 'Del mio settore', assignee: 'Assegnato' } as const;

export async function renderMyTasksXlsx(tasks: MyTasks): Promise<Buffer> {
  const wb = newWorkbook();
  addTable(
    wb,
    'I miei obiettivi',
    [
      { header: 'Piano', width: 36 },
      COLUMN.objectiveCode,
      COLUMN.objectiveTitle,
      COLUMN.unit,
      { header: 'Ruolo', width: 16 },
      ...OBJECTIVE_OUTCOME_COLUMNS,
    ],
    tasks.objectives.map((o) => [
      o.planTitle,
      o.code,
      o.title,
      o.unit?.name ?? '',
      RELATION[o.relation],
      ...objectiveOutcomeCells(o),
    ]),
  );
  addTable(
    wb,
    'Da rilevare',
    [
      COLUMN.deadline,
      { header: 'Giorni mancanti', width: 10 },
      COLUMN.indicatorCode,
      COLUMN.indicatorTitle,
      COLUMN.objectiveCode,
      { header: 'Piano', width: 36 },
      COLUMN.lastMeasurement,
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
