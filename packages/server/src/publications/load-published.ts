import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { organizations } from '../db/schema/organizations.ts';
import { publications } from '../db/schema/publications.ts';
import { loadPlanVersion } from '../plans/load-plan-document.ts';
import { type PublicationContent, PublicationContentSchema } from './publication-content.ts';

export type PublishedOrganization = { id: string; name: string; slug: string; province: string | null };

export type PublishedPlanSummary = {
  planId: string;
  title: string;
  startYear: number;
  endYear: number;
  versions: number;
  reportValidated: boolean;
  publishedAt: string;
};

export async function findPublishedOrganization(
  db: DbOrTx,
  slug: string,
): Promise<PublishedOrganization | null> {
  const [org] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      slug: organizations.slug,
      province: organizations.province,
    })
    .from(organizations)
    .where(eq(organizations.slug, slug));
  return org ?? null;
}

/** The plans an organisation has public now, newest cycle first (read without parsing whole contents). */
export async function listPublishedPlans(db: DbOrTx, orgId: string): Promise<PublishedPlanSummary[]> {
  const rows = await db
    .select({
      planId: publications.planId,
      title: sql<string>`${publications.content}->'plan'->>'title'`,
      startYear: sql<number>`(${publications.content}->'plan'->>'startYear')::int`,
      endYear: sql<number>`(${publications.content}->'plan'->>'endYear')::int`,
      versions: sql<number>`jsonb_array_length(${publications.content}->'versions')`,
      report: sql<boolean>`(${publications.content}->'report') <> 'null'::jsonb`,
      publishedAt: publications.publishedAt,
    })
    .from(publications)
    .where(and(eq(publications.orgId, orgId), isNull(publications.unpublishedAt)))
    .orderBy(desc(sql`(${publications.content}->'plan'->>'startYear')::int`), desc(publications.publishedAt));
  return rows.map((r) => ({
    planId: r.planId,
    title: r.title,
    startYear: Number(r.startYear),
    endYear: Number(r.endYear),
    versions: Number(r.versions),
    reportValidated: Boolean(r.report),
    publishedAt: r.publishedAt.toISOString(),
  }));
}

// A publication never changes once written: its parsed content can be kept (a few, most recent).
const cache = new Map<string, PublicationContent>();
const CACHE_SIZE = 16;

export type LivePublication = { id: string; publishedAt: string; content: PublicationContent };

/** The live publication of a plan of that organisation, or null (never published, or withdrawn). */
export async function loadLivePublication(
  db: DbOrTx,
  options: { orgId: string; planId: string },
): Promise<LivePublication | null> {
  const [row] = await db
    .select({ id: publications.id, publishedAt: publications.publishedAt })
    .from(publications)
    .where(
      and(
        eq(publications.orgId, options.orgId),
        eq(publications.planId, options.planId),
        isNull(publications.unpublishedAt),
      ),
    );
  if (!row) return null;
  let content = cache.get(row.id);
  if (!content) {
    const [stored] = await db
      .select({ content: publications.content })
      .from(publications)
      .where(eq(publications.id, row.id));
    content = PublicationContentSchema.parse(stored?.content);
    cache.set(row.id, content);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  }
  return { id: row.id, publishedAt: row.publishedAt.toISOString(), content };
}

const versionCache = new Map<string, PlanDocument>();

/**
 * A published version's snapshot (immutable, so kept once read); null when the publication does
 * not include that version. Without `version`, the latest published one.
 */
export async function loadPublishedVersion(
  db: DbOrTx,
  publication: LivePublication,
  version?: number,
): Promise<PlanDocument | null> {
  const wanted = version ?? publication.content.versions.at(-1)?.version;
  if (wanted === undefined || !publication.content.versions.some((v) => v.version === wanted)) return null;
  const key = `${publication.content.plan.id}:${wanted}`;
  let doc = versionCache.get(key);
  if (!doc) {
    doc = await loadPlanVersion(db, publication.content.plan.id, wanted);
    versionCache.set(key, doc);
    if (versionCache.size > CACHE_SIZE) versionCache.delete(versionCache.keys().next().value ?? '');
  }
  return doc;
}
