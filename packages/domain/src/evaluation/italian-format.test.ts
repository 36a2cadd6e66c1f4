import { describe, expect, it } from 'vitest';
import { formatEuro, formatNumberIt, parseEuroToCents, roundTo } from './italian-format.ts';

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
