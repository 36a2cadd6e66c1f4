import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../src/audit/verify-audit.ts';
import { listenForChanges } from '../src/db/change-notifications.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import { readThrough } from '../src/db/read-through.ts';
import { buildOrg, buildPlan, buildUser } from './factories.ts';
import { DEFAULT_PASSWORD } from './helper.ts';
import { type ServerProcess, startServerProcess } from './server-process.ts';

const serverUrl = process.env.TEST_DATABASE_URL ?? '';

/**
 * Two real server processes on one PostgreSQL database, as behind a reverse proxy. PGlite cannot be
 * shared between processes, so this runs in the server-pg project only (TEST_DATABASE_URL set).
 */
describe.skipIf(!serverUrl)('two server processes on one PostgreSQL database', () => {
  const name = `traguardo_mp_${randomBytes(6).toString('hex')}`;
  let database: Database;
  let a: ServerProcess;
  let b: ServerProcess;
  let secretaryEmail = '';
  let objectiveId = '';
  let otherObjectiveIds: string[] = [];
  let planId = '';
  let url = '';

  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };

  beforeAll(async () => {
    await admin(`create database ${name}`);
    const address = new URL(serverUrl);
    address.pathname = `/${name}`;
    url = address.toString();
    // Migrations run here, once, before either process starts.
    database = await openDatabase({ url });
    const org = await buildOrg(database.db);
    const secretary = await buildUser(database.db, org.id, ['secretary']);
    secretaryEmail = secretary.email;
    const built = await buildPlan(database.db, org.id, { objectiveCount: 7 });
    planId = built.plan.id;
    [objectiveId = '', ...otherObjectiveIds] = built.objectiveIds;
    const env = {
      DATABASE_URL: url,
      DEMO: '0',
      ADMIN_EMAIL: 'admin-mp@example.it',
      ADMIN_PASSWORD: 'password-amministratore-mp',
    };
    // One after the other, as a rolling start does: each creates or updates the instance admin.
    a = await startServerProcess(env);
    b = await startServerProcess(env);
    // Two processes compile and start one after the other: on a busy machine that is minutes.
  }, 300_000);

  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await database?.close();
    await admin(`drop database if exists ${name} with (force)`);
  });

  const login = async (server: ServerProcess, email: string, password = DEFAULT_PASSWORD) => {
    const res = await fetch(`${server.base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    await res.arrayBuffer();
    return { status: res.status, cookie: res.headers.getSetCookie()[0]?.split(';')[0] ?? '' };
  };
  const send = async (
    server: ServerProcess,
    method: string,
    path: string,
    cookie: string,
    body?: unknown,
  ) => {
    const res = await fetch(`${server.base}/api/v1${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };

  it('a session opened on one process works on the other, and logging out on either ends it on both', async () => {
    const { status, cookie } = await login(a, secretaryEmail);
    expect(status).toBe(200);
    const onB = await send(b, 'GET', '/me', cookie);
    expect(onB.status).toBe(200);
    expect(onB.body.email).toBe(secretaryEmail);
    // A has read the session too, and may keep it in memory (read-through.ts) until told otherwise.
    expect((await send(a, 'GET', '/me', cookie)).status).toBe(200);
    expect((await send(b, 'POST', '/auth/logout', cookie)).status).toBe(204);
    expect((await send(a, 'GET', '/me', cookie)).status).toBe(401);
  });

  it('optimistic locking holds across processes: the same rowVersion sent to both gives one 200 and one 409', async () => {
    const { cookie } = await login(a, secretaryEmail);
    // Both processes have answered the plan before: each keeps it, and its data stamp, in memory.
    expect((await send(a, 'GET', `/plans/${planId}`, cookie)).status).toBe(200);
    const plan = await send(b, 'GET', `/plans/${planId}`, cookie);
    const objective = plan.body.strategicLines[0].objectives.find(
      (o: { id: string }) => o.id === objectiveId,
    );
    expect(objective.rowVersion).toBe(1);
    const [fromA, fromB] = await Promise.all([
      send(a, 'PATCH', `/objectives/${objectiveId}`, cookie, {
        title: 'Titolo scritto sul processo A',
        rowVersion: objective.rowVersion,
      }),
      send(b, 'PATCH', `/objectives/${objectiveId}`, cookie, {
        title: 'Titolo scritto sul processo B',
        rowVersion: objective.rowVersion,
      }),
    ]);
    expect([fromA.status, fromB.status].sort()).toEqual([200, 409]);
    const winner = fromA.status === 200 ? fromA : fromB;
    const after = await send(a, 'GET', `/plans/${planId}`, cookie);
    const saved = after.body.strategicLines[0].objectives.find((o: { id: string }) => o.id === objectiveId);
    expect(saved.title).toBe(winner.body.title);
    expect(saved.rowVersion).toBe(objective.rowVersion + 1);
  });

  it('audited writes racing on both processes keep one unbroken audit chain', async () => {
    const { cookie } = await login(b, secretaryEmail);
    const results = await Promise.all(
      otherObjectiveIds.map((id, n) =>
        send(n % 2 === 0 ? a : b, 'PATCH', `/objectives/${id}`, cookie, { weight: 10 + n, rowVersion: 1 }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(otherObjectiveIds.map(() => 200));
    const chain = await verifyAudit(database.db);
    expect(chain).toMatchObject({ ok: true });
    expect(chain.entries).toBeGreaterThanOrEqual(otherObjectiveIds.length + 1);
  });

  it('failed logins on both processes count together toward the throttle', async () => {
    for (let i = 0; i < 10; i++) {
      const server = i % 2 === 0 ? a : b;
      expect((await login(server, secretaryEmail, `sbagliata-${i}`)).status).toBe(401);
    }
    expect((await login(a, secretaryEmail)).status).toBe(429);
    expect((await login(b, secretaryEmail)).status).toBe(429);
  });

  /** A read through this process's cache that counts how often it really ran. */
  const countedRead = (key: string) => {
    let runs = 0;
    const read = () =>
      readThrough(database.db, 'multi-process-test', key, async () => {
        runs++;
        return { runs };
      });
    return { read, runs: () => runs };
  };
  const waitFor = async (condition: () => Promise<boolean>) => {
    for (let tries = 0; tries < 100 && !(await condition()); tries++)
      await new Promise((resolve) => setTimeout(resolve, 50));
  };

  it('a read kept in memory is read again once another process changes what it comes from', async () => {
    const other = await openDatabase({ url });
    try {
      const { read, runs } = countedRead('changed-elsewhere');
      await read();
      await read();
      expect(runs()).toBe(1);
      // Another process (another pool, its own connections) changes a table the kept reads come from.
      await other.db.execute(sql`update plans set title = title where id = ${planId}`);
      await waitFor(async () => (await read()).runs > 1);
      expect(runs()).toBe(2);
    } finally {
      await other.close();
    }
  });

  it('while its listening connection is down nothing is kept, and keeping resumes once it is back', async () => {
    const { read, runs } = countedRead('listener-down');
    await read();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const killed = await client
      .query(
        `select pg_terminate_backend(pid) from pg_stat_activity
         where datname = current_database() and query = 'listen traguardo_changes'`,
      )
      .finally(() => client.end());
    // Three listeners: this test process's and the two servers'.
    expect(killed.rowCount).toBe(3);
    // This process's own listener is among those ended: its reads run every time until it is back.
    await waitFor(async () => {
      const before = runs();
      await read();
      return runs() > before;
    });
    const before = runs();
    await read();
    await read();
    expect(runs()).toBe(before + 2);
    // Back within a few seconds (it reconnects every second): kept again.
    await waitFor(async () => {
      const last = runs();
      await read();
      await read();
      return runs() === last + 1;
    });
    const settled = runs();
    await read();
    expect(runs()).toBe(settled);
  });

  it('a process that does not hear its own heartbeat (a pooler in transaction mode) keeps nothing', async () => {
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    const notify = (channel: string, payload: string) =>
      pool.query('select pg_notify($1, $2)', [channel, payload]);
    // Its heartbeat goes where it does not listen, as through a pooler that cannot deliver to a
    // LISTEN; the other processes' heartbeats on the real channel do not count for it.
    const deaf = await listenForChanges(url, {
      heartbeat: (_, payload) => notify('traguardo_elsewhere', payload),
    });
    const hearing = await listenForChanges(url, { heartbeat: notify });
    try {
      expect(hearing.live()).toBe(true);
      expect(deaf.live()).toBe(false);
    } finally {
      await deaf.close();
      await hearing.close();
      await pool.end();
    }
  });
});
