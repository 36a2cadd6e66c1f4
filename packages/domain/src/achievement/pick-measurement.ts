/** A measurement as achievement needs it. */
export type MeasurementInput = {
  id: string;
  indicatorId: string;
  /** ISO date of the measurement (not of its recording). */
  date: string;
  final: boolean;
  value: number;
  /** Recording order: on the same date the one recorded last counts. */
  sequence: number;
  /** recorded | validated | returned; a measurement the Nucleo sent back does not count. */
  status?: string;
  variables?: Record<string, number> | null;
};

const later = (a: MeasurementInput, b: MeasurementInput) =>
  a.date > b.date || (a.date === b.date && a.sequence > b.sequence);

/**
 * The measurement that counts for an indicator: the latest final one by date, or while there is
 * none the latest interim one; on the same date the one recorded last. Returned ones never count.
 */
export function pickMeasurement(measurements: readonly MeasurementInput[]): MeasurementInput | null {
  let bestFinal: MeasurementInput | null = null;
  let bestInterim: MeasurementInput | null = null;
  for (const m of measurements) {
    if (m.status === 'returned') continue;
    if (m.final) {
      if (!bestFinal || later(m, bestFinal)) bestFinal = m;
    } else if (!bestInterim || later(m, bestInterim)) bestInterim = m;
  }
  return bestFinal ?? bestInterim;
}
