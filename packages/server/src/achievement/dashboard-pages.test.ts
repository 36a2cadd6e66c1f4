import {
  DASHBOARD_LIST_PATHS,
  DASHBOARD_LISTS,
  type DashboardFilters,
  type DashboardList,
  type FullDashboard,
} from '@traguardo/domain/achievement/dashboard.schema';
import { eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildOrg, buildPerson, buildPlan, buildUnit, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { expectBadPageQueries } from '../../test/walk-pages.ts';
import { objectives } from '../db/schema/plans.ts';
import { adopt } from '../measurements/measurement-test-setup.ts';
import { loadDashboard } from './load-dashboard.ts';

const TODAY = '2021-01-15';

/** The identity of an item of each list: what a walk must meet exactly once. */
function keyOf(list: DashboardList, item: Record<string, unknown>): string {
  const key =
    list === 'overdue' || list === 'unmeasured'
      ? item.indicatorId
      : list === 'phasesBehind'
        ? item.phaseId
        : list === 'awaitingValidation'
          ? item.measurementId
          : item.id;
  return String(key);
}

const linkNext = (link: unknown): string | null =>
  typeof link === 'string' ? (/<([^>]+)>; rel="next"/.exec(link)?.[1] ?? null) : null;

describe('the dashboard pages its lists', async () => {
  const { app, database } = await build();
  const db = database.db;
  // 30 objectives of two indicators and one phase: 20 in Cultura, 10 in Polizia Locale, three responsibles.
  const org = await buildOrg(db);
  const cultura = await buildUnit(db, org.id, { name: 'Settore Cultura' });
  const polizia = await buildUnit(db, org.id, { name: 'Polizia Locale' });
  const responsibles = [
    await buildPerson(db, org.id, { name: 'ROSSI Anna' }),
    await buildPerson(db, org.id, { name: 'BIANCHI Luca' }),
    await buildPerson(db, org.id, { name: 'VERDI Sara' }),
  ];
  const built = await buildPlan(db, org.id, { unitId: cultura.id, objectiveCount: 30 });
  await db
    .update(objectives)
    .set({ unitId: polizia.id })
    .where(inArray(objectives.id, built.objectiveIds.slice(20)));
  for (const [n, id] of built.objectiveIds.entries())
    await db
      .update(objectives)
      .set({ responsiblePersonId: responsibles[n % 3]?.id ?? null })
      .where(eq(objectives.id, id));
  await adopt(db, built.plan.id);
  const secretary = await buildUser(db, org.id, ['secretary']);
  const { cookie } = await loginAs(app, secretary.email);
  const [i1a = '', i1b = '', i2a = ''] = built.indicatorIds;
  for (const [indicatorId, value] of [
    [i1a, 200],
    [i1b, 1],
    [i2a, 100],
  ] as const) {
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/indicators/${indicatorId}/measurements`,
      headers: { cookie },
      payload: { date: '2020-12-31', final: true, value },
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  const planUrl = `/api/v1/plans/${built.plan.id}`;
  const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
  const whole = async (filters: DashboardFilters): Promise<FullDashboard> =>
    (await loadDashboard(db, { planId: built.plan.id, today: TODAY, filters })).dashboard;

  it('answers the first 50 of each list by default, with every list’s total and its next page', async () => {
    const res = await get(`${planUrl}/dashboard?today=${TODAY}`);
    expect(res.statusCode).toBe(200);
    const d = res.json();
    const all = await whole({});
    expect(d.limit).toBe(50);
    // 60 indicators, three measured: 57 unmeasured and 57 overdue (none of them has a final measurement).
    expect(d.lists.unmeasured.total).toBe(57);
    expect(d.unmeasured).toHaveLength(50);
    expect(d.lists.unmeasured.next).toBe(`${planUrl}/dashboard/unmeasured?today=${TODAY}&limit=50&cursor=50`);
    for (const list of DASHBOARD_LISTS) {
      expect(d.lists[list].total, list).toBe(all[list].length);
      expect(d[list], list).toEqual(all[list].slice(0, 50));
      expect(d.lists[list].next === null, list).toBe(all[list].length <= 50);
    }
    // 30 objectives, 30 phases (OB1 at 100% has none behind), 3 final measurements, 3 people: one page.
    expect(d.lists.objectives).toEqual({ total: 30, next: null });
    expect(d.lists.phasesBehind.total).toBe(29);
    expect(d.lists.awaitingValidation).toEqual({ total: 3, next: null });
    expect(d.lists.people).toEqual({ total: 3, next: null });
    // The summary is whole: every line and unit, the counts of every objective.
    expect(d.units.map((u: { name: string }) => u.name)).toEqual(['Settore Cultura', 'Polizia Locale']);
    expect(d.trafficLights).toEqual({ green: 1, yellow: 1, red: 0, grey: 28 });
    expect(d.plan).toMatchObject({ measured: 2, total: 30 });
  });

  const filterCases: [string, DashboardFilters][] = [
    ['no filter', {}],
    ['a unit', { unitId: polizia.id }],
    ['a person', { personId: responsibles[1]?.id ?? '' }],
    ['a status', { status: 'grey' }],
    ['a line and a unit', { lineId: built.line.id, unitId: cultura.id }],
  ];
  it.each(filterCases)(
    'walking every list with %s meets each item exactly once, in order',
    async (_, filters) => {
      const all = await whole(filters);
      const query = new URLSearchParams({ ...filters, today: TODAY, limit: '4' });
      const first = (await get(`${planUrl}/dashboard?${query}`)).json();
      for (const list of DASHBOARD_LISTS) {
        const seen: string[] = first[list].map((i: Record<string, unknown>) => keyOf(list, i));
        expect(first.lists[list].total, list).toBe(all[list].length);
        let next: string | null = first.lists[list].next;
        while (next) {
          const res = await get(next);
          expect(res.statusCode, res.body).toBe(200);
          expect(res.headers['x-total-count']).toBe(String(all[list].length));
          const page: Record<string, unknown>[] = res.json();
          next = linkNext(res.headers.link);
          // Only the last page has no Link, and every page before it is full.
          if (next) expect(page).toHaveLength(4);
          else expect(page.length).toBeGreaterThan(0);
          seen.push(...page.map((i) => keyOf(list, i)));
        }
        expect(seen, list).toEqual(all[list].map((i) => keyOf(list, i)));
        expect(new Set(seen).size, list).toBe(seen.length);
      }
    },
  );

  it('each list route answers its page on its own, with a Link only when more follows', async () => {
    const objectivesUrl = `${planUrl}/dashboard/objectives?unitId=${polizia.id}&today=${TODAY}`;
    const last = await get(`${objectivesUrl}&limit=5&cursor=5`);
    expect(last.statusCode).toBe(200);
    expect(last.json().map((o: { code: string }) => o.code)).toEqual([
      'OB26',
      'OB27',
      'OB28',
      'OB29',
      'OB30',
    ]);
    expect(last.headers.link).toBeUndefined();
    expect(last.headers['x-total-count']).toBe('10');
    const first = await get(`${objectivesUrl}&limit=5`);
    expect(first.json().map((o: { code: string }) => o.code)).toEqual([
      'OB21',
      'OB22',
      'OB23',
      'OB24',
      'OB25',
    ]);
    expect(linkNext(first.headers.link)).toBe(
      `${planUrl}/dashboard/objectives?unitId=${polizia.id}&today=${TODAY}&limit=5&cursor=5`,
    );
    const past = await get(`${objectivesUrl}&limit=5&cursor=40`);
    expect(past.json()).toEqual([]);
    expect(past.headers.link).toBeUndefined();
    // Without a limit, a list route answers 50 at most too.
    const unmeasured = await get(`${planUrl}/dashboard/unmeasured?today=${TODAY}`);
    expect(unmeasured.json()).toHaveLength(50);
    expect(linkNext(unmeasured.headers.link)).toContain('cursor=50');
    const people = (await get(`${planUrl}/dashboard/people?today=${TODAY}`)).json();
    expect(people.map((p: { name: string }) => p.name)).toEqual(['ROSSI Anna', 'BIANCHI Luca', 'VERDI Sara']);
  });

  it('a limit out of range or a forged cursor is a 400 naming the parameter', async () => {
    for (const list of DASHBOARD_LISTS)
      await expectBadPageQueries(app, `${planUrl}/dashboard/${DASHBOARD_LIST_PATHS[list]}`, cookie);
    for (const limit of ['0', '501', 'abc']) {
      const res = await get(`${planUrl}/dashboard?limit=${limit}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([expect.objectContaining({ field: 'querystring.limit' })]);
    }
    expect((await get(`${planUrl}/dashboard?limit=500`)).statusCode).toBe(200);
  });

  it('the workbook still exports every row, whatever the page size', async () => {
    const res = await get(`${planUrl}/dashboard.xlsx?today=${TODAY}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    // A header row above the 57 unmeasured indicators.
    expect(wb.getWorksheet('Non rilevati')?.actualRowCount).toBe(58);
    expect(wb.getWorksheet('Obiettivi')?.actualRowCount).toBe(31);
  });
});
