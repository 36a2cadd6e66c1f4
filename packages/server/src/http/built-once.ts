import { LRUCache } from 'lru-cache';

/**
 * Values that are costly to build (a big JSON answer, a 2,800-page PDF), kept by key in memory
 * bounded by bytes, the least recently used going first. Requests that arrive while the value is
 * being built wait for that build instead of each starting their own.
 */
export class BuiltOnce<V extends object> {
  private readonly entries: LRUCache<string, V>;
  private readonly building = new Map<string, Promise<V>>();
  /** Builds started since the start: how tests see that a value came from memory. */
  builds = 0;

  constructor(maxBytes: number, sizeOf: (value: V) => number) {
    this.entries = new LRUCache<string, V>({
      maxSize: Math.max(1, maxBytes),
      sizeCalculation: (value) => Math.max(1, sizeOf(value)),
    });
  }

  async get(key: string, build: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit) return hit;
    const pending = this.building.get(key);
    if (pending) return pending;
    this.builds++;
    const promise = build().then((value) => {
      // Larger than the whole budget (or a budget of 0): served, not kept.
      this.entries.set(key, value);
      return value;
    });
    this.building.set(key, promise);
    try {
      return await promise;
    } finally {
      this.building.delete(key);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
