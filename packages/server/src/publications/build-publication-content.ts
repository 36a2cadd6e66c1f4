import type { PlanAchievement } from '@traguardo/domain/achievement/plan-achievement.schema';
import type { DbOrTx } from '../db/client.ts';
import { independentQueries } from '../db/independent-queries.ts';
import { loadDocumentAchievement } from '../documents/load-document-achievement.ts';
import { loadPlanSource } from '../documents/load-plan-source.ts';
import { loadPlanVersion } from '../plans/load-plan-document.ts';
import { getReport } from '../reports/get-report.ts';
import { loadAdoptedChanges, loadVersionRecords } from '../reports/load-report-source.ts';
import { loadBonusAggregate } from './load-bonus-aggregate.ts';
import { type PublicationContent, PublicationContentSchema } from './publication-content.ts';

/**
 * The public Relazione shows achievement by line, unit and objective, never by person: the
 * per-person roll-up and the responsible beside each objective's score are dropped (GDPR; the
 * Garante has fined comuni for names beside scores).
 */
export function publicAchievement(a: PlanAchievement): PlanAchievement {
  return {
    ...a,
    people: [],
    objectives: a.objectives.map((o) => ({ ...o, responsible: null })),
  };
}

/** Everything a publication freezes, read from the plan's versions, report and bonus. */
export async function buildPublicationContent(
  db: DbOrTx,
  options: { planId: string; orgId: string },
): Promise<PublicationContent> {
  const source = await loadPlanSource(db, options);
  const [versions, changes, report, bonus] = await independentQueries(db, [
    () => loadVersionRecords(db, options.planId),
    () => loadAdoptedChanges(db, options.planId),
    () => getReport(db, options.planId),
    () =>
      loadBonusAggregate(db, { id: options.planId, orgId: options.orgId, startYear: source.plan.startYear }),
  ]);
  const documents = await independentQueries(
    db,
    versions.map((v) => () => loadPlanVersion(db, options.planId, v.version)),
  );
  const achievement = report.status === 'validated' ? await loadDocumentAchievement(db, source.plan) : null;
  // Parsed on the way in too: what is stored is exactly what the pages will read back.
  return PublicationContentSchema.parse({
    format: 1,
    organization: source.organization,
    plan: {
      id: source.plan.id,
      title: source.plan.title,
      kind: source.plan.kind,
      startYear: source.plan.startYear,
      endYear: source.plan.endYear,
    },
    secretary: source.secretary,
    versions: versions.map((v, i) => {
      const objectives = documents[i]?.strategicLines.flatMap((l) => l.objectives) ?? [];
      return {
        ...v,
        counts: {
          lines: documents[i]?.strategicLines.length ?? 0,
          objectives: objectives.length,
          indicators: objectives.reduce((n, o) => n + o.indicators.length, 0),
        },
      };
    }),
    changes,
    report:
      report.status === 'validated' && report.validatedAt
        ? {
            validatedAt: report.validatedAt,
            commentary: report.commentary,
            achievement: achievement ? publicAchievement(achievement) : null,
          }
        : null,
    bonus,
  });
}
