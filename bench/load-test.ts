/**
 * Load test (issue 9): mixed reads and writes, 100 connections for 60 s on loopback against a real
 * server with the demo organisations. Passes when no answer is a 5xx and every acknowledged write
 * (201) is found afterwards. `npm run loadtest` (optional: LOAD_SECONDS, LOAD_CONNECTIONS, DATABASE_URL).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Options, type Result } from 'autocannon';
import { startServerProcess } from '../packages/server/test/server-process.ts';

const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 100);
const env: Record<string, string> = process.env.DATABASE_URL
  ? { DATABASE_URL: process.env.DATABASE_URL, DEMO: '1' }
  : { DATA_DIR: mkdtempSync(join(tmpdir(), 'traguardo-load-')), DEMO: '1' };

const server = await startServerProcess(env);
try {
  // biome-ignore lint/suspicious/noExplicitAny: a script reading the API's JSON; the API tests check its shapes.
  const json = async (path: string, cookie: string): Promise<any> =>
    (await fetch(`${server.base}${path}`, { headers: { cookie } })).json();
  const login = async (email: string) => {
    const res = await fetch(`${server.base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'traguardo-demo' }),
    });
    return res.headers.get('set-cookie')?.split(';')[0] ?? '';
  };
  const reader = await login('lettore@cremona.demo');
  const writer = await login('dirigente@cremona.demo');
  const me = await json('/api/v1/me', writer);
  const org = me.organizations[0];
  const [plan] = await json(`/api/v1/orgs/${org.id}/plans`, reader);
  const doc = await json(`/api/v1/plans/${plan.id}`, reader);
  // The manager's own indicators: writes the API must accept.
  const own = doc.strategicLines
    .flatMap(
      (l: { objectives: Array<{ unit: { id: string } | null; indicators: Array<{ id: string }> }> }) =>
        l.objectives,
    )
    .filter((o: { unit: { id: string } | null }) => o.unit && org.unitIds.includes(o.unit.id))
    .flatMap((o: { indicators: Array<{ id: string }> }) => o.indicators.map((i) => i.id));
  if (own.length === 0) throw new Error('the demo manager has no indicators');

  const acknowledged: string[] = [];
  let n = 0;
  const writeRequests = own.map((id: string) => ({
    method: 'POST' as const,
    path: `/api/v1/indicators/${id}/measurements`,
    headers: { cookie: writer, 'content-type': 'application/json', origin: server.base },
    setupRequest: (req: { body?: string }) => ({
      ...req,
      body: JSON.stringify({ date: '2019-10-31', final: false, value: ++n % 500 }),
    }),
    onResponse: (status: number, body: string) => {
      if (status === 201) acknowledged.push(JSON.parse(body).id);
    },
  }));
  const readPaths = [
    `/api/v1/plans/${plan.id}`,
    `/api/v1/plans/${plan.id}/achievement`,
    `/api/v1/plans/${plan.id}/dashboard`,
  ];
  const writers = Math.max(1, Math.round(connections * 0.3));
  const run = async (opts: Options): Promise<Result> => await autocannon(opts);
  const [reads, writes] = await Promise.all([
    run({
      url: server.base,
      connections: connections - writers,
      duration: seconds,
      timeout: 30,
      requests: readPaths.map((path) => ({ method: 'GET', path, headers: { cookie: reader } })),
    }),
    run({ url: server.base, connections: writers, duration: seconds, timeout: 30, requests: writeRequests }),
  ]);

  // Every acknowledged write must be there afterwards.
  const stored = new Set<string>();
  for (const id of own)
    for (const m of await json(`/api/v1/indicators/${id}/measurements`, reader)) stored.add(m.id);
  const missing = acknowledged.filter((id) => !stored.has(id));
  const fivexx = reads['5xx'] + writes['5xx'];
  const summary = {
    seconds,
    connections,
    reads: {
      requests: reads.requests.total,
      perSecond: reads.requests.average,
      p99ms: reads.latency.p99,
      non2xx: reads.non2xx,
      '5xx': reads['5xx'],
    },
    writes: {
      requests: writes.requests.total,
      acknowledged: acknowledged.length,
      p99ms: writes.latency.p99,
      non2xx: writes.non2xx,
      '5xx': writes['5xx'],
    },
    missingWrites: missing.length,
    errors: reads.errors + writes.errors,
  };
  console.log(JSON.stringify(summary, null, 2));
  if (fivexx > 0 || missing.length > 0) {
    console.error('LOAD TEST FAILED');
    process.exitCode = 1;
  } else console.log('Load test passed: no 5xx, every acknowledged write present.');
} finally {
  await server.stop();
}
