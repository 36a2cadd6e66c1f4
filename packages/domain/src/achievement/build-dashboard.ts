import type { Objective, PlanDocument } from '../plan/plan.schema.ts';
import { groupObjectives, rollUpObjectives } from './compute-plan-achievement.ts';
import type { DashboardFilters, FullDashboard, IndicatorDue } from './dashboard.schema.ts';
import type { ObjectiveAchievement, PlanAchievement } from './plan-achievement.schema.ts';
import { TRAFFIC_LIGHT_THRESHOLDS, type TrafficLight, trafficLight } from './traffic-light.ts';

const DAY_MS = 86_400_000;

const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

const lastDayOfMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/** When an indicator must be measured: its own deadline, else its objective's end, else 31/12 of the plan's first year. */
export function deadlineOf(
  indicator: { measurementDeadline: string | null },
  objective: { periodEnd: string | null },
  startYear: number,
): { deadline: string; inferred: boolean } {
  if (indicator.measurementDeadline) return { deadline: indicator.measurementDeadline, inferred: false };
  return { deadline: objective.periodEnd ?? `${startYear}-12-31`, inferred: true };
}

/**
 * The monitoring view of a plan on `today` (ISO date), pure so that tests fix the day:
 * - overdue: the deadline has passed and no final measurement counts;
 * - unmeasured: no measurement at all;
 * - a phase is behind its calendar when its last planned month (in the plan's first year) has
 *   ended while its objective is not yet at 100%: phases carry no completion mark of their own,
 *   and an objective whose targets are all met has no late phases.
 * Filters narrow the objectives; every roll-up is recomputed on what remains. Every list is whole:
 * dashboard-pages.ts cuts the pages the API answers.
 */
export function buildDashboard(options: {
  plan: PlanDocument;
  achievement: PlanAchievement;
  today: string;
  filters?: DashboardFilters;
}): FullDashboard {
  const { plan, achievement, today } = options;
  const filters = options.filters ?? {};
  const docObjectives = new Map<string, Objective>();
  for (const l of plan.strategicLines) for (const o of l.objectives) docObjectives.set(o.id, o);

  const kept = achievement.objectives.filter((o) => {
    if (filters.lineId && o.strategicLineId !== filters.lineId) return false;
    if (filters.unitId && o.unit?.id !== filters.unitId) return false;
    if (filters.personId) {
      const assigned = docObjectives.get(o.id)?.assignees.some((a) => a.id === filters.personId) ?? false;
      if (o.responsible?.id !== filters.personId && !assigned) return false;
    }
    return !filters.status || trafficLight(o.achievement) === filters.status;
  });

  const todayNumber = dayNumber(today);
  const awaitingValidation: FullDashboard['awaitingValidation'] = [];
  const unmeasured: IndicatorDue[] = [];
  const overdue: IndicatorDue[] = [];
  for (const o of kept) {
    const doc = docObjectives.get(o.id);
    if (!doc) continue;
    const sources = new Map(doc.indicators.map((d) => [d.id, d]));
    for (const i of o.indicators) {
      const source = sources.get(i.id);
      if (!source) continue;
      const { deadline, inferred } = deadlineOf(source, doc, plan.startYear);
      const item: IndicatorDue = {
        indicatorId: i.id,
        code: i.code,
        title: i.title,
        objectiveId: o.id,
        objectiveCode: o.code,
        unit: o.unit,
        responsible: o.responsible,
        deadline,
        deadlineInferred: inferred,
        daysOverdue: Math.max(0, todayNumber - dayNumber(deadline)),
        lastMeasurement: i.measurement
          ? { date: i.measurement.date, final: i.measurement.final, value: i.measurement.value }
          : null,
      };
      if (!i.measurement) unmeasured.push(item);
      if (i.measurement?.final && i.measurement.status === 'recorded')
        awaitingValidation.push({
          indicatorId: i.id,
          code: i.code,
          title: i.title,
          objectiveId: o.id,
          objectiveCode: o.code,
          unit: o.unit,
          measurementId: i.measurement.id,
          date: i.measurement.date,
          value: i.measurement.value,
        });
      if (deadline < today && !i.measurement?.final) overdue.push(item);
    }
  }
  overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || a.code.localeCompare(b.code));
  unmeasured.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.code.localeCompare(b.code));

  // A large plan has tens of thousands of phases: the month ends and today's month are worked out once.
  const [y = 0, m = 0] = today.split('-').map(Number);
  const monthEnds = new Map<number, string>();
  const monthEnd = (month: number) => {
    const known = monthEnds.get(month);
    if (known !== undefined) return known;
    const end = lastDayOfMonth(plan.startYear, month);
    monthEnds.set(month, end);
    return end;
  };
  const phasesBehind: FullDashboard['phasesBehind'] = [];
  for (const o of kept) {
    const doc = docObjectives.get(o.id);
    if (!doc || (o.achievement !== null && o.achievement >= 100)) continue;
    for (const p of doc.phases) {
      const last = Math.max(...p.months);
      if (!Number.isFinite(last)) continue;
      const plannedEnd = monthEnd(last);
      if (plannedEnd >= today) continue;
      phasesBehind.push({
        phaseId: p.id,
        number: p.number,
        title: p.title,
        objectiveId: o.id,
        objectiveCode: o.code,
        unit: o.unit,
        months: p.months,
        plannedEnd,
        monthsLate: (y - plan.startYear) * 12 + m - last,
        objectiveAchievement: o.achievement,
      });
    }
  }

  const counts: Record<TrafficLight, number> = { green: 0, yellow: 0, red: 0, grey: 0 };
  for (const o of kept) counts[trafficLight(o.achievement)]++;

  const byLine = (lineId: string) => kept.filter((o) => o.strategicLineId === lineId);
  return {
    planId: plan.id,
    today,
    filters,
    thresholds: { ...TRAFFIC_LIGHT_THRESHOLDS },
    plan: rollUpObjectives(kept),
    strategicLines: achievement.strategicLines
      .filter((l) => kept.some((o) => o.strategicLineId === l.id))
      .map((l) => ({ id: l.id, code: l.code, title: l.title, ...rollUpObjectives(byLine(l.id)) })),
    units: groupObjectives(kept, (o) => o.unit),
    people: groupObjectives(kept, (o) => o.responsible),
    trafficLights: counts,
    objectives: kept.map((o) => toDashboardObjective(o)),
    unmeasured,
    overdue,
    phasesBehind,
    awaitingValidation,
  };
}

function toDashboardObjective(o: ObjectiveAchievement) {
  return {
    id: o.id,
    code: o.code,
    title: o.title,
    strategicLineId: o.strategicLineId,
    unit: o.unit,
    responsible: o.responsible,
    weight: o.weight,
    achievement: o.achievement,
    measured: o.measured,
    total: o.total,
    trafficLight: trafficLight(o.achievement),
    explanation: o.explanation,
  };
}
