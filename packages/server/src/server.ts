import { performance } from 'node:perf_hooks';
import { buildApp } from './app.ts';
import { applyDemo } from './bootstrap/demo.ts';
import { ensureInstanceAdmin } from './bootstrap/ensure-instance-admin.ts';
import { openDatabase } from './db/client.ts';
import { loadEnv } from './env.ts';

const started = performance.now();
const env = loadEnv();
const database = await openDatabase({
  url: env.DATABASE_URL,
  listenUrl: env.DATABASE_LISTEN_URL,
  dataDir: env.DATA_DIR,
});
if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD)
  await ensureInstanceAdmin(database.db, env.ADMIN_EMAIL, env.ADMIN_PASSWORD);
const logins = await applyDemo(database.db, env.DEMO === '1');

const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
const app = await buildApp(database.db, {
  sessionTtlHours: env.SESSION_TTL_HOURS,
  allowedOrigins: [new URL(publicUrl).origin],
  logLevel: env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL,
  responseCacheBytes: env.RESPONSE_CACHE_MB * 1024 * 1024,
  documentCacheBytes: env.DOCUMENT_CACHE_MB * 1024 * 1024,
  validateBigResponses: env.NODE_ENV !== 'production',
});
await app.listen({ port: env.PORT, host: env.HOST });

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const lines = [
  '',
  `Traguardo è pronto su ${publicUrl}  (avvio in ${seconds} s, database: ${database.kind === 'pglite' ? `PGlite in ${env.DATA_DIR}` : 'PostgreSQL'})`,
  `API: ${publicUrl}/api/v1/openapi.json · esploratore: ${publicUrl}/api/v1/docs`,
];
if (logins.length > 0) {
  lines.push('', 'Accessi demo (email / password):');
  for (const l of logins)
    lines.push(`  ${l.organization.padEnd(20)} ${l.role.padEnd(10)} ${l.email}  /  ${l.password}`);
}
if (env.ADMIN_EMAIL) lines.push('', `Amministratore di istanza: ${env.ADMIN_EMAIL}`);
console.log(lines.join('\n'));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await app.close();
    await database.close();
    process.exit(0);
  });
}
