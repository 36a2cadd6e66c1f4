import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/db/client.ts';
import { orgUnits, people } from '../../src/db/schema/organizations.ts';
import { objectiveAssignees, phases } from '../../src/db/schema/plans.ts';
import { buildOrg, buildPerson, buildPlan, buildUnit, buildUser } from '../factories.ts';
import { loginAs } from '../helper.ts';
import type { Role } from './matrix.ts';

export type World = Awaited<ReturnType<typeof buildWorld>>;

async function call(
  app: FastifyInstance,
  cookie: string,
  method: 'POST' | 'PUT',
  url: string,
  payload?: unknown,
) {
  const res = await app.inject({ method, url, headers: { cookie }, payload: payload as object });
  if (res.statusCode >= 300) throw new Error(`setup ${method} ${url} → ${res.statusCode} ${res.body}`);
  return res.json();
}

/**
 * Organisation A with two units (the manager's and another), an adopted plan and a draft plan with
 * objectives in each unit, a measurement with evidence, a decided request adopted as an amendment, an
 * open evaluation season and a bonus distribution; organisation B holds the outsider.
 */
export async function buildWorld(app: FastifyInstance, db: Db) {
  const org = await buildOrg(db, { name: 'Comune della Matrice' });
  const outsiderOrg = await buildOrg(db, { name: 'Comune Estraneo' });
  const own = await buildUnit(db, org.id, { name: 'Settore del dirigente' });
  const other = await buildUnit(db, org.id, { name: 'Altro settore' });
  const spareUnit = await buildUnit(db, org.id, { name: 'Settore da modificare' });
  const sparePerson = await buildPerson(db, org.id, { name: 'Persona da modificare' });

  const users = {
    admin: await buildUser(db, org.id, ['admin']),
    secretary: await buildUser(db, org.id, ['secretary']),
    manager: await buildUser(db, org.id, ['manager'], { unitIds: [own.id] }),
    evaluator: await buildUser(db, org.id, ['evaluator']),
    employee: await buildUser(db, org.id, ['employee']),
    viewer: await buildUser(db, org.id, ['viewer']),
  } satisfies Record<Role, unknown>;
  const outsider = await buildUser(db, outsiderOrg.id, ['secretary', 'admin', 'manager', 'evaluator']);
  await db.update(orgUnits).set({ managerPersonId: users.manager.personId }).where(eq(orgUnits.id, own.id));
  await db.update(people).set({ unitId: own.id }).where(eq(people.id, users.employee.personId));

  const adopted = await buildPlan(db, org.id, {
    unitId: own.id,
    responsiblePersonId: users.manager.personId,
    title: 'Piano adottato',
  });
  const adoptedOther = await buildPlan(db, org.id, { unitId: other.id, title: 'Altro piano adottato' });
  const draft = await buildPlan(db, org.id, { unitId: own.id, title: 'Piano in bozza' });
  const draftOther = await buildPlan(db, org.id, { unitId: other.id, title: 'Altra bozza' });
  await db
    .insert(objectiveAssignees)
    .values({ objectiveId: adopted.objectiveIds[0] ?? '', personId: users.employee.personId });

  const sec = (await loginAs(app, users.secretary.email)).cookie;
  const mgr = (await loginAs(app, users.manager.email)).cookie;
  const nucleo = (await loginAs(app, users.evaluator.email)).cookie;
  for (const p of [adopted, adoptedOther]) {
    await call(app, sec, 'POST', `/api/v1/plans/${p.plan.id}/adopt`, {
      actNumber: '1',
      actDate: '2020-01-31',
      confirmWarnings: true,
    });
  }
  const ownIndicator = adopted.indicatorIds[0] ?? '';
  const measurement = await call(app, mgr, 'POST', `/api/v1/indicators/${ownIndicator}/measurements`, {
    date: '2020-12-31',
    final: true,
    value: 150,
  });
  const form = new FormData();
  form.append('file', new Blob(['valore rilevato;150\n'], { type: 'text/csv' }), 'rilevazione.csv');
  const upload = await multipart(form);
  const evidenceRes = await app.inject({
    method: 'POST',
    url: `/api/v1/measurements/${measurement.id}/evidence`,
    headers: { cookie: mgr, ...upload.headers },
    payload: upload.payload,
  });
  if (evidenceRes.statusCode >= 300)
    throw new Error(`setup evidence → ${evidenceRes.statusCode} ${evidenceRes.body}`);
  const evidence = evidenceRes.json();
  const phaseOf = async (objectiveId: string) =>
    (await db.select({ id: phases.id }).from(phases).where(eq(phases.objectiveId, objectiveId)))[0]?.id ?? '';
  const request = await call(app, mgr, 'POST', `/api/v1/plans/${adopted.plan.id}/change-requests`, {
    target: { type: 'indicator', id: ownIndicator },
    changes: { target: 180 },
    reason: 'Nuove disposizioni',
  });
  await call(app, nucleo, 'POST', `/api/v1/change-requests/${request.id}/decision`, {
    outcome: 'accepted',
    note: 'Accolta',
  });
  const amendment = await call(app, sec, 'POST', `/api/v1/plans/${adopted.plan.id}/amendments`, {
    actNumber: '2',
    actDate: '2020-06-30',
    changeRequestIds: [request.id],
  });
  const pendingRequest = await call(app, mgr, 'POST', `/api/v1/plans/${adopted.plan.id}/change-requests`, {
    target: { type: 'indicator', id: ownIndicator },
    changes: { target: 190 },
    reason: 'Ancora nuove disposizioni',
  });
  await call(app, sec, 'POST', `/api/v1/plans/${adopted.plan.id}/evaluations`);
  const sheets: Array<{ id: string; person: { id: string } }> = (
    await app.inject({
      method: 'GET',
      url: `/api/v1/plans/${adopted.plan.id}/evaluations`,
      headers: { cookie: sec },
    })
  ).json();
  const employeeSheet = sheets.find((s) => s.person.id === users.employee.personId);
  if (!employeeSheet) throw new Error(`no sheet for the employee: ${JSON.stringify(sheets)}`);
  // A scored sheet, so the fund has someone to go to.
  const sheet = (
    await app.inject({
      method: 'GET',
      url: `/api/v1/evaluations/${employeeSheet.id}`,
      headers: { cookie: mgr },
    })
  ).json();
  const behaviours = (sheet.behaviours as Array<{ criterion: string; maxPoints: number }>).map((b) => ({
    criterion: b.criterion,
    points: b.maxPoints,
  }));
  await call(app, mgr, 'PUT', `/api/v1/evaluations/${employeeSheet.id}`, { behaviours });
  const distribution = await call(app, sec, 'POST', `/api/v1/plans/${adopted.plan.id}/bonus-distribution`, {
    fundCents: 100_000,
  });

  return {
    org,
    outsiderOrg,
    users,
    outsider,
    ids: {
      orgId: org.id,
      unitId: spareUnit.id,
      personId: sparePerson.id,
      adoptedPlanId: adopted.plan.id,
      draftPlanId: draft.plan.id,
      own: {
        draftLineId: draft.line.id,
        draftObjectiveId: draft.objectiveIds[0] ?? '',
        draftIndicatorId: draft.indicatorIds[1] ?? '',
        draftPhaseId: await phaseOf(draft.objectiveIds[0] ?? ''),
        adoptedIndicatorId: ownIndicator,
        adoptedObjectiveId: adopted.objectiveIds[0] ?? '',
      },
      other: {
        draftLineId: draftOther.line.id,
        draftObjectiveId: draftOther.objectiveIds[0] ?? '',
        draftIndicatorId: draftOther.indicatorIds[1] ?? '',
        draftPhaseId: await phaseOf(draftOther.objectiveIds[0] ?? ''),
        adoptedIndicatorId: adoptedOther.indicatorIds[0] ?? '',
        adoptedObjectiveId: adoptedOther.objectiveIds[0] ?? '',
        adoptedPlanId: adoptedOther.plan.id,
      },
      measurementId: String(measurement.id),
      evidenceId: String(evidence.id),
      changeRequestId: String(pendingRequest.id),
      amendmentId: String(amendment.id),
      evaluationId: employeeSheet.id,
      distributionId: String(distribution.id ?? '00000000-0000-4000-8000-000000000000'),
    },
  };
}

/** A multipart body as app.inject wants it: the bytes and the content type with its boundary. */
export async function multipart(
  form: FormData,
): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const response = new Response(form);
  return {
    payload: Buffer.from(await response.arrayBuffer()),
    headers: { 'content-type': response.headers.get('content-type') ?? 'multipart/form-data' },
  };
}
