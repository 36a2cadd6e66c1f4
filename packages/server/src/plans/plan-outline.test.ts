import { outlineOf, type PlanDocument, type PlanOutline } from '@traguardo/domain/plan/plan.schema';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrg, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { plans } from '../db/schema/plans.ts';
import { CREMONA } from '../demo/cremona.ts';
import { syncDemo } from '../demo/sync-demo.ts';

describe('GET /plans/{planId}/outline: what the plan page lists', async () => {
  const { app, database } = await build();
  let cookie = '';
  let planId = '';

  beforeAll(async () => {
    await syncDemo(database.db, true);
    const [cremona] = await database.db.select().from(plans).where(eq(plans.title, CREMONA.plan.title));
    if (!cremona) throw new Error('no Cremona plan');
    planId = cremona.id;
    ({ cookie } = await loginAs(app, 'segretario@cremona.demo', 'traguardo-demo'));
  }, 120_000);

  const get = (url: string, who = cookie) =>
    app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: who } });

  it('gives the Cremona plan with its lines and objectives in the document’s order, without indicators or phases', async () => {
    const document: PlanDocument = (await get(`/plans/${planId}`)).json();
    const response = await get(`/plans/${planId}/outline`);
    expect(response.statusCode).toBe(200);
    const outline: PlanOutline = response.json();
    expect(outline).toEqual(outlineOf(document));
    const objectives = outline.strategicLines.flatMap((line) => line.objectives);
    expect(objectives.map((o) => o.code)).toContain('C50_0004');
    expect(objectives.length).toBe(document.strategicLines.flatMap((l) => l.objectives).length);
    for (const objective of objectives) {
      expect(objective).not.toHaveProperty('indicators');
      expect(objective).not.toHaveProperty('phases');
    }
    expect(response.body.length).toBeLessThan((await get(`/plans/${planId}`)).body.length / 2);
  });

  it('gives an adopted version’s outline from its frozen snapshot', async () => {
    const version: PlanDocument = (await get(`/plans/${planId}?version=0`)).json();
    const response = await get(`/plans/${planId}/outline?version=0`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(outlineOf(version));
    expect((await get(`/plans/${planId}/outline?version=99`)).statusCode).toBe(404);
  });

  it('answers 304 to a client holding the current outline, and 404 to another organisation', async () => {
    const first = await get(`/plans/${planId}/outline`);
    const again = await app.inject({
      method: 'GET',
      url: `/api/v1/plans/${planId}/outline`,
      headers: { cookie, 'if-none-match': String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    // The plan's own ETag is another answer's: it does not revalidate the outline.
    expect(first.headers.etag).not.toBe((await get(`/plans/${planId}`)).headers.etag);
    const other = await buildOrg(database.db, { name: 'Comune di Altrove' });
    const stranger = await buildUser(database.db, other.id, ['secretary']);
    expect(
      (await get(`/plans/${planId}/outline`, (await loginAs(app, stranger.email)).cookie)).statusCode,
    ).toBe(404);
  });
});
