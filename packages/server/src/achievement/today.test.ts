import { describe, expect, it } from 'vitest';
import { todayInRome } from './today.ts';

describe('todayInRome', () => {
  it.each([
    // Winter (UTC+1): the day turns at 23:00 UTC.
    ['2020-12-31T22:59:59.999Z', '2020-12-31'],
    ['2020-12-31T23:00:00.000Z', '2021-01-01'],
    // Summer (UTC+2): at 22:00 UTC.
    ['2021-06-30T21:59:59.999Z', '2021-06-30'],
    ['2021-06-30T22:00:00.000Z', '2021-07-01'],
    // The night clocks go back (31 October 2021, 03:00 → 02:00): still the same day.
    ['2021-10-31T00:30:00.000Z', '2021-10-31'],
    ['2021-10-31T01:30:00.000Z', '2021-10-31'],
  ])('%s is %s in Italy, asked in that order or alone', (instant, day) => {
    expect(todayInRome(new Date(instant))).toBe(day);
  });

  it('a minute reused never carries a day across midnight', () => {
    const beforeMidnight = new Date('2021-03-27T22:59:30.000Z');
    expect(todayInRome(beforeMidnight)).toBe('2021-03-27');
    expect(todayInRome(new Date('2021-03-27T23:00:00.000Z'))).toBe('2021-03-28');
    expect(todayInRome(beforeMidnight)).toBe('2021-03-27');
  });
});
