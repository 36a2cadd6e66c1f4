/**
 * The in-process achievement figures (achievement-benchmark.ts) measured in a process of their own,
 * started with the server's V8 flags and allocator settings (the `start` script of
 * packages/server/package.json). The loader's time depends on the heap it allocates into, and the
 * benchmark's own process holds the generated organisation and the garbage of writing it (its heap
 * reached ~470 MB while these figures ran there, ~135 MB of it live), which no server holds.
 *
 * Child side: `node <server flags> --import tsx bench/lib/achievement-process.ts` with
 * BENCH_ACHIEVEMENT = {"backend", "open", "planId"}; it prints the figures as JSON on its last line.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openDatabase } from '../../packages/server/src/db/client.ts';
import { benchmarkAchievementInProcess } from './achievement-benchmark.ts';
import { type Backend, type Figure, failed } from './figures.ts';
import { repoRoot } from './server-process.ts';

type Job = { backend: Backend; open: Parameters<typeof openDatabase>[0]; planId: string };

/** The environment assignments and node options of the server's start script. */
function serverStartSettings(): { env: Record<string, string>; nodeOptions: string[] } {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'packages/server/package.json'), 'utf8'));
  const words = String(manifest.scripts?.start ?? '').split(/\s+/);
  const node = words.indexOf('node');
  const env = Object.fromEntries(
    words
      .slice(0, Math.max(node, 0))
      .filter((w) => /^[A-Z_]+=/.test(w))
      .map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]),
  );
  const nodeOptions = node === -1 ? [] : words.slice(node + 1).filter((w) => w.startsWith('--'));
  return { env, nodeOptions };
}

/** Parent side: runs the figures in a child started like the server; the database must be closed here. */
export async function benchmarkAchievementInServerLikeProcess(job: Job): Promise<Figure[]> {
  const { env, nodeOptions } = serverStartSettings();
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)(
      process.execPath,
      [...nodeOptions, '--import', 'tsx', fileURLToPath(import.meta.url)],
      {
        cwd: repoRoot,
        env: { ...process.env, ...env, BENCH_ACHIEVEMENT: JSON.stringify(job) },
        maxBuffer: 16 * 1024 * 1024,
        timeout: 10 * 60_000,
      },
    ));
  } catch (error) {
    return [
      failed(
        {
          id: 'achievement.process',
          label: 'achievement benchmark process',
          backend: job.backend,
          unit: 'ms',
        },
        error,
      ),
    ];
  }
  const last = stdout.trim().split('\n').at(-1) ?? '[]';
  const figures: Figure[] = JSON.parse(last);
  const flags = [...Object.keys(env), ...nodeOptions].join(' ');
  return figures.map((f) => ({
    ...f,
    note: `${f.note ?? ''}; in a process of its own started as the server is (${flags})`,
  }));
}

if (process.env.BENCH_ACHIEVEMENT && process.argv[1] === fileURLToPath(import.meta.url)) {
  const job: Job = JSON.parse(process.env.BENCH_ACHIEVEMENT);
  const database = await openDatabase(job.open);
  try {
    const figures = await benchmarkAchievementInProcess(job.backend, database.db, job.planId);
    console.log(JSON.stringify(figures));
  } finally {
    await database.close();
  }
}
