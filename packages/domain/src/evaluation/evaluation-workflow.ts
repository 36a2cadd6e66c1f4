import { addWorkingDays, romeDate } from './working-days.ts';

export const EVALUATION_STATUSES = [
  'draft',
  'delivered',
  'acknowledged',
  'contested',
  'reviewed',
  'final',
] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export const EVALUATION_ACTIONS = ['deliver', 'acknowledge', 'contest', 'review', 'finalize'] as const;
export type EvaluationAction = (typeof EVALUATION_ACTIONS)[number];

/**
 * The season of a sheet: the evaluator delivers it; the person acknowledges it or contests it with
 * reasons (D.Lgs. 150/2009 art. 7: conciliation); the Nucleo reviews a contested sheet; then it is final.
 */
export const TRANSITIONS: Record<
  EvaluationAction,
  { from: readonly EvaluationStatus[]; to: EvaluationStatus }
> = {
  deliver: { from: ['draft'], to: 'delivered' },
  acknowledge: { from: ['delivered'], to: 'acknowledged' },
  contest: { from: ['delivered'], to: 'contested' },
  review: { from: ['contested'], to: 'reviewed' },
  // A delivered sheet becomes final without an answer only once the time to contest it has passed.
  finalize: { from: ['acknowledged', 'reviewed', 'delivered'], to: 'final' },
};

export function isEvaluationStatus(value: string): value is EvaluationStatus {
  return (EVALUATION_STATUSES as readonly string[]).includes(value);
}

export function canTransition(action: EvaluationAction, status: string): boolean {
  return (TRANSITIONS[action].from as readonly string[]).includes(status);
}

export type ConciliationDates = {
  /** The day the person first saw the delivered sheet (or the delivery day when not yet seen). */
  seenOn: string | null;
  /** Last day to contest: `conciliationRequestDays` working days after seeing it. */
  contestBy: string | null;
  contestedOn: string | null;
  /** Last day for the review decision: `conciliationDecisionDays` working days after the request. */
  reviewBy: string | null;
  reviewedOn: string | null;
};

export function conciliationDates(
  input: { deliveredAt: Date | null; seenAt: Date | null; contestedAt: Date | null; reviewedAt: Date | null },
  rules: { conciliationRequestDays: number; conciliationDecisionDays: number },
): ConciliationDates {
  const seen = input.seenAt ?? input.deliveredAt;
  const seenOn = seen ? romeDate(seen) : null;
  const contestedOn = input.contestedAt ? romeDate(input.contestedAt) : null;
  return {
    seenOn,
    contestBy: seenOn ? addWorkingDays(seenOn, rules.conciliationRequestDays) : null,
    contestedOn,
    reviewBy: contestedOn ? addWorkingDays(contestedOn, rules.conciliationDecisionDays) : null,
    reviewedOn: input.reviewedAt ? romeDate(input.reviewedAt) : null,
  };
}

/** Whether `now` is still within the time to contest (the last day included, in Rome). */
export function withinDeadline(deadline: string | null, now: Date): boolean {
  return deadline !== null && romeDate(now) <= deadline;
}
