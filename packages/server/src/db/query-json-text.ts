import type { SQL } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';

/**
 * Runs a query whose one row has one text column named `json` (built with json_build_object /
 * json_agg) and gives that text, or null when there is no row. Large reads come back this way because
 * PGlite decodes a single text value far faster than thousands of rows field by field (measured 4× on
 * the benchmark plan's 20,000 measurements), and PostgreSQL is no slower.
 */
export async function queryJsonText(db: DbOrTx, query: SQL): Promise<string | null> {
  return (await queryJsonTexts(db, query))[0] ?? null;
}

/** Runs a query whose rows each have one text column named `json`, and gives those texts in order (null ones left out). */
export async function queryJsonTexts(db: DbOrTx, query: SQL): Promise<string[]> {
  // Both drivers answer `execute` with `{ rows: [{ json }, …] }`.
  const result: unknown = await db.execute(query);
  if (typeof result !== 'object' || result === null || !('rows' in result) || !Array.isArray(result.rows))
    return [];
  return result.rows.flatMap((row: unknown) =>
    typeof row === 'object' && row !== null && 'json' in row && typeof row.json === 'string'
      ? [row.json]
      : [],
  );
}
