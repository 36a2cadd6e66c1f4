import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrg, buildPerson, buildPlan, buildUnit, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { indicators, objectives } from '../db/schema/plans.ts';
import { lastAudit, requestsAs } from './authoring.test-kit.ts';

describe('editing objectives of a draft plan', async () => {
  const { app, database } = await build();
  const db = database.db;
  const org = await buildOrg(db, { name: 'Comune di Chieve' });
  const other = await buildOrg(db);
  const amministrativo = await buildUnit(db, org.id, { name: 'Amministrativo' });
  const tecnico = await buildUnit(db, org.id, { name: 'Tecnico-Manutentivo' });
  const foreignUnit = await buildUnit(db, other.id, { name: 'Amministrativo' });
  const cammara = await buildPerson(db, org.id, { name: 'Giovanna Cammara', category: 'segretario' });
  const deLuca = await buildPerson(db, org.id, { name: 'Ida De Luca' });
  const login = async (roles: Parameters<typeof buildUser>[2], unitIds: string[] = []) =>
    requestsAs(app, (await loginAs(app, (await buildUser(db, org.id, roles, { unitIds })).email)).cookie);
  const secretary = await login(['secretary']);
  const manager = await login(['manager'], [amministrativo.id]);
  const viewer = await login(['viewer']);
  const { plan, line } = await buildPlan(db, org.id, { objectiveCount: 0 });

  const activity3 = {
    code: '3',
    title: 'Adozione Regolamento Incentivi Tecnici',
    kind: 'operational',
    strategicLineId: line.id,
    unitId: amministrativo.id,
    responsiblePersonId: cammara.id,
    periodStart: '2020-07-01',
    periodEnd: '2020-12-31',
    periodText: '2° semestre 2020',
    humanResources: 'Tutto il personale',
    instrumentalResources: 'Strutture e mezzi attualmente in dotazione al settore',
    financialResources:
      "dotazione resa disponibile dall'Ente nel bilancio di esercizio 2020 e risorse aggiuntive",
  };

  it('a secretary adds an objective with unit, responsible, period and resources: 201, audited', async () => {
    const res = await secretary.post(`/plans/${plan.id}/objectives`, activity3);
    expect(res.statusCode).toBe(201);
    const o = res.json();
    expect(o).toMatchObject({
      code: '3',
      planId: plan.id,
      strategicLineId: line.id,
      unit: { id: amministrativo.id, name: 'Amministrativo' },
      responsible: { id: cammara.id, name: 'Giovanna Cammara' },
      periodText: '2° semestre 2020',
      allStaff: false,
      assignees: [],
      indicators: [],
      phases: [],
      rowVersion: 1,
    });
    expect(await lastAudit(db, 'objective', o.id)).toMatchObject({ action: 'create' });
    const doc = (await secretary.get(`/plans/${plan.id}`)).json();
    expect(doc.strategicLines[0].objectives.map((x: { code: string }) => x.code)).toContain('3');
  });

  it('"tutto il personale" or named people, not both (422)', async () => {
    const both = await secretary.post(`/plans/${plan.id}/objectives`, {
      ...activity3,
      code: '6',
      allStaff: true,
      assigneeIds: [deLuca.id],
    });
    expect(both.statusCode).toBe(422);
    const named = await secretary.post(`/plans/${plan.id}/objectives`, {
      ...activity3,
      code: '6',
      assigneeIds: [deLuca.id],
    });
    expect(named.json().assignees).toEqual([{ id: deLuca.id, name: 'Ida De Luca' }]);
    const all = await secretary.patch(`/objectives/${named.json().id}`, { allStaff: true, rowVersion: 1 });
    expect(all.json()).toMatchObject({ allStaff: true, assignees: [], rowVersion: 2 });
    const again = await secretary.patch(`/objectives/${named.json().id}`, {
      assigneeIds: [deLuca.id],
      rowVersion: 2,
    });
    expect(again.json()).toMatchObject({ allStaff: false, assignees: [{ id: deLuca.id }] });
  });

  it('refuses ids from another organisation or plan (422), naming the field', async () => {
    const unit = await secretary.post(`/plans/${plan.id}/objectives`, {
      ...activity3,
      unitId: foreignUnit.id,
    });
    expect(unit.statusCode).toBe(422);
    expect(unit.json().errors[0].field).toBe('unitId');
    const { line: otherLine } = await buildPlan(db, org.id, { objectiveCount: 0 });
    const lineRes = await secretary.post(`/plans/${plan.id}/objectives`, {
      ...activity3,
      strategicLineId: otherLine.id,
    });
    expect(lineRes.json().errors[0].field).toBe('strategicLineId');
    const person = await secretary.post(`/plans/${plan.id}/objectives`, {
      ...activity3,
      responsiblePersonId: (await buildPerson(db, other.id)).id,
    });
    expect(person.json().errors[0].field).toBe('responsiblePersonId');
  });

  it('a manager adds and edits objectives of own unit, and gets 403 for another unit', async () => {
    const own = await manager.post(`/plans/${plan.id}/objectives`, { ...activity3, code: 'M1' });
    expect(own.statusCode).toBe(201);
    const foreign = await manager.post(`/plans/${plan.id}/objectives`, {
      ...activity3,
      code: 'M2',
      unitId: tecnico.id,
    });
    expect(foreign.statusCode).toBe(403);
    const noUnit = await manager.post(`/plans/${plan.id}/objectives`, {
      ...activity3,
      code: 'M3',
      unitId: null,
    });
    expect(noUnit.statusCode).toBe(403);

    const edited = await manager.patch(`/objectives/${own.json().id}`, { weight: 10, rowVersion: 1 });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().weight).toBe(10);
    const moved = await manager.patch(`/objectives/${own.json().id}`, { unitId: tecnico.id, rowVersion: 2 });
    expect(moved.statusCode).toBe(403);

    const theirs = (
      await secretary.post(`/plans/${plan.id}/objectives`, { ...activity3, code: 'T1', unitId: tecnico.id })
    ).json();
    expect((await manager.patch(`/objectives/${theirs.id}`, { weight: 1, rowVersion: 1 })).statusCode).toBe(
      403,
    );
    expect((await manager.delete(`/objectives/${theirs.id}`)).statusCode).toBe(403);
    expect(
      (await viewer.patch(`/objectives/${own.json().id}`, { weight: 1, rowVersion: 2 })).statusCode,
    ).toBe(403);
  });

  it('two editors on one objective: the second save gets 409 with what the first saved, nothing overwritten', async () => {
    const o = (await secretary.post(`/plans/${plan.id}/objectives`, { ...activity3, code: 'L1' })).json();
    const first = await secretary.patch(`/objectives/${o.id}`, { title: 'Titolo del primo', rowVersion: 1 });
    expect(first.statusCode).toBe(200);
    const second = await manager.patch(`/objectives/${o.id}`, {
      title: 'Titolo del secondo',
      weight: 3,
      rowVersion: 1,
    });
    expect(second.statusCode).toBe(409);
    expect(second.headers['content-type']).toContain('application/problem+json');
    expect(second.json().current).toMatchObject({
      id: o.id,
      title: 'Titolo del primo',
      rowVersion: 2,
      weight: null,
    });
    const [row] = await db.select().from(objectives).where(eq(objectives.id, o.id));
    expect(row).toMatchObject({ title: 'Titolo del primo', weight: null, rowVersion: 2 });
    const audit = await lastAudit(db, 'objective', o.id);
    expect(audit).toMatchObject({
      action: 'update',
      before: expect.objectContaining({ title: activity3.title }),
      after: expect.objectContaining({ title: 'Titolo del primo' }),
    });
  });

  it('deleting an objective takes its indicators and phases with it', async () => {
    const o = (await secretary.post(`/plans/${plan.id}/objectives`, { ...activity3, code: 'D1' })).json();
    await secretary.post(`/objectives/${o.id}/indicators`, { code: 'D1', title: 'x', target: 1 });
    expect((await secretary.delete(`/objectives/${o.id}?rowVersion=1`)).statusCode).toBe(204);
    expect(await db.select().from(indicators).where(eq(indicators.objectiveId, o.id))).toEqual([]);
    expect((await secretary.delete(`/objectives/${o.id}`)).statusCode).toBe(404);
  });
});
