import { describe, expect, it } from 'vitest';
import type { Phase } from '../plan/plan.schema.ts';
import { buildDashboard } from './build-dashboard.ts';
import { computePlanAchievement } from './compute-plan-achievement.ts';
import { DEFAULT_ACHIEVEMENT_RULES as rules } from './evaluation-rules.schema.ts';
import { indicator, line, measured, objective, plan } from './test-plan.fixture.ts';
import { trafficLight } from './traffic-light.ts';

const phase = (number: number, months: number[]): Phase => ({
  id: `30000000-0000-4000-8000-00000000000${number}`,
  number,
  title: `Attività ${number}`,
  months,
  assignees: ['Tutto il Personale'],
  rowVersion: 1,
});
const segreteria = { id: '10000000-0000-4000-8000-0000000000a1', name: 'Segreteria' };
const deLuca = { id: '20000000-0000-4000-8000-0000000000b1', name: 'DE LUCA Ida' };

/** Chieve's Piano 2020: activities with their monthly calendar and "Almeno 80%" indicators due 31/12/2020. */
function chieve() {
  const trasparenza = indicator({
    code: '1',
    target: 80,
    targetText: 'Almeno 80%',
    measurementDeadline: '2020-12-31',
  });
  const delibere = indicator({
    code: '2',
    target: 80,
    targetText: 'Almeno 80%',
    measurementDeadline: '2020-12-31',
  });
  const centro = indicator({ code: '6', target: 100, measurementDeadline: '2020-07-31' });
  const o1 = objective({
    code: 'OB1',
    unit: segreteria,
    indicators: [trasparenza],
    phases: [phase(1, [7, 8, 9, 10, 11, 12])],
  });
  const o2 = objective({
    code: 'OB2',
    unit: segreteria,
    indicators: [delibere],
    phases: [phase(2, [7, 8, 9, 10, 11, 12])],
  });
  const o6 = objective({
    code: 'OB6',
    responsible: deLuca,
    indicators: [centro],
    phases: [phase(6, [5, 6, 7])],
  });
  const doc = plan([line('Obiettivi 2020', [o1, o2, o6])], { startYear: 2020, endYear: 2020 });
  return { doc, trasparenza, delibere, centro, o1, o2, o6 };
}

describe('monitoring dashboard', () => {
  it('traffic lights: green from 80%, yellow from 50%, red below, grey unmeasured', () => {
    expect([100, 80, 79.99, 50, 49.9, 0, null].map(trafficLight)).toEqual([
      'green',
      'green',
      'yellow',
      'yellow',
      'red',
      'red',
      'grey',
    ]);
  });

  it('lists unmeasured indicators, overdue ones and phases behind their calendar on a given day', () => {
    const { doc, trasparenza, centro } = chieve();
    const ms = [measured(trasparenza.id, 60, { date: '2020-10-31', final: false })];
    const d = buildDashboard({
      plan: doc,
      achievement: computePlanAchievement(doc, ms, rules),
      today: '2020-09-15',
    });
    expect(d.unmeasured.map((u) => u.code)).toEqual(['6', '2']);
    // The summer centre was due 31/07/2020.
    expect(d.overdue).toEqual([expect.objectContaining({ indicatorId: centro.id, daysOverdue: 46 })]);
    // Its activity was planned May–July: behind by two months on 15 September.
    expect(d.phasesBehind).toEqual([
      expect.objectContaining({
        number: 6,
        plannedEnd: '2020-07-31',
        monthsLate: 2,
        objectiveAchievement: null,
      }),
    ]);
    expect(d.trafficLights).toEqual({ green: 0, yellow: 1, red: 0, grey: 2 });
  });

  it('after 31 December an interim measurement is overdue and unfinished activities are late', () => {
    const { doc, trasparenza, delibere, centro } = chieve();
    const ms = [
      measured(trasparenza.id, 60, { date: '2020-10-31', final: false }),
      measured(delibere.id, 85, { date: '2020-12-31' }),
      measured(centro.id, 100, { date: '2020-07-31' }),
    ];
    const d = buildDashboard({
      plan: doc,
      achievement: computePlanAchievement(doc, ms, rules),
      today: '2021-01-10',
    });
    expect(d.overdue.map((o) => [o.code, o.daysOverdue, o.lastMeasurement?.final])).toEqual([
      ['1', 10, false],
    ]);
    expect(d.unmeasured).toEqual([]);
    // OB2 and OB6 are at 100%: their activities are done.
    expect(d.phasesBehind.map((p) => [p.number, p.monthsLate])).toEqual([[1, 1]]);
  });

  it('filters narrow objectives and every roll-up is recomputed on what remains', () => {
    const { doc, trasparenza, delibere, o6 } = chieve();
    const ms = [measured(trasparenza.id, 30), measured(delibere.id, 80)];
    const achievement = computePlanAchievement(doc, ms, rules);
    const bySegreteria = buildDashboard({
      plan: doc,
      achievement,
      today: '2021-01-10',
      filters: { unitId: segreteria.id },
    });
    expect(bySegreteria.objectives.map((o) => o.code)).toEqual(['OB1', 'OB2']);
    expect(bySegreteria.plan).toMatchObject({ achievement: (37.5 + 100) / 2, measured: 2, total: 2 });
    const red = buildDashboard({ plan: doc, achievement, today: '2021-01-10', filters: { status: 'red' } });
    expect(red.objectives.map((o) => [o.code, o.trafficLight])).toEqual([['OB1', 'red']]);
    const mine = buildDashboard({
      plan: doc,
      achievement,
      today: '2021-01-10',
      filters: { personId: deLuca.id },
    });
    expect(mine.objectives.map((o) => o.id)).toEqual([o6.id]);
    expect(mine.plan.achievement).toBeNull();
  });
});
