import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrg, buildPerson, buildPlan, buildUnit, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { orgUnits } from '../db/schema/organizations.ts';

describe('organisations and users', async () => {
  const { app, database } = await build();
  const db = database.db;
  const org = await buildOrg(db, { name: 'Comune di Prova' });
  const other = await buildOrg(db, { name: 'Comune Altro' });
  const admin = await buildUser(db, org.id, ['admin']);
  const secretary = await buildUser(db, org.id, ['secretary']);
  const viewer = await buildUser(db, org.id, ['viewer']);
  const instanceAdmin = await buildUser(db, org.id, ['viewer'], { isInstanceAdmin: true });
  const unit = await buildUnit(db, org.id, { name: 'Settore Amministrativo' });

  it('a user lists only the organisations they belong to', async () => {
    const { cookie } = await loginAs(app, viewer.email);
    const res = await app.inject({ method: 'GET', url: '/api/v1/orgs', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().map((o: { name: string }) => o.name)).toEqual(['Comune di Prova']);
  });

  it('another organisation reads as 404 (tenants are sealed)', async () => {
    const { cookie } = await loginAs(app, viewer.email);
    const res = await app.inject({ method: 'GET', url: `/api/v1/orgs/${other.id}`, headers: { cookie } });
    expect(res.statusCode).toBe(404);
  });

  it('only the instance administrator creates organisations', async () => {
    const { cookie } = await loginAs(app, admin.email);
    const denied = await app.inject({
      method: 'POST',
      url: '/api/v1/orgs',
      headers: { cookie },
      payload: { name: 'Comune di Nuovo' },
    });
    expect(denied.statusCode).toBe(403);
    const root = await loginAs(app, instanceAdmin.email);
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/orgs',
      headers: root,
      payload: { name: 'Comune di Nuovo Centro' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Comune di Nuovo Centro', slug: 'comune-di-nuovo-centro' });
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/orgs',
      headers: root,
      payload: { name: 'Comune di Nuovo Centro' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('an admin adds a manager of a unit, who can then log in', async () => {
    const { cookie } = await loginAs(app, admin.email);
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/users`,
      headers: { cookie },
      payload: {
        email: 'Dirigente@Prova.it',
        name: 'Mario Rossi',
        password: 'una-password-lunga',
        roles: ['manager'],
        unitIds: [unit.id],
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: 'dirigente@prova.it', roles: ['manager'], unitIds: [unit.id] });
    await loginAs(app, 'dirigente@prova.it', 'una-password-lunga');
    const list = await app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}/users`,
      headers: { cookie },
    });
    expect(list.json().map((u: { email: string }) => u.email)).toContain('dirigente@prova.it');
  });

  it('bad user input gets 400 naming the field, and nothing is written', async () => {
    const { cookie } = await loginAs(app, admin.email);
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/users`,
      headers: { cookie },
      payload: { email: 'non-una-email', name: 'X Y', password: 'corta', roles: [] },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.email', 'body.password', 'body.roles']));
  });

  it('a unit of another organisation cannot be given to a user (422)', async () => {
    const foreignUnit = await buildUnit(db, other.id);
    const { cookie } = await loginAs(app, admin.email);
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/users`,
      headers: { cookie },
      payload: {
        email: 'x@prova.it',
        name: 'X Y',
        password: 'una-password-lunga',
        roles: ['manager'],
        unitIds: [foreignUnit.id],
      },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('unitIds');
  });

  it('a secretary may read users but not create them; a viewer may not read them', async () => {
    const s = await loginAs(app, secretary.email);
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/orgs/${org.id}/users`, headers: s })).statusCode,
    ).toBe(200);
    const denied = await app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/users`,
      headers: s,
      payload: { email: 'y@prova.it', name: 'Y Z', password: 'una-password-lunga', roles: ['viewer'] },
    });
    expect(denied.statusCode).toBe(403);
    const v = await loginAs(app, viewer.email);
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/orgs/${org.id}/users`, headers: v })).statusCode,
    ).toBe(403);
  });

  it('the plans of an organisation are listed with their counts, and a plan reads with lines, objectives, indicators and phases', async () => {
    const { plan } = await buildPlan(db, org.id, { unitId: unit.id, objectiveCount: 2 });
    const { cookie } = await loginAs(app, viewer.email);
    const list = await app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}/plans`,
      headers: { cookie },
    });
    expect(list.json()).toEqual([
      expect.objectContaining({
        id: plan.id,
        status: 'draft',
        counts: { strategicLines: 1, objectives: 2, indicators: 4 },
      }),
    ]);
    const res = await app.inject({ method: 'GET', url: `/api/v1/plans/${plan.id}`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc).toMatchObject({ id: plan.id, status: 'draft', version: null });
    const objective = doc.strategicLines[0].objectives[0];
    expect(objective).toMatchObject({
      code: 'OB1',
      unit: { id: unit.id, name: 'Settore Amministrativo' },
      weight: 5,
    });
    expect(objective.indicators.map((i: { code: string; weight: number }) => [i.code, i.weight])).toEqual([
      ['I1A', 60],
      ['I1B', 40],
    ]);
    expect(objective.phases[0].months).toEqual([7, 8, 9, 10, 11, 12]);
  });

  it('a version that does not exist is 404; a plan of another organisation is 404', async () => {
    const { plan } = await buildPlan(db, org.id);
    const { plan: foreign } = await buildPlan(db, other.id);
    const { cookie } = await loginAs(app, viewer.email);
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/plans/${plan.id}?version=3`, headers: { cookie } }))
        .statusCode,
    ).toBe(404);
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/plans/${foreign.id}`, headers: { cookie } }))
        .statusCode,
    ).toBe(404);
  });

  it('an organisation answers with its units and their managers, not with its whole staff (paged apart)', async () => {
    const manager = await buildPerson(db, org.id, { name: 'Rossi Maria', unitId: unit.id });
    await db.update(orgUnits).set({ managerPersonId: manager.id }).where(eq(orgUnits.id, unit.id));
    const { cookie } = await loginAs(app, viewer.email);
    const res = await app.inject({ method: 'GET', url: `/api/v1/orgs/${org.id}`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().units).toContainEqual(
      expect.objectContaining({
        name: 'Settore Amministrativo',
        managerPersonId: manager.id,
        managerName: 'Rossi Maria',
      }),
    );
    expect(res.json()).not.toHaveProperty('people');
  });

  it('the OpenAPI document lists the contract paths', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/me',
        '/api/v1/orgs',
        '/api/v1/orgs/{orgId}/users',
        '/api/v1/plans/{planId}',
      ]),
    );
  });
});
