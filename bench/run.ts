/**
 * npm run bench: the scale benchmarks of issue 8 on PGlite, and on PostgreSQL when DATABASE_URL is set.
 * Every loop is bounded and every process it starts is stopped at the end; loopback only.
 *
 * Environment: DATABASE_URL (a PostgreSQL server: a throwaway database is created and dropped there),
 * BENCH_DIR (work folder, default <tmp>/traguardo-bench), BENCH_SECONDS (each load test, default 20),
 * BENCH_SCALE (0.1 for a quick try; results of a scaled run are not written to latest.json),
 * BENCH_PORT (the first of twelve loopback ports it may use, default 3108), BENCH_ONLY (pglite | postgres).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { z } from 'zod';
import { openDatabase } from '../packages/server/src/db/client.ts';
import {
  BENCH_USER,
  buildLargeOrganisation,
  insertLargeOrganisation,
  scaled,
  writeImportWorkbook,
} from './generate.ts';
import { benchmarkAchievementInServerLikeProcess } from './lib/achievement-process.ts';
import { type Backend, describe, type Figure, failed, measured } from './lib/figures.ts';
import {
  benchmarkDownload,
  benchmarkEndpoint,
  benchmarkImport,
  logIn,
  type Session,
} from './lib/http-benchmarks.ts';
import { BENCH_SEED, type LargeOrganisation } from './lib/large-organisation.ts';
import { benchmarkPlanPage } from './lib/page-benchmark.ts';
import { findDescendant, freePortFrom, memoryOf, repoRoot, startProcess } from './lib/server-process.ts';

const scale = Number(process.env.BENCH_SCALE ?? '1');
const seconds = Number(process.env.BENCH_SECONDS ?? '20');
const firstPort = Number(process.env.BENCH_PORT ?? '3108');
const workDir = process.env.BENCH_DIR ?? join(tmpdir(), 'traguardo-bench');
const postgresUrl = process.env.DATABASE_URL;
const only = process.env.BENCH_ONLY;
const ADMIN = { email: 'bench-admin@grandeprova.bench', password: 'bench-admin-password-2026' };

const figures: Figure[] = [];
const record = (...fs: Figure[]) => {
  for (const f of fs) {
    figures.push(f);
    console.log(describe(f));
  }
};

const loadAtStart = loadavg()[0] ?? 0;

async function main() {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const model = buildLargeOrganisation(BENCH_SEED, scaled(scale));
  const xlsxPath = join(workDir, 'plan-import.xlsx');
  const rows = await writeImportWorkbook(model, xlsxPath);
  const readFloorMs = await timeExcelRead(xlsxPath);
  console.log(
    `Organisation (seed ${BENCH_SEED}, scale ${scale}): ${model.objectives.length} objectives, ${model.indicators.length} indicators, ${model.phases.length} phases, ${model.people.length} people; ${rows}-row workbook read by exceljs in ${readFloorMs.toFixed(0)} ms`,
  );
  ensureWebBuilt();

  const backends: Backend[] = ['pglite', ...(postgresUrl ? (['postgres'] as const) : [])];
  for (const backend of backends.filter((b) => !only || b === only)) {
    console.log(`\n== ${backend}`);
    try {
      await benchmarkBackend(backend, model, { xlsxPath, rows, readFloorMs });
    } catch (error) {
      record(failed({ id: 'backend', label: `${backend} run`, backend, unit: 'ms' }, error));
    }
  }
  writeResults();
}

async function benchmarkBackend(
  backend: Backend,
  model: LargeOrganisation,
  xlsx: { xlsxPath: string; rows: number; readFloorMs: number },
) {
  const target = await prepareDatabase(backend);
  try {
    const database = await openDatabase(target.open);
    const started = performance.now();
    await insertLargeOrganisation(database.db, model);
    record(
      measured({
        id: 'generate',
        label: 'generator: whole organisation written (batched inserts)',
        backend,
        unit: 's',
        value: (performance.now() - started) / 1000,
      }),
    );
    await database.close();
    record(
      ...(await benchmarkAchievementInServerLikeProcess({
        backend,
        open: target.open,
        planId: model.plan.id,
      })),
    );

    const port = await freePortFrom(firstPort, 12);
    const start = () => startBenchServer(port, target.env);
    const afterLoad: { rssMb: number; peakMb: number }[] = [];
    let server = await start();
    record(
      measured({
        id: 'start.ready',
        label: 'npm start (server) to /api/v1/status answering',
        backend,
        unit: 'ms',
        value: server.readyMs,
        note: 'npm run start -w @traguardo/server (node dist/server.js) on the large organisation; `npm start` builds the web app and the server bundle first',
      }),
    );
    if (server.pid)
      record(
        measured({
          id: 'memory.idle',
          label: 'server RSS when ready, before any request',
          backend,
          unit: 'MB',
          value: memoryOf(server.pid).rssMb,
        }),
      );
    /** One benchmark; a server that died under it is reported with its last words and started again. */
    const step = async (id: string, label: string, run: (s: BenchServer) => Promise<Figure[]>) => {
      let result: Figure[];
      try {
        result = await run(server);
      } catch (error) {
        result = [failed({ id, label, backend, unit: 'ms' }, error)];
      }
      record(...result);
      if (!server.alive()) {
        const tail = server.output().trim().split('\n').slice(-4).join(' | ');
        record(
          failed(
            { id: `${id}.crash`, label: `server process died during: ${label}`, backend, unit: 'ms' },
            tail,
          ),
        );
        server = await start();
      }
    };
    try {
      const planId = model.plan.id;
      const barePort = await freePortFrom(firstPort, 12, [port]);
      const settings = { connections: 50, seconds, barePort, workDir };
      for (const endpoint of [
        { id: 'get.plan', label: 'plan', path: `/api/v1/plans/${planId}`, feature: 'plan read' },
        {
          id: 'get.achievement',
          label: 'achievement',
          path: `/api/v1/plans/${planId}/achievement`,
          feature: 'achievement (packages/server/src/achievement)',
        },
        {
          id: 'get.dashboard',
          label: 'dashboard',
          path: `/api/v1/plans/${planId}/dashboard`,
          feature: 'the dashboard endpoint',
        },
      ]) {
        await step(endpoint.id, `GET ${endpoint.label} under load`, (s) =>
          benchmarkEndpoint(backend, s.session, endpoint, settings, async () => {
            // RSS right after the load, then a fresh process: the requests still in flight die with it.
            if (server.pid) afterLoad.push(memoryOf(server.pid));
            await server.stop();
            server = await start();
          }),
        );
      }
      await step('export.pdf', 'plan PDF', async (s) => [
        await benchmarkDownload(backend, s.session, {
          id: 'export.pdf',
          label: `plan PDF (${model.objectives.length.toLocaleString('en')} objectives)`,
          path: `/api/v1/plans/${planId}/export.pdf`,
          targetMs: 15_000,
          expectType: 'application/pdf',
          feature: 'PDF documents (packages/server/src/documents)',
          again: true,
        }),
      ]);
      await step('export.xlsx', 'plan .xlsx export', async (s) => [
        await benchmarkDownload(backend, s.session, {
          id: 'export.xlsx',
          label: `plan .xlsx export (${model.indicators.length.toLocaleString('en')} rows)`,
          path: `/api/v1/plans/${planId}/export.xlsx`,
          targetMs: 3_000,
          expectType: 'spreadsheetml',
          feature: 'export (packages/server/src/import-export)',
        }),
      ]);
      await step('page.plan', 'plan page in Chromium', async (s) => [
        await benchmarkPlanPage(backend, s.session, { planId, objectives: model.objectives.length }),
      ]);
      if (afterLoad.length > 0)
        record(
          measured({
            id: 'memory.load',
            label: 'server RSS right after 50 connections (VmRSS, highest)',
            backend,
            unit: 'MB',
            value: Math.max(...afterLoad.map((m) => m.rssMb)),
            target: { op: '<=', value: 500 },
            note: `after plan / achievement / dashboard: ${afterLoad.map((m) => m.rssMb.toFixed(0)).join(' / ')} MB; peak VmHWM ${Math.max(...afterLoad.map((m) => m.peakMb)).toFixed(0)} MB`,
          }),
        );
      if (server.pid) {
        const memory = memoryOf(server.pid);
        record(
          measured({
            id: 'memory.rss',
            label: 'server RSS after the PDF, export and page (VmRSS)',
            backend,
            unit: 'MB',
            value: memory.rssMb,
            target: { op: '<=', value: 500 },
            note: `peak VmHWM ${memory.peakMb.toFixed(0)} MB`,
          }),
        );
      }
      await step('import.xlsx', 'import', async (s) => [
        await benchmarkImport(backend, s.session, { orgId: model.org.id, ...xlsx }),
      ]);
      if (server.pid)
        record(
          measured({
            id: 'memory.peak',
            label: 'server peak RSS (VmHWM) since its start',
            backend,
            unit: 'MB',
            value: memoryOf(server.pid).peakMb,
            note: 'including the import',
          }),
        );
    } finally {
      await server.stop();
    }
  } finally {
    await target.drop();
  }
}

