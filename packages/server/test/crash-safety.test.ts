import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Database, openDatabase } from '../src/db/client.ts';
import { changeRequests } from '../src/db/schema/change-requests.ts';
import { acts, indicators, plans } from '../src/db/schema/plans.ts';
import { freezePlanVersion } from '../src/plans/freeze-plan-version.ts';
import { buildOrg, buildPlan, buildUser } from './factories.ts';
import { DEFAULT_PASSWORD } from './helper.ts';
import { type ServerProcess, startServerProcess } from './server-process.ts';

const serverUrl = process.env.TEST_DATABASE_URL ?? '';

const PlanList = z.array(
  z.object({
    counts: z.object({ strategicLines: z.number(), objectives: z.number(), indicators: z.number() }),
  }),
);
const Structure = z.object({ units: z.array(z.unknown()) });

/** Where the killed server keeps its data: a PGlite folder, or a fresh database on the PostgreSQL server. */
async function freshStore(): Promise<{
  env: Record<string, string>;
  open: () => Promise<Database>;
  drop: () => Promise<void>;
}> {
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'traguardo-crash-'));
    return { env: { DATA_DIR: dir }, open: () => openDatabase({ dataDir: dir }), drop: async () => {} };
  }
  const name = `traguardo_crash_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    open: () => openDatabase({ url: url.toString() }),
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

async function login(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password: DEFAULT_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')?.split(';')[0] ?? '';
}

const HEADER = [
  'Linea strategica',
  'Responsabile Settore',
  'Settore',
  'Codice Obiettivo',
  'Titolo Obiettivo',
  'Peso Obiettivo',
  'Codice Indicatore',
  'Titolo Indicatore',
  'Formula Indicatore',
  'Polarità',
  'Target Atteso',
  'Peso Indicatore',
];

/** A plan of `objectives` objectives with four indicators each (weights 25), as a CSV in the import layout. */
function bigCsv(objectives: number): string {
  const lines = [HEADER.join(';')];
  for (let o = 0; o < objectives; o++) {
    for (let i = 0; i < 4; i++) {
      lines.push(
        [
          `Linea ${o % 5}`,
          `Responsabile ${o % 20}`,
          `Settore ${o % 20}`,
          `OB${o}`,
          `Obiettivo ${o}`,
          '5',
          `IND${o}_${i}`,
          `Indicatore ${o}.${i}`,
          'n. pratiche',
          'positiva',
          '100',
          '25',
        ].join(';'),
      );
    }
  }
  return lines.join('\n');
}

describe('a server killed mid-write leaves all or nothing', () => {
  const servers: ServerProcess[] = [];
  const drops: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const s of servers) await s.kill();
    for (const d of drops) await d();
  });

  it('an import interrupted by SIGKILL leaves either the whole plan or no trace of it', async () => {
    const store = await freshStore();
    drops.push(store.drop);
    const setup = await store.open();
    const org = await buildOrg(setup.db, { name: 'Comune Interrotto' });
    const secretary = await buildUser(setup.db, org.id, ['secretary']);
    await setup.close();

    const server = await startServerProcess({ ...store.env, DEMO: '0' });
    servers.push(server);
    const cookie = await login(server.base, secretary.email);
    const form = new FormData();
    form.append('title', 'Piano interrotto');
    form.append('year', '2024');
    form.append('file', new Blob([bigCsv(1500)], { type: 'text/csv' }), 'piano.csv');
    const pending = fetch(`${server.base}/api/v1/orgs/${org.id}/plans/import`, {
      method: 'POST',
      headers: { cookie, origin: server.base },
      body: form,
    }).catch(() => null);
    await sleep(1500);
    await server.kill();
    const answer = await pending;

    const restarted = await startServerProcess({ ...store.env, DEMO: '0' });
    servers.push(restarted);
    const again = await login(restarted.base, secretary.email);
    const get = async (path: string) =>
      (await fetch(`${restarted.base}${path}`, { headers: { cookie: again } })).json();
    const list = PlanList.parse(await get(`/api/v1/orgs/${org.id}/plans`));
    const structure = Structure.parse(await get(`/api/v1/orgs/${org.id}`));
    if (answer?.status === 201) expect(list).toHaveLength(1);
    if (list.length === 0) {
      // Nothing: not even the units and people the import would have created.
      expect(structure.units).toEqual([]);
    } else {
      expect(list).toHaveLength(1);
      expect(list[0]?.counts).toEqual({ strategicLines: 5, objectives: 1500, indicators: 6000 });
      expect(structure.units).toHaveLength(20);
    }
    await restarted.stop();
  });

  it('an amendment interrupted by SIGKILL is either fully adopted or not at all', async () => {
    const store = await freshStore();
    drops.push(store.drop);
    const setup = await store.open();
    const org = await buildOrg(setup.db, { name: 'Comune Emendato' });
    const secretary = await buildUser(setup.db, org.id, ['secretary']);
    const built = await buildPlan(setup.db, org.id, { objectiveCount: 3 });
    const indicatorId = built.indicatorIds[0] ?? '';
    const [act] = await setup.db
      .insert(acts)
      .values({ orgId: org.id, planId: built.plan.id, kind: 'adoption', number: '1', date: '2024-01-31' })
      .returning();
    await setup.db
      .update(plans)
      .set({ status: 'adopted', currentVersion: 0 })
      .where(eq(plans.id, built.plan.id));
    await freezePlanVersion(setup.db, {
      planId: built.plan.id,
      version: 0,
      actId: act?.id ?? '',
      userId: null,
    });
    const [request] = await setup.db
      .insert(changeRequests)
      .values({
        planId: built.plan.id,
        targetType: 'indicator',
        targetId: indicatorId,
        changes: { target: 150 },
        reason: 'Nuovo target',
        status: 'decided',
        outcome: 'accepted',
        decisionNote: 'Accolta',
      })
      .returning();
    await setup.close();

    const server = await startServerProcess({ ...store.env, DEMO: '0' });
    servers.push(server);
    const cookie = await login(server.base, secretary.email);
    const pending = fetch(`${server.base}/api/v1/plans/${built.plan.id}/amendments`, {
      method: 'POST',
      headers: { cookie, origin: server.base, 'content-type': 'application/json' },
      body: JSON.stringify({ actNumber: '12', actDate: '2024-06-30', changeRequestIds: [request?.id] }),
    }).catch(() => null);
    await sleep(30);
    await server.kill();
    const answer = await pending;

    const check = await store.open();
    const [plan] = await check.db.select().from(plans).where(eq(plans.id, built.plan.id));
    const [indicator] = await check.db.select().from(indicators).where(eq(indicators.id, indicatorId));
    const [cr] = await check.db
      .select()
      .from(changeRequests)
      .where(eq(changeRequests.id, request?.id ?? ''));
    await check.close();
    if (answer?.status === 201) expect(plan?.currentVersion).toBe(1);
    if (plan?.currentVersion === 1) {
      expect(indicator?.target).toBe(150);
      expect(cr?.status).toBe('adopted');
    } else {
      expect(plan?.currentVersion).toBe(0);
      expect(indicator?.target).toBe(200);
      expect(cr?.status).toBe('decided');
    }
  });
});
