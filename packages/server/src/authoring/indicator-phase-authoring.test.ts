import { describe, expect, it } from 'vitest';
import { buildOrg, buildPlan, buildUnit, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { lastAudit, requestsAs } from './authoring.test-kit.ts';

describe('editing indicators and phases of a draft plan', async () => {
  const { app, database } = await build();
  const db = database.db;
  const org = await buildOrg(db);
  const amministrativo = await buildUnit(db, org.id, { name: 'Amministrativo' });
  const demografico = await buildUnit(db, org.id, { name: 'Demografico' });
  const login = async (roles: Parameters<typeof buildUser>[2], unitIds: string[] = []) =>
    requestsAs(app, (await loginAs(app, (await buildUser(db, org.id, roles, { unitIds })).email)).cookie);
  const secretary = await login(['secretary']);
  const manager = await login(['manager'], [amministrativo.id]);
  const { objectiveIds } = await buildPlan(db, org.id, { unitId: amministrativo.id });
  const ownObjective = objectiveIds[0] ?? '';
  const { objectiveIds: otherIds } = await buildPlan(db, org.id, { unitId: demografico.id });
  const otherObjective = otherIds[0] ?? '';

  const indicator1 = {
    code: '1',
    title: 'Trasmissione e/o pubblicazione dati nella sezione AMMINISTRAZIONE TRASPARENTE',
    polarity: 'positive',
    unitOfMeasure: '%',
    target: 80,
    targetText: 'Almeno 80%',
    weight: 100,
    measurementDeadline: '2020-12-31',
    expression: 'pubblicati / previsti * 100',
    formula: 'dati pubblicati / dati previsti * 100',
  };

  it('a manager adds an indicator to an objective of own unit: 201 with every field', async () => {
    const res = await manager.post(`/objectives/${ownObjective}/indicators`, indicator1);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      ...indicator1,
      objectiveId: ownObjective,
      binary: false,
      baseline: null,
      targetsByYear: null,
      rowVersion: 1,
    });
    expect(await lastAudit(db, 'indicator', res.json().id)).toMatchObject({ action: 'create' });
  });

  it('targets per year are kept for multi-year plans; a bad year key is a 400', async () => {
    const ok = await secretary.post(`/objectives/${ownObjective}/indicators`, {
      code: '1389',
      title: 'Numero visualizzazioni documento',
      target: 200,
      targetsByYear: { '2019': 200, '2020': 220, '2021': 240 },
    });
    expect(ok.json().targetsByYear).toEqual({ '2019': 200, '2020': 220, '2021': 240 });
    const bad = await secretary.post(`/objectives/${ownObjective}/indicators`, {
      code: 'X',
      title: 'x',
      targetsByYear: { venti: 1 },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('a manager gets 403 on an indicator or phase of another unit', async () => {
    expect((await manager.post(`/objectives/${otherObjective}/indicators`, indicator1)).statusCode).toBe(403);
    expect((await manager.post(`/objectives/${otherObjective}/phases`, { title: 'x' })).statusCode).toBe(403);
    const theirs = (
      await secretary.post(`/objectives/${otherObjective}/indicators`, { ...indicator1, code: 'Z' })
    ).json();
    expect((await manager.patch(`/indicators/${theirs.id}`, { target: 1, rowVersion: 1 })).statusCode).toBe(
      403,
    );
    expect((await manager.delete(`/indicators/${theirs.id}`)).statusCode).toBe(403);
  });

  it('an indicator whose computable formula does not compile is refused with 422 naming expression', async () => {
    const bad = await manager.post(`/objectives/${ownObjective}/indicators`, {
      ...indicator1,
      code: 'F1',
      expression: 'pubblicati / * 100',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([
      { field: 'expression', message: expect.stringMatching(/^Syntax error/) },
    ]);
    const good = await manager.post(`/objectives/${ownObjective}/indicators`, {
      ...indicator1,
      code: 'F2',
      expression: 'round(pubblicati / previsti * 100, 1)',
    });
    expect(good.statusCode).toBe(201);
    const patched = await manager.patch(`/indicators/${good.json().id}`, {
      expression: 'delete(pubblicati)',
      rowVersion: 1,
    });
    expect(patched.statusCode).toBe(422);
    expect(patched.json().errors[0].field).toBe('expression');
    const fixed = await manager.patch(`/indicators/${good.json().id}`, {
      expression: 'max(pubblicati, previsti)',
      rowVersion: 1,
    });
    expect(fixed.json()).toMatchObject({ expression: 'max(pubblicati, previsti)', rowVersion: 2 });
  });

  it('an indicator PATCH with a stale rowVersion gets 409 with the current indicator', async () => {
    const i = (
      await secretary.post(`/objectives/${ownObjective}/indicators`, { ...indicator1, code: 'L' })
    ).json();
    const first = await manager.patch(`/indicators/${i.id}`, {
      target: 90,
      targetText: 'Almeno 90%',
      rowVersion: 1,
    });
    expect(first.json()).toMatchObject({ target: 90, rowVersion: 2 });
    const second = await secretary.patch(`/indicators/${i.id}`, { target: 70, rowVersion: 1 });
    expect(second.statusCode).toBe(409);
    expect(second.json().current).toMatchObject({
      id: i.id,
      target: 90,
      targetText: 'Almeno 90%',
      rowVersion: 2,
    });
    expect((await secretary.delete(`/indicators/${i.id}?rowVersion=2`)).statusCode).toBe(204);
  });

  it('phases get the next number, months once each in calendar order, and 13 is not a month', async () => {
    const a = await manager.post(`/objectives/${ownObjective}/phases`, {
      title: 'Attività di Collaborazione con il Centro Estivo per emergenza covid-19',
      assignees: ['DE LUCA Ida'],
      months: [7, 5, 6, 6],
    });
    expect(a.statusCode).toBe(201);
    expect(a.json()).toMatchObject({
      number: 2,
      months: [5, 6, 7],
      assignees: ['DE LUCA Ida'],
      rowVersion: 1,
    });
    const bad = await manager.post(`/objectives/${ownObjective}/phases`, { title: 'x', months: [13] });
    expect(bad.statusCode).toBe(400);
    const clicked = await manager.patch(`/phases/${a.json().id}`, { months: [5, 6, 7, 8], rowVersion: 1 });
    expect(clicked.json()).toMatchObject({ months: [5, 6, 7, 8], rowVersion: 2 });
    const stale = await secretary.patch(`/phases/${a.json().id}`, { months: [], rowVersion: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.months).toEqual([5, 6, 7, 8]);
    expect(await lastAudit(db, 'phase', a.json().id)).toMatchObject({
      action: 'update',
      before: expect.objectContaining({ months: [5, 6, 7] }),
      after: expect.objectContaining({ months: [5, 6, 7, 8] }),
    });
    expect((await manager.delete(`/phases/${a.json().id}`)).statusCode).toBe(204);
  });
});
