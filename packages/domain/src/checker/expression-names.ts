import {
  isConstantNode,
  isFunctionNode,
  isOperatorNode,
  isParenthesisNode,
  isSymbolNode,
  type MathNode,
  parse,
} from 'mathjs';

/**
 * Reads a computable indicator formula without evaluating it: the names of its variables and
 * what in it falls outside the language (numbers, variables, + - * / ( ), min, max, round, if,
 * and comparisons inside if). mathjs `parse` builds the tree; nothing here runs it.
 */

export const FORMULA_FUNCTIONS = ['min', 'max', 'round', 'if'] as const;
const FUNCTIONS: ReadonlySet<string> = new Set(FORMULA_FUNCTIONS);
const ARITHMETIC = new Set(['+', '-', '*', '/']);
const COMPARISON = new Set(['<', '>', '<=', '>=', '==', '!=']);

export type ExpressionIssue =
  | { kind: 'syntax'; detail: string }
  | { kind: 'unsupported'; detail: string }
  | { kind: 'unknown-function'; detail: string };

export type ExpressionAnalysis = { variables: string[]; issues: ExpressionIssue[] };

export function analyseExpression(expression: string): ExpressionAnalysis {
  let root: MathNode;
  try {
    root = parse(expression);
  } catch (error) {
    return {
      variables: [],
      issues: [{ kind: 'syntax', detail: error instanceof Error ? error.message : String(error) }],
    };
  }
  const variables = new Set<string>();
  const issues: ExpressionIssue[] = [];
  const walk = (node: MathNode): void => {
    if (isConstantNode(node)) {
      if (typeof node.value !== 'number')
        issues.push({ kind: 'unsupported', detail: 'testo tra virgolette' });
    } else if (isSymbolNode(node)) {
      if (FUNCTIONS.has(node.name))
        issues.push({ kind: 'unsupported', detail: `«${node.name}» è una funzione, non una variabile` });
      else variables.add(node.name);
    } else if (isParenthesisNode(node)) {
      walk(node.content);
    } else if (isOperatorNode(node)) {
      if (node.implicit) issues.push({ kind: 'unsupported', detail: 'moltiplicazione senza «*»' });
      else if (!ARITHMETIC.has(node.op) && !COMPARISON.has(node.op))
        issues.push({ kind: 'unsupported', detail: `operatore «${node.op}»` });
      node.args.forEach(walk);
    } else if (isFunctionNode(node)) {
      const name: string = isSymbolNode(node.fn) ? node.fn.name : 'funzione composta';
      if (!FUNCTIONS.has(name)) issues.push({ kind: 'unknown-function', detail: name });
      node.args.forEach(walk);
    } else {
      issues.push({ kind: 'unsupported', detail: node.toString() });
    }
  };
  walk(root);
  return { variables: [...variables], issues };
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
