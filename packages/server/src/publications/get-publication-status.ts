import { desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../db/client.ts';
import { organizations } from '../db/schema/organizations.ts';
import { publications } from '../db/schema/publications.ts';
import { notFound } from '../errors/app-error.ts';
import type { PlanScope } from '../plans/plan-scope.ts';
import { publicPlanPath } from './publication-content.ts';

export const PublicationStatusSchema = z.object({
  published: z.boolean(),
  /** The public page's address, while published. */
  path: z.string().nullable(),
  history: z.array(
    z.object({
      id: z.string().uuid(),
      publishedAt: z.string(),
      unpublishedAt: z.string().nullable(),
      versions: z.number().int(),
      report: z.boolean(),
    }),
  ),
});
export type PublicationStatus = z.infer<typeof PublicationStatusSchema>;

/** Whether the plan is public now, at which path, and every publication made of it. */
export async function getPublicationStatus(db: DbOrTx, scope: PlanScope): Promise<PublicationStatus> {
  const [org] = await db
    .select({ slug: organizations.slug })
    .from(organizations)
    .where(eq(organizations.id, scope.orgId));
  if (!org) throw notFound('Organization');
  const rows = await db
    .select({
      id: publications.id,
      publishedAt: publications.publishedAt,
      unpublishedAt: publications.unpublishedAt,
      versions: sql<number>`jsonb_array_length(${publications.content}->'versions')`,
      report: sql<boolean>`(${publications.content}->'report') <> 'null'::jsonb`,
    })
    .from(publications)
    .where(eq(publications.planId, scope.planId))
    .orderBy(desc(publications.publishedAt));
  const published = rows.some((r) => r.unpublishedAt === null);
  return {
    published,
    path: published ? publicPlanPath(org.slug, scope.planId) : null,
    history: rows.map((r) => ({
      id: r.id,
      publishedAt: r.publishedAt.toISOString(),
      unpublishedAt: r.unpublishedAt?.toISOString() ?? null,
      versions: Number(r.versions),
      report: Boolean(r.report),
    })),
  };
}
