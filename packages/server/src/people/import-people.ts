import type { PeopleImportResult } from '@traguardo/domain/plan/units-people.schema';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/client.ts';
import { orgUnits, people } from '../db/schema/organizations.ts';
import type { StaffTable } from './read-staff-csv.ts';

const CHUNK = 1000;
const chunks = <T>(items: T[]) =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * Writes a checked staff list in one transaction: units matched by name or created, people matched
 * by name (case ignored) and updated with the columns the file has, or created.
 */
export async function importPeople(
  db: DbOrTx,
  options: { orgId: string; table: StaffTable; actorUserId: string | null },
): Promise<PeopleImportResult> {
  const { orgId, table } = options;
  return db.transaction(async (tx) => {
    const units = await tx.select().from(orgUnits).where(eq(orgUnits.orgId, orgId));
    const unitIdByName = new Map(units.map((u) => [u.name.toLowerCase(), u.id]));
    const missingUnits = [
      ...new Map(
        table.rows
          .filter((r) => r.unitName && !unitIdByName.has(r.unitName.toLowerCase()))
          .map((r) => [r.unitName?.toLowerCase() ?? '', r.unitName ?? '']),
      ).values(),
    ];
    for (const batch of chunks(missingUnits)) {
      const created = await tx
        .insert(orgUnits)
        .values(batch.map((name) => ({ orgId, name })))
        .returning();
      for (const u of created) unitIdByName.set(u.name.toLowerCase(), u.id);
    }
    const unitOf = (name: string | null) => (name ? (unitIdByName.get(name.toLowerCase()) ?? null) : null);

    const existing = await tx.select().from(people).where(eq(people.orgId, orgId));
    const byName = new Map(existing.map((p) => [p.name.toLowerCase(), p]));
    const has = (c: Parameters<typeof table.columns.has>[0]) => table.columns.has(c);
    const fresh = table.rows.filter((r) => !byName.has(r.name.toLowerCase()));
    for (const batch of chunks(fresh))
      await tx.insert(people).values(
        batch.map((r) => ({
          orgId,
          name: r.name,
          email: r.email,
          category: r.category,
          jobTitle: r.jobTitle,
          unitId: unitOf(r.unitName),
          coefficient: r.coefficient,
        })),
      );
    let updated = 0;
    for (const r of table.rows) {
      const before = byName.get(r.name.toLowerCase());
      if (!before) continue;
      await tx
        .update(people)
        .set({
          ...(has('unit') ? { unitId: unitOf(r.unitName) } : {}),
          ...(has('category') ? { category: r.category } : {}),
          ...(has('email') ? { email: r.email } : {}),
          ...(has('jobTitle') ? { jobTitle: r.jobTitle } : {}),
          ...(has('coefficient') ? { coefficient: r.coefficient } : {}),
          rowVersion: before.rowVersion + 1,
        })
        .where(eq(people.id, before.id));
      updated++;
    }
    const result = { created: fresh.length, updated, unitsCreated: missingUnits.length };
    await recordAudit(tx, {
      orgId,
      actorUserId: options.actorUserId,
      action: 'import',
      entityType: 'people',
      entityId: null,
      after: { ...result, units: missingUnits, people: table.rows.map((r) => r.name) },
    });
    return result;
  });
}
