import { describe, expect, it } from 'vitest';
import { conciliationDates, withinDeadline } from './evaluation-workflow.ts';
import { addWorkingDays, isItalianHoliday, romeDate } from './working-days.ts';

describe('working days for the conciliation deadlines', () => {
  it.each([
    ['ten working days from Monday 1 March 2021 end on Monday 15 March', '2021-03-01', 10, '2021-03-15'],
    ['a Friday plus one is the Monday', '2021-03-05', 1, '2021-03-08'],
    ['Easter Monday and 25 April (a Sunday) are skipped', '2022-04-14', 3, '2022-04-20'],
    ['Christmas, Santo Stefano, New Year and Epiphany are skipped', '2020-12-23', 8, '2021-01-07'],
    ['15 working days over 1 and 2 June 2021', '2021-05-24', 15, '2021-06-15'],
  ])('%s', (_case, from, days, expected) => {
    expect(addWorkingDays(from, days)).toBe(expected);
  });

  it('knows Easter Monday in several years', () => {
    expect(['2020-04-13', '2021-04-05', '2024-04-01', '2025-04-21'].every(isItalianHoliday)).toBe(true);
    expect(isItalianHoliday('2021-04-06')).toBe(false);
  });

  it('takes the calendar day in Rome, not in UTC', () => {
    expect(romeDate(new Date('2021-03-01T23:30:00Z'))).toBe('2021-03-02');
  });

  it('tracks the day to contest by and the day to decide by', () => {
    const dates = conciliationDates(
      {
        deliveredAt: new Date('2021-02-26T10:00:00Z'),
        seenAt: new Date('2021-03-01T09:00:00Z'),
        contestedAt: new Date('2021-03-10T09:00:00Z'),
        reviewedAt: null,
      },
      { conciliationRequestDays: 10, conciliationDecisionDays: 15 },
    );
    expect(dates).toEqual({
      seenOn: '2021-03-01',
      contestBy: '2021-03-15',
      contestedOn: '2021-03-10',
      reviewBy: '2021-03-31',
      reviewedOn: null,
    });
    expect(withinDeadline(dates.contestBy, new Date('2021-03-15T21:00:00Z'))).toBe(true);
    expect(withinDeadline(dates.contestBy, new Date('2021-03-15T23:30:00Z'))).toBe(false);
  });
});
