import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';

/**
 * Follows `Link: <…>; rel="next"` from `firstUrl` to the last page, checking each page holds at most
 * `limit` items and that only the last one has no Link. Returns every item in the order received.
 */
export async function walkPages<T>(
  app: FastifyInstance,
  firstUrl: string,
  cookie: string,
  limit: number,
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let next: string | null = `${firstUrl}${firstUrl.includes('?') ? '&' : '?'}limit=${limit}`;
  let pages = 0;
  while (next) {
    const url: string = next;
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    const page: T[] = res.json();
    expect(page.length).toBeLessThanOrEqual(limit);
    const link = res.headers.link;
    next = typeof link === 'string' ? (/<([^>]+)>; rel="next"/.exec(link)?.[1] ?? null) : null;
    // A Link only when there is more: a page before the last is full.
    if (next) expect(page).toHaveLength(limit);
    items.push(...page);
    pages++;
    if (pages > 1000) throw new Error('the pages never end');
  }
  return { items, pages };
}

/** A limit out of range and a forged cursor are refused with 400 naming the parameter. */
export async function expectBadPageQueries(app: FastifyInstance, url: string, cookie: string) {
  const sep = url.includes('?') ? '&' : '?';
  for (const [query, field] of [
    ['limit=0', 'querystring.limit'],
    ['limit=100000', 'querystring.limit'],
    ['limit=abc', 'querystring.limit'],
    ['limit=2&cursor=-1', 'querystring.cursor'],
    ['limit=2&cursor=x', 'querystring.cursor'],
  ] as const) {
    const res = await app.inject({ method: 'GET', url: `${url}${sep}${query}`, headers: { cookie } });
    expect(res.statusCode, query).toBe(400);
    expect(res.json().errors.map((e: { field?: string }) => e.field)).toContain(field);
  }
}
