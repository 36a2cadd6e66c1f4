import type { PlanAchievement } from '@traguardo/domain/achievement/plan-achievement.schema';
import type { PlanSource } from '../documents/plan-source.ts';

/** An adopted version of the plan with its act. */
export type VersionRecord = {
  version: number;
  kind: 'adoption' | 'amendment';
  act: { body: string; number: string; date: string } | null;
  adoptedAt: string;
};

/** A change request adopted by an amendment, as the Relazione reports it (D.Lgs. 150/2009 art. 10). */
export type AdoptedChange = {
  version: number | null;
  targetType: string;
  targetCode: string | null;
  request: string;
  reason: string;
  outcome: string | null;
  decisionNote: string | null;
};

/** Everything the Relazione sulla Performance is rendered from; frozen as is when published. */
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
