import { describe, expect, it } from 'vitest';
import { buildOrg, buildPerson, buildPlan, buildUnit, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { lastAudit, requestsAs } from '../authoring/authoring.test-kit.ts';

describe('units and people of an organisation', async () => {
  const { app, database } = await build();
  const db = database.db;
  const org = await buildOrg(db, { name: 'Comune di Chieve' });
  const other = await buildOrg(db);
  const login = async (orgId: string, roles: Parameters<typeof buildUser>[2]) =>
    requestsAs(app, (await loginAs(app, (await buildUser(db, orgId, roles)).email)).cookie);
  const secretary = await login(org.id, ['secretary']);
  const admin = await login(org.id, ['admin']);
  const manager = await login(org.id, ['manager']);
  const outsider = await login(other.id, ['admin']);

  it('the secretary builds the unit tree; everyone in the organisation reads it', async () => {
    const root = await secretary.post(`/orgs/${org.id}/units`, { name: 'Economico Finanziario', code: 'EF' });
    expect(root.statusCode).toBe(201);
    expect(root.json()).toMatchObject({
      name: 'Economico Finanziario',
      code: 'EF',
      parentId: null,
      rowVersion: 1,
    });
    const child = await admin.post(`/orgs/${org.id}/units`, { name: 'Tributi', parentId: root.json().id });
    expect(child.json().parentId).toBe(root.json().id);
    const list = await manager.get(`/orgs/${org.id}/units`);
    expect(list.json().map((u: { name: string }) => u.name)).toEqual(expect.arrayContaining(['Tributi']));
    expect(await lastAudit(db, 'unit', child.json().id)).toMatchObject({ action: 'create' });
  });

  it('a manager may not manage units or people (403); another organisation gets 404', async () => {
    expect((await manager.post(`/orgs/${org.id}/units`, { name: 'Nuovo' })).statusCode).toBe(403);
    expect((await manager.post(`/orgs/${org.id}/people`, { name: 'Nuova Persona' })).statusCode).toBe(403);
    expect((await outsider.get(`/orgs/${org.id}/people`)).statusCode).toBe(404);
  });

  it('refuses a second unit with the same name (409) and a parent from another organisation (422)', async () => {
    await secretary.post(`/orgs/${org.id}/units`, { name: 'Demografico' });
    expect((await secretary.post(`/orgs/${org.id}/units`, { name: 'demografico' })).statusCode).toBe(409);
    const foreign = await buildUnit(db, other.id);
    const res = await secretary.post(`/orgs/${org.id}/units`, { name: 'Altro', parentId: foreign.id });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('parentId');
  });

  it('a unit cannot go under its own sub-unit (422); a stale edit gets 409 with the current unit', async () => {
    const a = (await secretary.post(`/orgs/${org.id}/units`, { name: 'Area A' })).json();
    const b = (await secretary.post(`/orgs/${org.id}/units`, { name: 'Servizio B', parentId: a.id })).json();
    const cycle = await secretary.patch(`/orgs/${org.id}/units/${a.id}`, { parentId: b.id, rowVersion: 1 });
    expect(cycle.statusCode).toBe(422);
    const renamed = await secretary.patch(`/orgs/${org.id}/units/${a.id}`, {
      name: 'Area Alfa',
      rowVersion: 1,
    });
    expect(renamed.json()).toMatchObject({ name: 'Area Alfa', rowVersion: 2 });
    const stale = await admin.patch(`/orgs/${org.id}/units/${a.id}`, { name: 'Area Beta', rowVersion: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.name).toBe('Area Alfa');
  });

  it('a unit with sub-units or objectives is not deleted (409); an empty one is', async () => {
    const a = (await secretary.post(`/orgs/${org.id}/units`, { name: 'Con figli' })).json();
    await secretary.post(`/orgs/${org.id}/units`, { name: 'Figlio', parentId: a.id });
    expect((await secretary.delete(`/orgs/${org.id}/units/${a.id}`)).statusCode).toBe(409);
    const busy = await buildUnit(db, org.id, { name: 'Con obiettivi' });
    await buildPlan(db, org.id, { unitId: busy.id });
    expect((await secretary.delete(`/orgs/${org.id}/units/${busy.id}`)).statusCode).toBe(409);
    const empty = (await secretary.post(`/orgs/${org.id}/units`, { name: 'Vuoto' })).json();
    expect((await secretary.delete(`/orgs/${org.id}/units/${empty.id}?rowVersion=1`)).statusCode).toBe(204);
  });

  it('people: created with category and unit, edited with locking, deleted unless they answer for objectives', async () => {
    const unit = (await secretary.post(`/orgs/${org.id}/units`, { name: 'Amministrativo' })).json();
    const created = await secretary.post(`/orgs/${org.id}/people`, {
      name: 'Ida De Luca',
      email: 'IDA.DELUCA@comune.chieve.cr.it',
      unitId: unit.id,
      jobTitle: 'Istruttore amministrativo',
    });
    expect(created.statusCode).toBe(201);
    const ida = created.json();
    expect(ida).toMatchObject({
      name: 'Ida De Luca',
      email: 'ida.deluca@comune.chieve.cr.it',
      category: 'dipendente',
      coefficient: 1,
      unitId: unit.id,
      rowVersion: 1,
    });
    expect((await secretary.post(`/orgs/${org.id}/people`, { name: 'IDA DE LUCA' })).statusCode).toBe(409);
    expect(
      (await secretary.post(`/orgs/${org.id}/people`, { name: 'X Y', email: 'non-una-mail' })).statusCode,
    ).toBe(400);
    const edited = await secretary.patch(`/orgs/${org.id}/people/${ida.id}`, {
      coefficient: 0.5,
      rowVersion: 1,
    });
    expect(edited.json()).toMatchObject({ coefficient: 0.5, rowVersion: 2 });
    const stale = await admin.patch(`/orgs/${org.id}/people/${ida.id}`, { coefficient: 1, rowVersion: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.coefficient).toBe(0.5);

    const responsible = await buildPerson(db, org.id, { name: 'Responsabile con obiettivi' });
    await buildPlan(db, org.id, { responsiblePersonId: responsible.id });
    expect((await secretary.delete(`/orgs/${org.id}/people/${responsible.id}`)).statusCode).toBe(409);
    expect((await secretary.delete(`/orgs/${org.id}/people/${ida.id}`)).statusCode).toBe(204);
    expect(await lastAudit(db, 'person', ida.id)).toMatchObject({ action: 'delete' });
  });
});
