import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrg, buildPlan, buildUnit, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { expectBadPageQueries, walkPages } from '../../test/walk-pages.ts';
import { adoptForTest } from '../amendments/testing/adopt-for-test.ts';

let app: FastifyInstance;
type Cookie = { cookie: string };
const as: Record<string, Cookie> = {};
let planId: string;
let draftPlanId: string;
let objectiveIds: string[];
let indicatorIds: string[];

const file = (who: Cookie, body: object, plan = planId) =>
  app.inject({ method: 'POST', url: `/api/v1/plans/${plan}/change-requests`, headers: who, payload: body });
const decide = (who: Cookie, id: string, body: object) =>
  app.inject({ method: 'POST', url: `/api/v1/change-requests/${id}/decision`, headers: who, payload: body });
const targetChange = (target = 217) => ({
  target: { type: 'indicator', id: indicatorIds[0] },
  changes: { target },
  reason: 'Nuove disposizioni del MiBACT hanno rinviato la mostra alla primavera 2020',
});

beforeAll(async () => {
  ({ app } = await build());
  const db = app.db;
  const org = await buildOrg(db);
  const other = await buildOrg(db);
  const unit = await buildUnit(db, org.id, { name: 'Cultura Musei e City Branding' });
  const otherUnit = await buildUnit(db, org.id, { name: 'Polizia Locale' });
  const users = {
    secretary: await buildUser(db, org.id, ['secretary']),
    manager: await buildUser(db, org.id, ['manager'], { unitIds: [unit.id] }),
    otherManager: await buildUser(db, org.id, ['manager'], { unitIds: [otherUnit.id] }),
    evaluator: await buildUser(db, org.id, ['evaluator']),
    // In a small comune the Segretario may sit in the Nucleo too.
    secretaryEvaluator: await buildUser(db, org.id, ['secretary', 'evaluator']),
    viewer: await buildUser(db, org.id, ['viewer']),
    stranger: await buildUser(db, other.id, ['secretary', 'evaluator']),
  };
  for (const [name, user] of Object.entries(users)) as[name] = await loginAs(app, user.email);
  const built = await buildPlan(db, org.id, { unitId: unit.id, objectiveCount: 2 });
  planId = built.plan.id;
  objectiveIds = built.objectiveIds;
  indicatorIds = built.indicatorIds;
  await adoptForTest(db, { orgId: org.id, planId });
  draftPlanId = (await buildPlan(db, org.id, { unitId: unit.id })).plan.id;
});

