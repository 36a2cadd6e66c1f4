import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { organizations } from '../db/schema/organizations.ts';
import { acts, plans } from '../db/schema/plans.ts';
import { AppError } from '../errors/app-error.ts';
import { parseImportFile } from '../import-export/parse-import-file.ts';
import { writeImportedPlan } from '../import-export/write-imported-plan.ts';
import { createOrg } from '../orgs/create-org.ts';
import { serverPath } from '../paths.ts';
import { freezePlanVersion } from '../plans/freeze-plan-version.ts';

/** The Cremona demo as docs/decisions/004-cremona-demo-data.md describes it. */
export const CREMONA = {
  name: 'Comune di Cremona',
  slug: 'comune-di-cremona',
  province: 'Cremona',
  plan: { title: 'PEG / Piano della Performance 2019-2021', kind: 'peg', startYear: 2019, endYear: 2021 },
  // The seed is the fifth amendment and does not name the adopting act: a demo number and date.
  adoption: { body: 'Giunta Comunale', number: '29', date: '2019-02-27' },
  fixture: pathToFileURL(serverPath('src/demo/fixtures/cremona-peg-2019.tsv')),
} as const;

async function ensureOrg(db: Db, actorUserId: string | null): Promise<string> {
  const find = async () =>
    (
      await db
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.slug, CREMONA.slug))
    )[0];
  const existing = await find();
  if (existing) return existing.id;
  try {
    const org = await createOrg(db, {
      name: CREMONA.name,
      slug: CREMONA.slug,
      kind: 'comune',
      province: CREMONA.province,
      actorUserId,
    });
    return org.id;
  } catch (error) {
    // Another process created it in the meantime.
    const raced = error instanceof AppError && error.code === 'conflict' ? await find() : undefined;
    if (!raced) throw error;
    return raced.id;
  }
}

/**
 * The Comune di Cremona with its PEG 2019-2021 (the seed's table: 4 lines, 12 objectives, 27
 * indicators, its sectors, managers and change requests) imported through the import use-case and
 * adopted as version 0. Idempotent: an existing organisation and plan are returned as they are.
 */
export async function seedCremona(
  db: Db,
  options: { actorUserId: string | null },
): Promise<{ orgId: string; planId: string }> {
  const orgId = await ensureOrg(db, options.actorUserId);
  const [existing] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.orgId, orgId), eq(plans.title, CREMONA.plan.title)));
  if (existing) return { orgId, planId: existing.id };

  const { plan } = parseImportFile(readFileSync(CREMONA.fixture), 'cremona-peg-2019.tsv');
  const planId = await db.transaction(async (tx) => {
    const written = await writeImportedPlan(tx, {
      orgId,
      actorUserId: options.actorUserId,
      title: CREMONA.plan.title,
      kind: CREMONA.plan.kind,
      startYear: CREMONA.plan.startYear,
      endYear: CREMONA.plan.endYear,
      plan,
      filename: 'cremona-peg-2019.tsv',
    });
    const [act] = await tx
      .insert(acts)
      .values({ orgId, planId: written.planId, kind: 'adoption', ...CREMONA.adoption })
      .returning();
    if (!act) throw new Error('insert returned nothing');
    await tx.update(plans).set({ status: 'adopted', currentVersion: 0 }).where(eq(plans.id, written.planId));
    await freezePlanVersion(tx, {
      planId: written.planId,
      version: 0,
      actId: act.id,
      userId: options.actorUserId,
    });
    await recordAudit(tx, {
      orgId,
      actorUserId: options.actorUserId,
      action: 'adopt',
      entityType: 'plan',
      entityId: written.planId,
      after: { version: 0, act: CREMONA.adoption },
    });
    return written.planId;
  });
  return { orgId, planId };
}
