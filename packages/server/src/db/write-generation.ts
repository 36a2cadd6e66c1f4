import type { PGlite } from '@electric-sql/pglite';

/**
 * How many writes PGlite has completed: a number that changes after every statement or transaction
 * that may have changed data. PGlite is one connection inside this one process (one server per data
 * folder), so every write goes through here and a read made while the number stood still saw the data
 * as it still is. PostgreSQL has no such number: other processes write to it.
 */
export type WriteGeneration = { value: number };

/** A statement that only reads (a plain select): it does not move a write generation. */
export const READ = /^\s*select\b/i;

/**
 * The PGlite client drizzle is given: the same client, counting writes. A statement outside a
 * transaction counts unless it is a plain select; a transaction counts once it has ended, whatever
 * it ran (its own statements go through the transaction's client, not this one).
 */
export function countingWrites(client: PGlite): { client: PGlite; generation: WriteGeneration } {
  const generation: WriteGeneration = { value: 0 };
  /** The method, counting a write once the call has ended (done or failed) when `writes` says so. */
  const counting =
    <A extends unknown[], R>(method: (...args: A) => Promise<R>, writes: (args: A) => boolean) =>
    async (...args: A): Promise<R> => {
      try {
        return await method(...args);
      } finally {
        if (writes(args)) generation.value++;
      }
    };
  // Each looks its method up at call time, as a plain call would (tests spy on PGlite's prototype).
  const wrapped: Partial<Record<PropertyKey, unknown>> = {
    query: counting(
      (...args: Parameters<PGlite['query']>) => client.query(...args),
      ([text]) => !READ.test(text),
    ),
    exec: counting(
      (...args: Parameters<PGlite['exec']>) => client.exec(...args),
      () => true,
    ),
    transaction: counting(
      (...args: Parameters<PGlite['transaction']>) => client.transaction(...args),
      () => true,
    ),
  };
  const counted = new Proxy(client, {
    get(target, property, receiver) {
      if (property in wrapped) return wrapped[property];
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { client: counted, generation };
}
