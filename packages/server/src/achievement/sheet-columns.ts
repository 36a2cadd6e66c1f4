import type { TrafficLight } from '@traguardo/domain/achievement/traffic-light';
import { TRAFFIC_LIGHT_LABELS } from '@traguardo/domain/achievement/traffic-light';
import { percentCell } from '../documents/xlsx.ts';

/** Columns the achievement workbooks (dashboard, my tasks) share, so their headers and widths stay alike. */
export const COLUMN = {
  objectiveCode: { header: 'Codice Obiettivo', width: 14 },
  objectiveTitle: { header: 'Titolo Obiettivo', width: 60 },
  indicatorCode: { header: 'Codice Indicatore', width: 12 },
  indicatorTitle: { header: 'Titolo Indicatore', width: 50 },
  unit: { header: 'Settore', width: 30 },
  achievement: { header: 'Grado di raggiungimento %', width: 14, percent: true },
  deadline: { header: 'Scadenza', width: 12, date: true },
  lastMeasurement: { header: 'Ultima rilevazione', width: 12, date: true },
  measurementDate: { header: 'Data rilevazione', width: 12, date: true },
  measuredValue: { header: 'Valore rilevato', width: 12 },
} as const;

/** The closing columns of an objective row: its grade, how many indicators count, its light and the calculation. */
export const OBJECTIVE_OUTCOME_COLUMNS = [
  COLUMN.achievement,
  { header: 'Indicatori rilevati', width: 10 },
  { header: 'Indicatori', width: 10 },
  { header: 'Semaforo', width: 14 },
  { header: 'Calcolo', width: 80 },
];

export function objectiveOutcomeCells(o: {
  achievement: number | null;
  measured: number;
  total: number;
  trafficLight: TrafficLight;
  explanation: string;
}): (string | number)[] {
  return [
    percentCell(o.achievement),
    o.measured,
    o.total,
    TRAFFIC_LIGHT_LABELS[o.trafficLight],
    o.explanation,
  ];
}
