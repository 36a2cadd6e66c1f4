import { describe, expect, it } from 'vitest';
import {
  describeAct,
  formatCents,
  formatDate,
  formatEuro,
  formatNumber,
  formatNumberIt,
  formatPercent,
  formatTarget,
  groupThousands,
  parseEuroToCents,
  roundTo,
} from './italian.ts';

describe('Italian formats of amounts and scores', () => {
  it.each([
    [1_000_000, '10.000,00 €'],
    [123_456, '1.234,56 €'],
    [5, '0,05 €'],
    [0, '0,00 €'],
  ])('formats %i cents as %s', (cents, text) => {
    expect(formatEuro(cents)).toBe(text);
  });

  it.each([
    [91690, {}, '91.690'],
    [87.5, { fixed: 2 }, '87,50'],
    [0.1, {}, '0,1'],
    [1234.56789, { maxDecimals: 4 }, '1.234,5679'],
  ])('formats %d as %s', (value, options, text) => {
    expect(formatNumberIt(value, options)).toBe(text);
  });

  it.each([
    ['10.000', 1_000_000],
    ['10.000,00', 1_000_000],
    ['€ 1.234,5', 123_450],
    ['10000,05', 1_000_005],
    ['12.5', 1_250],
    ['dieci', null],
    ['1,234', null],
  ])('reads %s as %s cents', (text, cents) => {
    expect(parseEuroToCents(text)).toBe(cents);
  });

  it('rounds half up on decimal inputs', () => {
    expect([roundTo(1.005, 2), roundTo(46.665, 2), roundTo(2.675, 2)]).toEqual([1.01, 46.67, 2.68]);
  });
});

describe('Italian formats of pages and documents', () => {
  it.each([
    [91690, '91.690'],
    [0.1, '0,1'],
    [1234.5, '1.234,5'],
    [null, ''],
  ])('writes the number %s as "%s"', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it.each([
    [75.54, '75,5%'],
    [100, '100%'],
    [null, 'n.r.'],
  ])('writes the achievement %s as "%s"', (value, text) => {
    expect(formatPercent(value)).toBe(text);
  });

  it.each([
    ['2020-12-31', '31/12/2020'],
    ['2020-09-01T10:00:00.000Z', '01/09/2020'],
    [null, ''],
  ])('writes the date %s as "%s"', (value, text) => {
    expect(formatDate(value)).toBe(text);
  });

  it.each([
    [1_000_000, '10.000,00\u00a0€'],
    [123_456, '1.234,56\u00a0€'],
  ])('writes %i cents as "%s" in documents', (cents, text) => {
    expect(formatCents(cents)).toBe(text);
  });

  it.each([
    [{ target: 80, targetText: 'Almeno 80%' }, 'Almeno 80%'],
    [{ target: 91690, targetText: null }, '91.690'],
    [{ target: 0.1, targetText: '  ' }, '0,1'],
  ])('writes a target as the plan wrote it: %o → "%s"', (indicator, text) => {
    expect(formatTarget(indicator)).toBe(text);
  });

  it('names the act that adopted the plan', () => {
    expect(describeAct({ body: 'Giunta Comunale', number: '68', date: '2020-09-01' })).toBe(
      'Allegato alla delibera G.C. n. 68 del 01/09/2020',
    );
  });
});

describe('thousands grouping', () => {
  it.each([
    ['0', '0'],
    ['999', '999'],
    ['1000', '1.000'],
    ['91690', '91.690'],
    ['123456', '123.456'],
    ['1234567', '1.234.567'],
    ['23000000000', '23.000.000.000'],
  ])('groups %s as %s', (digits, text) => {
    expect(groupThousands(digits)).toBe(text);
  });
});
