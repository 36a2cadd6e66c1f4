import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll } from 'vitest';
import { buildApp } from '../src/app.ts';
import { type Database, openDatabase } from '../src/db/client.ts';

export type TestContext = { app: FastifyInstance; database: Database };

/**
 * A fresh database per test file: in-memory PGlite, or, when TEST_DATABASE_URL is set (the
 * `server-pg` project), a new database created on that PostgreSQL server. The app is closed after.
 */
export async function build(): Promise<TestContext> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let database: Database;
  let dropDatabase: (() => Promise<void>) | null = null;
  if (serverUrl) {
    const name = `traguardo_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    database = await openDatabase({ url: url.toString() });
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    database = await openDatabase({ dataDir: 'memory://' });
  }
  const app = await buildApp(database.db, { serveWeb: false });
  afterAll(async () => {
    await app.close();
    await database.close();
    await dropDatabase?.();
  });
  return { app, database };
}

/** Logs in through the API and returns the cookie header to send with later requests. */
export async function loginAs(
  app: FastifyInstance,
  email: string,
  password = DEFAULT_PASSWORD,
): Promise<{ cookie: string }> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
  const raw = res.headers['set-cookie'];
  const first = Array.isArray(raw) ? raw[0] : raw;
  if (!first) throw new Error('no session cookie');
  return { cookie: first.split(';')[0] ?? '' };
}

export const DEFAULT_PASSWORD = 'password-di-prova-123';
