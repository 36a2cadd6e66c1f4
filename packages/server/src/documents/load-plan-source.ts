import { and, asc, eq, ilike, or } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { independentQueries } from '../db/independent-queries.ts';
import { organizations, people } from '../db/schema/organizations.ts';
import { notFound } from '../errors/app-error.ts';
import { loadPlanDocument, loadPlanVersion } from '../plans/load-plan-document.ts';
import type { OrganizationInfo, PlanSource } from './plan-source.ts';

export async function loadOrganizationInfo(db: DbOrTx, orgId: string): Promise<OrganizationInfo> {
  const [org] = await db
    .select({
      name: organizations.name,
      slug: organizations.slug,
      kind: organizations.kind,
      province: organizations.province,
    })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  if (!org) throw notFound('Organization');
  return org;
}

/** The Segretario of the organisation (category or job title), who signs the plan. */
async function loadSecretaryName(db: DbOrTx, orgId: string): Promise<string | null> {
  const [row] = await db
    .select({ name: people.name })
    .from(people)
    .where(
      and(
        eq(people.orgId, orgId),
        or(eq(people.category, 'segretario'), ilike(people.jobTitle, 'segretari%')),
      ),
    )
    .orderBy(asc(people.createdAt))
    .limit(1);
  return row?.name ?? null;
}

/** The plan as it stands, or version N exactly as adopted, with what its documents print around it. */
export async function loadPlanSource(
  db: DbOrTx,
  options: { planId: string; orgId: string; version?: number },
): Promise<PlanSource> {
  const [plan, organization, secretary] = await independentQueries(db, [
    () =>
      options.version === undefined
        ? loadPlanDocument(db, options.planId)
        : loadPlanVersion(db, options.planId, options.version),
    () => loadOrganizationInfo(db, options.orgId),
    () => loadSecretaryName(db, options.orgId),
  ]);
  return { plan, organization, secretary };
}
