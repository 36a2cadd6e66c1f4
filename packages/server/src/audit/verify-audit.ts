import { asc, gt } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { auditLog } from '../db/schema/audit.ts';
import { GENESIS_HASH, hashEntry } from './record-audit.ts';

export type AuditVerification =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number; reason: string };

/** Walks the chain in order and recomputes every hash: an edited, removed or inserted entry breaks it. */
export async function verifyAudit(db: DbOrTx, pageSize = 5000): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let entries = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, lastId))
      .orderBy(asc(auditLog.id))
      .limit(pageSize);
    if (page.length === 0) return { ok: true, entries };
    for (const row of page) {
      entries++;
      if (row.prevHash !== prevHash)
        return { ok: false, entries, brokenAt: row.id, reason: 'previous hash does not match' };
      const expected = hashEntry(prevHash, { ...row, at: row.at.toISOString() });
      if (expected !== row.hash)
        return { ok: false, entries, brokenAt: row.id, reason: 'content does not match its hash' };
      prevHash = row.hash;
      lastId = row.id;
    }
  }
}
