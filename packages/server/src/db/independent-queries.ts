import { is } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client.ts';

type Queries<T extends readonly unknown[]> = { [K in keyof T]: () => Promise<T[K]> };

/**
 * Runs queries that do not depend on one another, the same queries whichever way. On a pool they
 * run at once, each on a connection of its own. In a transaction they run one after the other: a
 * transaction is a single connection, on which node-postgres deprecates queueing a query while
 * another runs ("client is already executing a query"); PGlite has one connection anyway.
 */
export async function independentQueries<T extends readonly unknown[] | []>(
  db: DbOrTx,
  queries: Queries<T>,
): Promise<T> {
  if (!is(db, PgTransaction)) return Promise.all(queries.map((run) => run())) as Promise<T>;
  const results: unknown[] = [];
  for (const run of queries) results.push(await run());
  return results as unknown as T;
}
