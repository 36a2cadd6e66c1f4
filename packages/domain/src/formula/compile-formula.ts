import { LIMITS } from '../limits.ts';
import { checkFormulaTree } from './check-formula-tree.ts';
import { FormulaError } from './formula-error.ts';
import { childrenOf, type FormulaNode } from './formula-tree.ts';
import { lockedMath } from './locked-math.ts';

export type CompiledFormula = { text: string; variables: string[]; tree: FormulaNode };

const cache = new Map<string, CompiledFormula>();
const CACHE_SIZE = 1000;

/**
 * Checks a computable formula (`realizzate / previste * 100`) and lists its variables in order of
 * appearance. Throws FormulaError with a message that names what is wrong.
 */
export function compileFormula(text: string): CompiledFormula {
  const cached = cache.get(text);
  if (cached) return cached;
  const trimmed = text.trim();
  if (trimmed === '') throw new FormulaError('empty', 'The formula is empty');
  if (trimmed.length > LIMITS.shortText)
    throw new FormulaError('too_long', `The formula is longer than ${LIMITS.shortText} characters`);
  let parsed: ReturnType<typeof lockedMath.parse>;
  try {
    parsed = lockedMath.parse(trimmed);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FormulaError('syntax', `Syntax error: ${reason}`);
  }
  const tree = checkFormulaTree(parsed);
  const compiled = { text, variables: variablesOf(tree), tree };
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(text, compiled);
  return compiled;
}

/** The same check for forms: a result instead of an exception. */
export function checkFormula(
  text: string,
): { ok: true; variables: string[] } | { ok: false; error: FormulaError } {
  try {
    return { ok: true, variables: compileFormula(text).variables };
  } catch (error) {
    if (error instanceof FormulaError) return { ok: false, error };
    throw error;
  }
}

function variablesOf(tree: FormulaNode): string[] {
  const seen = new Set<string>();
  const visit = (n: FormulaNode): void => {
    if (n.kind === 'variable') seen.add(n.name);
    for (const child of childrenOf(n)) visit(child);
  };
  visit(tree);
  return [...seen];
}
