import pg from 'pg';
import type { WriteGeneration } from './write-generation.ts';

/** The channel the triggers of migration 0003 notify when a transaction that changed a table commits. */
export const CHANGES_CHANNEL = 'traguardo_changes';

const READ = /^\s*select\b/i;
const RECONNECT_MS = 1_000;

export type ChangeListener = {
  generation: WriteGeneration;
  /** Whether notifications are arriving: while the listening connection is down, nothing may be kept. */
  live: () => boolean;
  close: () => Promise<void>;
};

/**
 * PostgreSQL's counterpart of countingWrites (write-generation.ts), for the reads read-through.ts
 * keeps. Other processes write to the same database, so the generation moves on every notification
 * the change triggers send (migration 0003), received on one connection of this process kept for
 * listening. A write of this process also moves it as soon as it ends (countingPoolWrites), so this
 * process never reads its own change stale while its notification is on the way. While the
 * listening connection is down `live()` is false and every read goes to the database; it reconnects
 * every second.
 */
export async function listenForChanges(url: string): Promise<ChangeListener> {
  const generation: WriteGeneration = { value: 0 };
  let client: pg.Client | null = null;
  let live = false;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;

  const down = (connection: pg.Client) => {
    if (client !== connection) return;
    client = null;
    live = false;
    generation.value++;
    connection.removeAllListeners('notification');
    void connection.end().catch(() => {});
    if (!closed) retry = setTimeout(connect, RECONNECT_MS).unref();
  };
  async function connect(): Promise<void> {
    retry = null;
    const connection = new pg.Client({ connectionString: url });
    client = connection;
    connection.on('error', () => down(connection));
    connection.on('end', () => down(connection));
    connection.on('notification', () => {
      generation.value++;
    });
    try {
      await connection.connect();
      await connection.query(`listen ${CHANGES_CHANNEL}`);
      if (client !== connection || closed) return;
      // Whatever changed while nobody listened: nothing read before now may be kept.
      generation.value++;
      live = true;
    } catch {
      down(connection);
    }
  }

  await connect();
  return {
    generation,
    live: () => live,
    close: async () => {
      closed = true;
      if (retry) clearTimeout(retry);
      const connection = client;
      client = null;
      live = false;
      await connection?.end().catch(() => {});
    },
  };
}

/**
 * The pool drizzle is given: the same pool, moving `generation` when a statement that is not a plain
 * select ends, and when a client checked out for a transaction goes back to the pool (its
 * statements go through that client, after commit or rollback).
 */
export function countingPoolWrites(pool: pg.Pool, generation: WriteGeneration): pg.Pool {
  const textOf = (config: unknown) =>
    typeof config === 'string'
      ? config
      : typeof config === 'object' && config !== null && 'text' in config
        ? String(config.text)
        : '';
  const query = async (...args: unknown[]) => {
    try {
      return await (pool.query as (...a: unknown[]) => Promise<unknown>)(...args);
    } finally {
      if (!READ.test(textOf(args[0]))) generation.value++;
    }
  };
  // pg-pool gives each checked-out client a new release function, so each checkout wraps its own.
  const connect = async () => {
    const client = await pool.connect();
    const release = client.release.bind(client);
    client.release = (error?: Error | boolean) => {
      generation.value++;
      release(error);
    };
    return client;
  };
  // drizzle checks `instanceof Pool`, which the proxy keeps (its prototype is the pool's).
  return new Proxy(pool, {
    get(target, property, receiver) {
      if (property === 'query') return query;
      if (property === 'connect') return connect;
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
