import { describe, expect, it } from 'vitest';
import { checkFormula, compileFormula } from './compile-formula.ts';
import { evaluateFormula, roundTo } from './evaluate-formula.ts';
import { FormulaError } from './formula-error.ts';

/** Cremona's indicator formulas (PEG 2019), written as computable expressions. */
const cremona: {
  code: string;
  italian: string;
  expression: string;
  vars: Record<string, number>;
  value: number;
}[] = [
  {
    code: '1011',
    italian: '(Nr utenti anno di riferimento-nr utenti anno precedente)/utenti anno precedente) *100',
    expression: '(a - b) / b * 100',
    vars: { a: 51_500, b: 50_000 },
    value: 3,
  },
  {
    code: '1391',
    italian: 'n. azioni realizzate /n. azioni previste*100',
    expression: 'realizzate / previste * 100',
    vars: { realizzate: 9, previste: 15 },
    value: 60,
  },
  {
    code: '1414',
    italian:
      'n. istruttorie di bonifica amianto concluse anno corrente - n. istruttorie concluse anno precedente/n. istruttorie avviate anno precedente*100',
    expression: '(concluse_anno - concluse_precedente) / avviate_precedente * 100',
    vars: { concluse_anno: 58, concluse_precedente: 40, avviate_precedente: 20 },
    value: 90,
  },
  {
    code: '1416',
    italian: 'n. controlli effettuati/n. controlli programmati*100',
    expression: 'controlli_effettuati / controlli_programmati * 100',
    vars: { controlli_effettuati: 27, controlli_programmati: 30 },
    value: 90,
  },
  {
    code: '1479',
    italian:
      "(n. acquisti realizzati, già previsti nel programma biennale delle acquisizioni / n. totale di acquisti realizzati nell'anno) x 100",
    expression: '(già_previsti / totale) * 100',
    vars: { già_previsti: 40, totale: 50 },
    value: 80,
  },
  {
    code: '1528',
    italian: '(nr. ricorsi/ totale domande)*100',
    expression: '(ricorsi / domande) * 100',
    vars: { ricorsi: 0, domande: 412 },
    value: 0,
  },
  {
    code: '1586',
    italian:
      'numero di postazioni di lavoro attestate al nuovo dominio di rete / numero di postazioni di lavoro del Comune di Cremona (circa 609)',
    expression: 'round(attestate / postazioni * 100, 1)',
    vars: { attestate: 600, postazioni: 609 },
    value: 98.5,
  },
  {
    code: '1477',
    italian: 'MODIFICHE PIANO BIENNALE/NUMERO RICHIESTE PERVENUTE * 100',
    expression: 'if(richieste == 0, 100, modifiche / richieste * 100)',
    vars: { richieste: 0, modifiche: 0 },
    value: 100,
  },
];

describe('computable formulas: Cremona’s indicators', () => {
  it.each(cremona)('indicator $code: $expression gives $value', ({ expression, vars, value }) => {
    expect(compileFormula(expression).variables).toEqual(Object.keys(vars));
    expect(evaluateFormula(expression, vars)).toBeCloseTo(value, 10);
  });

  it('the year-on-year delta of indicator 1011 can be negative (fewer visitors than last year)', () => {
    expect(evaluateFormula('(a - b) / b * 100', { a: 45_000, b: 50_000 })).toBe(-10);
  });

  it('a division by zero names the divisor', () => {
    const run = () => evaluateFormula('(a - b) / b * 100', { a: 10, b: 0 });
    expect(run).toThrow(FormulaError);
    expect(run).toThrow('Division by zero: "b" is 0');
  });

  it('a missing variable is named', () => {
    expect(() => evaluateFormula('realizzate / previste * 100', { realizzate: 3 })).toThrow(
      'Missing variable: previste',
    );
  });

  it('if evaluates only the branch it takes', () => {
    expect(evaluateFormula('if(b == 0, 0, a / b)', { a: 1, b: 0 })).toBe(0);
    expect(evaluateFormula('if(b != 0, a / b, -1)', { a: 1, b: 4 })).toBe(0.25);
    expect(evaluateFormula('if(a >= 10, 1, 0) + if(a < 10, 2, 0)', { a: 3 })).toBe(2);
  });

  it('min, max and round work like a pocket calculator', () => {
    expect(evaluateFormula('min(a, 100)', { a: 130 })).toBe(100);
    expect(evaluateFormula('max(a, b, 0)', { a: -3, b: -1 })).toBe(0);
    expect(evaluateFormula('round(a)', { a: 2.5 })).toBe(3);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.5, 0)).toBe(-3);
  });

  it('variables named like Object properties are just variables', () => {
    expect(evaluateFormula('constructor + toString', { constructor: 1, toString: 2 })).toBe(3);
    expect(() => evaluateFormula('constructor * 2', {})).toThrow('Missing variable: constructor');
  });
});

describe('computable formulas: what is refused, and why', () => {
  const refused: [string, string][] = [
    ['', 'empty'],
    ['a +', 'syntax'],
    ['a.b', 'not_allowed'],
    ['a[1]', 'not_allowed'],
    ['a = 1', 'not_allowed'],
    ['f(x) = x', 'not_allowed'],
    ['{a: 1}', 'not_allowed'],
    ['[1, 2]', 'not_allowed'],
    ['"testo"', 'not_allowed'],
    ['true', 'not_allowed'],
    ['5 cm', 'not_allowed'],
    ['2 a', 'not_allowed'],
    ['a % b', 'not_allowed'],
    ['a ^ 2', 'not_allowed'],
    ['a!', 'not_allowed'],
    ['+a', 'not_allowed'],
    ['a ? 1 : 2', 'not_allowed'],
    ['1:3', 'not_allowed'],
    ['a; b', 'not_allowed'],
    ['import({}, {})', 'not_allowed'],
    ['evaluate("1")', 'not_allowed'],
    ['sqrt(a)', 'not_allowed'],
    ['cos(0)', 'not_allowed'],
    ['(a)(2)', 'not_allowed'],
    ['a < b', 'comparison_outside_if'],
    ['if(a, 1, 2)', 'wrong_arguments'],
    ['if(a > 1, 2)', 'wrong_arguments'],
    ['if(a < b < c, 1, 2)', 'wrong_arguments'],
    ['min()', 'wrong_arguments'],
    ['round(1, 2, 3)', 'wrong_arguments'],
    ['min + 1', 'wrong_arguments'],
    ['1e400', 'not_finite'],
    ['a'.repeat(501), 'too_long'],
  ];
  const cases = refused.map(([text, code]) => ({
    shown: text.length > 30 ? `${text.slice(0, 12)}…` : text,
    text,
    code,
  }));
  it.each(cases)('"$shown" is refused ($code)', ({ text, code }) => {
    const result = checkFormula(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('round with decimals that are not a whole number from 0 to 15 is an error, not a guess', () => {
    expect(() => evaluateFormula('round(a, 2.5)', { a: 1 })).toThrow('decimals');
  });

  it('a result out of range is reported', () => {
    expect(() => evaluateFormula('a * a', { a: 1e200 })).toThrow('out of range');
  });

  it('a variable that is not a number is reported by name', () => {
    expect(() => evaluateFormula('a + 1', { a: Number.NaN })).toThrow('The variable a is not a number');
  });
});
