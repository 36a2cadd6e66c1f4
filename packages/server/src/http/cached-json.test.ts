import { gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrg, buildPlan, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { buildApp } from '../app.ts';
import { plans } from '../db/schema/plans.ts';
import { CREMONA } from '../demo/cremona.ts';
import { syncDemo } from '../demo/sync-demo.ts';
import { acceptsGzip } from './cached-json.ts';

describe('big reads answered from the response cache', async () => {
  const { app, database } = await build();
  let cookie = '';
  let planId = '';
  let indicatorId = '';
  let otherCookie = '';

  beforeAll(async () => {
    const org = await buildOrg(database.db);
    const secretary = await buildUser(database.db, org.id, ['secretary']);
    ({ cookie } = await loginAs(app, secretary.email));
    const built = await buildPlan(database.db, org.id, { objectiveCount: 3 });
    planId = built.plan.id;
    indicatorId = built.indicatorIds[0] ?? '';
    const other = await buildOrg(database.db, { name: 'Comune di Altrove' });
    const stranger = await buildUser(database.db, other.id, ['secretary']);
    ({ cookie: otherCookie } = await loginAs(app, stranger.email));
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie, ...headers } });

  it('sends the plan gzipped to a client that accepts gzip, and the same JSON to one that does not', async () => {
    const plain = await get(`/plans/${planId}`);
    const zipped = await get(`/plans/${planId}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString())).toEqual(plain.json());
    expect(plain.json().strategicLines[0].objectives).toHaveLength(3);
    expect(plain.headers.vary).toContain('Accept-Encoding');
  });

  it('answers 304 without a body when the client already holds the current plan', async () => {
    const first = await get(`/plans/${planId}`);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get(`/plans/${planId}`, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect((await get(`/plans/${planId}`, { 'if-none-match': 'W/"altro"' })).statusCode).toBe(200);
  });

  it('gives the changed plan, with a new ETag, right after an edit', async () => {
    const before = await get(`/plans/${planId}`);
    const objective = before.json().strategicLines[0].objectives[0];
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/v1/objectives/${objective.id}`,
      headers: { cookie },
      payload: { title: 'Titolo cambiato dopo la lettura', rowVersion: objective.rowVersion },
    });
    expect(patch.statusCode).toBe(200);
    const after = await get(`/plans/${planId}`, { 'if-none-match': String(before.headers.etag) });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.json().strategicLines[0].objectives[0].title).toBe('Titolo cambiato dopo la lettura');
  });

  it('recomputes achievement when a measurement is recorded, and keeps versions apart', async () => {
    const adopt = await app.inject({
      method: 'POST',
      url: `/api/v1/plans/${planId}/adopt`,
      headers: { cookie },
      payload: { actNumber: '12', actDate: '2020-02-01', confirmWarnings: true },
    });
    expect(adopt.statusCode).toBeLessThan(300);
    const before = await get(`/plans/${planId}/achievement`);
    expect(before.headers['cache-control']).toBe('no-store');
    const indicatorBefore = before
      .json()
      .objectives.flatMap((o: { indicators: { id: string; achievement: number | null }[] }) => o.indicators)
      .find((i: { id: string }) => i.id === indicatorId);
    expect(indicatorBefore.achievement).toBeNull();
    const measured = await app.inject({
      method: 'POST',
      url: `/api/v1/indicators/${indicatorId}/measurements`,
      headers: { cookie },
      payload: { date: '2020-06-30', final: false, value: 150 },
    });
    expect(measured.statusCode).toBe(201);
    const after = await get(`/plans/${planId}/achievement`);
    const indicatorAfter = after
      .json()
      .objectives.flatMap((o: { indicators: { id: string; achievement: number | null }[] }) => o.indicators)
      .find((i: { id: string }) => i.id === indicatorId);
    expect(indicatorAfter.achievement).toBe(75);
    const version0 = await get(`/plans/${planId}?version=0`);
    expect(version0.statusCode).toBe(200);
    expect(version0.json().version).toBe(0);
    expect((await get(`/plans/${planId}?version=7`)).statusCode).toBe(404);
  });

  it('keeps a dashboard page’s total and next link with it when it comes from the cache', async () => {
    for (let n = 0; n < 2; n++) {
      const page = await get(`/plans/${planId}/dashboard/objectives?limit=2`);
      expect(page.statusCode).toBe(200);
      expect(page.json()).toHaveLength(2);
      expect(page.headers['x-total-count']).toBe('3');
      expect(String(page.headers.link)).toContain('rel="next"');
    }
    const last = await get(`/plans/${planId}/dashboard/objectives?limit=2&cursor=2`);
    expect(last.json()).toHaveLength(1);
    expect(last.headers.link).toBeUndefined();
  });

  it('never serves a cached plan to a reader of another organisation', async () => {
    await get(`/plans/${planId}`);
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/plans/${planId}`,
      headers: { cookie: otherCookie },
    });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Obiettivo');
  });
});

describe('Accept-Encoding', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['gzip;q=0', false],
    ['identity', false],
    ['*', true],
    ['', false],
  ])('%j accepts gzip: %s', (header, expected) => {
    expect(acceptsGzip(header || undefined)).toBe(expected);
  });
});

describe('production trusts the loaders: the same JSON with and without checking the schemas', async () => {
  const { app: checking, database } = await build();
  const trusting = await buildApp(database.db, { serveWeb: false, validateBigResponses: false });
  afterAll(() => trusting.close());
  let paths: string[] = [];
  const cookies = new Map<FastifyInstance, string>();

  beforeAll(async () => {
    await syncDemo(database.db, true);
    const [cremona] = await database.db.select().from(plans).where(eq(plans.title, CREMONA.plan.title));
    if (!cremona) throw new Error('no Cremona plan');
    const id = cremona.id;
    paths = [
      `/plans/${id}`,
      `/plans/${id}?version=0`,
      `/plans/${id}/outline`,
      `/plans/${id}/outline?version=0`,
      `/plans/${id}/achievement`,
      `/plans/${id}/dashboard?today=2019-12-31`,
      `/plans/${id}/dashboard/objectives?today=2019-12-31&limit=5`,
      `/plans/${id}/dashboard/phases-behind?today=2019-12-31`,
      `/plans/${id}/dashboard/people?today=2019-12-31`,
    ];
    for (const app of [checking, trusting])
      cookies.set(app, (await loginAs(app, 'segretario@cremona.demo', 'traguardo-demo')).cookie);
  }, 120_000);

  it('for the Cremona demo plan, its first version, achievement and dashboard', async () => {
    for (const path of paths) {
      const [checked, trusted] = await Promise.all(
        [checking, trusting].map((app) =>
          app.inject({ method: 'GET', url: `/api/v1${path}`, headers: { cookie: cookies.get(app) ?? '' } }),
        ),
      );
      expect(checked?.statusCode, path).toBe(200);
      // Same members and values (a frozen version comes back from jsonb with its keys in jsonb's order).
      expect(JSON.parse(trusted?.body ?? 'null'), path).toEqual(JSON.parse(checked?.body ?? ''));
    }
  });
});
