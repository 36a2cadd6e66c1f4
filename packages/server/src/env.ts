import { resolve } from 'node:path';
import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  // Relative to where the user typed the command: `npm start` runs the server inside packages/server,
  // and npm tells the original folder in INIT_CWD.
  DATA_DIR: z
    .string()
    .default('./data')
    .transform((dir) =>
      dir.startsWith('memory://') ? dir : resolve(process.env.INIT_CWD ?? process.cwd(), dir),
    ),
  // An empty value means unset (PGlite), as shells and compose files often leave it.
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
  /**
   * Where each server listens for change notifications (decision 021), when DATABASE_URL goes
   * through a pooler in transaction mode, which cannot carry LISTEN. Defaults to DATABASE_URL.
   */
  DATABASE_LISTEN_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(8).optional(),
  DEMO: z.enum(['0', '1']).default('1'),
  /** Public origin, for links and the CSRF Origin check (defaults to http://localhost:PORT). */
  PUBLIC_URL: z.string().url().optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /** Memory for the built answers of big reads (plan, achievement, dashboard), in MB of gzipped JSON. */
  RESPONSE_CACHE_MB: z.coerce.number().min(0).default(64),
  /** Memory for the plan's rendered PDFs, in MB (one large plan's is ~15 MB). */
  DOCUMENT_CACHE_MB: z.coerce.number().min(0).default(32),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('production'),
});

export type Env = z.infer<typeof EnvSchema>;

/** Read and validate the environment once, at start. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
