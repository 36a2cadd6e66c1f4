import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export type RunningProcess = {
  child: ChildProcess;
  port: number;
  /** Milliseconds from spawn to the first answer of the ready URL. */
  readyMs: number;
  output: () => string;
  alive: () => boolean;
  stop: () => Promise<void>;
};

/**
 * Spawns a command in its own process group, waits (bounded) until `readyPath` answers on the
 * loopback port, and gives a stop() that ends that group only.
 */
export async function startProcess(options: {
  command: string;
  args: string[];
  port: number;
  env: Record<string, string | undefined>;
  readyPath: string;
  timeoutMs?: number;
}): Promise<RunningProcess> {
  const started = performance.now();
  const child = spawn(options.command, options.args, {
    cwd: repoRoot,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      // How it ended goes with its last words: a crash that printed nothing still says its signal.
      keep(Buffer.from(`[exited: ${signal ? `signal ${signal}` : `code ${code}`}]`));
      resolve();
    }),
  );
  let gone = false;
  void exited.then(() => {
    gone = true;
  });

  // The whole process group, not only its leader: `npm run start` exits at once on SIGTERM while the
  // server under it may still be finishing requests and closing its database; the next server on the
  // same PGlite folder must not start before that one is gone (two on one folder break each other).
  const groupAlive = (pgid: number) => {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const stop = async () => {
    const pgid = child.pid;
    if (pgid === undefined || !groupAlive(pgid)) return;
    try {
      process.kill(-pgid, 'SIGTERM');
    } catch {
      return;
    }
    const deadline = performance.now() + 15_000;
    while (groupAlive(pgid) && performance.now() < deadline) await sleep(100);
    if (groupAlive(pgid)) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {}
      // Bounded: an orphan's zombie, if nothing reaps it, answers signal 0 for ever.
      const last = performance.now() + 5_000;
      while (groupAlive(pgid) && performance.now() < last) await sleep(100);
    }
    await exited;
  };

  const deadline = started + (options.timeoutMs ?? 180_000);
  while (performance.now() < deadline) {
    if (gone) throw new Error(`${options.command} exited before it was ready:\n${log}`);
    try {
      const res = await fetch(`http://127.0.0.1:${options.port}${options.readyPath}`);
      await res.arrayBuffer();
      if (res.ok)
        return {
          child,
          port: options.port,
          readyMs: performance.now() - started,
          output: () => log,
          alive: () => !gone,
          stop,
        };
    } catch {
      // not listening yet
    }
    await sleep(25);
  }
  await stop();
  throw new Error(`${options.command} not ready after ${options.timeoutMs ?? 180_000} ms:\n${log}`);
}

const cmdline = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
};

const parentOf = (pid: number): number | null => {
  try {
    // Field 4 of /proc/<pid>/stat, after the parenthesised command name.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return null;
  }
};

/** The deepest descendant of `rootPid` whose command line mentions `marker` (npm → sh → tsx → node). */
export function findDescendant(rootPid: number, marker: string): number | null {
  const pids = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
  const children = new Map<number, number[]>();
  for (const pid of pids) {
    const parent = parentOf(pid);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let found: number | null = null;
  const walk = (pid: number) => {
    if (cmdline(pid).includes(marker)) found = pid;
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(rootPid);
  return found;
}

/** VmRSS and VmHWM (peak) of a process, in MB. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

/** The first loopback port of [from, from + count) nobody listens on: the machine is shared. */
export async function freePortFrom(from: number, count: number, taken: number[] = []): Promise<number> {
  for (let port = from; port < from + count; port++)
    if (!taken.includes(port) && (await isFree(port))) return port;
  throw new Error(`no free port in ${from}–${from + count - 1}`);
}