type BenchServer = {
  session: Session;
  /** The node process running dist/server.js (under npm → sh). */
  pid: number | null;
  readyMs: number;
  alive: () => boolean;
  output: () => string;
  stop: () => Promise<void>;
};

async function startBenchServer(port: number, env: Record<string, string | undefined>): Promise<BenchServer> {
  const server = await startProcess({
    command: 'npm',
    args: ['run', 'start', '--silent', '-w', '@traguardo/server'],
    port,
    readyPath: '/api/v1/status',
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO: '0',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
  });
  try {
    const session = await logIn(`http://127.0.0.1:${port}`, BENCH_USER.email, BENCH_USER.password);
    const pid = server.child.pid ? findDescendant(server.child.pid, 'dist/server.js') : null;
    return { ...server, session, pid };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

type PreparedDatabase = {
  open: { url?: string; dataDir?: string };
  env: Record<string, string | undefined>;
  drop: () => Promise<void>;
};

async function prepareDatabase(backend: Backend): Promise<PreparedDatabase> {
  if (backend === 'pglite') {
    const dataDir = join(workDir, 'pglite');
    rmSync(dataDir, { recursive: true, force: true });
    return {
      open: { dataDir },
      env: { DATA_DIR: dataDir, DATABASE_URL: undefined },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  if (!postgresUrl) throw new Error('DATABASE_URL is not set');
  const name = `traguardo_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    open: { url: url.toString() },
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: postgresUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

async function timeExcelRead(path: string): Promise<number> {
  const started = performance.now();
  await new ExcelJS.Workbook().xlsx.readFile(path);
  return performance.now() - started;
}

/** The page benchmark needs the built web app, which the server serves: built from the current sources. */
function ensureWebBuilt() {
  try {
    execFileSync('npm', ['run', 'build', '--silent'], {
      cwd: repoRoot,
      stdio: 'ignore',
      timeout: 300_000,
    });
  } catch (error) {
    console.log(
      `web build failed (${error instanceof Error ? error.message.split('\n')[0] : error}); the page benchmark will say so`,
    );
  }
}

const EarlierResults = z.object({
  figures: z.array(z.object({ backend: z.string() }).passthrough()),
});

function earlierFigures(file: string): Figure[] {
  const parsed = EarlierResults.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  // Written by this script: the figures have the Figure shape; only the backend is looked at.
  return parsed.success ? parsed.data.figures.filter(isFigure) : [];
}

function isFigure(value: unknown): value is Figure {
  return (
    typeof value === 'object' && value !== null && 'id' in value && 'label' in value && 'status' in value
  );
}

function writeResults() {
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    // The machine is shared: its load average says how much of it the benchmarks had.
    loadAverage: { atStart: loadAtStart, atEnd: loadavg()[0] ?? 0 },
  };
  const commit = (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot }).toString().trim();
    } catch {
      return null;
    }
  })();
  const result = { date: new Date().toISOString(), commit, scale, seconds, machine, figures };
  const missed = figures.filter((f) => f.met === false).length;
  const missingCount = figures.filter((f) => f.status === 'missing' || f.status === 'failed').length;
  console.log(
    `\n${figures.filter((f) => f.met === true).length} targets met, ${missed} missed, ${missingCount} not measured`,
  );
  if (scale !== 1) {
    const file = join(workDir, 'results.json');
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`scaled run: results in ${file}, bench/results/latest.json left as it was`);
    return;
  }
  const file = join(repoRoot, 'bench/results/latest.json');
  // BENCH_ONLY reruns one backend: the other backend's figures of the last full run are kept.
  const kept = only && existsSync(file) ? earlierFigures(file).filter((f) => f.backend !== only) : [];
  const merged =
    kept.length > 0 ? { ...result, figures: [...kept, ...figures], merged: `${only} rerun` } : result;
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  console.log(`results → ${file}`);
}

await main();
