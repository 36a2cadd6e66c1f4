import { LIMITS } from '@traguardo/domain/limits';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

/**
 * `?limit=&cursor=` on a list that grows (PRODUCT.md: lists page with a `Link: <…>; rel="next"`).
 * Without `limit` the whole list is answered, as before; the cursor is opaque to clients.
 */
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(LIMITS.maxPageSize).optional(),
  cursor: z
    .string()
    .regex(/^[0-9]+$/, 'a cursor given by a previous page')
    .optional(),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

/** The window a use-case reads: one row more than the page tells whether a next page exists. */
export function pageWindow(query: PageQuery): { limit: number; offset: number } | null {
  if (query.limit === undefined) return null;
  return { limit: query.limit + 1, offset: Number(query.cursor ?? 0) };
}

/** Trims the extra row and, when there is more, sets the Link header to the next page. */
export function sendPage<T>(request: FastifyRequest, reply: FastifyReply, query: PageQuery, rows: T[]): T[] {
  if (query.limit === undefined || rows.length <= query.limit) return rows;
  const url = new URL(request.url, 'http://placeholder');
  url.searchParams.set('limit', String(query.limit));
  url.searchParams.set('cursor', String(Number(query.cursor ?? 0) + query.limit));
  reply.header('Link', `<${url.pathname}${url.search}>; rel="next"`);
  return rows.slice(0, query.limit);
}
