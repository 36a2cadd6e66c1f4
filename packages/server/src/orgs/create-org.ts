import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { organizations } from '../db/schema/organizations.ts';
import { conflict } from '../errors/app-error.ts';
import { ensureDefaultRules } from '../rules/ensure-default-rules.ts';
import { slugify } from './slugify.ts';

export async function createOrg(
  db: Db,
  options: {
    name: string;
    slug?: string;
    kind: string;
    province?: string;
    introduction?: string;
    actorUserId: string | null;
  },
) {
  const slug = options.slug ?? slugify(options.name);
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.slug, slug));
    if (existing) throw conflict(`An organisation with slug "${slug}" exists`);
    const [org] = await tx
      .insert(organizations)
      .values({
        name: options.name,
        slug,
        kind: options.kind,
        province: options.province ?? null,
        introduction: options.introduction ?? null,
      })
      .returning();
    if (!org) throw new Error('insert returned nothing');
    await ensureDefaultRules(tx, org.id);
    await recordAudit(tx, {
      orgId: org.id,
      actorUserId: options.actorUserId,
      action: 'create',
      entityType: 'organization',
      entityId: org.id,
      after: org,
    });
    return org;
  });
}
