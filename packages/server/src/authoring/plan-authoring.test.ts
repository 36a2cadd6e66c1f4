import { describe, expect, it } from 'vitest';
import { buildOrg, buildUnit, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { lastAudit, requestsAs } from './authoring.test-kit.ts';

describe('creating and editing a draft plan and its strategic lines', async () => {
  const { app, database } = await build();
  const db = database.db;
  const org = await buildOrg(db, { name: 'Comune di Chieve' });
  const other = await buildOrg(db);
  const unit = await buildUnit(db, org.id, { name: 'Amministrativo' });
  const secretary = requestsAs(
    app,
    (await loginAs(app, (await buildUser(db, org.id, ['secretary'])).email)).cookie,
  );
  const manager = requestsAs(
    app,
    (await loginAs(app, (await buildUser(db, org.id, ['manager'], { unitIds: [unit.id] })).email)).cookie,
  );
  const outsider = requestsAs(
    app,
    (await loginAs(app, (await buildUser(db, other.id, ['secretary'])).email)).cookie,
  );

  const chieve2020 = {
    title: 'Piano della Performance 2020',
    kind: 'performance_plan',
    startYear: 2020,
    endYear: 2020,
    introduction: 'Il Piano della Performance è il documento programmatico…',
  };

  it('a secretary creates a plan: 201 with the empty draft, audited', async () => {
    const res = await secretary.post(`/orgs/${org.id}/plans`, chieve2020);
    expect(res.statusCode).toBe(201);
    const plan = res.json();
    expect(plan).toMatchObject({
      ...chieve2020,
      orgId: org.id,
      status: 'draft',
      version: null,
      strategicLines: [],
      rowVersion: 1,
    });
    expect(await lastAudit(db, 'plan', plan.id)).toMatchObject({ action: 'create', orgId: org.id });
  });

  it('refuses a plan whose last year comes before its first (400, field named)', async () => {
    const res = await secretary.post(`/orgs/${org.id}/plans`, {
      ...chieve2020,
      startYear: 2021,
      endYear: 2019,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toContain('endYear');
  });

  it('a manager may not create a plan (403); another organisation does not see this one (404)', async () => {
    expect((await manager.post(`/orgs/${org.id}/plans`, chieve2020)).statusCode).toBe(403);
    expect((await outsider.post(`/orgs/${org.id}/plans`, chieve2020)).statusCode).toBe(404);
    const anonymous = await app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/plans`,
      payload: chieve2020,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('a PATCH with the current rowVersion saves and bumps it; a stale one gets 409 with the current plan', async () => {
    const plan = (await secretary.post(`/orgs/${org.id}/plans`, chieve2020)).json();
    const first = await secretary.patch(`/plans/${plan.id}`, {
      title: 'Piano Performance 2020',
      rowVersion: 1,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ title: 'Piano Performance 2020', rowVersion: 2 });
    const second = await secretary.patch(`/plans/${plan.id}`, { title: 'Altro titolo', rowVersion: 1 });
    expect(second.statusCode).toBe(409);
    expect(second.json().current).toMatchObject({ title: 'Piano Performance 2020', rowVersion: 2 });
    const now = (await secretary.get(`/plans/${plan.id}`)).json();
    expect(now.title).toBe('Piano Performance 2020');
  });

  it('a PATCH that would make the years inconsistent gets 422', async () => {
    const plan = (await secretary.post(`/orgs/${org.id}/plans`, chieve2020)).json();
    const res = await secretary.patch(`/plans/${plan.id}`, { startYear: 2022, rowVersion: 1 });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'endYear' })]);
  });

  it('a manager may not edit the plan itself (403)', async () => {
    const plan = (await secretary.post(`/orgs/${org.id}/plans`, chieve2020)).json();
    expect((await manager.patch(`/plans/${plan.id}`, { title: 'x', rowVersion: 1 })).statusCode).toBe(403);
  });

  it('strategic lines: created in order, read, renamed with locking, deleted only when empty', async () => {
    const plan = (await secretary.post(`/orgs/${org.id}/plans`, chieve2020)).json();
    const a = await secretary.post(`/plans/${plan.id}/strategic-lines`, { title: 'Obiettivi strategici' });
    const b = await secretary.post(`/plans/${plan.id}/strategic-lines`, {
      title: 'Specifici obiettivi anno 2020',
      code: '',
    });
    expect(a.statusCode).toBe(201);
    expect(a.json()).toMatchObject({ title: 'Obiettivi strategici', position: 0, code: null, rowVersion: 1 });
    expect(b.json()).toMatchObject({ position: 1, code: null });
    const lineId = a.json().id;

    expect((await secretary.get(`/strategic-lines/${lineId}`)).json().title).toBe('Obiettivi strategici');
    const renamed = await secretary.patch(`/strategic-lines/${lineId}`, {
      title: 'Strategici',
      rowVersion: 1,
    });
    expect(renamed.json()).toMatchObject({ title: 'Strategici', rowVersion: 2 });
    const stale = await secretary.patch(`/strategic-lines/${lineId}`, { title: 'Vecchio', rowVersion: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.title).toBe('Strategici');
    expect(
      (await manager.patch(`/strategic-lines/${lineId}`, { title: 'x', rowVersion: 2 })).statusCode,
    ).toBe(403);

    const objective = await secretary.post(`/plans/${plan.id}/objectives`, {
      code: 'S1',
      title: 'Chieve più sicura',
      kind: 'strategic',
      strategicLineId: lineId,
    });
    expect(objective.statusCode).toBe(201);
    const busy = await secretary.delete(`/strategic-lines/${lineId}`);
    expect(busy.statusCode).toBe(409);
    expect((await secretary.delete(`/objectives/${objective.json().id}`)).statusCode).toBe(204);
    expect((await secretary.delete(`/strategic-lines/${lineId}?rowVersion=1`)).statusCode).toBe(409);
    expect((await secretary.delete(`/strategic-lines/${lineId}?rowVersion=2`)).statusCode).toBe(204);
    const doc = (await secretary.get(`/plans/${plan.id}`)).json();
    expect(doc.strategicLines.map((l: { title: string }) => l.title)).toEqual([
      'Specifici obiettivi anno 2020',
    ]);
    expect(await lastAudit(db, 'strategic_line', lineId)).toMatchObject({ action: 'delete' });
  });
});
