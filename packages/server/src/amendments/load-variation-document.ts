import {
  DECISION_OUTCOMES,
  type DecisionOutcome,
} from '@traguardo/domain/change-request/change-request.schema';
import {
  type VariationRequest,
  type VariationSection,
  variationSections,
} from '@traguardo/domain/change-request/variation-document';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { independentQueries } from '../db/independent-queries.ts';
import { changeRequests } from '../db/schema/change-requests.ts';
import { organizations } from '../db/schema/organizations.ts';
import { acts, amendments, plans } from '../db/schema/plans.ts';
import { notFound } from '../errors/app-error.ts';
import { loadPlanVersion } from '../plans/load-plan-document.ts';

export type VariationDocument = {
  organization: string;
  plan: { title: string; startYear: number; endYear: number };
  amendment: { id: string; number: number; baseVersion: number; version: number };
  act: { number: string; date: string; body: string };
  sections: VariationSection[];
};

const outcomeOf = (value: string | null): DecisionOutcome | null =>
  DECISION_OUTCOMES.find((o) => o === value) ?? null;

/** The amendment's act, its requests and the plan as they were filed against (the base version). */
export async function loadVariationDocument(
  db: DbOrTx,
  options: { planId: string; amendmentId: string },
): Promise<VariationDocument> {
  const [row] = await db
    .select({ amendment: amendments, act: acts, plan: plans, organization: organizations.name })
    .from(amendments)
    .innerJoin(acts, eq(acts.id, amendments.actId))
    .innerJoin(plans, eq(plans.id, amendments.planId))
    .innerJoin(organizations, eq(organizations.id, plans.orgId))
    .where(and(eq(amendments.id, options.amendmentId), eq(amendments.planId, options.planId)));
  if (!row) throw notFound('Amendment');
  const [base, requestRows] = await independentQueries(db, [
    () => loadPlanVersion(db, options.planId, row.amendment.baseVersion),
    () =>
      db
        .select()
        .from(changeRequests)
        .where(eq(changeRequests.amendmentId, row.amendment.id))
        .orderBy(asc(changeRequests.requestedAt), asc(changeRequests.id)),
  ]);
  const requests: VariationRequest[] = requestRows.map((r) => ({
    id: r.id,
    targetType: r.targetType,
    targetId: r.targetId,
    changes: r.changes,
    requestText: r.requestText,
    reason: r.reason,
    outcome: outcomeOf(r.outcome),
    decisionNote: r.decisionNote,
    decisionChanges: r.decisionChanges,
  }));
  return {
    organization: row.organization,
    plan: { title: row.plan.title, startYear: row.plan.startYear, endYear: row.plan.endYear },
    amendment: {
      id: row.amendment.id,
      number: row.amendment.number,
      baseVersion: row.amendment.baseVersion,
      version: row.amendment.version,
    },
    act: { number: row.act.number, date: row.act.date, body: row.act.body },
    sections: variationSections(base, requests),
  };
}

const ORDINALS = [
  'primo',
  'secondo',
  'terzo',
  'quarto',
  'quinto',
  'sesto',
  'settimo',
  'ottavo',
  'nono',
  'decimo',
];

/** "Quinto provvedimento di variazione", "12° provvedimento di variazione". */
export function describeAmendment(number: number): string {
  const word = ORDINALS[number - 1];
  return word
    ? `${word[0]?.toUpperCase()}${word.slice(1)} provvedimento di variazione`
    : `${number}° provvedimento di variazione`;
}

export const VARIATION_TITLE = 'Variazioni ed integrazioni al Piano dettagliato degli obiettivi';

/** The year the amendment speaks of: the act's ("Obiettivi di Performance 2019"). */
export const variationYear = (doc: VariationDocument) => doc.act.date.slice(0, 4);
