import { describe, expect, it } from 'vitest';
import { buildDashboard } from './build-dashboard.ts';
import { computePlanAchievement } from './compute-plan-achievement.ts';
import { dashboardListPath, firstPages, nextOffset } from './dashboard-pages.ts';
import { DEFAULT_ACHIEVEMENT_RULES as rules } from './evaluation-rules.schema.ts';
import { indicator, line, objective, plan } from './test-plan.fixture.ts';

describe('dashboard pages', () => {
  it('a page has a next one only while items remain after it', () => {
    expect([
      nextOffset(120, 0, 50),
      nextOffset(120, 50, 50),
      nextOffset(120, 100, 50),
      nextOffset(100, 50, 50),
      nextOffset(0, 0, 50),
    ]).toEqual([50, 100, null, null, null]);
  });

  it('the next page keeps the filters, pins the day and the size', () => {
    const query = { unitId: 'u-1', status: 'red' as const, today: '2021-01-15', limit: 25 };
    expect(dashboardListPath('p-1', 'phasesBehind', query, 25)).toBe(
      '/plans/p-1/dashboard/phases-behind?unitId=u-1&status=red&today=2021-01-15&limit=25&cursor=25',
    );
  });

  it('the first pages cut every list and keep the summary and each list’s total', () => {
    const objectives = Array.from({ length: 7 }, (_, n) =>
      objective({ code: `OB${n + 1}`, indicators: [indicator({ code: `${n + 1}` })] }),
    );
    const doc = plan([line('Linea', objectives)], { startYear: 2020, endYear: 2020 });
    const full = buildDashboard({
      plan: doc,
      achievement: computePlanAchievement(doc, [], rules),
      today: '2021-01-15',
    });
    const d = firstPages(full, 3, (list, offset) => `${list}@${offset}`);
    expect(d.objectives.map((o) => o.code)).toEqual(['OB1', 'OB2', 'OB3']);
    expect(d.unmeasured).toHaveLength(3);
    expect(d.lists.objectives).toEqual({ total: 7, next: 'objectives@3' });
    expect(d.lists.unmeasured).toEqual({ total: 7, next: 'unmeasured@3' });
    expect(d.lists.awaitingValidation).toEqual({ total: 0, next: null });
    expect(d.limit).toBe(3);
    expect(d.trafficLights).toEqual(full.trafficLights);
    expect(d.plan).toEqual(full.plan);
  });
});
