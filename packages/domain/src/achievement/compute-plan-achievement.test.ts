import { describe, expect, it } from 'vitest';
import { computePlanAchievement } from './compute-plan-achievement.ts';
import { DEFAULT_ACHIEVEMENT_RULES as rules } from './evaluation-rules.schema.ts';
import { pickMeasurement } from './pick-measurement.ts';
import { indicator, line, measured, objective, plan } from './test-plan.fixture.ts';

const cultura = { id: '10000000-0000-4000-8000-000000000001', name: 'Cultura Musei e City Branding' };
const personale = { id: '10000000-0000-4000-8000-000000000002', name: 'Gestione Giuridico-Amministrativa' };
const quaglia = { id: '20000000-0000-4000-8000-000000000001', name: 'Quaglia Maurizia' };
const segalini = { id: '20000000-0000-4000-8000-000000000002', name: 'Segalini Maurilio' };

/** A slice of Cremona's PEG 2019 (targets as amended by the fifth provvedimento). */
function cremona() {
  const i1011 = indicator({ code: '1011', target: 50_000, weight: 40 });
  const i1299 = indicator({ code: '1299', target: 217, weight: 30 });
  const i1396 = indicator({ code: '1396', target: 24, weight: 30 });
  const c50_4 = objective({
    code: 'C50_0004',
    weight: 8,
    unit: cultura,
    responsible: quaglia,
    indicators: [i1011, i1299, i1396],
  });
  const i278 = indicator({ code: '278', target: 78_000, weight: 50 });
  const i349 = indicator({ code: '349', target: 30, weight: 50 });
  const c50_5 = objective({
    code: 'C50_0005',
    weight: 5,
    unit: cultura,
    responsible: quaglia,
    indicators: [i278, i349],
  });
  const i1528 = indicator({ code: '1528', target: 0, polarity: 'negative', weight: 20 });
  const i891 = indicator({ code: '891', target: 100, weight: 80 });
  const c136 = objective({
    code: 'C0136_0002',
    unit: personale,
    responsible: segalini,
    indicators: [i1528, i891],
  });
  const i1613 = indicator({ code: '1613', target: 1, binary: true, weight: 100 });
  const c117 = objective({ code: 'C117_0002', indicators: [i1613] });
  const doc = plan([
    line('Città per una cultura fra memoria ed immaginazione', [c50_4, c50_5]),
    line('Una pubblica amministrazione efficiente che costruisce partecipazione', [c136]),
    line("Città che si prende cura dell'ambiente", [c117]),
  ]);
  return { doc, i1011, i1299, i1396, i278, i349, i1528, i891, i1613, c50_4, c50_5, c136, c117 };
}

describe('which measurement counts', () => {
  const id = 'x';
  it('the latest final by date beats a later interim one', () => {
    const interim = measured(id, 10, { date: '2019-12-31', final: false });
    const final = measured(id, 20, { date: '2019-12-30', final: true });
    expect(pickMeasurement([interim, final])).toBe(final);
  });
  it('among finals the latest date wins, whatever the recording order', () => {
    const late = measured(id, 1, { date: '2019-12-31' });
    const early = measured(id, 2, { date: '2019-06-30' });
    expect(pickMeasurement([late, early])).toBe(late);
  });
  it('on the same date the one recorded last counts (a correction)', () => {
    const first = measured(id, 1, { date: '2019-12-31' });
    const correction = measured(id, 2, { date: '2019-12-31' });
    expect(pickMeasurement([correction, first])).toBe(correction);
  });
  it('without a final, the latest interim counts', () => {
    const june = measured(id, 1, { date: '2019-06-30', final: false });
    const sept = measured(id, 2, { date: '2019-09-30', final: false });
    expect(pickMeasurement([sept, june])).toBe(sept);
  });
  it('a measurement the Nucleo sent back does not count', () => {
    const interim = measured(id, 1, { date: '2019-09-30', final: false });
    const returned = measured(id, 2, { date: '2019-12-31', status: 'returned' });
    expect(pickMeasurement([interim, returned])).toBe(interim);
    expect(pickMeasurement([returned])).toBeNull();
  });
});

