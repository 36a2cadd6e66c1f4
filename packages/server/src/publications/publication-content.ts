import { PlanAchievementSchema } from '@traguardo/domain/achievement/plan-achievement.schema';
import { PLAN_KINDS } from '@traguardo/domain/plan/plan.schema';
import { z } from 'zod';
import { AdoptedChangeSchema, VersionRecordSchema } from '../reports/report-source.ts';
import { BonusAggregateSchema } from './bonus-aggregate.ts';

/**
 * What a publication freezes in publications.content: the plan as adopted and amended (every
 * version with its act), the adopted changes, the Relazione once validated, and the aggregate
 * bonus data. It is parsed on read, and it holds no person's score or bonus by construction:
 * the achievement is stripped of its per-person figures and of the responsible beside a score.
 */
export const PublicationContentSchema = z.object({
  format: z.literal(1),
  organization: z.object({
    name: z.string(),
    slug: z.string(),
    kind: z.string(),
    province: z.string().nullable(),
  }),
  plan: z.object({
    id: z.string().uuid(),
    title: z.string(),
    kind: z.enum(PLAN_KINDS),
    startYear: z.number().int(),
    endYear: z.number().int(),
  }),
  secretary: z.string().nullable(),
  /**
   * The adopted versions with their acts. Their content is not copied: plan_versions snapshots are
   * immutable by design (unique plan+version, written once), so each page reads the one it shows.
   */
  versions: z.array(
    VersionRecordSchema.extend({
      counts: z.object({
        lines: z.number().int(),
        objectives: z.number().int(),
        indicators: z.number().int(),
      }),
    }),
  ),
  changes: z.array(AdoptedChangeSchema),
  report: z
    .object({
      validatedAt: z.string(),
      commentary: z.string().nullable(),
      achievement: PlanAchievementSchema.nullable(),
    })
    .nullable(),
  bonus: BonusAggregateSchema.nullable(),
});
export type PublicationContent = z.infer<typeof PublicationContentSchema>;

export const publicPlanPath = (orgSlug: string, planId: string) =>
  `/trasparenza/${encodeURIComponent(orgSlug)}/performance/${planId}`;
export const publicIndexPath = (orgSlug: string) => `/trasparenza/${encodeURIComponent(orgSlug)}/performance`;
