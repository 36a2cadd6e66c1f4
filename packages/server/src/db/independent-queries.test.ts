import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { type DbOrTx, openDatabase } from './client.ts';
import { independentQueries } from './independent-queries.ts';

describe('independent queries', async () => {
  const database = await openDatabase({ dataDir: 'memory://' });
  afterAll(() => database.close());

  /** Three queries that log when each starts and ends. */
  function logged(db: DbOrTx, log: string[]) {
    return [1, 2, 3].map((n) => async () => {
      log.push(`start ${n}`);
      await db.execute(sql`select pg_sleep(0.01)`);
      log.push(`end ${n}`);
      return n;
    });
  }

  it('in a transaction run one after the other (one connection: no query queued behind another)', async () => {
    const log: string[] = [];
    const results = await database.db.transaction((tx) => independentQueries(tx, logged(tx, log)));
    expect(results).toEqual([1, 2, 3]);
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });

  it('outside a transaction start together, each free to take a connection of the pool', async () => {
    const log: string[] = [];
    const results = await independentQueries(database.db, logged(database.db, log));
    expect(results).toEqual([1, 2, 3]);
    expect(log.slice(0, 3)).toEqual(['start 1', 'start 2', 'start 3']);
  });
});
