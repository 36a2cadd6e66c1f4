import { describe, expect, it } from 'vitest';
import { buildOrg, buildPlan, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { expectBadPageQueries, walkPages } from '../../test/walk-pages.ts';
import { requestsAs } from '../authoring/authoring.test-kit.ts';
import { recordAudit } from './record-audit.ts';

describe('the history of an item (GET /orgs/{orgId}/audit)', async () => {
  const { app, database } = await build();
  const db = database.db;
  const org = await buildOrg(db);
  const secretaryUser = await buildUser(db, org.id, ['secretary']);
  const secretaryCookie = (await loginAs(app, secretaryUser.email)).cookie;
  const secretary = requestsAs(app, secretaryCookie);
  const viewer = requestsAs(
    app,
    (await loginAs(app, (await buildUser(db, org.id, ['viewer'])).email)).cookie,
  );
  const { objectiveIds, indicatorIds } = await buildPlan(db, org.id);
  const objectiveId = objectiveIds[0] ?? '';
  const indicatorId = indicatorIds[0] ?? '';
  const history = (query: string) => secretary.get(`/orgs/${org.id}/audit?${query}`);

  for (const [target, rowVersion] of [
    [247, 1],
    [217, 2],
  ]) {
    const res = await secretary.patch(`/indicators/${indicatorId}`, { target, rowVersion });
    if (res.statusCode !== 200) throw new Error(res.body);
  }
  const phase = (
    await secretary.post(`/objectives/${objectiveId}/phases`, {
      title: 'Allestimento delle sale',
    })
  ).json();
  await secretary.delete(`/phases/${phase.id}`);
  // Personal data written about the same item must not leak through its history.
  await recordAudit(db, {
    orgId: org.id,
    actorUserId: secretaryUser.id,
    action: 'update',
    entityType: 'evaluation',
    entityId: indicatorId,
    after: { score: 87 },
  });

  it('lists who changed which field of an indicator, newest first, with the old and new value', async () => {
    const res = await history(`entityType=indicator&entityId=${indicatorId}`);
    expect(res.statusCode).toBe(200);
    const entries = res.json();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      action: 'update',
      entityType: 'indicator',
      entityId: indicatorId,
      actor: { id: secretaryUser.id, name: secretaryUser.name },
      changes: [{ field: 'target', from: 247, to: 217 }],
    });
    expect(entries[0].id).toBeGreaterThan(entries[1].id);
    expect(Date.parse(entries[0].at)).not.toBeNaN();
  });

  it('shows the fields of a created item, and those of a deleted one, without bookkeeping fields', async () => {
    const [deleted, created] = (await history(`entityType=phase&entityId=${phase.id}`)).json();
    expect(deleted.action).toBe('delete');
    expect(deleted.changes).toContainEqual({ field: 'title', from: 'Allestimento delle sale', to: null });
    expect(created.action).toBe('create');
    expect(created.changes).toContainEqual({ field: 'title', from: null, to: 'Allestimento delle sale' });
    expect(created.changes.map((c: { field: string }) => c.field)).not.toContain('rowVersion');
  });

  it('gives an objective with its indicators and phases in one list when several ids are asked', async () => {
    const res = await history(`entityId=${[objectiveId, indicatorId, phase.id].join(',')}`);
    expect(res.json().map((e: { entityType: string }) => e.entityType)).toEqual([
      'phase',
      'phase',
      'indicator',
      'indicator',
    ]);
  });

  it('never lists entries about evaluations or bonuses', async () => {
    const all = (await history('limit=200')).json();
    expect(all.length).toBeGreaterThan(0);
    for (const entry of all) expect(entry.entityType).not.toMatch(/^(evaluation|bonus)/);
  });

  it('pages with limit and cursor, announcing the next page in a Link header', async () => {
    const first = await history(`entityId=${indicatorId},${phase.id}&limit=3`);
    expect(first.json()).toHaveLength(3);
    const last = first.json()[2].id;
    const link = String(first.headers.link);
    expect(link).toMatch(new RegExp(`cursor=${last}>; rel="next"$`));
    const nextUrl = link.slice(link.indexOf('<') + 1, link.indexOf('>')).replace('/api/v1', '');
    const second = await secretary.get(nextUrl);
    expect(second.json()).toHaveLength(1);
    expect(second.json()[0].id).toBeLessThan(last);
    expect(second.headers.link).toBeUndefined();
  });

  it('walking the pages from Link to Link gives every entry once, newest first', async () => {
    const whole: { id: number }[] = (await history('limit=200')).json();
    expect(whole.length).toBeGreaterThan(4);
    const { items } = await walkPages<{ id: number }>(
      app,
      `/api/v1/orgs/${org.id}/audit`,
      secretaryCookie,
      2,
    );
    expect(items.map((e) => e.id)).toEqual(whole.map((e) => e.id));
    await expectBadPageQueries(app, `/api/v1/orgs/${org.id}/audit`, secretaryCookie);
  });

  it('refuses a limit above 200 and a viewer', async () => {
    expect((await history('limit=201')).statusCode).toBe(400);
    expect((await viewer.get(`/orgs/${org.id}/audit`)).statusCode).toBe(403);
  });
});
