import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { BACKUP_FORMAT, BACKUP_TABLES } from './backup-tables.ts';
import { parseRows } from './create-backup.ts';

const known = new Set<string>(BACKUP_TABLES);

/**
 * Restores a backup into an empty database (migrated), all or nothing: one transaction. Rows go back
 * with their ids, identity values and hashes, so the audit chain still verifies.
 */
export async function restoreBackup(db: Db, file: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    const existing = parseRows(
      await tx.execute(sql`select json_agg(x) as rows from (select 1 from organizations limit 1) x`),
    );
    if (existing.length > 0) throw new AppError('conflict', 'The target database is not empty');
    const lines = createInterface({
      input: createReadStream(file).pipe(createGunzip()),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    let header = true;
    for await (const line of lines) {
      if (!line) continue;
      const parsed: unknown = JSON.parse(line);
      if (header) {
        if (
          typeof parsed !== 'object' ||
          parsed === null ||
          !('format' in parsed) ||
          parsed.format !== BACKUP_FORMAT
        )
          throw new AppError('unprocessable', 'Not a Traguardo backup');
        header = false;
        continue;
      }
      if (typeof parsed !== 'object' || parsed === null || !('table' in parsed) || !('rows' in parsed))
        continue;
      const table = String(parsed.table);
      if (!known.has(table)) throw new AppError('unprocessable', `Unknown table in backup: ${table}`);
      const id = sql.identifier(table);
      await tx.execute(
        sql`insert into ${id} overriding system value select * from json_populate_recordset(null::${id}, ${JSON.stringify(parsed.rows)}::json)`,
      );
      counts[table] = (counts[table] ?? 0) + (Array.isArray(parsed.rows) ? parsed.rows.length : 0);
    }
    // Generated keys continue after the restored ones.
    await tx.execute(
      sql`select setval(pg_get_serial_sequence('audit_log', 'id'), coalesce((select max(id) from audit_log), 0) + 1, false)`,
    );
    await tx.execute(
      sql`select setval(pg_get_serial_sequence('measurements', 'sequence'), coalesce((select max(sequence) from measurements), 0) + 1, false)`,
    );
  });
  return counts;
}
