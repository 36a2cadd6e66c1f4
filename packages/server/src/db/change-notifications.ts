import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { READ, type WriteGeneration } from './write-generation.ts';

/** The channel the triggers of migration 0003 notify when a transaction that changed a table commits. */
export const CHANGES_CHANNEL = 'traguardo_changes';

const RECONNECT_MS = 1_000;
/** The payloads of the notifications each process sends itself, to know it still hears the database. */
const HEARTBEAT = 'heartbeat:';
const HEARTBEAT_MS = 2_000;
/** Longer than this without hearing its heartbeat, a process no longer trusts what it keeps. */
const SILENCE_MS = 5_000;

export type ChangeListener = {
  generation: WriteGeneration;
  /** Whether changes are being heard: when they may be missed, nothing may be kept. */
  live: () => boolean;
  close: () => Promise<void>;
};

/**
 * PostgreSQL's counterpart of countingWrites (write-generation.ts), for the reads read-through.ts
 * keeps (decision 021). Other processes write to the same database, so the generation moves on every
 * notification the change triggers send (migration 0003), received on one connection of this process
 * kept for listening. A write of this process also moves it as soon as it ends (countingPoolWrites),
 * so this process never reads its own change stale while its notification is on the way.
 *
 * Every 2 s `heartbeat` sends this process a notification of its own through its pool; `live()`
 * holds while the last one was heard less than 5 s ago. A dropped connection (it reconnects every
 * second), a stalled one, or a pooler in transaction mode that cannot deliver to a LISTEN all turn
 * keeping off.
 */
export async function listenForChanges(
  url: string,
  options: { heartbeat: (channel: string, payload: string) => Promise<unknown> },
): Promise<ChangeListener> {
  const generation: WriteGeneration = { value: 0 };
  let client: pg.Client | null = null;
  let heardAt = Number.NEGATIVE_INFINITY;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;
  let heard: () => void = () => {};
  const firstHeard = new Promise<void>((resolve) => {
    heard = resolve;
  });
  // Its own: other processes' heartbeats arrive too, and prove nothing about this one's connection.
  const ownHeartbeat = `${HEARTBEAT}${randomUUID()}`;
  const beat = () => {
    options.heartbeat(CHANGES_CHANNEL, ownHeartbeat).catch(() => {});
  };
  const beating = setInterval(beat, HEARTBEAT_MS).unref();

  const down = (connection: pg.Client) => {
    if (client !== connection) return;
    client = null;
    heardAt = Number.NEGATIVE_INFINITY;
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
    connection.on('notification', (message) => {
      if (client !== connection) return;
      const payload = message.payload ?? '';
      if (payload.startsWith(HEARTBEAT) && payload !== ownHeartbeat) return;
      // A change, or the first heartbeat after a silence: what was kept before may be stale.
      if (payload !== ownHeartbeat || performance.now() - heardAt >= SILENCE_MS) generation.value++;
      heardAt = performance.now();
      heard();
    });
    try {
      await connection.connect();
      await connection.query(`listen ${CHANGES_CHANNEL}`);
      if (client === connection && !closed) beat();
    } catch {
      down(connection);
    }
  }

  await connect();
  // Started, the process keeps reads from its first request on; a database that does not deliver
  // within a few seconds is not waited for (it simply keeps nothing until it does).
  await Promise.race([firstHeard, sleep(SILENCE_MS, undefined, { ref: false })]);
  return {
    generation,
    live: () => client !== null && performance.now() - heardAt < SILENCE_MS,
    close: async () => {
      closed = true;
      clearInterval(beating);
      if (retry) clearTimeout(retry);
      const connection = client;
      client = null;
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
