import { describe, expect, it } from 'vitest';
import { build, loginAs } from './helper.ts';
import { type Entry, MATRIX, ROLES, type Role } from './matrix/matrix.ts';
import { sampleFromSchema } from './matrix/sample-body.ts';
import { buildWorld, multipart, type World } from './matrix/world.ts';

type Operation = { requestBody?: { content?: Record<string, { schema?: object }> } };
type Caller = { name: string; cookie: string | null; role?: Role; outsider?: boolean };
type Unit = 'own' | 'other';

/** The ids a path's parameters take, by parameter name, for the draft or adopted plan and the unit. */
function resolvePath(path: string, entry: Entry, world: World, unit: Unit): string {
  const ids = world.ids;
  const scope = ids[unit];
  const draft = entry.on === 'draft';
  const values: Record<string, string> = {
    orgId: ids.orgId,
    planId: draft ? ids.draftPlanId : unit === 'other' ? ids.other.adoptedPlanId : ids.adoptedPlanId,
    lineId: scope.draftLineId,
    objectiveId: scope.draftObjectiveId,
    indicatorId: draft ? scope.draftIndicatorId : scope.adoptedIndicatorId,
    phaseId: scope.draftPhaseId,
    unitId: ids.unitId,
    personId: ids.personId,
    measurementId: ids.measurementId,
    evidenceId: ids.evidenceId,
    amendmentId: ids.amendmentId,
  };
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'id') {
      if (path.includes('/change-requests/')) return ids.changeRequestId;
      if (path.includes('/evaluations/')) return ids.evaluationId;
      if (path.includes('/bonus-distribution/')) return ids.distributionId;
    }
    const value = values[name];
    if (!value) throw new Error(`no id for {${name}} in ${path}`);
    return value;
  });
}

/** Change requests name their target in the body: the item of the unit under test. */
function bodyFor(
  key: string,
  entry: Entry,
  op: Operation,
  world: World,
  unit: Unit,
  rules: unknown,
): unknown {
  if (entry.body !== undefined) return entry.body;
  if (key === 'PUT /api/v1/orgs/{orgId}/evaluation-rules') return rules;
  if (key === 'POST /api/v1/plans/{planId}/change-requests') {
    return {
      target: { type: 'indicator', id: world.ids[unit].adoptedIndicatorId },
      changes: { target: 1 },
      reason: 'Motivazione',
    };
  }
  return sampleFromSchema(op.requestBody?.content?.['application/json']?.schema);
}

describe('authorisation matrix: every route × every role × own unit / other unit / other organisation', async () => {
  const { app, database } = await build();
  const world = await buildWorld(app, database.db);
  const spec = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
    paths: Record<string, Record<string, Operation>>;
  };
  const routes = Object.entries(spec.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      key: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      op,
    })),
  );

  // The organisation's own rules, sent back unchanged: a valid body for the settings route.
  const rules = (
    await app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${world.ids.orgId}/evaluation-rules`,
      headers: await loginAs(app, world.users.secretary.email),
    })
  ).json();

  const callers: Caller[] = [{ name: 'anonymous', cookie: null }];
  for (const role of ROLES)
    callers.push({ name: role, role, cookie: (await loginAs(app, world.users[role].email)).cookie });
  callers.push({
    name: 'outsider',
    outsider: true,
    cookie: (await loginAs(app, world.outsider.email)).cookie,
  });

  it('every route of the OpenAPI document has an entry in the matrix, and every entry a route', () => {
    const keys = routes.map((r) => r.key);
    expect(keys.filter((k) => !(k in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((k) => !keys.includes(k))).toEqual([]);
  });

  const denied = (s: number) => s === 403 || s === 404;

  it('each caller gets the expected answer: 401 anonymous, 404 another organisation, 403/404 without the role, served with it', async () => {
    const failures: string[] = [];
    for (const { key, method, path, op } of routes) {
      const entry = MATRIX[key];
      if (!entry || entry.allow === 'public') continue;
      const units: Unit[] = entry.unit ? ['own', 'other'] : ['own'];
      for (const unit of units) {
        const url =
          resolvePath(path, entry, world, unit) +
          (entry.query
            ? `?${new URLSearchParams(Object.fromEntries(Object.entries(entry.query).map(([k, v]) => [k, v.replace('{orgId}', world.ids.orgId)])))}`
            : '');
        for (const caller of callers) {
          const allowed =
            entry.allow === 'authenticated'
              ? caller.cookie !== null
              : entry.allow === 'instance-admin'
                ? false
                : !!caller.role &&
                  entry.allow.includes(caller.role) &&
                  !(entry.unit && unit === 'other' && caller.role === 'manager');
          // Writes by allowed callers are not executed: they would change the world under the other checks.
          if (allowed && method !== 'GET') continue;
          const headers: Record<string, string> = caller.cookie ? { cookie: caller.cookie } : {};
          let payload: Buffer | string | undefined;
          if (entry.multipart) {
            const form = new FormData();
            form.append('file', new Blob(['a;b\n1;2\n'], { type: 'text/csv' }), 'dati.csv');
            form.append('title', 'Prova');
            form.append('year', '2024');
            const body = await multipart(form);
            payload = body.payload;
            Object.assign(headers, body.headers);
          } else if (method !== 'GET' && method !== 'DELETE') {
            payload = JSON.stringify(bodyFor(key, entry, op, world, unit, rules) ?? {});
            headers['content-type'] = 'application/json';
          }
          const res = await app.inject({ method: method as 'GET', url, headers, payload });
          const s = res.statusCode;
          const where = `${key} [${unit} unit] as ${caller.name}: ${s}`;
          if (caller.cookie === null) {
            if (s !== 401) failures.push(`${where}, expected 401`);
          } else if (caller.outsider && !entry.global) {
            if (s !== 404) failures.push(`${where}, expected 404 (sealed tenant)`);
          } else if (allowed) {
            if (s === 401 || denied(s) || s >= 500)
              failures.push(`${where}, expected to be served — ${res.body.slice(0, 160)}`);
          } else if (!denied(s)) {
            failures.push(`${where}, expected 403 or 404 — ${res.body.slice(0, 160)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
