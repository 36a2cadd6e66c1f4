import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Backend, type Figure, failed, measured, missing } from './figures.ts';
import { loadTest } from './load.ts';
import { startProcess } from './server-process.ts';

export type Session = { base: string; cookie: string };

export async function logIn(base: string, email: string, password: string): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  await res.arrayBuffer();
  const cookie = res.headers.getSetCookie()[0]?.split(';')[0];
  if (!res.ok || !cookie) throw new Error(`login failed: ${res.status}`);
  return { base, cookie };
}

/**
 * Waits (at most two minutes) until the server answers a request that reads the database quickly:
 * autocannon stops at its deadline, but requests it had in flight keep the server (and PGlite's one
 * connection) busy for a while, and the next benchmark must not pay for them.
 */
export async function settle(session: Session): Promise<void> {
  const deadline = performance.now() + 120_000;
  let quick = 0;
  while (performance.now() < deadline && quick < 3) {
    const started = performance.now();
    const res = await fetch(`${session.base}/api/v1/me`, { headers: { cookie: session.cookie } });
    await res.arrayBuffer();
    quick = performance.now() - started < 100 ? quick + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export type EndpointLoad = {
  id: string;
  label: string;
  path: string;
  /** What the endpoint needs, named when it answers 404 (not landed yet). */
  feature: string;
};

export type LoadSettings = { connections: number; seconds: number; barePort: number; workDir: string };

/**
 * One endpoint under `connections` concurrent connections, then the same bytes from a bare route in
 * another process: p95 against its target, and throughput as a share of the bare route's.
 */
export async function benchmarkEndpoint(
  backend: Backend,
  session: Session,
  endpoint: EndpointLoad,
  settings: LoadSettings,
  afterLoad: () => Promise<void>,
): Promise<Figure[]> {
  const p95Figure = {
    id: `${endpoint.id}.p95`,
    label: `GET ${endpoint.label}: p95 at ${settings.connections} connections`,
    backend,
    unit: 'ms' as const,
    target: { op: '<=' as const, value: 100 },
  };
  const shareFigure = {
    id: `${endpoint.id}.throughput`,
    label: `GET ${endpoint.label}: throughput, % of bare route`,
    backend,
    unit: '%' as const,
    target: { op: '>=' as const, value: 30 },
  };
  const url = `${session.base}${endpoint.path}`;
  // What a browser sends: the server may answer compressed, and the bare route sends the same bytes.
  const headers = { cookie: session.cookie, 'accept-encoding': BROWSER_ACCEPT_ENCODING };
  const first = await rawGet(url, headers);
  const body = first.body;
  if (first.status === 404 || first.status === 405) {
    const note = `${endpoint.path} answers ${first.status}: ${endpoint.feature} has not landed`;
    return [missing(p95Figure, note), missing(shareFigure, note)];
  }
  if (first.status !== 200) {
    const error = new Error(`${endpoint.path} answered ${first.status}: ${body.toString().slice(0, 200)}`);
    return [failed(p95Figure, error), failed(shareFigure, error)];
  }
  // One request at a time first: what a response costs the server without queueing.
  const alone: number[] = [];
  for (let n = 0; n < 3; n++) {
    const started = performance.now();
    await rawGet(url, headers);
    alone.push(performance.now() - started);
  }
  alone.sort((x, y) => x - y);
  const single = measured({
    id: `${endpoint.id}.single`,
    label: `GET ${endpoint.label}: one request alone`,
    backend,
    unit: 'ms',
    value: alone[1] ?? Number.NaN,
    note: `median of 3 sequential requests (${alone.map((t) => t.toFixed(0)).join(', ')} ms)`,
  });
  const real = await loadTest({ url, headers, connections: settings.connections, seconds: settings.seconds });
  const revalidated = await benchmarkRevalidation(backend, session, endpoint, settings, first.headers.etag);
  // The server keeps working on the requests still in flight when the run ends; they must not weigh
  // on the bare route's run nor on the next benchmark.
  await afterLoad();
  const bodyFile = join(settings.workDir, `${endpoint.id}.body`);
  writeFileSync(bodyFile, body);
  const bare = await startProcess({
    command: process.execPath,
    args: [
      '--import',
      'tsx',
      'bench/bare-server.ts',
      '--port',
      String(settings.barePort),
      '--body',
      bodyFile,
      '--type',
      first.headers['content-type'] ?? 'application/json',
      ...(first.headers['content-encoding'] ? ['--encoding', first.headers['content-encoding']] : []),
    ],
    port: settings.barePort,
    env: { ...process.env },
    readyPath: '/ready',
  });
  let floor: Awaited<ReturnType<typeof loadTest>>;
  try {
    floor = await loadTest({
      url: `http://127.0.0.1:${settings.barePort}/bare`,
      connections: settings.connections,
      seconds: settings.seconds,
    });
  } finally {
    await bare.stop();
  }
  const encoding = first.headers['content-encoding'];
  const size = `${(body.length / 1024).toFixed(0)} KB a response${encoding ? ` (${encoding})` : ''}`;
  const health = real.non2xx + real.errors > 0 ? `, ${real.non2xx} non-2xx and ${real.errors} errors` : '';
  const share = {
    ...shareFigure,
    value: (100 * real.rps) / floor.rps,
    note: `${real.rps.toFixed(1)} req/s against ${floor.rps.toFixed(1)} req/s from memory`,
  };
  if (real.requests === 0) {
    // Not one response finished within the run: every one took longer than the run itself.
    const note = `no response completed within the ${settings.seconds} s run (${size}); bare route p95 ${floor.p95.toFixed(0)} ms`;
    return [
      single,
      { ...p95Figure, value: null, status: 'measured', met: false, note },
      measured({ ...share, value: 0 }),
      ...revalidated,
    ];
  }
  return [
    single,
    measured({
      ...p95Figure,
      value: real.p95,
      floor: { label: 'bare route p95', value: floor.p95, unit: 'ms' },
      note: `p50 ${real.p50.toFixed(0)} ms, p97.5 ${real.p97_5.toFixed(0)} ms (autocannon), p99 ${real.p99.toFixed(0)} ms; ${real.requests} requests, ${size}${health}`,
    }),
    measured(share),
    ...revalidated,
  ];
}

/**
 * The same endpoint under the same load from clients that already hold its current answer and ask
 * whether it changed (If-None-Match with the ETag they got): what browsers and integrators polling a
 * plan do most of the time. Nothing when the endpoint gives no ETag.
 */
async function benchmarkRevalidation(
  backend: Backend,
  session: Session,
  endpoint: EndpointLoad,
  settings: LoadSettings,
  etag: string | undefined,
): Promise<Figure[]> {
  if (!etag) return [];
  await settle(session);
  const url = `${session.base}${endpoint.path}`;
  const headers = {
    cookie: session.cookie,
    'accept-encoding': BROWSER_ACCEPT_ENCODING,
    'if-none-match': etag,
  };
  const check = await rawGet(url, headers);
  const result = await loadTest({
    url,
    headers,
    connections: settings.connections,
    seconds: settings.seconds,
  });
  const other = result.non2xx - result.status3xx;
  const health = other + result.errors > 0 ? `, ${other} other non-2xx and ${result.errors} errors` : '';
  return [
    measured({
      id: `${endpoint.id}.revalidate.p95`,
      label: `GET ${endpoint.label} with If-None-Match: p95 at ${settings.connections} connections`,
      backend,
      unit: 'ms',
      target: { op: '<=', value: 100 },
      value: result.p95,
      note: `${result.status3xx} answers 304 (first: ${check.status}); p50 ${result.p50.toFixed(0)} ms, p99 ${result.p99.toFixed(0)} ms; ${result.requests} requests, ${result.rps.toFixed(0)} req/s${health}`,
    }),
  ];
}

/** A document endpoint, timed from request to the last byte. */
export async function benchmarkDownload(
  backend: Backend,
  session: Session,
  options: {
    id: string;
    label: string;
    path: string;
    targetMs: number;
    expectType: string;
    feature: string;
    /** Also time a second request for the same document (kept by the server once rendered). */
    again?: boolean;
  },
): Promise<Figure> {
  const figure = {
    id: options.id,
    label: options.label,
    backend,
    unit: 'ms' as const,
    target: { op: '<=' as const, value: options.targetMs },
  };
  try {
    await settle(session);
    const started = performance.now();
    const res = await fetch(`${session.base}${options.path}`, { headers: { cookie: session.cookie } });
    const body = Buffer.from(await res.arrayBuffer());
    const elapsed = performance.now() - started;
    if (res.status === 404 || res.status === 405)
      return missing(figure, `${options.path} answers ${res.status}: ${options.feature} has not landed`);
    if (!res.ok) throw new Error(`${options.path} answered ${res.status}: ${body.toString().slice(0, 200)}`);
    const type = res.headers.get('content-type') ?? '';
    if (!type.includes(options.expectType)) throw new Error(`${options.path} answered ${type}`);
    let again = '';
    if (options.again) {
      const second = performance.now();
      const repeat = await fetch(`${session.base}${options.path}`, { headers: { cookie: session.cookie } });
      const same = Buffer.from(await repeat.arrayBuffer()).equals(body);
      again = `; asked again: ${(performance.now() - second).toFixed(0)} ms${same ? ', the same bytes' : ', rendered again'}`;
    }
    return measured({ ...figure, value: elapsed, note: `${(body.length / 1024).toFixed(0)} KB${again}` });
  } catch (error) {
    return failed(figure, error);
  }
}

/** The 10,000-row workbook through the real import endpoint; the floor is exceljs merely reading it. */
export async function benchmarkImport(
  backend: Backend,
  session: Session,
  options: { orgId: string; xlsxPath: string; readFloorMs: number; rows: number },
): Promise<Figure> {
  const figure = {
    id: 'import.xlsx',
    label: `import of a ${options.rows.toLocaleString('en')}-row .xlsx (POST …/plans/import)`,
    backend,
    unit: 'ms' as const,
    target: { op: '<=' as const, value: 5_000 },
  };
  const path = `/api/v1/orgs/${options.orgId}/plans/import`;
  try {
    const form = new FormData();
    const bytes = await readFile(options.xlsxPath);
    form.set(
      'file',
      new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      'piano-grandeprova.xlsx',
    );
    form.set('title', 'Piano della Performance 2021 (importato)');
    form.set('year', '2021');
    await settle(session);
    const started = performance.now();
    const res = await fetch(`${session.base}${path}`, {
      method: 'POST',
      headers: { cookie: session.cookie },
      body: form,
    });
    const text = await res.text();
    const elapsed = performance.now() - started;
    if (res.status === 404 || res.status === 405)
      return missing(
        figure,
        `${path} answers ${res.status}: import (packages/server/src/import-export) has not landed`,
      );
    if (res.status !== 201) throw new Error(`${path} answered ${res.status}: ${text.slice(0, 300)}`);
    return measured({
      ...figure,
      value: elapsed,
      floor: { label: 'exceljs reading the file', value: options.readFloorMs, unit: 'ms' },
      note: `answer ${text.slice(0, 120)}`,
    });
  } catch (error) {
    return failed(figure, error);
  }
}

export const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

export type RawResponse = { status: number; headers: Record<string, string | undefined>; body: Buffer };

/** A GET whose body comes back exactly as sent (fetch would decompress it). */
export function rawGet(url: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const flat: Record<string, string | undefined> = {};
        for (const [name, value] of Object.entries(res.headers))
          flat[name] = Array.isArray(value) ? value.join(', ') : value;
        resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
