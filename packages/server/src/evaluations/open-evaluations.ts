import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { evaluationEvents, evaluations } from '../db/schema/evaluations.ts';
import { orgUnits, people } from '../db/schema/organizations.ts';
import { answersForObjectives, evaluatedPersonIds, loadEvaluationContext } from './evaluation-context.ts';

type Unit = { id: string; parentId: string | null; managerPersonId: string | null };
export type EvaluatorChoice = { kind: 'nucleo'; personId: null } | { kind: 'manager'; personId: string };

const NUCLEO: EvaluatorChoice = { kind: 'nucleo', personId: null };

/**
 * Who evaluates whom (PRODUCT.md "Roles", D.Lgs. 150/2009 art. 9): the Nucleo for those who answer
 * for objectives; for other staff the manager of their unit, or of the nearest unit above it with a
 * manager other than themselves; where no unit has one (small comuni without posizioni organizzative,
 * as Chieve) the Segretario; the Nucleo as a last resort. Never oneself.
 */
export function chooseEvaluator(
  person: { id: string; unitId: string | null },
  nucleo: boolean,
  units: Map<string, Unit>,
  segretarioId: string | null = null,
): EvaluatorChoice {
  if (nucleo) return NUCLEO;
  const visited = new Set<string>();
  let unit = person.unitId ? units.get(person.unitId) : undefined;
  while (unit && !visited.has(unit.id)) {
    visited.add(unit.id);
    if (unit.managerPersonId && unit.managerPersonId !== person.id)
      return { kind: 'manager', personId: unit.managerPersonId };
    unit = unit.parentId ? units.get(unit.parentId) : undefined;
  }
  if (segretarioId && segretarioId !== person.id) return { kind: 'manager', personId: segretarioId };
  return NUCLEO;
}

/**
 * Opens the evaluation season of a plan: one sheet per person who answers for or is assigned to one of
 * its objectives. Idempotent: existing sheets are kept as they are; only missing ones are created.
 */
export async function openEvaluations(
  db: Db,
  options: { planId: string; actorUserId: string },
): Promise<{ created: number; existing: number }> {
  return db.transaction(async (tx) => {
    const ctx = await loadEvaluationContext(tx, options.planId);
    const orgId = ctx.plan.orgId;
    // One after the other: a transaction is one connection.
    const persons = await tx
      .select({
        id: people.id,
        unitId: people.unitId,
        category: people.category,
        coefficient: people.coefficient,
      })
      .from(people)
      .where(eq(people.orgId, orgId))
      .orderBy(asc(people.createdAt));
    const unitRows = await tx
      .select({ id: orgUnits.id, parentId: orgUnits.parentId, managerPersonId: orgUnits.managerPersonId })
      .from(orgUnits)
      .where(eq(orgUnits.orgId, orgId));
    const existingRows = await tx
      .select({ personId: evaluations.personId })
      .from(evaluations)
      .where(eq(evaluations.planId, options.planId));
    const units = new Map(unitRows.map((u) => [u.id, u]));
    const segretario = persons.find((p) => p.category === 'segretario')?.id ?? null;
    const existing = new Set(existingRows.map((r) => r.personId));
    const wanted = evaluatedPersonIds(ctx);
    const toCreate = persons
      .filter((p) => wanted.has(p.id) && !existing.has(p.id))
      .map((p) => {
        const evaluator = chooseEvaluator(p, answersForObjectives(ctx, p.id, p.category), units, segretario);
        return {
          orgId,
          planId: options.planId,
          personId: p.id,
          category: p.category,
          coefficient: p.coefficient,
          evaluatorKind: evaluator.kind,
          evaluatorPersonId: evaluator.personId,
        };
      });
    for (let i = 0; i < toCreate.length; i += 1000) {
      const created = await tx
        .insert(evaluations)
        .values(toCreate.slice(i, i + 1000))
        .onConflictDoNothing()
        .returning({ id: evaluations.id });
      if (created.length > 0)
        await tx
          .insert(evaluationEvents)
          .values(
            created.map((c) => ({ evaluationId: c.id, action: 'opened', actorUserId: options.actorUserId })),
          );
    }
    await recordAudit(tx, {
      orgId,
      actorUserId: options.actorUserId,
      action: 'evaluations.open',
      entityType: 'plan',
      entityId: options.planId,
      after: { created: toCreate.length, existing: existing.size },
    });
    return { created: toCreate.length, existing: existing.size };
  });
}
