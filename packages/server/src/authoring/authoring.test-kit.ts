import { and, desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/client.ts';
import { auditLog } from '../db/schema/audit.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** Requests as one logged-in user: `as.post(url, body)`. */
export function requestsAs(app: FastifyInstance, cookie: string) {
  const call = (method: Method, url: string, payload?: object) =>
    app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
  return {
    get: (url: string) => call('GET', url),
    post: (url: string, payload: object) => call('POST', url, payload),
    patch: (url: string, payload: object) => call('PATCH', url, payload),
    delete: (url: string) => call('DELETE', url),
  };
}

/** The latest audit entry about an item. */
export async function lastAudit(db: Db, entityType: string, entityId: string) {
  const [entry] = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return entry;
}
