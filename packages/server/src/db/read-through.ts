import { LRUCache } from 'lru-cache';
import type { DbOrTx } from './client.ts';
import type { WriteGeneration } from './write-generation.ts';

/** A database's write generation, and whether it can be trusted right now (PostgreSQL: listening). */
type Registered = { generation: WriteGeneration; live: () => boolean };
const generations = new WeakMap<object, Registered>();
const caches = new WeakMap<object, Map<string, LRUCache<string, { generation: number; value: object }>>>();

/**
 * Called by openDatabase: reads on `db` may be kept while `generation` stands still and `live()`
 * holds (PGlite: always; PostgreSQL: while its change notifications arrive, change-notifications.ts).
 */
export function registerWriteGeneration(
  db: DbOrTx,
  generation: WriteGeneration,
  live: () => boolean = () => true,
): void {
  generations.set(db, { generation, live });
}

/**
 * A small read that runs before every request (the session's actor, a plan's scope and data stamp),
 * kept in memory while nothing it comes from has been written since it was read, for at most a few
 * seconds (a session's expiry is judged against the clock). On PGlite each of these queries costs the
 * server's own thread ~1 ms, which bounded its throughput (issue 8, decision 016); on PostgreSQL the
 * two round trips cost more than the rest of a cached answer (decision 021). Inside a transaction,
 * and on PostgreSQL while change notifications do not arrive, it always reads.
 */
export async function readThrough<T extends object | null>(
  db: DbOrTx,
  kind: string,
  key: string,
  read: () => Promise<T>,
): Promise<T> {
  const registered = generations.get(db);
  if (!registered?.live()) return read();
  const { generation } = registered;
  const cache = cacheFor(db, kind);
  const hit = cache.get(key);
  if (hit && hit.generation === generation.value) return hit.value as T;
  const before = generation.value;
  const value = await read();
  // A write that ended while this read waited or ran may or may not be in it: not kept.
  if (value !== null && generation.value === before) cache.set(key, { generation: before, value });
  return value;
}

function cacheFor(db: DbOrTx, kind: string) {
  let byKind = caches.get(db);
  if (!byKind) {
    byKind = new Map();
    caches.set(db, byKind);
  }
  let cache = byKind.get(kind);
  if (!cache) {
    cache = new LRUCache({ max: 1_000, ttl: 5_000 });
    byKind.set(kind, cache);
  }
  return cache;
}