describe('plan achievement: roll-ups on Cremona’s indicators', () => {
  it('nothing measured gives null everywhere, never 0, with the counts', () => {
    const { doc } = cremona();
    const a = computePlanAchievement(doc, [], rules);
    expect(a.plan).toMatchObject({ achievement: null, measured: 0, total: 4 });
    expect(a.objectives[0]).toMatchObject({ achievement: null, measured: 0, total: 3 });
    expect(a.objectives[0]?.indicators[0]).toMatchObject({ achievement: null, measurement: null });
    expect(a.strategicLines.map((l) => l.achievement)).toEqual([null, null, null]);
  });

  it('an objective is the weighted mean of its measured indicators only', () => {
    const { doc, i1011, i1299 } = cremona();
    const a = computePlanAchievement(doc, [measured(i1011.id, 45_000), measured(i1299.id, 217)], rules);
    const c50 = a.objectives[0];
    // (90 × 40 + 100 × 30) / 70
    expect(c50?.achievement).toBeCloseTo((90 * 40 + 100 * 30) / 70, 10);
    expect(c50).toMatchObject({ measured: 2, total: 3 });
    expect(c50?.explanation).toBe('(90% × 40 + 100% × 30) / 70 → 94,29%; 2 indicatori rilevati su 3');
    expect(c50?.indicators[0]?.explanation).toBe('Rilevazione finale del 31/12/2019: 45.000 su 50.000 → 90%');
  });

  it('lines, units, people and the plan weigh objectives by their points (1 where none)', () => {
    const { doc, i1011, i278, i1528, i1613 } = cremona();
    const a = computePlanAchievement(
      doc,
      [measured(i1011.id, 25_000), measured(i278.id, 78_000), measured(i1528.id, 0), measured(i1613.id, 0)],
      rules,
    );
    // C50_0004 = 50 (w 8), C50_0005 = 100 (w 5), C0136_0002 = 100 (w 1), C117_0002 = 0 (w 1)
    expect(a.strategicLines[0]?.achievement).toBeCloseTo((50 * 8 + 100 * 5) / 13, 10);
    expect(a.strategicLines[1]?.achievement).toBe(100);
    expect(a.strategicLines[2]?.achievement).toBe(0);
    expect(a.plan.achievement).toBeCloseTo((50 * 8 + 100 * 5 + 100 + 0) / 15, 10);
    expect(a.plan).toMatchObject({ measured: 4, total: 4 });
    expect(a.units).toEqual([
      expect.objectContaining({
        id: cultura.id,
        achievement: (50 * 8 + 100 * 5) / 13,
        measured: 2,
        total: 2,
      }),
      expect.objectContaining({ id: personale.id, achievement: 100, measured: 1, total: 1 }),
    ]);
    expect(a.people.map((p) => p.name)).toEqual(['Quaglia Maurizia', 'Segalini Maurilio']);
  });

  it('target 0 on a lower-is-better indicator works: no appeals is 100%, one appeal is 0%', () => {
    const { doc, i1528 } = cremona();
    expect(
      computePlanAchievement(doc, [measured(i1528.id, 0)], rules).objectives[2]?.indicators[0]?.achievement,
    ).toBe(100);
    expect(
      computePlanAchievement(doc, [measured(i1528.id, 0.3)], rules).objectives[2]?.indicators[0]?.achievement,
    ).toBe(0);
  });

  it('"all targets must be met": the lowest indicator counts', () => {
    const { doc, i1528, i891 } = cremona();
    const a = computePlanAchievement(doc, [measured(i1528.id, 0), measured(i891.id, 60)], {
      ...rules,
      objectiveMethod: 'all_targets',
    });
    expect(a.objectives[2]?.achievement).toBe(60);
    expect(a.objectives[2]?.explanation).toContain('il più basso');
  });

  it('a final measurement replaces the interim one, and a correction on the same date wins', () => {
    const { doc, i1299 } = cremona();
    const a = computePlanAchievement(
      doc,
      [
        measured(i1299.id, 100, { date: '2019-06-30', final: false }),
        measured(i1299.id, 150, { date: '2019-12-31' }),
        measured(i1299.id, 217, { date: '2019-12-31' }),
      ],
      rules,
    );
    expect(a.objectives[0]?.indicators[1]).toMatchObject({
      achievement: 100,
      measurement: { value: 217, final: true },
    });
  });

  it('a value computed from the formula’s variables is explained with them', () => {
    const { doc, i891 } = cremona();
    const a = computePlanAchievement(
      doc,
      [measured(i891.id, 75, { variables: { idonei: 300, domande: 400 }, final: false, date: '2019-09-30' })],
      rules,
    );
    expect(a.objectives[2]?.indicators[1]?.explanation).toBe(
      'Rilevazione intermedia del 30/09/2019, valore calcolato 75 da idonei = 300, domande = 400: 75 su 100 → 75%',
    );
  });

  it('measurements of indicators no longer in the plan are ignored', () => {
    const { doc } = cremona();
    const a = computePlanAchievement(doc, [measured('00000000-0000-4000-8000-999999999999', 5)], rules);
    expect(a.plan.achievement).toBeNull();
  });
});
