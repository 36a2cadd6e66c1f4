import {
  type EvaluationDetail,
  type EvaluationSummary,
  NUCLEO_EVALUATOR_ID,
  NUCLEO_EVALUATOR_NAME,
  SelfAssessmentSchema,
} from '@traguardo/domain/evaluation/evaluation.schema';
import {
  type ConciliationDates,
  EVALUATION_STATUSES,
} from '@traguardo/domain/evaluation/evaluation-workflow';
import { explainObjectives } from '@traguardo/domain/evaluation/score-evaluation';
import type { ComputedSheet } from './compute-sheet.ts';
import type { SheetRow } from './evaluation-access.ts';

export type Names = { person: string; evaluator: string | null };

const statusOf = (s: string) => EVALUATION_STATUSES.find((x) => x === s) ?? 'draft';

export function presentSummary(sheet: SheetRow, names: Names, computed: ComputedSheet): EvaluationSummary {
  return {
    id: sheet.id,
    person: { id: sheet.personId, name: names.person },
    category: sheet.category,
    evaluator:
      sheet.evaluatorPersonId === null
        ? { id: NUCLEO_EVALUATOR_ID, name: NUCLEO_EVALUATOR_NAME, kind: 'nucleo' }
        : { id: sheet.evaluatorPersonId, name: names.evaluator ?? '', kind: 'manager' },
    objectivesScore: computed.objectivesScore,
    behavioursScore: computed.behavioursScore,
    total: computed.total,
    bonusCents: sheet.bonusCents,
    status: statusOf(sheet.status),
  };
}

export type EventView = { id: string; action: string; at: Date; actor: string | null; note: string | null };

export function presentDetail(options: {
  sheet: SheetRow;
  names: Names;
  computed: ComputedSheet;
  dates: ConciliationDates;
  events: EventView[];
  can: EvaluationDetail['can'];
}): EvaluationDetail {
  const { sheet, computed } = options;
  const self = SelfAssessmentSchema.safeParse(sheet.selfAssessment);
  return {
    ...presentSummary(sheet, options.names, computed),
    planId: sheet.planId,
    objectivesMax: computed.rules.objectivesMax,
    behavioursMax: computed.rules.behavioursMax,
    weightedAchievement: computed.score.objectives.weightedAchievement,
    objectives: computed.score.objectives.lines.map((l, i) => ({
      id: l.id,
      code: l.code,
      title: l.title,
      weight: l.weight,
      achievement: l.achievement,
      counted: l.counted,
      relation: computed.objectives[i]?.relation ?? 'assignee',
    })),
    objectivesExplanation: explainObjectives(computed.score.objectives),
    behaviours: computed.score.behaviours.lines,
    selfAssessment: self.success ? self.data : null,
    contestReason: sheet.contestReason,
    reviewNote: sheet.reviewNote,
    dates: {
      deliveredAt: sheet.deliveredAt?.toISOString() ?? null,
      seenOn: options.dates.seenOn,
      contestBy: options.dates.contestBy,
      contestedAt: sheet.contestedAt?.toISOString() ?? null,
      reviewBy: options.dates.reviewBy,
      reviewedAt: sheet.reviewedAt?.toISOString() ?? null,
    },
    events: options.events.map((e) => ({
      id: e.id,
      action: e.action,
      at: e.at.toISOString(),
      actor: e.actor,
      note: e.note,
    })),
    can: options.can,
  };
}
