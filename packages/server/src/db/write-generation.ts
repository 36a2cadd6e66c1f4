import type { PGlite } from '@electric-sql/pglite';

/**
 * How many writes PGlite has completed: a number that changes after every statement or transaction
 * that may have changed data. PGlite is one connection inside this one process (one server per data
 * folder), so every write goes through here and a read made while the number stood still saw the data
 * as it still is. PostgreSQL has no such number: other processes write to it.
 */
export type WriteGeneration = { value: number };

const READ = /^\s*select\b/i;

/**
 * The PGlite client drizzle is given: the same client, counting writes. A statement outside a
 * transaction counts unless it is a plain select; a transaction counts once it has ended, whatever
 * it ran (its own statements go through the transaction's client, not this one).
 */
export function countingWrites(client: PGlite): { client: PGlite; generation: WriteGeneration } {
  const generation: WriteGeneration = { value: 0 };
  const counted = new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'query')
        return async (...args: Parameters<PGlite['query']>) => {
          try {
            return await target.query(...args);
          } finally {
            if (!READ.test(args[0])) generation.value++;
          }
        };
      if (property === 'exec')
        return async (...args: Parameters<PGlite['exec']>) => {
          try {
            return await target.exec(...args);
          } finally {
            generation.value++;
          }
        };
      if (property === 'transaction')
        return async (...args: Parameters<PGlite['transaction']>) => {
          try {
            return await target.transaction(...args);
          } finally {
            generation.value++;
          }
        };
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { client: counted, generation };
}
