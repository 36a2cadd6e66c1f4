import { CategoryRulesSchema } from '@traguardo/domain/achievement/evaluation-rules.schema';
import type { CategoryRules } from '@traguardo/domain/evaluation/default-rules';
import { z } from 'zod';
import type { SheetObjective } from './evaluation-context.ts';

/** What delivery freezes on a sheet (column `evaluations.snapshot`). */
export const SheetSnapshotSchema = z.object({
  objectives: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      title: z.string(),
      weight: z.number().nullable(),
      achievement: z.number().nullable(),
      relation: z.enum(['responsible', 'assignee', 'all_staff']),
    }),
  ),
  rules: CategoryRulesSchema,
});
export type SheetSnapshot = { objectives: SheetObjective[]; rules: CategoryRules };

export function parseSnapshot(value: unknown): SheetSnapshot | null {
  if (value === null || value === undefined) return null;
  return SheetSnapshotSchema.parse(value);
}
