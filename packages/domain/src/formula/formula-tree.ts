/** The only shapes a computable formula may take once checked: numbers, variables, + - * /, min, max, round, if. */
export type Comparison = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type ArithmeticOperator = '+' | '-' | '*' | '/';
export type FormulaFunction = 'min' | 'max' | 'round';

export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'variable'; name: string }
  | { kind: 'negate'; arg: FormulaNode }
  | { kind: 'binary'; op: ArithmeticOperator; left: FormulaNode; right: FormulaNode; rightText: string }
  | { kind: 'call'; fn: FormulaFunction; args: FormulaNode[] }
  | { kind: 'if'; condition: Condition; whenTrue: FormulaNode; whenFalse: FormulaNode };

export type Condition = { op: Comparison; left: FormulaNode; right: FormulaNode };

export const FORMULA_FUNCTIONS: readonly string[] = ['min', 'max', 'round', 'if'];

/** The direct sub-expressions of a node, condition operands included. */
export function childrenOf(node: FormulaNode): FormulaNode[] {
  switch (node.kind) {
    case 'number':
    case 'variable':
      return [];
    case 'negate':
      return [node.arg];
    case 'binary':
      return [node.left, node.right];
    case 'call':
      return node.args;
    case 'if':
      return [node.condition.left, node.condition.right, node.whenTrue, node.whenFalse];
  }
}
