import type { MathNode } from 'mathjs';
import { FormulaError } from './formula-error.ts';
import {
  type ArithmeticOperator,
  type Comparison,
  type Condition,
  FORMULA_FUNCTIONS,
  type FormulaNode,
} from './formula-tree.ts';
import { lockedMath as m } from './locked-math.ts';

const ARITHMETIC: Record<string, ArithmeticOperator> = {
  add: '+',
  subtract: '-',
  multiply: '*',
  divide: '/',
};
const COMPARISON: Record<string, Comparison> = {
  smaller: '<',
  smallerEq: '<=',
  larger: '>',
  largerEq: '>=',
  equal: '==',
  unequal: '!=',
};

const notAllowed = (what: string, node: MathNode) =>
  new FormulaError('not_allowed', `${what} is not allowed: "${node.toString()}"`, node.toString());

/**
 * Turns a parsed mathjs tree into our own tree, refusing every node that is not on the whitelist
 * (accessors, assignments, function definitions, objects, matrices, strings, units, ranges, …).
 */
export function checkFormulaTree(node: MathNode): FormulaNode {
  if (m.isParenthesisNode(node)) return checkFormulaTree(node.content);
  if (m.isConstantNode(node)) {
    const value: unknown = node.value;
    if (typeof value !== 'number') throw notAllowed('Only numbers are allowed as constants;', node);
    if (!Number.isFinite(value))
      throw new FormulaError('not_finite', `Number out of range: ${node.toString()}`);
    return { kind: 'number', value };
  }
  if (m.isSymbolNode(node)) {
    if (FORMULA_FUNCTIONS.includes(node.name))
      throw new FormulaError(
        'wrong_arguments',
        `${node.name} is a function: write ${node.name}(…)`,
        node.name,
      );
    return { kind: 'variable', name: node.name };
  }
  if (m.isOperatorNode(node)) return checkOperator(node);
  if (m.isFunctionNode(node)) return checkFunction(node);
  throw notAllowed(describe(node.type), node);
}

function checkOperator(node: MathNode & { fn: string; args: MathNode[]; implicit: boolean }): FormulaNode {
  if (node.implicit) throw notAllowed('Implicit multiplication (write * between the terms)', node);
  if ('isPercentage' in node && node.isPercentage === true)
    throw notAllowed('The % sign (write / 100)', node);
  const [left, right] = node.args;
  if (node.fn === 'unaryMinus' && left && node.args.length === 1)
    return { kind: 'negate', arg: checkFormulaTree(left) };
  const op = ARITHMETIC[node.fn];
  if (op && left && right && node.args.length === 2)
    return {
      kind: 'binary',
      op,
      left: checkFormulaTree(left),
      right: checkFormulaTree(right),
      rightText: right.toString(),
    };
  if (COMPARISON[node.fn])
    throw new FormulaError(
      'comparison_outside_if',
      `Comparisons are allowed only as the condition of if(condition, then, else): "${node.toString()}"`,
    );
  throw notAllowed(`The operator ${describeOperator(node)}`, node);
}

function checkFunction(node: MathNode & { fn: MathNode; args: MathNode[] }): FormulaNode {
  const name = m.isSymbolNode(node.fn) ? node.fn.name : null;
  if (name === null || !FORMULA_FUNCTIONS.includes(name))
    throw notAllowed(`The function ${name ?? node.fn.toString()} (allowed: min, max, round, if)`, node);
  const args = node.args;
  if (name === 'if') {
    const [condition, whenTrue, whenFalse] = args;
    if (args.length !== 3 || !condition || !whenTrue || !whenFalse)
      throw new FormulaError('wrong_arguments', 'if needs three arguments: if(condition, then, else)', 'if');
    return {
      kind: 'if',
      condition: checkCondition(condition),
      whenTrue: checkFormulaTree(whenTrue),
      whenFalse: checkFormulaTree(whenFalse),
    };
  }
  if (name === 'round') {
    if (args.length < 1 || args.length > 2)
      throw new FormulaError(
        'wrong_arguments',
        'round needs one or two arguments: round(x) or round(x, decimals)',
        'round',
      );
    return { kind: 'call', fn: 'round', args: args.map(checkFormulaTree) };
  }
  if (args.length < 1) throw new FormulaError('wrong_arguments', `${name} needs at least one argument`, name);
  return { kind: 'call', fn: name === 'min' ? 'min' : 'max', args: args.map(checkFormulaTree) };
}

function checkCondition(node: MathNode): Condition {
  if (m.isParenthesisNode(node)) return checkCondition(node.content);
  if (m.isOperatorNode(node)) {
    const op = COMPARISON[node.fn];
    const [left, right] = node.args;
    if (op && left && right) return { op, left: checkFormulaTree(left), right: checkFormulaTree(right) };
  }
  throw new FormulaError(
    'wrong_arguments',
    `The condition of if must be one comparison (< <= > >= == !=): "${node.toString()}"`,
    node.toString(),
  );
}

function describeOperator(node: MathNode & { fn: string }): string {
  return 'op' in node && typeof node.op === 'string' ? `"${node.op}"` : node.fn;
}

function describe(type: string): string {
  const names: Record<string, string> = {
    AccessorNode: 'Property or index access',
    AssignmentNode: 'Assignment',
    FunctionAssignmentNode: 'Function definition',
    ObjectNode: 'An object',
    ArrayNode: 'A list or matrix',
    BlockNode: 'More than one expression',
    ConditionalNode: 'The ?: operator (use if)',
    RangeNode: 'A range',
    RelationalNode: 'A chain of comparisons',
    IndexNode: 'An index',
  };
  return names[type] ?? `The construct ${type}`;
}
