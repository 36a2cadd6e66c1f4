import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildOrg, buildPlan, buildUser } from './factories.ts';
import { build, loginAs } from './helper.ts';

/**
 * Every statement the app sends, whichever driver is underneath: drizzle calls PGlite's query() on
 * the embedded database and pg's Client.query() (through the pool) on PostgreSQL.
 */
function countQueries() {
  const spies = [vi.spyOn(PGlite.prototype, 'query'), vi.spyOn(pg.Client.prototype, 'query')];
  return { count: () => spies.reduce((n, s) => n + s.mock.calls.length, 0) };
}

describe('queries stay bounded as a plan grows', async () => {
  const { app, database } = await build();
  const org = await buildOrg(database.db);
  const secretary = await buildUser(database.db, org.id, ['secretary']);
  const small = await buildPlan(database.db, org.id, { objectiveCount: 5, title: 'Piano piccolo' });
  const large = await buildPlan(database.db, org.id, { objectiveCount: 50, title: 'Piano grande' });
  const { cookie } = await loginAs(app, secretary.email);

  afterEach(() => {
    vi.restoreAllMocks();
  });

  const queriesFor = async (url: string) => {
    // On PGlite the session's actor is kept while nothing is written (db/read-through.ts): one request
    // first, so that every count below starts from the same state.
    await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    const counter = countQueries();
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    const n = counter.count();
    vi.restoreAllMocks();
    expect(res.statusCode).toBe(200);
    return { n, body: res.json() };
  };

  it('the plan endpoint sends as many queries for 50 objectives as for 5 (no N+1)', async () => {
    const five = await queriesFor(`/api/v1/plans/${small.plan.id}`);
    const fifty = await queriesFor(`/api/v1/plans/${large.plan.id}`);
    expect(five.body.strategicLines[0].objectives).toHaveLength(5);
    expect(fifty.body.strategicLines[0].objectives).toHaveLength(50);
    expect(five.n).toBeGreaterThan(0);
    expect(fifty.n).toBe(five.n);
  });

  it('the plan list sends as many queries for two plans as for one', async () => {
    const before = await queriesFor(`/api/v1/orgs/${org.id}/plans`);
    await buildPlan(database.db, org.id, { objectiveCount: 3, title: 'Piano in più' });
    const after = await queriesFor(`/api/v1/orgs/${org.id}/plans`);
    expect(after.body).toHaveLength(before.body.length + 1);
    expect(after.n).toBe(before.n);
  });
});
