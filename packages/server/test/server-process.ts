import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** A loopback port nobody listens on now (the OS picks it), so parallel runs do not collide. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** The test runner's environment without its database: a server process uses only the store it is given. */
function inheritedEnv(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, DATA_DIR: _alsoIgnored, ...rest } = process.env;
  return rest;
}

export type ServerProcess = {
  base: string;
  stop: () => Promise<void>;
  /** SIGKILL to the whole process group, as a power cut would: no shutdown code runs. */
  kill: () => Promise<void>;
};

/**
 * A real server process (`npx tsx packages/server/src/server.ts`) in its own process group, ready
 * when /api/v1/status answers (bounded wait); stop() ends that group only.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn('npx', ['tsx', 'packages/server/src/server.ts'], {
    cwd: repoRoot,
    env: { ...inheritedEnv(), LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-5_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const stop = async () => {
    if (exited || child.pid === undefined) return;
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exit, sleep(10_000)]);
    if (!exited) process.kill(-child.pid, 'SIGKILL');
  };
  const kill = async () => {
    if (exited || child.pid === undefined) return;
    process.kill(-child.pid, 'SIGKILL');
    await Promise.race([exit, sleep(10_000)]);
  };
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 1_200; attempt++) {
    if (exited) throw new Error(`the server exited before it was ready:\n${output}`);
    const ready = await fetch(`${base}/api/v1/status`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) return { base, stop, kill };
    await sleep(100);
  }
  await stop();
  throw new Error(`the server was not ready after two minutes:\n${output}`);
}
