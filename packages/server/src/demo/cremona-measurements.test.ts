import { describe, expect, it } from 'vitest';
import { build } from '../../test/helper.ts';
import { loadPlanAchievement } from '../achievement/load-plan-achievement.ts';
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
});
