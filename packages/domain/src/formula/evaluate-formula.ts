import { compileFormula } from './compile-formula.ts';
import { FormulaError } from './formula-error.ts';
import type { Condition, FormulaNode } from './formula-tree.ts';

export type FormulaVariables = Readonly<Record<string, number>>;

/**
 * Computes a formula's value from its variables, by walking the checked tree: no `eval`, no
 * `Function`, no mathjs evaluation. Division by zero, missing variables and results out of range
 * are FormulaErrors naming the culprit. `if` evaluates only the branch it takes, so
 * `if(b == 0, 0, a / b)` is safe.
 */
export function evaluateFormula(text: string, variables: FormulaVariables): number {
  const { tree } = compileFormula(text);
  const result = evaluateNode(tree, variables);
  if (!Number.isFinite(result)) throw new FormulaError('not_finite', 'The result is out of range');
  // -0 and 0 read the same to people.
  return result === 0 ? 0 : result;
}

export function evaluateNode(node: FormulaNode, variables: FormulaVariables): number {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'variable':
      return readVariable(variables, node.name);
    case 'negate':
      return -evaluateNode(node.arg, variables);
    case 'binary': {
      const left = evaluateNode(node.left, variables);
      const right = evaluateNode(node.right, variables);
      switch (node.op) {
        case '+':
          return left + right;
        case '-':
          return left - right;
        case '*':
          return left * right;
        case '/':
          if (right === 0)
            throw new FormulaError(
              'division_by_zero',
              `Division by zero: "${node.rightText}" is 0`,
              node.rightText,
            );
          return left / right;
      }
      break;
    }
    case 'call': {
      const values = node.args.map((a) => evaluateNode(a, variables));
      if (node.fn === 'min') return Math.min(...values);
      if (node.fn === 'max') return Math.max(...values);
      return roundTo(values[0] ?? 0, values[1] ?? 0);
    }
    case 'if':
      return evaluateNode(holds(node.condition, variables) ? node.whenTrue : node.whenFalse, variables);
  }
  throw new FormulaError('not_allowed', 'Unknown formula node');
}

function holds(c: Condition, variables: FormulaVariables): boolean {
  const left = evaluateNode(c.left, variables);
  const right = evaluateNode(c.right, variables);
  switch (c.op) {
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
    case '==':
      return left === right;
    case '!=':
      return left !== right;
  }
}

function readVariable(variables: FormulaVariables, name: string): number {
  // Own properties only: "constructor" or "__proto__" never reach Object.prototype.
  if (!Object.hasOwn(variables, name))
    throw new FormulaError('missing_variable', `Missing variable: ${name}`, name);
  const value: unknown = variables[name];
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new FormulaError('invalid_variable', `The variable ${name} is not a number`, name);
  return value;
}

/** Half away from zero, as people round by hand (round(2.5) = 3, round(-2.5) = -3, round(1.005, 2) = 1.01). */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15)
    throw new FormulaError(
      'wrong_arguments',
      'round: the decimals must be a whole number from 0 to 15',
      'round',
    );
  const abs = Math.abs(value);
  const text = String(abs);
  const shifted = text.includes('e') ? abs * 10 ** decimals : Number(`${text}e${decimals}`);
  const rounded = Math.round(shifted);
  const back = String(rounded).includes('e') ? rounded / 10 ** decimals : Number(`${rounded}e-${decimals}`);
  return Math.sign(value) * back;
}
