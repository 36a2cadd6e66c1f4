import { and, desc, eq, inArray, like, lt, not, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { auditLog } from '../db/schema/audit.ts';
import { users } from '../db/schema/users.ts';

/** Evaluations and bonuses are personal data (GDPR): their entries never leave through the history. */
export const HIDDEN_ENTITY_PREFIXES = ['evaluation', 'bonus'] as const;

export type AuditQuery = {
  orgId: string;
  entityType?: string;
  entityIds?: string[];
  limit: number;
  /** The id of the last entry already seen: the page continues with older ones. */
  cursor?: number;
};

export type AuditRow = Awaited<ReturnType<typeof listAuditEntries>>['rows'][number];

/** One page of an organisation's audit entries, newest first; `hasMore` when older ones exist. */
export async function listAuditEntries(db: DbOrTx, query: AuditQuery) {
  const conditions: SQL[] = [eq(auditLog.orgId, query.orgId)];
  for (const prefix of HIDDEN_ENTITY_PREFIXES) conditions.push(not(like(auditLog.entityType, `${prefix}%`)));
  if (query.entityType) conditions.push(eq(auditLog.entityType, query.entityType));
  if (query.entityIds?.length) conditions.push(inArray(auditLog.entityId, query.entityIds));
  if (query.cursor !== undefined) conditions.push(lt(auditLog.id, query.cursor));
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      actorId: users.id,
      actorName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(query.limit + 1);
  return { rows: rows.slice(0, query.limit), hasMore: rows.length > query.limit };
}
