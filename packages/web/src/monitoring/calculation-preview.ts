import type { AchievementRules } from '@traguardo/domain/achievement/evaluation-rules.schema';
import { type IndicatorRule, scoreIndicator } from '@traguardo/domain/achievement/indicator-achievement';
import { formatNumberIt } from '@traguardo/domain/achievement/italian-numbers';
import { evaluateFormula } from '@traguardo/domain/formula/evaluate-formula';
import { FormulaError } from '@traguardo/domain/formula/formula-error';

export type Preview =
  | { kind: 'empty' }
  | { kind: 'invalid'; text: string }
  | { kind: 'formulaError'; code: string; subject: string; message: string }
  | { kind: 'ok'; value: number; words: string; achievement: number | null };

/**
 * The calculation in words before saving, with the same domain functions the server uses:
 * "realizzate = 45, previste = 50 → valore calcolato 90; 90 su 90 → 100%".
 */
export function previewCalculation(options: {
  indicator: IndicatorRule;
  rules: AchievementRules;
  date: string;
  value: number | null | 'invalid';
  expression?: string | null;
  variables?: Record<string, number | null | 'invalid'>;
  invalidText?: string;
}): Preview {
  const year = Number(options.date.slice(0, 4));
  let value: number;
  let prefix = '';
  if (options.expression && options.variables) {
    const entries = Object.entries(options.variables);
    const bad = entries.find(([, v]) => v === 'invalid');
    if (bad) return { kind: 'invalid', text: bad[0] };
    const known: Record<string, number> = {};
    for (const [k, v] of entries) if (typeof v === 'number') known[k] = v;
    if (entries.some(([, v]) => v === null)) return { kind: 'empty' };
    try {
      value = evaluateFormula(options.expression, known);
    } catch (error) {
      if (error instanceof FormulaError)
        return {
          kind: 'formulaError',
          code: error.code,
          subject: error.subject ?? '',
          message: error.message,
        };
      throw error;
    }
    prefix = `${entries.map(([k, v]) => `${k} = ${typeof v === 'number' ? formatNumberIt(v) : ''}`).join(', ')} → valore calcolato ${formatNumberIt(value)}; `;
  } else {
    if (options.value === null) return { kind: 'empty' };
    if (options.value === 'invalid') return { kind: 'invalid', text: options.invalidText ?? '' };
    value = options.value;
  }
  const score = scoreIndicator(options.indicator, value, options.rules, Number.isInteger(year) ? year : null);
  return { kind: 'ok', value, words: `${prefix}${score.explanation}`, achievement: score.achievement };
}
