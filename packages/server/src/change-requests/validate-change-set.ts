import { randomUUID } from 'node:crypto';
import {
  type ChangeSet,
  type ChangeTargetType,
  parseChangeSet,
} from '@traguardo/domain/change-request/change-request.schema';
import { type PlanOperation, planOperations } from '@traguardo/domain/change-request/plan-operations';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { orgUnits, people } from '../db/schema/organizations.ts';
import { type ProblemItem, unprocessable } from '../errors/app-error.ts';

/**
 * Checks raw `changes` against the target's editable fields and the plan in force: 422 naming
 * each field. Units and people an objective is given must belong to the organisation.
 */
export async function validateChangeSet(
  db: DbOrTx,
  options: {
    doc: PlanDocument;
    targetType: ChangeTargetType;
    targetId: string | null;
    raw: unknown;
    prefix?: string;
    newId?: () => string;
  },
): Promise<{ set: ChangeSet; operations: PlanOperation[] }> {
  const prefix = options.prefix ?? 'changes';
  const parsed = parseChangeSet(options.targetType, options.raw, prefix);
  if (!parsed.ok) throw unprocessable('The changes are not valid', parsed.problems);
  const result = planOperations(options.doc, options.targetId, parsed.value, options.newId ?? randomUUID);
  const rename = (p: ProblemItem): ProblemItem =>
    prefix === 'changes' || !p.field?.startsWith('changes')
      ? p
      : {
          field: `${prefix}${p.field.slice('changes'.length)}`,
          message: `${prefix}${p.message.slice('changes'.length)}`,
        };
  if (!result.ok)
    throw unprocessable('The changes cannot apply to the plan in force', result.problems.map(rename));
  await checkReferences(db, options.doc.orgId, result.operations, prefix);
  return { set: parsed.value, operations: result.operations };
}

async function checkReferences(db: DbOrTx, orgId: string, operations: PlanOperation[], prefix: string) {
  const unitIds = new Set<string>();
  const personIds = new Set<string>();
  for (const op of operations) {
    const fields = op.op === 'update-objective' ? op.fields : op.op === 'add-objective' ? op.objective : null;
    if (fields?.unitId) unitIds.add(fields.unitId);
    if (fields?.responsiblePersonId) personIds.add(fields.responsiblePersonId);
  }
  const problems: ProblemItem[] = [];
  if (unitIds.size > 0) {
    const found = await db
      .select({ id: orgUnits.id })
      .from(orgUnits)
      .where(and(eq(orgUnits.orgId, orgId), inArray(orgUnits.id, [...unitIds])));
    for (const id of unitIds)
      if (!found.some((f) => f.id === id))
        problems.push({
          field: `${prefix}.unitId`,
          message: `${prefix}.unitId: no such unit in the organisation`,
        });
  }
  if (personIds.size > 0) {
    const found = await db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.orgId, orgId), inArray(people.id, [...personIds])));
    for (const id of personIds)
      if (!found.some((f) => f.id === id))
        problems.push({
          field: `${prefix}.responsiblePersonId`,
          message: `${prefix}.responsiblePersonId: no such person in the organisation`,
        });
  }
  if (problems.length > 0) throw unprocessable('The changes name unknown units or people', problems);
}
