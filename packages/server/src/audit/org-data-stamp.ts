import { type Column, type SQL, sql } from 'drizzle-orm';
import { auditLog } from '../db/schema/audit.ts';

/**
 * An organisation's data stamp: its last audit entry, which changes whenever any of its data does
 * (every change is audited in its own transaction, and the audit's advisory lock numbers entries in
 * commit order). As a column of another query, for the organisation in `orgIdColumn`: one index-only
 * lookup on audit_log(org_id, id).
 */
export function orgDataStampOf(orgIdColumn: Column): SQL.Aliased<number> {
  return sql<number>`(select coalesce(max(${auditLog.id}), 0) from ${auditLog} where ${auditLog.orgId} = ${orgIdColumn})`
    .mapWith(Number)
    .as('data_stamp');
}
