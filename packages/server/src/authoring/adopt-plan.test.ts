import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrg, buildPerson, buildPlan, buildUnit, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { acts, indicators, planVersions } from '../db/schema/plans.ts';
import { lastAudit, requestsAs } from './authoring.test-kit.ts';

describe('checking and adopting a plan', async () => {
  const { app, database } = await build();
  const db = database.db;
  const org = await buildOrg(db);
  const unit = await buildUnit(db, org.id, { name: 'Amministrativo' });
  const cammara = await buildPerson(db, org.id, { name: 'Giovanna Cammara' });
  const login = async (roles: Parameters<typeof buildUser>[2], unitIds: string[] = []) =>
    requestsAs(app, (await loginAs(app, (await buildUser(db, org.id, roles, { unitIds })).email)).cookie);
  const secretary = await login(['secretary']);
  const manager = await login(['manager'], [unit.id]);
  const viewer = await login(['viewer']);
  const act = { actNumber: '68', actDate: '2020-09-01' };

  it('the check lists every problem with severity, code, Italian message and the item to link to', async () => {
    const { plan, indicatorIds } = await buildPlan(db, org.id, {
      unitId: unit.id,
      responsiblePersonId: cammara.id,
    });
    await db
      .update(indicators)
      .set({ weight: 50 })
      .where(eq(indicators.id, indicatorIds[0] ?? ''));
    const res = await viewer.get(`/plans/${plan.id}/check`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      problems: [
        {
          severity: 'error',
          code: 'indicator-weights-sum',
          message: "I pesi degli indicatori dell'obiettivo OB1 sommano a 90 invece di 100.",
          item: { type: 'objective', id: expect.any(String), code: 'OB1' },
        },
      ],
      errors: 1,
      warnings: 0,
    });
  });

  it('adoption with errors gets 422 listing them, and the plan stays a draft', async () => {
    const { plan, indicatorIds } = await buildPlan(db, org.id, {
      unitId: unit.id,
      responsiblePersonId: cammara.id,
    });
    await db
      .update(indicators)
      .set({ measurementDeadline: '2002-12-31' })
      .where(eq(indicators.id, indicatorIds[1] ?? ''));
    const res = await secretary.post(`/plans/${plan.id}/adopt`, { ...act, confirmWarnings: true });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      {
        field: 'indicator:I1B',
        message:
          "La data di rilevazione dell'indicatore I1B (31/12/2002) è fuori dal periodo del piano (2020).",
      },
    ]);
    expect(res.json().problems).toHaveLength(1);
    expect((await secretary.get(`/plans/${plan.id}`)).json()).toMatchObject({
      status: 'draft',
      version: null,
    });
    expect(await db.select().from(acts).where(eq(acts.planId, plan.id))).toEqual([]);
  });

  it('adoption with warnings gets 409 until confirmed, then freezes version 0 with its act', async () => {
    const { plan, objectiveIds } = await buildPlan(db, org.id); // no unit, no responsible: warnings
    const unconfirmed = await secretary.post(`/plans/${plan.id}/adopt`, act);
    expect(unconfirmed.statusCode).toBe(409);
    expect(unconfirmed.json().problems.map((p: { code: string }) => p.code)).toEqual([
      'objective-no-unit',
      'objective-no-responsible',
    ]);

    const res = await secretary.post(`/plans/${plan.id}/adopt`, { ...act, confirmWarnings: true });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      planId: plan.id,
      status: 'adopted',
      version: 0,
      act: { number: '68', date: '2020-09-01', body: 'Giunta Comunale' },
      warnings: 2,
    });
    const doc = (await viewer.get(`/plans/${plan.id}`)).json();
    expect(doc).toMatchObject({ status: 'adopted', version: 0, act: { number: '68', date: '2020-09-01' } });
    const v0 = (await viewer.get(`/plans/${plan.id}?version=0`)).json();
    expect(v0.strategicLines[0].objectives[0].id).toBe(objectiveIds[0]);
    const versions = await db.select().from(planVersions).where(eq(planVersions.planId, plan.id));
    expect(versions.map((v) => v.version)).toEqual([0]);
    expect(await lastAudit(db, 'plan', plan.id)).toMatchObject({ action: 'adopt' });
  });

  it('after adoption every direct edit gets 409 (changes go through amendments)', async () => {
    const { plan, line, objectiveIds, indicatorIds } = await buildPlan(db, org.id, {
      unitId: unit.id,
      responsiblePersonId: cammara.id,
    });
    expect((await secretary.post(`/plans/${plan.id}/adopt`, act)).statusCode).toBe(201);
    const objectiveId = objectiveIds[0] ?? '';
    const doc = (await secretary.get(`/plans/${plan.id}`)).json();
    const phaseId = doc.strategicLines[0].objectives[0].phases[0].id;
    const attempts = [
      secretary.patch(`/plans/${plan.id}`, { title: 'x', rowVersion: 2 }),
      secretary.post(`/plans/${plan.id}/strategic-lines`, { title: 'x' }),
      secretary.patch(`/strategic-lines/${line.id}`, { title: 'x', rowVersion: 1 }),
      secretary.post(`/plans/${plan.id}/objectives`, { code: 'N', title: 'x', strategicLineId: line.id }),
      secretary.patch(`/objectives/${objectiveId}`, { title: 'x', rowVersion: 1 }),
      manager.patch(`/objectives/${objectiveId}`, { title: 'x', rowVersion: 1 }),
      secretary.delete(`/objectives/${objectiveId}`),
      secretary.post(`/objectives/${objectiveId}/indicators`, { code: 'N', title: 'x' }),
      secretary.patch(`/indicators/${indicatorIds[0]}`, { target: 1, rowVersion: 1 }),
      secretary.delete(`/indicators/${indicatorIds[0]}`),
      secretary.post(`/objectives/${objectiveId}/phases`, { title: 'x' }),
      secretary.patch(`/phases/${phaseId}`, { months: [1], rowVersion: 1 }),
      secretary.delete(`/phases/${phaseId}`),
      secretary.post(`/plans/${plan.id}/adopt`, act),
    ];
    const answers = [];
    for (const attempt of attempts) answers.push(await attempt);
    expect(answers.map((r) => r.statusCode)).toEqual(attempts.map(() => 409));
    expect(answers[4]?.json().detail).toContain('amendments');
  });

  it('only the secretary adopts (403 for a manager or viewer)', async () => {
    const { plan } = await buildPlan(db, org.id, { unitId: unit.id, responsiblePersonId: cammara.id });
    expect((await manager.post(`/plans/${plan.id}/adopt`, act)).statusCode).toBe(403);
    expect((await viewer.post(`/plans/${plan.id}/adopt`, act)).statusCode).toBe(403);
    expect((await secretary.post(`/plans/${plan.id}/adopt`, { actNumber: '68' })).statusCode).toBe(400);
  });
});
