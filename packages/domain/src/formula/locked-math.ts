import { create, parseDependencies } from 'mathjs';

/**
 * A private mathjs instance used for parsing only. Following the mathjs security guide, the
 * functions that could reach outside the expression are replaced by ones that throw, after the
 * parser has been taken out; the parsed tree is then checked against a whitelist
 * (check-formula-tree.ts) and evaluated by our own interpreter, never by mathjs or `eval`.
 * The instance holds only the parser and its dependencies: units, matrices and symbolic algebra
 * do not exist in it at all (and the web bundle stays small).
 */
if (!parseDependencies) throw new Error('mathjs did not load its parser');
const math = create(parseDependencies, { number: 'number' });
const mathParse = math.parse;

const disabled = (name: string) => () => {
  throw new Error(`Function ${name} is disabled`);
};

math.import(
  {
    import: disabled('import'),
    createUnit: disabled('createUnit'),
    reviver: disabled('reviver'),
    evaluate: disabled('evaluate'),
    parse: disabled('parse'),
    simplify: disabled('simplify'),
    derivative: disabled('derivative'),
    resolve: disabled('resolve'),
    compile: disabled('compile'),
    chain: disabled('chain'),
  },
  { override: true },
);

export const lockedMath = {
  parse: (text: string) => mathParse(text),
  isConstantNode: math.isConstantNode,
  isSymbolNode: math.isSymbolNode,
  isOperatorNode: math.isOperatorNode,
  isParenthesisNode: math.isParenthesisNode,
  isFunctionNode: math.isFunctionNode,
};