describe('filing a change request', () => {
  it('lets the manager of the unit ask for a new target, with the reason, as a pending request', async () => {
    const res = await file(as.manager!, {
      ...targetChange(),
      requestText: 'Il target dovrebbe essere ridotto a 217',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      planId,
      target: { type: 'indicator', id: indicatorIds[0], code: 'I1A' },
      changes: { target: 217 },
      requestText: 'Il target dovrebbe essere ridotto a 217',
      status: 'pending',
      decision: null,
      amendmentId: null,
    });
    expect(body.requestedBy.name).toMatch(/^manager-/);
  });

  it('lets the secretary file on any unit', async () => {
    const res = await file(as.secretary!, {
      target: { type: 'objective', id: objectiveIds[0] },
      changes: { weight: 5 },
      reason: 'Obiettivo ridimensionato',
    });
    expect(res.statusCode).toBe(201);
  });

  it.each([
    ['a manager of another unit', 'otherManager'],
    ['the evaluator', 'evaluator'],
    ['a viewer', 'viewer'],
  ])('refuses %s with 403', async (_who, name) => {
    expect((await file(as[name]!, targetChange())).statusCode).toBe(403);
  });

  it('answers 404 to another organisation and 401 without a session', async () => {
    expect((await file(as.stranger!, targetChange())).statusCode).toBe(404);
    expect((await file({ cookie: '' }, targetChange())).statusCode).toBe(401);
  });

  it('refuses a request on a draft plan with 409: a draft is edited directly', async () => {
    const res = await file(as.secretary!, { ...targetChange(), target: { type: 'plan' } }, draftPlanId);
    expect(res.statusCode).toBe(409);
  });

  it.each([
    ['a field that cannot change', { target: { type: 'indicator' }, changes: { code: 'X' } }, 'changes.code'],
    ['a field of an objective on an indicator', { changes: { definition: 'x' } }, 'changes.definition'],
    ['a negative weight', { target: { type: 'objective' }, changes: { weight: -1 } }, 'changes.weight'],
    ['a removal with an edit', { changes: { remove: true, target: 3 } }, 'changes.remove'],
    [
      'an unknown unit',
      { target: { type: 'objective' }, changes: { unitId: '00000000-0000-4000-8000-00000000abcd' } },
      'changes.unitId',
    ],
  ])('answers 422 naming the field for %s', async (_case, override, field) => {
    const base = targetChange();
    const target =
      'target' in override
        ? { ...override.target, id: override.target.type === 'objective' ? objectiveIds[0] : indicatorIds[0] }
        : base.target;
    const res = await file(as.secretary!, { ...base, ...override, target });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('answers 422 when the target is not an item of the plan', async () => {
    const res = await file(as.secretary!, {
      ...targetChange(),
      target: { type: 'indicator', id: objectiveIds[0] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('target.id');
  });

  it('asks for the reason (motivazione)', async () => {
    const res = await file(as.secretary!, { ...targetChange(), reason: '' });
    expect(res.statusCode).toBe(400);
  });

  it('lists the requests of a plan, filtered by status, and gives one by id', async () => {
    const filed = (await file(as.manager!, targetChange(210))).json();
    const list = await app.inject({
      url: `/api/v1/plans/${planId}/change-requests?status=pending`,
      headers: as.viewer,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().map((r: { id: string }) => r.id)).toContain(filed.id);
    const none = await app.inject({
      url: `/api/v1/plans/${planId}/change-requests?status=adopted`,
      headers: as.viewer,
    });
    expect(none.json()).toEqual([]);
    const one = await app.inject({ url: `/api/v1/change-requests/${filed.id}`, headers: as.viewer });
    expect(one.json()).toMatchObject({ id: filed.id, changes: { target: 210 } });
    const stranger = await app.inject({ url: `/api/v1/change-requests/${filed.id}`, headers: as.stranger });
    expect(stranger.statusCode).toBe(404);
  });
});

describe('the decision of the Nucleo', () => {
  const newRequest = async (body: object = targetChange()) =>
    (await file(as.manager!, body)).json().id as string;

  it('accepts a request: the changes adopted are those asked', async () => {
    const id = await newRequest();
    const res = await decide(as.evaluator!, id, { outcome: 'accepted', note: 'Viene accolta la richiesta' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'decided',
      decision: { outcome: 'accepted', note: 'Viene accolta la richiesta', changes: { target: 217 } },
    });
    expect(res.json().decision.decidedBy.name).toMatch(/^evaluator-/);
  });

  it('accepts with changes: the decision states what is adopted, here a different target and the objective weight 8 → 5', async () => {
    const id = await newRequest();
    const res = await decide(as.evaluator!, id, {
      outcome: 'accepted_with_changes',
      note: "Il peso dell'obiettivo viene ridotto da 8 punti a 5",
      changes: { target: 180, objective: { weight: 5 } },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().decision).toMatchObject({
      outcome: 'accepted_with_changes',
      changes: { target: 180, objective: { weight: 5 } },
    });
    expect(res.json().changes).toEqual({ target: 217 });
  });

  it('needs the changes with accepted_with_changes, checked like a request (422)', async () => {
    const id = await newRequest();
    const missing = await decide(as.evaluator!, id, { outcome: 'accepted_with_changes', note: 'x' });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors[0].field).toBe('changes');
    const wrong = await decide(as.evaluator!, id, {
      outcome: 'accepted_with_changes',
      changes: { colour: 'red' },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors[0].field).toBe('changes.colour');
  });

  it('rejects with a reason, and only with one', async () => {
    const id = await newRequest();
    const bare = await decide(as.evaluator!, id, { outcome: 'rejected' });
    expect(bare.statusCode).toBe(422);
    expect(bare.json().errors[0].field).toBe('note');
    const res = await decide(as.evaluator!, id, {
      outcome: 'rejected',
      note: 'Non vengono accolte: le motivazioni non rispettano quanto verificato',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().decision).toMatchObject({ outcome: 'rejected', changes: null });
  });

  it('defers to the final assessment, "si valuterà a consuntivo"', async () => {
    const id = await newRequest();
    const res = await decide(as.evaluator!, id, { outcome: 'deferred' });
    expect(res.statusCode).toBe(200);
    expect(res.json().decision).toMatchObject({
      outcome: 'deferred',
      note: "Si valuterà l'esito a consuntivo",
      changes: null,
    });
  });

  it.each([
    ['the manager', 'manager'],
    ['the secretary', 'secretary'],
    ['a viewer', 'viewer'],
  ])('does not let %s decide (403)', async (_who, name) => {
    const id = await newRequest();
    expect((await decide(as[name]!, id, { outcome: 'accepted' })).statusCode).toBe(403);
  });

  it('lets nobody decide a request of their own, not even a secretary who sits in the Nucleo', async () => {
    const own = (await file(as.secretaryEvaluator!, targetChange())).json().id;
    expect((await decide(as.secretaryEvaluator!, own, { outcome: 'accepted' })).statusCode).toBe(403);
    expect((await decide(as.evaluator!, own, { outcome: 'accepted' })).statusCode).toBe(200);
  });

  it('may decide again until an amendment adopts the request', async () => {
    const id = await newRequest();
    await decide(as.evaluator!, id, { outcome: 'deferred' });
    const again = await decide(as.evaluator!, id, { outcome: 'accepted' });
    expect(again.statusCode).toBe(200);
    expect(again.json().decision.outcome).toBe('accepted');
  });

  it('asks for accepted_with_changes when a request has no structured change to adopt as asked', async () => {
    const [row] = await app.db
      .insert((await import('../db/schema/change-requests.ts')).changeRequests)
      .values({
        planId,
        targetType: 'indicator',
        targetId: indicatorIds[0],
        targetCode: 'I1A',
        changes: {},
        requestText: 'Si chiede uno slittamento delle fasi',
        reason: 'Elezioni',
        decisionNote: 'VIENE ACCOLTA',
      })
      .returning();
    const id = row!.id;
    const read = await app.inject({ url: `/api/v1/change-requests/${id}`, headers: as.viewer });
    expect(read.json()).toMatchObject({ decision: null, draftDecisionNote: 'VIENE ACCOLTA' });
    const res = await decide(as.evaluator!, id, { outcome: 'accepted' });
    expect(res.statusCode).toBe(422);
    const withChanges = await decide(as.evaluator!, id, {
      outcome: 'accepted_with_changes',
      note: 'VIENE ACCOLTA',
      changes: { measurementDeadline: '2019-12-31' },
    });
    expect(withChanges.statusCode).toBe(200);
  });

  it('answers 404 for a request that does not exist', async () => {
    const res = await decide(as.evaluator!, '00000000-0000-4000-8000-000000000000', { outcome: 'accepted' });
    expect(res.statusCode).toBe(404);
  });
});

describe('paging the requests of a plan', () => {
  it('walking the pages with ?limit=2 gives every request once, oldest first, with Link only while more remain', async () => {
    for (const target of [301, 302, 303]) await file(as.manager!, targetChange(target));
    const whole: { id: string }[] = (
      await app.inject({ url: `/api/v1/plans/${planId}/change-requests`, headers: as.viewer })
    ).json();
    expect(whole.length).toBeGreaterThanOrEqual(5);
    const { items, pages } = await walkPages<{ id: string }>(
      app,
      `/api/v1/plans/${planId}/change-requests`,
      as.viewer!.cookie,
      2,
    );
    expect(items.map((r) => r.id)).toEqual(whole.map((r) => r.id));
    expect(pages).toBe(Math.ceil(whole.length / 2));
  });

  it('keeps the status filter from page to page', async () => {
    const pending: { id: string }[] = (
      await app.inject({ url: `/api/v1/plans/${planId}/change-requests?status=pending`, headers: as.viewer })
    ).json();
    const { items } = await walkPages<{ id: string; status: string }>(
      app,
      `/api/v1/plans/${planId}/change-requests?status=pending`,
      as.viewer!.cookie,
      2,
    );
    expect(items.map((r) => r.id)).toEqual(pending.map((r) => r.id));
    expect(items.every((r) => r.status === 'pending')).toBe(true);
  });

  it('refuses a bad limit or cursor with 400 naming the parameter', async () => {
    await expectBadPageQueries(app, `/api/v1/plans/${planId}/change-requests`, as.viewer!.cookie);
  });
});
