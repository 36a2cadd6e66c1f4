import type { Indicator } from '../plan/plan.schema.ts';
import type { AchievementRules } from './evaluation-rules.schema.ts';
import { formatNumberIt as n, formatPercentIt as pct } from './italian-numbers.ts';

export type IndicatorRule = Pick<Indicator, 'binary' | 'polarity' | 'target' | 'targetsByYear'>;

export type IndicatorScore = {
  /** 0..cap, unrounded; null when it cannot be computed (no target). */
  achievement: number | null;
  /** The target used (the year's target when the indicator has one per year). */
  target: number | null;
  /** The calculation in words, in Italian: "150 su 200 → 75%". */
  explanation: string;
};

/** The year's target when the indicator carries one per year (multi-year plans), else the target. */
export function targetFor(indicator: IndicatorRule, year: number | null): number | null {
  const byYear = year === null ? undefined : indicator.targetsByYear?.[String(year)];
  return byYear ?? indicator.target;
}

/**
 * Degree of achievement of one indicator for actual value `a` (PRODUCT.md "Computation rules"):
 * binary, higher-is-better, lower-is-better (ratio or linear), then the rules' floor and cap.
 */
export function scoreIndicator(
  indicator: IndicatorRule,
  a: number,
  rules: AchievementRules,
  year: number | null = null,
): IndicatorScore {
  if (indicator.binary) {
    const done = a >= 1;
    return finish(done ? 100 : 0, done ? `fatto (${n(a)})` : `non fatto (${n(a)})`, null, rules);
  }
  const t = targetFor(indicator, year);
  if (t === null)
    return { achievement: null, target: null, explanation: 'target non definito: grado non calcolabile' };
  if (indicator.polarity === 'positive') {
    if (t > 0) return finish(Math.max(0, (100 * a) / t), `${n(a)} su ${n(t)}`, t, rules);
    const met = a >= t;
    return finish(met ? 100 : 0, `${n(a)} ${met ? '≥' : '<'} ${n(t)} (target)`, t, rules);
  }
  if (a <= t) return finish(100, `${n(a)} ≤ ${n(t)} (target, meno è meglio)`, t, rules);
  if (t <= 0) return finish(0, `${n(a)} oltre il target ${n(t)} (meno è meglio)`, t, rules);
  if (rules.negativeMethod === 'linear')
    return finish(
      Math.max(0, (100 * (2 * t - a)) / t),
      `${n(a)} oltre il target ${n(t)} (meno è meglio, metodo lineare): (2 × ${n(t)} − ${n(a)}) / ${n(t)}`,
      t,
      rules,
    );
  return finish(
    (100 * t) / a,
    `${n(a)} oltre il target ${n(t)} (meno è meglio): ${n(t)} su ${n(a)}`,
    t,
    rules,
  );
}

function finish(raw: number, words: string, target: number | null, rules: AchievementRules): IndicatorScore {
  let achievement = raw;
  let text = `${words} → ${pct(raw)}`;
  if (achievement > rules.cap) {
    achievement = rules.cap;
    text += `, limitato al ${pct(rules.cap)}`;
  }
  if (achievement < rules.floor) {
    achievement = 0;
    text += `, sotto la soglia minima del ${pct(rules.floor)} → 0%`;
  }
  return { achievement, target, explanation: text };
}
