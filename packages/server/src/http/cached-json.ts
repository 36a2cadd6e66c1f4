import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { type $ZodType, safeEncode } from 'zod/v4/core';
import { BuiltOnce } from './built-once.ts';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** One answer as built once: gzipped JSON, its entity tag and the headers that describe it. */
type Entry = { etag: string; gzipped: Buffer; headers: Record<string, string> };
type Built = { json: string; headers: Record<string, string> };

/**
 * Big read answers (a whole plan, its achievement, its dashboard) built once per state of the
 * organisation's data and kept gzipped. The state is the organisation's last audit entry: every change
 * is audited in its own transaction (record-audit.ts), so a new entry exists exactly when an answer
 * may have changed — across processes too, since the stamp is read from the database each time.
 */
export class JsonResponseCache {
  /** Concurrent first requests wait for one build instead of each building the same answer. */
  private readonly entries: BuiltOnce<Entry>;

  /**
   * Whether answers are checked against their schema when built (tests, development). Checking the
   * large plan takes longer than loading it (1.2 s against 1 s, measured), so production trusts the
   * loaders, which the tests check against the same schemas (cached-json.test.ts).
   */
  readonly validates: boolean;

  constructor(maxBytes: number, options: { validates: boolean }) {
    this.validates = options.validates;
    this.entries = new BuiltOnce<Entry>(maxBytes, (entry) => entry.gzipped.length);
  }

  get(key: string, build: () => Promise<Built>): Promise<Entry> {
    return this.entries.get(key, async () => {
      const { json, headers } = await build();
      return {
        etag: `W/"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`,
        gzipped: await gzipAsync(json),
        headers,
      };
    });
  }

  get size(): number {
    return this.entries.size;
  }
}

export type CachedJson<T> = {
  cache: JsonResponseCache;
  /**
   * The data stamp of the organisation whose data the answer is made of (org-data-stamp.ts), read
   * before the data: a change committed in between lands under the old stamp, which the next request
   * no longer asks for, never the other way round.
   */
  stamp: number;
  /** The response schema: what the route's serializer would check and encode, checked once per build. */
  schema: $ZodType<T>;
  /** What else the answer depends on besides the URL (e.g. the day it was computed for). */
  variant?: string;
};

/** An answer and the headers that describe it (a page's Link, its list's total). */
export type WithHeaders<T> = { body: T; headers: Record<string, string> };

/**
 * Sends the answer of `load` as JSON from the cache, gzipped when the client accepts it, with a weak
 * ETag; a client sending that ETag back in If-None-Match gets 304 and no body. The caller has already
 * authorised the request: the cache only ever holds answers that are the same for every reader.
 */
export async function sendCachedJson<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  options: CachedJson<T>,
  load: () => Promise<T>,
): Promise<FastifyReply> {
  return sendCachedPage(request, reply, options, async () => ({ body: await load(), headers: {} }));
}

/**
 * sendCachedJson for an answer the database already gives as JSON text (the plan document): sent as
 * it comes; checked against the schema first where answers are checked (tests, development).
 */
export async function sendCachedJsonText<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  options: CachedJson<T>,
  loadJson: () => Promise<string>,
): Promise<FastifyReply> {
  return sendEntry(request, reply, options, async () => {
    const json = await loadJson();
    if (options.cache.validates) {
      const checked = safeEncode(options.schema, JSON.parse(json));
      if (!checked.success) throw checked.error;
    }
    return { json, headers: {} };
  });
}

/** sendCachedJson for an answer that comes with headers of its own, kept with it in the cache. */
export async function sendCachedPage<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  options: CachedJson<T>,
  load: () => Promise<WithHeaders<T>>,
): Promise<FastifyReply> {
  return sendEntry(request, reply, options, async () => {
    const { body, headers } = await load();
    if (!options.cache.validates) return { json: JSON.stringify(body), headers };
    const encoded = safeEncode(options.schema, body);
    if (!encoded.success) throw encoded.error;
    return { json: JSON.stringify(encoded.data), headers };
  });
}

async function sendEntry<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  options: CachedJson<T>,
  build: () => Promise<Built>,
): Promise<FastifyReply> {
  const key = `${options.stamp}|${request.url}|${options.variant ?? ''}`;
  const entry = await options.cache.get(key, build);
  reply.headers(entry.headers).header('etag', entry.etag).header('vary', 'Accept-Encoding');
  if (etagMatches(request.headers['if-none-match'], entry.etag)) return reply.code(304).send();
  reply.type('application/json; charset=utf-8');
  if (acceptsGzip(request.headers['accept-encoding']))
    return reply.header('content-encoding', 'gzip').send(entry.gzipped);
  return reply.send(await gunzipAsync(entry.gzipped));
}

/** Whether If-None-Match names the tag (weak comparison, RFC 9110 §13.1.2), or is `*`. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

// Browsers send one of a handful of Accept-Encoding values: each is parsed once.
const gzipAccepted = new LRUCache<string, boolean>({ max: 64 });

/** gzip listed and not refused with q=0 (RFC 9110 §12.5.3). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  let accepted = gzipAccepted.get(acceptEncoding);
  if (accepted === undefined) {
    accepted = listsGzip(acceptEncoding);
    gzipAccepted.set(acceptEncoding, accepted);
  }
  return accepted;
}

function listsGzip(acceptEncoding: string): boolean {
  return acceptEncoding.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
