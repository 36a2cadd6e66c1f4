import { createHash } from 'node:crypto';
import { desc, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { auditLog } from '../db/schema/audit.ts';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditEntry = {
  orgId: string | null;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
};

/** The hash covers the previous entry's hash and this entry's content: any edit breaks the chain. */
export function hashEntry(prevHash: string, e: AuditEntry & { at: string }): string {
  const fields = [
    prevHash,
    e.orgId,
    e.actorUserId,
    e.action,
    e.entityType,
    e.entityId,
    e.before ?? null,
    e.after ?? null,
    e.at,
  ];
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

/** JSON with object keys sorted: jsonb gives keys back in its own order, the hash must not depend on it. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Appends one entry to the chained audit log, inside the caller's transaction so the entry exists
 * exactly when the change does. The advisory lock serialises writers, across processes too.
 */
export async function recordAudit(tx: DbOrTx, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(7342001)`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date().toISOString();
  // Round-trip through JSON so what is hashed is what jsonb stores and gives back.
  const before = entry.before === undefined ? null : JSON.parse(JSON.stringify(entry.before));
  const after = entry.after === undefined ? null : JSON.parse(JSON.stringify(entry.after));
  const normalized = { ...entry, before, after, at };
  await tx.insert(auditLog).values({
    orgId: entry.orgId,
    actorUserId: entry.actorUserId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before,
    after,
    at: new Date(at),
    prevHash,
    hash: hashEntry(prevHash, normalized),
  });
}
