import { diffPlanDocuments, type PlanDiff } from '@traguardo/domain/diff/diff-plan-documents';
import type { DbOrTx } from '../db/client.ts';
import { independentQueries } from '../db/independent-queries.ts';
import { loadPlanVersion } from '../plans/load-plan-document.ts';

/** The field-level differences between two adopted versions, from their frozen snapshots. */
export async function diffPlanVersions(
  db: DbOrTx,
  options: { planId: string; from: number; to: number },
): Promise<PlanDiff> {
  const [from, to] = await independentQueries(db, [
    () => loadPlanVersion(db, options.planId, options.from),
    () => loadPlanVersion(db, options.planId, options.to),
  ]);
  return { ...diffPlanDocuments(from, to), from: options.from, to: options.to };
}
