import { deadlineOf } from '@traguardo/domain/achievement/build-dashboard';
import { computePlanAchievement } from '@traguardo/domain/achievement/compute-plan-achievement';
import type { MyTasks } from '@traguardo/domain/achievement/my-tasks.schema';
import { trafficLight } from '@traguardo/domain/achievement/traffic-light';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor.ts';
import { can } from '../auth/authorize.ts';
import type { DbOrTx } from '../db/client.ts';
import { plans } from '../db/schema/plans.ts';
import { loadAchievementInputs } from './load-plan-achievement.ts';

const DAY_MS = 86_400_000;
const daysFrom = (today: string, deadline: string) =>
  Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);

/**
 * "I miei obiettivi": the objectives a person answers for, belonging to the units they manage or
 * assigned to them, in the organisation's adopted plans; and the indicators still waiting for a
 * final measurement, soonest deadline first.
 */
export async function loadMyTasks(
  db: DbOrTx,
  options: { actor: Actor; orgId: string; today: string },
): Promise<MyTasks> {
  const { actor, orgId, today } = options;
  const membership = actor.memberships.get(orgId);
  const personId = membership?.personId ?? null;
  const unitIds = new Set(membership?.unitIds ?? []);
  const adopted = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.orgId, orgId), eq(plans.status, 'adopted')))
    .orderBy(asc(plans.startYear), asc(plans.title));
  const result: MyTasks = { orgId, today, objectives: [], toMeasure: [] };
  for (const { id } of adopted) {
    const inputs = await loadAchievementInputs(db, id);
    const achievement = computePlanAchievement(inputs.plan, inputs.measurements, inputs.rules);
    const docObjectives = new Map(
      inputs.plan.strategicLines.flatMap((l) => l.objectives).map((o) => [o.id, o]),
    );
    for (const o of achievement.objectives) {
      const doc = docObjectives.get(o.id);
      if (!doc) continue;
      const relation =
        personId && o.responsible?.id === personId
          ? 'responsible'
          : o.unit && unitIds.has(o.unit.id)
            ? 'unit'
            : personId && doc.assignees.some((a) => a.id === personId)
              ? 'assignee'
              : null;
      if (!relation) continue;
      result.objectives.push({
        id: o.id,
        code: o.code,
        title: o.title,
        planId: inputs.plan.id,
        planTitle: inputs.plan.title,
        unit: o.unit,
        responsible: o.responsible,
        relation,
        achievement: o.achievement,
        measured: o.measured,
        total: o.total,
        trafficLight: trafficLight(o.achievement),
        explanation: o.explanation,
      });
      const canMeasure = can(actor, 'indicator.measure', { orgId, unitId: o.unit?.id ?? null });
      for (const i of o.indicators) {
        if (i.measurement?.final) continue;
        const source = doc.indicators.find((d) => d.id === i.id);
        if (!source) continue;
        const { deadline, inferred } = deadlineOf(source, doc, inputs.plan.startYear);
        result.toMeasure.push({
          indicatorId: i.id,
          code: i.code,
          title: i.title,
          objectiveId: o.id,
          objectiveCode: o.code,
          planId: inputs.plan.id,
          planTitle: inputs.plan.title,
          deadline,
          deadlineInferred: inferred,
          daysLeft: daysFrom(today, deadline),
          lastMeasurement: i.measurement
            ? { date: i.measurement.date, final: i.measurement.final, value: i.measurement.value }
            : null,
          canMeasure,
        });
      }
    }
  }
  result.toMeasure.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.code.localeCompare(b.code));
  return result;
}
