import type { PlanAchievement } from '@traguardo/domain/achievement/plan-achievement.schema';
import { ActSchema } from '@traguardo/domain/plan/plan.schema';
import { z } from 'zod';
import type { PlanSource } from '../documents/plan-source.ts';

/** An adopted version of the plan with its act. */
export const VersionRecordSchema = z.object({
  version: z.number().int(),
  kind: z.enum(['adoption', 'amendment']),
  act: ActSchema.nullable(),
  adoptedAt: z.string(),
});
export type VersionRecord = z.infer<typeof VersionRecordSchema>;

/** A change request adopted by an amendment, as the Relazione reports it (D.Lgs. 150/2009 art. 10). */
export const AdoptedChangeSchema = z.object({
  version: z.number().int().nullable(),
  targetType: z.string(),
  targetCode: z.string().nullable(),
  request: z.string(),
  reason: z.string(),
  outcome: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export type AdoptedChange = z.infer<typeof AdoptedChangeSchema>;

/** Everything the Relazione sulla Performance is rendered from; published as is once validated. */
export type ReportSource = PlanSource & {
  achievement: PlanAchievement | null;
  report: {
    status: 'draft' | 'validated';
    commentary: string | null;
    validatedAt: string | null;
  };
  versions: VersionRecord[];
  changes: AdoptedChange[];
};

export const OUTCOME_LABELS: Record<string, string> = {
  accepted: 'Accolta',
  accepted_with_changes: 'Accolta con modifiche',
  rejected: 'Non accolta',
  deferred: 'Rinviata a consuntivo',
};
