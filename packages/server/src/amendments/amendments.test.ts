import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrg, buildPlan, buildUnit, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { auditLog } from '../db/schema/audit.ts';
import { measurements } from '../db/schema/measurements.ts';
import { acts, amendments, indicators } from '../db/schema/plans.ts';
import { isUniqueViolation } from './is-unique-violation.ts';
import { adoptForTest } from './testing/adopt-for-test.ts';

let app: FastifyInstance;
type Cookie = { cookie: string };
const as: Record<string, Cookie> = {};
let orgId: string;
let unitId: string;

const api = (who: Cookie, method: 'GET' | 'POST', url: string, payload?: object) =>
  app.inject({ method, url: `/api/v1${url}`, headers: who, ...(payload ? { payload } : {}) });

/** An adopted plan of `objectives` objectives (indicators I1A, I1B, …, one phase each). */
async function adoptedPlan(objectiveCount = 2) {
  const built = await buildPlan(app.db, orgId, { unitId, objectiveCount });
  await adoptForTest(app.db, { orgId, planId: built.plan.id, actNumber: '12', actDate: '2020-01-30' });
  return built;
}

/** Files a request as the manager and has the Nucleo decide it. */
async function decided(planId: string, request: object, decision: object): Promise<string> {
  const filed = await api(as.manager!, 'POST', `/plans/${planId}/change-requests`, {
    reason: 'Motivazione',
    ...request,
  });
  if (filed.statusCode !== 201) throw new Error(filed.body);
  const id = filed.json().id as string;
  const res = await api(as.evaluator!, 'POST', `/change-requests/${id}/decision`, decision);
  if (res.statusCode !== 200) throw new Error(res.body);
  return id;
}

const amend = (planId: string, changeRequestIds: string[], extra: object = {}, who = as.secretary!) =>
  api(who, 'POST', `/plans/${planId}/amendments`, {
    actNumber: '212',
    actDate: '2020-06-25',
    changeRequestIds,
    ...extra,
  });

beforeAll(async () => {
  ({ app } = await build());
  const org = await buildOrg(app.db);
  orgId = org.id;
  unitId = (await buildUnit(app.db, orgId)).id;
  const users = {
    secretary: await buildUser(app.db, orgId, ['secretary']),
    manager: await buildUser(app.db, orgId, ['manager'], { unitIds: [unitId] }),
    evaluator: await buildUser(app.db, orgId, ['evaluator']),
    viewer: await buildUser(app.db, orgId, ['viewer']),
  };
  for (const [name, user] of Object.entries(users)) as[name] = await loginAs(app, user.email);
});

