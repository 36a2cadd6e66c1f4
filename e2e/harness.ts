import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

// Browser journeys run against the real server (built web app, real database, demo data) in a
// child process, and a system Chromium driven by playwright-core.

const root = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export type DemoLogin = { organization: string; role: string; email: string; password: string };

export type ServerHandle = {
  /** http://127.0.0.1:PORT */
  url: string;
  dataDir: string;
  /** Everything the server printed so far (start banner, demo logins, errors). */
  output: () => string;
  /** The demo logins the server printed at start. */
  demoLogins: () => DemoLogin[];
  stop: () => Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

async function waitForStatus(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${url}/api/v1/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not answer /api/v1/status within ${timeoutMs / 1000} s:\n${output()}`);
}

/** Lines like "  Comune di Cremona    secretary  segretario@cremona.demo  /  password". */
export function parseDemoLogins(output: string): DemoLogin[] {
  const start = output.indexOf('Accessi demo');
  if (start < 0) return [];
  const logins: DemoLogin[] = [];
  for (const line of output.slice(start).split('\n').slice(1)) {
    const m = /^\s+(.+?)\s{2,}(\S+)\s+(\S+@\S+)\s+\/\s+(\S+)\s*$/.exec(line);
    if (!m) {
      if (logins.length > 0) break;
      continue;
    }
    const [, organization = '', role = '', email = '', password = ''] = m;
    logins.push({ organization: organization.trim(), role, email, password });
  }
  return logins;
}

/**
 * Starts the server as `npm start` runs it (`node packages/server/dist/server.js`, the bundle compiled
 * ahead) on a free port with a fresh DATA_DIR and the demo organisations (DEMO=1), or on PostgreSQL
 * when E2E_DATABASE_URL is set. The web app and the server must be built (npm run build).
 */
export async function startServer(options: { env?: Record<string, string> } = {}): Promise<ServerHandle> {
  if (!existsSync(join(root, 'packages/web/dist/index.html')))
    throw new Error('Build the web app first: npm run build');
  if (!existsSync(join(root, 'packages/server/dist/server.js')))
    throw new Error('Build the server first: npm run build');
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'traguardo-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO: '1',
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  delete env.DATABASE_URL;
  if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;

  // Its own process group, so that stopping it also stops every process it starts.
  const child = spawn(process.execPath, ['--enable-source-maps', 'packages/server/dist/server.js'], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const output = () => log;
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      const timer = setTimeout(() => {
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }, 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForStatus(url, child, output, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dataDir, output, demoLogins: () => parseDemoLogins(log), stop };
}

/** Headless system Chromium; the caller closes it in a `finally`. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** The demo login of `role` in the organisation whose name contains `organization`. */
export function demoLogin(server: ServerHandle, organization: string, role: string): DemoLogin {
  const login = server
    .demoLogins()
    .find((l) => l.organization.toLowerCase().includes(organization.toLowerCase()) && l.role === role);
  if (!login) throw new Error(`No demo login for ${role} of ${organization} in:\n${server.output()}`);
  return login;
}

/** Signs in through the login page (Italian labels) and waits to land on an app page. */
export async function login(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Indirizzo email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** What a test file's journeys share: one server and one browser. */
export type App = {
  readonly server: ServerHandle;
  readonly browser: Browser;
  /** A fresh browser context per journey (no cookie shared between users). */
  journey: (run: (page: Page) => Promise<void>) => Promise<void>;
  /** A fresh browser context, signed in as the demo `role` of `organization`. */
  as: <T>(organization: string, role: string, run: (page: Page) => Promise<T>) => Promise<T>;
};

/**
 * Starts the server and the browser before the file's tests and stops them after (called at the
 * top of a test file). `server` and `browser` are there once the tests run.
 */
export function appForTests(options: { env?: Record<string, string> } = {}): App {
  let server: ServerHandle | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(options);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await server?.stop();
    }
  });
  const started = () => {
    if (!server || !browser) throw new Error('The server and the browser start in beforeAll');
    return { server, browser };
  };
  const inContext = async <T>(run: (page: Page) => Promise<T>): Promise<T> => {
    const { server, browser } = started();
    const context = await browser.newContext({ baseURL: server.url, locale: 'it-IT' });
    try {
      return await run(await context.newPage());
    } finally {
      await context.close();
    }
  };
  return {
    get server() {
      return started().server;
    },
    get browser() {
      return started().browser;
    },
    journey: inContext,
    as: (organization, role, run) =>
      inContext(async (page) => {
        const { email, password } = demoLogin(started().server, organization, role);
        await login(page, email, password);
        return run(page);
      }),
  };
}
