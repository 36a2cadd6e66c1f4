import { describe, expect, it } from 'vitest';
import { formatItalianNumber, parseItalianNumber } from './italian-number.ts';

describe('parseItalianNumber', () => {
  it.each([
    // Cremona: indicator 278's target, and the Nucleo's new targets
    ['91.690', 91690, null],
    ['78.000', 78000, null],
    ['50.000', 50000, null],
    ['1.234,5', 1234.5, null],
    // Cremona: the Nucleo's "target consuntivo 0,1" for indicator 1528
    ['0,1', 0.1, null],
    // Chieve: the values to reach
    ['80%', 80, '80%'],
    ['Almeno 80%', 80, 'Almeno 80%'],
    ['100%', 100, '100%'],
    ['1', 1, null],
    ['247', 247, null],
    ['  45 ', 45, null],
    ['-3', -3, null],
    ['0.1', 0.1, null],
    ['0.100', 0.1, null],
    ['1.234.567,89', 1234567.89, null],
    ['€ 40.000,00', 40000, '€ 40.000,00'],
    ['≥ 90', 90, '≥ 90'],
    ['5 giorni', 5, '5 giorni'],
  ])('reads %j as %d', (text, value, kept) => {
    expect(parseItalianNumber(text)).toEqual({ ok: true, value, text: kept });
  });

  it.each([[91690], [0.1], [-2], [0]])('takes a typed number %d as it is', (n) => {
    expect(parseItalianNumber(n)).toEqual({ ok: true, value: n, text: null });
  });

  it.each([[''], ['   '], [null], [undefined]])('reads a blank %j as null', (cell) => {
    expect(parseItalianNumber(cell)).toEqual({ ok: true, value: null, text: null });
  });

  it.each([
    ['n. di accessi'],
    ['abc'],
    ['duecentoquarantasette'],
    ['12/2019'],
    ['1-2'],
    ['1.2.3'],
    ['#DIV/0!'],
    ['1e5'],
  ])('refuses %j with a reason that quotes it', (text) => {
    const parsed = parseItalianNumber(text);
    expect(parsed).toEqual({ ok: false, message: expect.stringContaining(text) });
  });

  it('refuses a date, a boolean and a non-finite number where a number is expected', () => {
    expect(parseItalianNumber({ isoDate: '2020-12-31' }).ok).toBe(false);
    expect(parseItalianNumber(true).ok).toBe(false);
    expect(parseItalianNumber(Number.NaN).ok).toBe(false);
  });
});

describe('formatItalianNumber', () => {
  it.each([
    [91690, '91690'],
    [0.1, '0,1'],
    [1234.5, '1234,5'],
    [-3, '-3'],
  ])('writes %d as %j, which reads back the same', (n, text) => {
    expect(formatItalianNumber(n)).toBe(text);
    expect(parseItalianNumber(text)).toEqual({ ok: true, value: n, text: null });
  });
});
