import { formatNumberIt, roundTo } from '../format/italian.ts';
import type { CategoryRules } from './default-rules.ts';

/** One objective a person answers for or is assigned to, with its achievement (null: not measured). */
export type ObjectiveInput = {
  id: string;
  code: string;
  title: string;
  /** Objective weight in points; null counts as 1. */
  weight: number | null;
  /** 0–100, unrounded; null while no indicator is measured. */
  achievement: number | null;
};

export type ObjectiveLine = ObjectiveInput & { effectiveWeight: number; counted: boolean };

export type ObjectivesPart = {
  /** Σ w·ach / Σ w over the measured objectives; null when none is measured. */
  weightedAchievement: number | null;
  /** objectivesMax × weightedAchievement / 100, rounded to the cent of a point; null when none is measured. */
  score: number | null;
  max: number;
  measured: number;
  total: number;
  lines: ObjectiveLine[];
};

/**
 * The objectives part (Chieve: 100% of the objectives on time = 60 points): the weighted achievement of
 * the person's objectives times the points for objectives. Unmeasured objectives are left out of the
 * average (never counted as 0) and listed as such.
 */
export function scoreObjectives(objectives: ObjectiveInput[], objectivesMax: number): ObjectivesPart {
  const lines = objectives.map((o) => ({
    ...o,
    effectiveWeight: o.weight ?? 1,
    counted: o.achievement !== null && (o.weight ?? 1) > 0,
  }));
  const counted = lines.filter((l) => l.counted);
  const weightSum = counted.reduce((s, l) => s + l.effectiveWeight, 0);
  const weightedAchievement =
    weightSum > 0
      ? counted.reduce((s, l) => s + l.effectiveWeight * (l.achievement ?? 0), 0) / weightSum
      : null;
  return {
    weightedAchievement,
    score: weightedAchievement === null ? null : roundTo((objectivesMax * weightedAchievement) / 100, 2),
    max: objectivesMax,
    measured: lines.filter((l) => l.achievement !== null).length,
    total: lines.length,
    lines,
  };
}

export type BehaviourPoints = { criterion: string; points: number | null; comment?: string | null };

export type BehaviourLine = {
  criterion: string;
  name: string;
  description: string | null;
  maxPoints: number;
  points: number | null;
  comment: string | null;
};

export type BehavioursPart = {
  /** Σ points once every criterion is scored; null before. */
  score: number | null;
  /** Σ of the points given so far (for a sheet being filled in). */
  partial: number;
  max: number;
  scored: number;
  lines: BehaviourLine[];
};

/** Every criterion of the category's rules, in order, with the points given (null until scored). */
export function scoreBehaviours(rules: CategoryRules, given: BehaviourPoints[]): BehavioursPart {
  const byCriterion = new Map(given.map((g) => [g.criterion, g]));
  const lines = rules.criteria.map((c) => {
    const g = byCriterion.get(c.criterion);
    return {
      criterion: c.criterion,
      name: c.name,
      description: c.description ?? null,
      maxPoints: c.maxPoints,
      points: g?.points ?? null,
      comment: g?.comment ?? null,
    };
  });
  const scored = lines.filter((l) => l.points !== null).length;
  const partial = roundTo(
    lines.reduce((s, l) => s + (l.points ?? 0), 0),
    2,
  );
  return {
    score: scored === lines.length && lines.length > 0 ? partial : null,
    partial,
    max: rules.behavioursMax,
    scored,
    lines,
  };
}

export type PointsProblem = { criterion: string; message: string };

/** Points outside 0..maxPoints, unknown criteria and repeated ones; the messages name the criterion. */
export function checkBehaviourPoints(rules: CategoryRules, given: BehaviourPoints[]): PointsProblem[] {
  const problems: PointsProblem[] = [];
  const seen = new Set<string>();
  for (const g of given) {
    const c = rules.criteria.find((x) => x.criterion === g.criterion);
    if (!c) {
      problems.push({ criterion: g.criterion, message: `${g.criterion}: not a criterion of these rules` });
      continue;
    }
    if (seen.has(g.criterion))
      problems.push({ criterion: g.criterion, message: `${g.criterion}: given more than once` });
    seen.add(g.criterion);
    if (g.points === null) continue;
    if (!Number.isFinite(g.points) || g.points < 0 || g.points > c.maxPoints)
      problems.push({
        criterion: g.criterion,
        message: `${g.criterion} (${c.name}): points must be between 0 and ${c.maxPoints}`,
      });
    else if (roundTo(g.points, 2) !== g.points)
      problems.push({ criterion: g.criterion, message: `${g.criterion}: at most two decimals` });
  }
  return problems;
}

export type EvaluationScore = {
  objectives: ObjectivesPart;
  behaviours: BehavioursPart;
  /** objectives + behaviours out of objectivesMax + behavioursMax; null until both parts exist. */
  total: number | null;
  max: number;
};

export function scoreEvaluation(
  rules: CategoryRules,
  objectives: ObjectiveInput[],
  behaviours: BehaviourPoints[],
): EvaluationScore {
  const o = scoreObjectives(objectives, rules.objectivesMax);
  const b = scoreBehaviours(rules, behaviours);
  return {
    objectives: o,
    behaviours: b,
    total: o.score !== null && b.score !== null ? roundTo(o.score + b.score, 2) : null,
    max: rules.objectivesMax + rules.behavioursMax,
  };
}

const pct = (n: number) => `${formatNumberIt(n, { maxDecimals: 2 })}%`;

/** The objectives part in words, objective by objective (Italian, for the sheet and its PDF). */
export function explainObjectives(part: ObjectivesPart): string[] {
  const lines = part.lines.map((l) =>
    l.achievement === null
      ? `${l.code} – ${l.title}: non misurato, escluso dal calcolo.`
      : `${l.code} – ${l.title}: raggiungimento ${pct(l.achievement)}, peso ${formatNumberIt(l.effectiveWeight)}.`,
  );
  if (part.weightedAchievement === null || part.score === null) {
    lines.push('Nessun obiettivo misurato: la parte obiettivi non è ancora calcolabile.');
    return lines;
  }
  const counted = part.lines.filter((l) => l.counted);
  const num = counted.map((l) => `${formatNumberIt(l.effectiveWeight)} × ${pct(l.achievement ?? 0)}`);
  const den = counted.map((l) => formatNumberIt(l.effectiveWeight));
  lines.push(
    `Raggiungimento ponderato: (${num.join(' + ')}) / (${den.join(' + ')}) = ${pct(part.weightedAchievement)}.`,
    `Punteggio obiettivi: ${formatNumberIt(part.max)} × ${pct(part.weightedAchievement)} = ${formatNumberIt(part.score, { fixed: 2 })} su ${formatNumberIt(part.max)}.`,
  );
  return lines;
}
