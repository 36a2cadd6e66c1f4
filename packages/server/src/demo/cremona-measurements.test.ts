import { computePlanAchievement } from '@traguardo/domain/achievement/compute-plan-achievement';
import { describe, expect, it } from 'vitest';
import { build } from '../../test/helper.ts';
import { loadAchievementInputs, loadPlanAchievement } from '../achievement/load-plan-achievement.ts';
import { seedCremona } from './cremona.ts';
import { seedCremonaMeasurements } from './cremona-measurements.ts';

describe('Cremona demo monitoring', async () => {
  const { database } = await build();
  const { planId } = await seedCremona(database.db, { actorUserId: null });

  it('seeds interim measurements once, so the dashboard shows figures', async () => {
    expect(await seedCremonaMeasurements(database.db, { planId })).toBe(14);
    expect(await seedCremonaMeasurements(database.db, { planId })).toBe(0);
    const a = await loadPlanAchievement(database.db, planId);
    const c50 = a.objectives.find((o) => o.code === 'C50_0004');
    // 1011 at 60% (w 40), 1299 at 70% (w 30), 1396 at 75% (w 30)
    expect(c50?.achievement).toBeCloseTo((60 * 40 + 70 * 30 + 75 * 30) / 100, 5);
    const i1528 = a.objectives.flatMap((o) => o.indicators).find((i) => i.code === '1528');
    expect(i1528?.achievement).toBe(100);
    expect(a.plan.measured).toBeGreaterThan(0);
    expect(a.plan.measured).toBeLessThan(a.plan.total);
  });

  it('the achievement loader’s slim plan gives the figures the whole plan document gives', async () => {
    // The real PEG, with measured and not-yet-measured indicators, weights, units and responsibles:
    // achievement-plan-json.ts must select what planDocumentJson selects, field for field that counts.
    await seedCremonaMeasurements(database.db, { planId });
    const whole = await loadAchievementInputs(database.db, planId);
    const fromDocument = computePlanAchievement(whole.plan, whole.measurements, whole.rules);
    const loaded = await loadPlanAchievement(database.db, planId);
    expect(loaded).toEqual(fromDocument);
    expect(loaded.objectives.length).toBeGreaterThan(10);
    expect(loaded.objectives.flatMap((o) => o.indicators).some((i) => i.achievement !== null)).toBe(true);
  });
});
