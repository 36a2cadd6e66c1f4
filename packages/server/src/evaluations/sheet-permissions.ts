import type { EvaluationDetail } from '@traguardo/domain/evaluation/evaluation.schema';
import {
  type ConciliationDates,
  canTransition,
  withinDeadline,
} from '@traguardo/domain/evaluation/evaluation-workflow';
import type { Actor } from '../auth/actor.ts';
import { can } from '../auth/authorize.ts';
import type { ComputedSheet } from './compute-sheet.ts';
import { canFinalize, type SheetRow, sheetSubject } from './evaluation-access.ts';

/** What the caller may do with a sheet now, for the page's buttons (each action checks again). */
export function sheetPermissions(
  actor: Actor,
  sheet: SheetRow,
  computed: ComputedSheet,
  dates: ConciliationDates,
  now: Date,
): EvaluationDetail['can'] {
  const subject = sheetSubject(sheet);
  const scorer = can(actor, 'evaluation.score', subject);
  const person = can(actor, 'evaluation.respond', subject);
  const open = withinDeadline(dates.contestBy, now);
  return {
    score: scorer && sheet.status === 'draft',
    selfAssess: person && sheet.status === 'draft',
    deliver: scorer && canTransition('deliver', sheet.status) && computed.total !== null,
    acknowledge: person && canTransition('acknowledge', sheet.status),
    contest: person && canTransition('contest', sheet.status) && open,
    review: can(actor, 'evaluation.review', subject) && canTransition('review', sheet.status),
    finalize:
      canFinalize(actor, sheet) &&
      canTransition('finalize', sheet.status) &&
      (sheet.status !== 'delivered' || !open),
  };
}
