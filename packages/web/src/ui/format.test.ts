import {
  formatLocalDate as formatDate,
  formatNumber,
  formatYears,
  monthInitials,
  monthNames,
} from '@traguardo/domain/format/italian';
import { describe, expect, it } from 'vitest';

describe('Italian formats', () => {
  it.each([
    [91690, '91.690'],
    [0.1, '0,1'],
    [1234.5, '1.234,5'],
    [1234, '1.234'],
    [100, '100'],
    [3, '3'],
    [-2.25, '-2,25'],
  ])('writes %d as %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it('writes nothing for a missing number', () => {
    expect(formatNumber(null)).toBe('');
    expect(formatNumber(undefined)).toBe('');
  });

  it.each([
    ['2020-12-31', '31/12/2020'],
    ['2020-09-01', '01/09/2020'],
    ['2019-01-01', '01/01/2019'],
  ])('writes the date %s as %s without shifting the day', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it('writes a timestamp as its day in the browser', () => {
    expect(formatDate('2020-06-15T10:00:00Z')).toBe('15/06/2020');
  });

  it('writes a single-year plan as one year and a three-year plan as a range', () => {
    expect(formatYears(2020, 2020)).toBe('2020');
    expect(formatYears(2019, 2021)).toBe('2019-2021');
  });

  it('names the months of the calendar in Italian: G F M A M G L A S O N D', () => {
    expect(monthInitials('it-IT').join(' ')).toBe('G F M A M G L A S O N D');
    expect(monthNames('it-IT').slice(4, 7)).toEqual(['maggio', 'giugno', 'luglio']);
  });
});
