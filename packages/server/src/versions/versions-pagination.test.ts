import { describe, expect, it } from 'vitest';
import { buildOrg, buildPlan, buildUnit, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { expectBadPageQueries, walkPages } from '../../test/walk-pages.ts';
import { adoptForTest } from '../amendments/testing/adopt-for-test.ts';

type Version = { version: number; changeRequestIds: string[]; amendment: { number: number } | null };

describe('GET /plans/{planId}/versions pages with ?limit=&cursor=', async () => {
  const { app, database } = await build();
  const db = database.db;
  const org = await buildOrg(db);
  const unit = await buildUnit(db, org.id);
  const as = {
    secretary: await loginAs(app, (await buildUser(db, org.id, ['secretary'])).email),
    manager: await loginAs(app, (await buildUser(db, org.id, ['manager'], { unitIds: [unit.id] })).email),
    evaluator: await loginAs(app, (await buildUser(db, org.id, ['evaluator'])).email),
    viewer: await loginAs(app, (await buildUser(db, org.id, ['viewer'])).email),
  };
  const { plan, indicatorIds } = await buildPlan(db, org.id, { unitId: unit.id });
  await adoptForTest(db, { orgId: org.id, planId: plan.id });
  const post = async (who: { cookie: string }, url: string, payload: object) => {
    const res = await app.inject({ method: 'POST', url: `/api/v1${url}`, headers: who, payload });
    if (res.statusCode >= 300) throw new Error(res.body);
    return res.json();
  };
  // Three amendments, each adopting one accepted request: versions 0 to 3.
  const requestOf = new Map<number, string>();
  for (const version of [1, 2, 3]) {
    const filed = await post(as.manager, `/plans/${plan.id}/change-requests`, {
      target: { type: 'indicator', id: indicatorIds[0] },
      changes: { target: 200 + version },
      reason: 'Motivazione',
    });
    await post(as.evaluator, `/change-requests/${filed.id}/decision`, { outcome: 'accepted' });
    await post(as.secretary, `/plans/${plan.id}/amendments`, {
      actNumber: `${100 + version}`,
      actDate: '2020-06-25',
      changeRequestIds: [filed.id],
    });
    requestOf.set(version, filed.id);
  }
  const url = `/api/v1/plans/${plan.id}/versions`;

  it('walking the pages gives every version once, by number, each with the requests its amendment recorded', async () => {
    const { items, pages } = await walkPages<Version>(app, url, as.viewer.cookie, 3);
    expect(pages).toBe(2);
    expect(items.map((v) => v.version)).toEqual([0, 1, 2, 3]);
    expect(items.map((v) => v.changeRequestIds)).toEqual([
      [],
      [requestOf.get(1)],
      [requestOf.get(2)],
      [requestOf.get(3)],
    ]);
    const whole = (await app.inject({ url, headers: as.viewer })).json();
    expect(items).toEqual(whole);
  });

  it('a limit covering the whole list answers it without a Link', async () => {
    const res = await app.inject({ url: `${url}?limit=4`, headers: as.viewer });
    expect(res.json()).toHaveLength(4);
    expect(res.headers.link).toBeUndefined();
  });

  it('refuses a bad limit or cursor with 400 naming the parameter', async () => {
    await expectBadPageQueries(app, url, as.viewer.cookie);
  });
});
