import type { PlanOperation } from '@traguardo/domain/change-request/plan-operations';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { indicators, objectives, phases } from '../db/schema/plans.ts';

const maxPosition = (table: typeof objectives | typeof indicators, where: ReturnType<typeof eq>) =>
  sql<number>`(select coalesce(max(${table.position}), -1) + 1 from ${table} where ${where})`;

/**
 * Writes the operations of adopted changes to the live rows. Nothing is deleted: a removed item
 * keeps its row (and its measurements) with `removed_in_version` set to the new version.
 */
export async function writePlanOperations(
  tx: DbOrTx,
  options: { planId: string; version: number; operations: PlanOperation[] },
): Promise<void> {
  const { planId, version } = options;
  for (const op of options.operations) {
    switch (op.op) {
      case 'update-objective':
        await tx
          .update(objectives)
          .set({ ...op.fields, rowVersion: sql`${objectives.rowVersion} + 1` })
          .where(and(eq(objectives.id, op.id), eq(objectives.planId, planId)));
        break;
      case 'update-indicator':
        await tx
          .update(indicators)
          .set({ ...op.fields, rowVersion: sql`${indicators.rowVersion} + 1` })
          .where(and(eq(indicators.id, op.id), eq(indicators.planId, planId)));
        break;
      case 'update-phase':
        await tx
          .update(phases)
          .set({ ...op.fields, rowVersion: sql`${phases.rowVersion} + 1` })
          .where(and(eq(phases.id, op.id), eq(phases.planId, planId)));
        break;
      case 'remove-objective': {
        const removed = { removedInVersion: version };
        await tx
          .update(objectives)
          .set(removed)
          .where(and(eq(objectives.id, op.id), eq(objectives.planId, planId)));
        // Its indicators and phases leave with it, so readers of the live rows need not join.
        await tx
          .update(indicators)
          .set(removed)
          .where(and(eq(indicators.objectiveId, op.id), isNull(indicators.removedInVersion)));
        await tx
          .update(phases)
          .set(removed)
          .where(and(eq(phases.objectiveId, op.id), isNull(phases.removedInVersion)));
        break;
      }
      case 'remove-indicator':
        await tx
          .update(indicators)
          .set({ removedInVersion: version })
          .where(and(eq(indicators.id, op.id), eq(indicators.planId, planId)));
        break;
      case 'remove-phase':
        await tx
          .update(phases)
          .set({ removedInVersion: version })
          .where(and(eq(phases.id, op.id), eq(phases.planId, planId)));
        break;
      case 'add-objective':
        await tx.insert(objectives).values({
          ...op.objective,
          id: op.id,
          planId,
          position: maxPosition(objectives, eq(objectives.planId, planId)),
        });
        break;
      case 'add-indicator': {
        // A replacement stands where the old indicator stood; others go last.
        const position = op.replaces
          ? sql<number>`(select ${indicators.position} from ${indicators} where ${indicators.id} = ${op.replaces})`
          : maxPosition(indicators, eq(indicators.objectiveId, op.objectiveId));
        await tx
          .insert(indicators)
          .values({ ...op.indicator, id: op.id, planId, objectiveId: op.objectiveId, position });
        break;
      }
      case 'add-phase':
        await tx.insert(phases).values({ ...op.phase, id: op.id, planId, objectiveId: op.objectiveId });
        break;
    }
  }
}
