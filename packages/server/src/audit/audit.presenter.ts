import { z } from 'zod';
import type { AuditRow } from './list-audit-entries.ts';

export const AuditChangeSchema = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  changes: z.array(AuditChangeSchema),
});

export type AuditChange = z.infer<typeof AuditChangeSchema>;

// Bookkeeping that changes on every write (or secrets): listing it would bury what a person changed.
const IGNORED_FIELDS = new Set(['id', 'rowVersion', 'createdAt', 'updatedAt', 'passwordHash']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The top-level fields that differ between before and after: on a create every field of after
 * (from null), on a delete every field of before (to null). Field order follows the entry.
 */
export function diffFields(before: unknown, after: unknown): AuditChange[] {
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return fields
    .filter((field) => !IGNORED_FIELDS.has(field) && !same(from[field], to[field]))
    .map((field) => ({ field, from: from[field] ?? null, to: to[field] ?? null }));
}

export function presentAuditEntry(row: AuditRow): z.infer<typeof AuditEntrySchema> {
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    actor: row.actorId && row.actorName ? { id: row.actorId, name: row.actorName } : null,
    changes: diffFields(row.before, row.after),
  };
}