describe('an amendment', () => {
  it('applies accepted requests, records rejected and deferred ones without changing the plan, and makes version 1', async () => {
    const { plan, objectiveIds, indicatorIds } = await adoptedPlan();
    const [i1a, i1b, i2a] = indicatorIds;
    const accepted = await decided(
      plan.id,
      { target: { type: 'indicator', id: i1a }, changes: { target: 217 } },
      { outcome: 'accepted' },
    );
    const withChanges = await decided(
      plan.id,
      { target: { type: 'indicator', id: i2a }, changes: { target: 150 } },
      {
        outcome: 'accepted_with_changes',
        note: 'Peso ridotto da 8 a 5',
        changes: { target: 160, objective: { weight: 2 } },
      },
    );
    const rejected = await decided(
      plan.id,
      { target: { type: 'indicator', id: i1b }, changes: { remove: true } },
      { outcome: 'rejected', note: 'Non viene accolta' },
    );
    const deferred = await decided(
      plan.id,
      { target: { type: 'objective', id: objectiveIds[0] }, changes: { weight: 1 } },
      { outcome: 'deferred' },
    );

    const res = await amend(plan.id, [accepted, withChanges, rejected, deferred], { number: 5 });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      number: 5,
      baseVersion: 0,
      version: 1,
      act: { number: '212', date: '2020-06-25', body: 'Giunta Comunale' },
      appliedChangeRequestIds: [accepted, withChanges],
    });
    expect(res.json().changeRequestIds).toHaveLength(4);

    const now = (await api(as.viewer!, 'GET', `/plans/${plan.id}`)).json();
    const v0 = (await api(as.viewer!, 'GET', `/plans/${plan.id}?version=0`)).json();
    const v1 = (await api(as.viewer!, 'GET', `/plans/${plan.id}?version=1`)).json();
    const objectivesOf = (doc: {
      strategicLines: { objectives: { weight: number; indicators: { code: string; target: number }[] }[] }[];
    }) =>
      doc.strategicLines[0]!.objectives.map((o) => ({
        weight: o.weight,
        targets: o.indicators.map((i) => `${i.code}=${i.target}`),
      }));
    expect(objectivesOf(now)).toEqual([
      { weight: 5, targets: ['I1A=217', 'I1B=1'] },
      { weight: 2, targets: ['I2A=160', 'I2B=1'] },
    ]);
    expect(objectivesOf(v1)).toEqual(objectivesOf(now));
    expect(objectivesOf(v0)).toEqual([
      { weight: 5, targets: ['I1A=200', 'I1B=1'] },
      { weight: 5, targets: ['I2A=200', 'I2B=1'] },
    ]);
    expect([v0.version, v1.version, now.version]).toEqual([0, 1, 1]);
    expect(v0.act).toMatchObject({ number: '12', date: '2020-01-30' });
    expect(v1.act).toMatchObject({ number: '212', date: '2020-06-25' });

    const requests = (await api(as.viewer!, 'GET', `/plans/${plan.id}/change-requests`)).json();
    for (const r of requests) expect(r).toMatchObject({ status: 'adopted', amendmentId: res.json().id });

    const [audit] = await app.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'amendment.create'), eq(auditLog.entityId, res.json().id)));
    expect(audit).toBeDefined();
  });

  it('lists the versions with their acts and the requests each amendment recorded', async () => {
    const { plan, indicatorIds } = await adoptedPlan(1);
    const id = await decided(
      plan.id,
      { target: { type: 'indicator', id: indicatorIds[0] }, changes: { target: 217 } },
      { outcome: 'accepted' },
    );
    const created = (await amend(plan.id, [id])).json();
    const res = await api(as.viewer!, 'GET', `/plans/${plan.id}/versions`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject([
      { version: 0, actNumber: '12', actDate: '2020-01-30', changeRequestIds: [], amendment: null },
      {
        version: 1,
        actNumber: '212',
        actDate: '2020-06-25',
        changeRequestIds: [id],
        amendment: { id: created.id, number: 1, baseVersion: 0 },
      },
    ]);
  });

  it('gives the field-level diff between two versions', async () => {
    const { plan, indicatorIds } = await adoptedPlan(1);
    const id = await decided(
      plan.id,
      { target: { type: 'indicator', id: indicatorIds[0] }, changes: { target: 217 } },
      { outcome: 'accepted' },
    );
    await amend(plan.id, [id]);
    const res = await api(as.viewer!, 'GET', `/plans/${plan.id}/diff?from=0&to=1`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      from: 0,
      to: 1,
      changes: [
        {
          type: 'indicator',
          id: indicatorIds[0],
          code: 'I1A',
          title: 'Pratiche evase',
          parentCode: 'OB1',
          change: 'modified',
          fields: { target: { from: 200, to: 217 } },
        },
      ],
    });
    const back = (await api(as.viewer!, 'GET', `/plans/${plan.id}/diff?from=1&to=0`)).json();
    expect(back.changes[0].fields.target).toEqual({ from: 217, to: 200 });
    expect((await api(as.viewer!, 'GET', `/plans/${plan.id}/diff?from=0&to=7`)).statusCode).toBe(404);
  });

  it('removes an indicator without deleting it: its measurements stay attached', async () => {
    const { plan, indicatorIds } = await adoptedPlan(1);
    const [i1a, i1b] = indicatorIds;
    await app.db
      .insert(measurements)
      .values({ planId: plan.id, indicatorId: i1b!, date: '2020-03-31', value: 1 });
    const id = await decided(
      plan.id,
      { target: { type: 'indicator', id: i1b }, changes: { remove: true } },
      { outcome: 'accepted' },
    );
    expect((await amend(plan.id, [id])).statusCode).toBe(201);
    const now = (await api(as.viewer!, 'GET', `/plans/${plan.id}`)).json();
    expect(now.strategicLines[0].objectives[0].indicators.map((i: { id: string }) => i.id)).toEqual([i1a]);
    const [row] = await app.db.select().from(indicators).where(eq(indicators.id, i1b!));
    expect(row?.removedInVersion).toBe(1);
    expect(await app.db.select().from(measurements).where(eq(measurements.indicatorId, i1b!))).toHaveLength(
      1,
    );
  });

  it('replaces an indicator: the new one takes its place, the old one is kept as removed', async () => {
    const { plan, indicatorIds } = await adoptedPlan(1);
    const id = await decided(
      plan.id,
      { target: { type: 'indicator', id: indicatorIds[0] }, changes: { target: 100 } },
      {
        outcome: 'accepted_with_changes',
        note: "L'indicatore viene sostituito",
        changes: {
          replaceWith: {
            title: 'Definizione della scheda di rilevazione delle competenze',
            binary: true,
            target: 1,
          },
        },
      },
    );
    expect((await amend(plan.id, [id])).statusCode).toBe(201);
    const now = (await api(as.viewer!, 'GET', `/plans/${plan.id}`)).json();
    expect(
      now.strategicLines[0].objectives[0].indicators.map((i: { code: string; weight: number }) => [
        i.code,
        i.weight,
      ]),
    ).toEqual([
      ['I1A-bis', 60],
      ['I1B', 40],
    ]);
    const diff = (await api(as.viewer!, 'GET', `/plans/${plan.id}/diff?from=0&to=1`)).json();
    expect(diff.changes.map((c: { code: string; change: string }) => `${c.code} ${c.change}`)).toEqual([
      'I1A removed',
      'I1A-bis added',
    ]);
  });

  it('adds a new objective asked on the plan, with its indicators and phases', async () => {
    const { plan, line } = await adoptedPlan(1);
    const id = await decided(
      plan.id,
      {
        target: { type: 'plan' },
        changes: {
          newObjective: {
            strategicLineId: line.id,
            code: 'OB9',
            title: 'Mostra 2020',
            unitId,
            weight: 3,
            indicators: [{ code: 'I9', title: 'Visitatori', target: 30000, weight: 100 }],
            phases: [{ title: 'Prestiti', months: [2, 1] }],
          },
        },
      },
      { outcome: 'accepted' },
    );
    expect((await amend(plan.id, [id])).statusCode).toBe(201);
    const now = (await api(as.viewer!, 'GET', `/plans/${plan.id}`)).json();
    const added = now.strategicLines[0].objectives[1];
    expect(added).toMatchObject({
      code: 'OB9',
      weight: 3,
      unit: { id: unitId },
      indicators: [{ code: 'I9', target: 30000 }],
      phases: [{ number: 1, title: 'Prestiti', months: [1, 2] }],
    });
  });

  it('removes a phase and changes the months of another', async () => {
    const { plan } = await adoptedPlan(2);
    const doc = (await api(as.viewer!, 'GET', `/plans/${plan.id}`)).json();
    const [p1, p2] = doc.strategicLines[0].objectives.map(
      (o: { phases: { id: string }[] }) => o.phases[0]?.id,
    );
    const a = await decided(
      plan.id,
      { target: { type: 'phase', id: p1 }, changes: { remove: true } },
      { outcome: 'accepted' },
    );
    const b = await decided(
      plan.id,
      { target: { type: 'phase', id: p2 }, changes: { months: [10, 11, 12] } },
      { outcome: 'accepted' },
    );
    expect((await amend(plan.id, [a, b])).statusCode).toBe(201);
    const diff = (await api(as.viewer!, 'GET', `/plans/${plan.id}/diff?from=0&to=1`)).json();
    expect(diff.changes.map((c: { type: string; change: string }) => `${c.type} ${c.change}`)).toEqual([
      'phase removed',
      'phase modified',
    ]);
  });

  it('refuses requests not yet decided (422) and requests already adopted (409)', async () => {
    const { plan, indicatorIds } = await adoptedPlan(1);
    const pending = (
      await api(as.manager!, 'POST', `/plans/${plan.id}/change-requests`, {
        target: { type: 'indicator', id: indicatorIds[0] },
        changes: { target: 1 },
        reason: 'x',
      })
    ).json().id;
    const res = await amend(plan.id, [pending]);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('changeRequestIds.0');
    const id = await decided(
      plan.id,
      { target: { type: 'indicator', id: indicatorIds[1] }, changes: { target: 1 } },
      { outcome: 'accepted' },
    );
    expect((await amend(plan.id, [id])).statusCode).toBe(201);
    expect((await amend(plan.id, [id])).statusCode).toBe(409);
    // Once adopted, a decision is final.
    expect(
      (
        await api(as.evaluator!, 'POST', `/change-requests/${id}/decision`, {
          outcome: 'rejected',
          note: 'x',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('answers 409 when a request no longer applies: its indicator was removed by an earlier amendment', async () => {
    const { plan, indicatorIds } = await adoptedPlan(1);
    const removal = await decided(
      plan.id,
      { target: { type: 'indicator', id: indicatorIds[0] }, changes: { remove: true } },
      { outcome: 'accepted' },
    );
    const change = await decided(
      plan.id,
      { target: { type: 'indicator', id: indicatorIds[0] }, changes: { target: 3 } },
      { outcome: 'accepted' },
    );
    expect((await amend(plan.id, [removal])).statusCode).toBe(201);
    expect((await amend(plan.id, [change])).statusCode).toBe(409);
  });

  it('is for the secretary only, on an adopted plan', async () => {
    const { plan, indicatorIds } = await adoptedPlan(1);
    const id = await decided(
      plan.id,
      { target: { type: 'indicator', id: indicatorIds[0] }, changes: { target: 3 } },
      { outcome: 'accepted' },
    );
    expect((await amend(plan.id, [id], {}, as.manager)).statusCode).toBe(403);
    expect((await amend(plan.id, [id], {}, as.evaluator)).statusCode).toBe(403);
    const draft = await buildPlan(app.db, orgId, { unitId });
    expect((await amend(draft.plan.id, [id])).statusCode).toBe(409);
  });

  it('lets only one of two amendments fired at once on the same base version succeed; the other gets 409', async () => {
    const { plan, indicatorIds } = await adoptedPlan(1);
    const a = await decided(
      plan.id,
      { target: { type: 'indicator', id: indicatorIds[0] }, changes: { target: 3 } },
      { outcome: 'accepted' },
    );
    const b = await decided(
      plan.id,
      { target: { type: 'indicator', id: indicatorIds[1] }, changes: { target: 4 } },
      { outcome: 'accepted' },
    );
    const results = await Promise.all([
      amend(plan.id, [a], { baseVersion: 0, actNumber: '300' }),
      amend(plan.id, [b], { baseVersion: 0, actNumber: '301' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const versions = (await api(as.viewer!, 'GET', `/plans/${plan.id}/versions`)).json();
    expect(versions.map((v: { version: number }) => v.version)).toEqual([0, 1]);
    // The loser's request is untouched and can go into the next amendment.
    const loser = results[0]!.statusCode === 409 ? a : b;
    expect((await api(as.viewer!, 'GET', `/change-requests/${loser}`)).json().status).toBe('decided');
    expect((await amend(plan.id, [loser], { baseVersion: 1 })).statusCode).toBe(201);
  });
});

describe('the unique (plan, base version) backstop', () => {
  it('is recognised in the error the database gives, so it maps to 409', async () => {
    const { plan } = await adoptedPlan(1);
    const [act] = await app.db
      .insert(acts)
      .values({ orgId, planId: plan.id, kind: 'amendment', number: '1', date: '2020-02-02' })
      .returning();
    const row = { planId: plan.id, number: 1, baseVersion: 0, version: 1, actId: act!.id };
    await app.db.insert(amendments).values(row);
    const error = await app.db
      .insert(amendments)
      .values(row)
      .then(() => null)
      .catch((e: unknown) => e);
    expect(isUniqueViolation(error, 'amendments_plan_base')).toBe(true);
    expect(isUniqueViolation(error, 'plan_versions_plan_version')).toBe(false);
    expect(isUniqueViolation(new Error('other'))).toBe(false);
  });
});
