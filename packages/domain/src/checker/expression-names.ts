import { checkFormula } from '../formula/compile-formula.ts';
import type { FormulaErrorCode } from '../formula/formula-error.ts';

/**
 * Reads a computable indicator formula without evaluating it, through the formula language's own
 * check (src/formula): the names of its variables, or why it falls outside the language.
 */

export type ExpressionIssue =
  | { kind: 'syntax'; detail: string }
  | { kind: 'unsupported'; detail: string }
  | { kind: 'unknown-function'; detail: string };

export type ExpressionAnalysis = { variables: string[]; issues: ExpressionIssue[] };

const REASONS: Partial<Record<FormulaErrorCode, string>> = {
  empty: 'è vuota',
  too_long: 'è troppo lunga',
  syntax: 'non è scritta correttamente',
  comparison_outside_if:
    'i confronti sono ammessi solo come condizione di if(condizione, allora, altrimenti)',
  wrong_arguments: 'una funzione ha argomenti sbagliati',
  not_finite: 'contiene un numero fuori scala',
};

export function analyseExpression(expression: string): ExpressionAnalysis {
  const result = checkFormula(expression);
  if (result.ok) return { variables: result.variables, issues: [] };
  const { code, subject } = result.error;
  if (code === 'syntax')
    return { variables: [], issues: [{ kind: 'syntax', detail: REASONS.syntax ?? code }] };
  const call = subject ? /^([\p{L}_][\p{L}\p{N}_]*)\(/u.exec(subject) : null;
  if (code === 'not_allowed' && call?.[1])
    return { variables: [], issues: [{ kind: 'unknown-function', detail: call[1] }] };
  const detail =
    code === 'not_allowed'
      ? `costrutto non ammesso${subject ? ` «${subject}»` : ''}`
      : (REASONS[code] ?? code);
  return { variables: [], issues: [{ kind: 'unsupported', detail }] };
}

/** "trend_positivo", "praticheEvase", "Attività" → "trend positivo", "pratiche evase", "attivita". */
export function normaliseWords(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A variable is defined when the indicator's own text (formula as written, title, purpose) names
 * it, so whoever records a measurement knows what to enter for it.
 */
export function undefinedVariables(variables: string[], describedBy: (string | null)[]): string[] {
  const text = ` ${normaliseWords(describedBy.filter((t): t is string => !!t).join(' '))} `;
  return variables.filter((v) => !text.includes(` ${normaliseWords(v)} `));
}
