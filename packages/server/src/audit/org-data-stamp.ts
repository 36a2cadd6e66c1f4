import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { auditLog } from '../db/schema/audit.ts';

/**
 * The organisation's last audit entry: it changes whenever any of its data does (every change is
 * audited in its own transaction, the advisory lock numbers entries in commit order). One index-only
 * lookup on audit_log(org_id, id).
 */
export async function orgDataStamp(db: DbOrTx, orgId: string): Promise<number> {
  const [row] = await db
    .select({ id: sql<number>`coalesce(max(${auditLog.id}), 0)`.mapWith(Number) })
    .from(auditLog)
    .where(eq(auditLog.orgId, orgId));
  return row?.id ?? 0;
}
