import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { orgUnits, people } from '../db/schema/organizations.ts';
import { strategicLines } from '../db/schema/plans.ts';
import { unprocessable } from '../errors/app-error.ts';

const refused = (field: string, message: string) =>
  unprocessable(`${field}: ${message}`, [{ field, message: `${field}: ${message}` }]);

/** The ids an objective points to must belong to its plan and organisation (tenants are sealed). */
export async function assertObjectiveReferences(
  tx: DbOrTx,
  scope: { planId: string; orgId: string },
  refs: {
    strategicLineId?: string | null;
    unitId?: string | null;
    responsiblePersonId?: string | null;
    assigneeIds?: string[];
  },
): Promise<void> {
  if (refs.strategicLineId) {
    const [line] = await tx
      .select({ id: strategicLines.id })
      .from(strategicLines)
      .where(
        and(
          eq(strategicLines.id, refs.strategicLineId),
          eq(strategicLines.planId, scope.planId),
          isNull(strategicLines.removedInVersion),
        ),
      );
    if (!line) throw refused('strategicLineId', 'not a strategic line of this plan');
  }
  if (refs.unitId) {
    const [unit] = await tx
      .select({ id: orgUnits.id })
      .from(orgUnits)
      .where(and(eq(orgUnits.id, refs.unitId), eq(orgUnits.orgId, scope.orgId)));
    if (!unit) throw refused('unitId', 'not a unit of this organisation');
  }
  const personIds = [...new Set([...(refs.assigneeIds ?? []), refs.responsiblePersonId ?? []].flat())];
  if (personIds.length > 0) {
    const found = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.orgId, scope.orgId), inArray(people.id, personIds)));
    const known = new Set(found.map((p) => p.id));
    if (refs.responsiblePersonId && !known.has(refs.responsiblePersonId))
      throw refused('responsiblePersonId', 'not a person of this organisation');
    if ((refs.assigneeIds ?? []).some((id) => !known.has(id)))
      throw refused('assigneeIds', 'a person is not of this organisation');
  }
}
