import type {
  IndicatorItem,
  PhaseItem,
  StrategicLineItem,
} from '@traguardo/domain/plan/plan-authoring.schema';
import type { indicators, phases, strategicLines } from '../db/schema/plans.ts';
import { toIndicator, toPhase } from '../plans/load-plan-document.ts';

export function presentLine(l: typeof strategicLines.$inferSelect): StrategicLineItem {
  return {
    id: l.id,
    planId: l.planId,
    code: l.code,
    title: l.title,
    description: l.description,
    position: l.position,
    rowVersion: l.rowVersion,
  };
}

export function presentIndicator(i: typeof indicators.$inferSelect): IndicatorItem {
  return { ...toIndicator(i), planId: i.planId, objectiveId: i.objectiveId };
}

export function presentPhase(p: typeof phases.$inferSelect): PhaseItem {
  return { ...toPhase(p), planId: p.planId, objectiveId: p.objectiveId };
}
