import { computePlanAchievement } from '@traguardo/domain/achievement/compute-plan-achievement';
import type { EvaluationRules } from '@traguardo/domain/achievement/evaluation-rules.schema';
import {
  type CategoryRules,
  MANAGER_CATEGORIES,
  resolveCategoryRules,
} from '@traguardo/domain/evaluation/default-rules';
import type { ObjectiveInput } from '@traguardo/domain/evaluation/score-evaluation';
import type { Objective, PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { eq } from 'drizzle-orm';
import { loadAchievementInputs } from '../achievement/load-plan-achievement.ts';
import type { DbOrTx } from '../db/client.ts';
import { independentQueries } from '../db/independent-queries.ts';
import { people } from '../db/schema/organizations.ts';
import { memberships } from '../db/schema/users.ts';

export type ObjectiveRelation = 'responsible' | 'assignee' | 'all_staff';
export type SheetObjective = ObjectiveInput & { relation: ObjectiveRelation };

/** What scoring a plan's sheets needs, loaded once per request. */
export type EvaluationContext = {
  plan: PlanDocument;
  rules: EvaluationRules;
  objectives: Objective[];
  achievements: Map<string, number | null>;
  /** The people "Tutto il personale" covers. */
  staffIds: Set<string>;
};

/**
 * "Tutto il personale" covers the organisation's people except those whose only roles are these: the
 * Nucleo, the Giunta, an external administrator. Staff are employees, managers, the Segretario, and
 * people without a user.
 */
const OUTSIDE_ROLES = new Set(['evaluator', 'viewer', 'admin']);

export async function loadEvaluationContext(db: DbOrTx, planId: string): Promise<EvaluationContext> {
  const { plan, measurements, rules } = await loadAchievementInputs(db, planId);
  const staffIds = await loadStaffIds(db, plan.orgId);
  // The plan's achievement computation, on final measurements only: an evaluation rests on the year-end
  // result, never on an interim reading (an objective without a final one counts as not measured).
  const achievement = computePlanAchievement(
    plan,
    measurements.filter((m) => m.final),
    rules,
  );
  const achievements = new Map(achievement.objectives.map((o) => [o.id, o.achievement]));
  return {
    plan,
    rules,
    objectives: plan.strategicLines.flatMap((l) => l.objectives),
    achievements,
    staffIds,
  };
}

async function loadStaffIds(db: DbOrTx, orgId: string): Promise<Set<string>> {
  const [persons, links] = await independentQueries(db, [
    () => db.select({ id: people.id }).from(people).where(eq(people.orgId, orgId)),
    () =>
      db
        .select({ personId: memberships.personId, roles: memberships.roles })
        .from(memberships)
        .where(eq(memberships.orgId, orgId)),
  ]);
  const outside = new Set(
    links
      .filter((l) => l.personId !== null && l.roles.length > 0 && l.roles.every((r) => OUTSIDE_ROLES.has(r)))
      .map((l) => l.personId),
  );
  return new Set(persons.map((p) => p.id).filter((id) => !outside.has(id)));
}

/** The objectives a person answers for or is assigned to (directly or as "Tutto il personale"). */
export function sheetObjectives(ctx: EvaluationContext, personId: string): SheetObjective[] {
  const out: SheetObjective[] = [];
  for (const o of ctx.objectives) {
    const relation: ObjectiveRelation | null =
      o.responsible?.id === personId
        ? 'responsible'
        : o.assignees.some((a) => a.id === personId)
          ? 'assignee'
          : o.allStaff && ctx.staffIds.has(personId)
            ? 'all_staff'
            : null;
    if (relation)
      out.push({
        id: o.id,
        code: o.code,
        title: o.title,
        weight: o.weight,
        achievement: ctx.achievements.get(o.id) ?? null,
        relation,
      });
  }
  return out;
}

/** Dirigenti and EQ, and whoever is responsible for an objective of the plan, are evaluated by the Nucleo. */
export function answersForObjectives(ctx: EvaluationContext, personId: string, category: string): boolean {
  return MANAGER_CATEGORIES.includes(category) || ctx.objectives.some((o) => o.responsible?.id === personId);
}

export function categoryRulesFor(ctx: EvaluationContext, personId: string, category: string): CategoryRules {
  return resolveCategoryRules(ctx.rules, category, answersForObjectives(ctx, personId, category));
}

/** Everyone who answers for or is assigned to an objective of the plan. */
export function evaluatedPersonIds(ctx: EvaluationContext): Set<string> {
  const ids = new Set<string>();
  for (const o of ctx.objectives) {
    if (o.responsible) ids.add(o.responsible.id);
    for (const a of o.assignees) ids.add(a.id);
    if (o.allStaff) for (const id of ctx.staffIds) ids.add(id);
  }
  return ids;
}
