import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFormula, compileFormula } from './compile-formula.ts';
import { evaluateFormula } from './evaluate-formula.ts';
import { FormulaError } from './formula-error.ts';
import { childrenOf, type FormulaNode } from './formula-tree.ts';

/** Tokens an attacker (or a slip of the keyboard) might combine. */
const TOKENS = [
  'a',
  'b',
  'previste',
  'constructor',
  '__proto__',
  'prototype',
  'import',
  'createUnit',
  'evaluate',
  'parse',
  'compile',
  'simplify',
  'derivative',
  'resolve',
  'Function',
  'eval',
  'globalThis',
  'process',
  'min',
  'max',
  'round',
  'if',
  'cos',
  'sqrt',
  'to',
  'cm',
  'and',
  'not',
  'true',
  'null',
  '0',
  '1',
  '2.5',
  '1e3',
  '100',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  '.',
  '=',
  ':',
  ';',
  '?',
  '"',
  "'",
  '+',
  '-',
  '*',
  '/',
  '^',
  '%',
  '!',
  '<',
  '<=',
  '==',
  '!=',
  '>',
  '&',
  '|',
  '\n',
  '#',
  '@',
  '$',
  '`',
  '\\',
  ' ',
  'f(x)',
  'x',
  '=>',
];

const ALLOWED_KINDS = new Set(['number', 'variable', 'negate', 'binary', 'call', 'if']);

function kindsOf(node: FormulaNode, into: Set<string>): Set<string> {
  into.add(node.kind);
  for (const child of childrenOf(node)) kindsOf(child, into);
  return into;
}

describe('computable formulas: properties', () => {
  it('random token soups are refused with a FormulaError or accepted within the whitelist, never escape', () => {
    const globalsBefore = Object.getOwnPropertyNames(globalThis).sort().join();
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort().join();
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 25 }),
        fc.dictionary(
          fc.constantFrom('a', 'b', 'x', 'previste', 'constructor'),
          fc.integer({ min: -5, max: 5 }),
        ),
        (tokens, variables) => {
          const text = tokens.join('');
          const checked = checkFormula(text);
          if (!checked.ok) {
            expect(checked.error).toBeInstanceOf(FormulaError);
            return;
          }
          try {
            expect(typeof evaluateFormula(text, variables)).toBe('number');
          } catch (error) {
            expect(error).toBeInstanceOf(FormulaError);
          }
        },
      ),
      { numRuns: 3000 },
    );
    expect(Object.getOwnPropertyNames(globalThis).sort().join()).toBe(globalsBefore);
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(prototypeBefore);
  });

  it('every accepted tree holds only whitelisted nodes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 15 }), (tokens) => {
        const checked = checkFormula(tokens.join(' '));
        if (!checked.ok) return;
        const kinds = kindsOf(compileFormula(tokens.join(' ')).tree, new Set());
        for (const k of kinds) expect(ALLOWED_KINDS.has(k)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('random arithmetic gives the same value as plain arithmetic, or the same division by zero', () => {
    type Expr =
      | { t: 'num'; v: number }
      | { t: 'var'; name: 'a' | 'b' | 'c' }
      | { t: 'neg'; e: Expr }
      | { t: 'bin'; op: '+' | '-' | '*' | '/'; l: Expr; r: Expr }
      | { t: 'fn'; fn: 'min' | 'max'; args: Expr[] };
    const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
      expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc
          .oneof(
            fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
            fc.integer({ min: -1000, max: 1000 }),
          )
          .map((v): Expr => ({ t: 'num', v })),
        fc.constantFrom<'a' | 'b' | 'c'>('a', 'b', 'c').map((name): Expr => ({ t: 'var', name })),
        tie('expr').map((e): Expr => ({ t: 'neg', e })),
        fc
          .record({
            op: fc.constantFrom<'+' | '-' | '*' | '/'>('+', '-', '*', '/'),
            l: tie('expr'),
            r: tie('expr'),
          })
          .map((b): Expr => ({ t: 'bin', ...b })),
        fc
          .record({
            fn: fc.constantFrom<'min' | 'max'>('min', 'max'),
            args: fc.array(tie('expr'), { minLength: 1, maxLength: 3 }),
          })
          .map((f): Expr => ({ t: 'fn', ...f })),
      ),
    }));
    const print = (e: Expr): string => {
      switch (e.t) {
        case 'num':
          return Object.is(e.v, -0) || e.v < 0 ? `(-${String(Math.abs(e.v))})` : String(e.v);
        case 'var':
          return e.name;
        case 'neg':
          return `(-${print(e.e)})`;
        case 'bin':
          return `(${print(e.l)} ${e.op} ${print(e.r)})`;
        case 'fn':
          return `${e.fn}(${e.args.map(print).join(', ')})`;
      }
    };
    const plain = (e: Expr, vars: Record<string, number>): number => {
      switch (e.t) {
        case 'num':
          return Object.is(e.v, -0) ? -0 : e.v;
        case 'var':
          return vars[e.name] ?? Number.NaN;
        case 'neg':
          return -plain(e.e, vars);
        case 'bin': {
          const l = plain(e.l, vars);
          const r = plain(e.r, vars);
          if (e.op === '/' && r === 0) throw new Error('division by zero');
          return e.op === '+' ? l + r : e.op === '-' ? l - r : e.op === '*' ? l * r : l / r;
        }
        case 'fn': {
          const values = e.args.map((a) => plain(a, vars));
          return e.fn === 'min' ? Math.min(...values) : Math.max(...values);
        }
      }
    };
    fc.assert(
      fc.property(
        expr,
        fc.record({
          a: fc.integer({ min: -100, max: 100 }),
          b: fc.double({ min: -1e3, max: 1e3, noNaN: true }),
          c: fc.constant(0),
        }),
        (e, vars) => {
          const text = print(e);
          let expected: number | 'division_by_zero' | 'not_finite';
          try {
            const v = plain(e, vars);
            expected = Number.isFinite(v) ? (v === 0 ? 0 : v) : 'not_finite';
          } catch {
            expected = 'division_by_zero';
          }
          if (typeof expected === 'number') expect(evaluateFormula(text, vars)).toBe(expected);
          else expect(() => evaluateFormula(text, vars)).toThrow(expect.objectContaining({ code: expected }));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
