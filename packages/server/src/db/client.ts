import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { serverPath } from '../paths.ts';
import { countingPoolWrites, listenForChanges } from './change-notifications.ts';
import { registerWriteGeneration } from './read-through.ts';
import { countingWrites } from './write-generation.ts';

/** The one database type the code sees, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type Database = { db: Db; kind: 'pglite' | 'postgres'; close: () => Promise<void> };

const migrationsFolder = serverPath('drizzle');

/**
 * PGlite in `dataDir` by default (or in memory when dataDir is 'memory://'), a PostgreSQL server
 * when a URL is given. The same migrations serve both and are applied here, at open.
 */
export async function openDatabase(options: {
  url?: string;
  /** Where to listen for change notifications, when not at `url` (a pooler in transaction mode). */
  listenUrl?: string;
  dataDir?: string;
}): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // An idle connection the server drops (restart, failover, a dropped test database) must not
    // crash the process: the pool discards it and opens another on the next query.
    pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
    await migratePg(drizzlePg(pool), { migrationsFolder });
    // After the migrations, which create the triggers that notify.
    const changes = await listenForChanges(options.listenUrl ?? options.url, {
      heartbeat: (channel, payload) => pool.query('select pg_notify($1, $2)', [channel, payload]),
    });
    const db = drizzlePg(countingPoolWrites(pool, changes.generation));
    registerWriteGeneration(db as unknown as Db, changes.generation, changes.live);
    return {
      db: db as unknown as Db,
      kind: 'postgres',
      close: async () => {
        await changes.close();
        await pool.end();
      },
    };
  }
  const dir = options.dataDir ?? './data';
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir.startsWith('memory://') ? undefined : dir, {
    // PostgreSQL's default 128 MB of shared buffers live inside PGlite's WebAssembly memory, i.e. in
    // the server's own RSS; 32 MB reads the large benchmark organisation as fast (measured) and keeps
    // the process ~110 MB smaller (issue 8: RSS ≤ 500 MB).
    startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'],
  });
  const counted = countingWrites(client);
  const db = drizzlePglite(counted.client);
  registerWriteGeneration(db as unknown as Db, counted.generation);
  await migratePglite(db, { migrationsFolder });
  return { db: db as unknown as Db, kind: 'pglite', close: () => client.close() };
}
