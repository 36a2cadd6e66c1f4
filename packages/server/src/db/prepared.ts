import type { DbOrTx } from './client.ts';

const byDatabase = new WeakMap<object, Map<string, unknown>>();

/**
 * A query that runs on every request, built by drizzle once per database instead of each time:
 * building a select took ~18% of the server's CPU under load on the dashboard (profile, issue 8), and
 * on PostgreSQL the named statement is also parsed and planned once per connection. `build` must
 * give the same SQL whatever it is called with; values go in as placeholders.
 */
export function prepared<Q>(db: DbOrTx, name: string, build: (db: DbOrTx) => Q): Q {
  let queries = byDatabase.get(db);
  if (!queries) {
    queries = new Map();
    byDatabase.set(db, queries);
  }
  if (!queries.has(name)) queries.set(name, build(db));
  return queries.get(name) as Q;
}
