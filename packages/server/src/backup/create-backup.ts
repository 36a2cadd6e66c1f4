import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { BACKUP_FORMAT, BACKUP_TABLES } from './backup-tables.ts';

const PAGE = 2000;

/**
 * Writes every table as gzipped JSON lines (`{"table": …, "rows": [...]}` per page), read in one
 * repeatable-read transaction so the backup is a consistent picture. Same code for PGlite and PostgreSQL.
 */
export async function createBackup(db: Db, file: string): Promise<Record<string, number>> {
  const gzip = createGzip();
  const out = createWriteStream(file);
  gzip.pipe(out);
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  const counts: Record<string, number> = {};
  await write(JSON.stringify({ format: BACKUP_FORMAT, createdAt: new Date().toISOString() }));
  await db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read`);
    for (const table of BACKUP_TABLES) {
      counts[table] = 0;
      for (let offset = 0; ; offset += PAGE) {
        const result = await tx.execute(
          sql`select coalesce(json_agg(t), '[]'::json) as rows from (select * from ${sql.identifier(table)} order by ctid limit ${PAGE} offset ${offset}) t`,
        );
        const rows = parseRows(result);
        if (rows.length === 0) break;
        counts[table] += rows.length;
        await write(JSON.stringify({ table, rows }));
        if (rows.length < PAGE) break;
      }
    }
  });
  gzip.end();
  await once(out, 'finish');
  return counts;
}

/** Both drivers answer `execute` with `{ rows: [...] }`. */
export function parseRows(result: unknown): unknown[] {
  if (typeof result !== 'object' || result === null || !('rows' in result) || !Array.isArray(result.rows))
    return [];
  const first: unknown = result.rows[0];
  if (typeof first !== 'object' || first === null || !('rows' in first)) return [];
  const rows = first.rows;
  if (typeof rows === 'string') return JSON.parse(rows);
  return Array.isArray(rows) ? rows : [];
}
