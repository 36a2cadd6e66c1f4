import type { PlanProblem } from '@traguardo/domain/checker/plan-problem';
import { describe, expect, it } from 'vitest';
import { changedFields, decimalText, parseDecimal } from './form-values.ts';
import { problemLink } from './problem-list.tsx';

describe('numbers typed in Italian', () => {
  it.each([
    ['91.690', 91690],
    ['1.234,5', 1234.5],
    ['0,1', 0.1],
    ['80', 80],
    ['0.5', 0.5],
    ['', null],
    ['  ', null],
  ])('reads «%s» as %s', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it('refuses what is not a number', () => {
    expect(parseDecimal('Almeno 80%')).toBeNaN();
  });

  it('shows a stored number with the decimal comma', () => {
    expect(decimalText(0.1)).toBe('0,1');
    expect(decimalText(null)).toBe('');
  });
});

describe('after a conflict', () => {
  it('names the fields where what was being saved differs from what is stored', () => {
    expect(
      changedFields(
        { title: 'A', weight: 10, months: [5, 6] },
        { title: 'A', weight: 12, months: [5, 6, 7] },
        ['title', 'weight', 'months'],
      ),
    ).toEqual(['weight', 'months']);
  });
});

describe('links from the check to the item', () => {
  const planId = 'p';
  const problem = (item: PlanProblem['item']): PlanProblem => ({
    severity: 'error',
    code: 'x',
    message: 'x',
    item,
  });
  it.each([
    [{ type: 'objective' as const, id: 'o1', code: '3' }, '/plans/p/edit/objectives/o1'],
    [
      { type: 'indicator' as const, id: 'i1', code: '3', objectiveId: 'o1' },
      '/plans/p/edit/objectives/o1#indicator-i1',
    ],
    [
      { type: 'phase' as const, id: 'f1', code: '6', objectiveId: 'o6' },
      '/plans/p/edit/objectives/o6#phase-f1',
    ],
    [{ type: 'strategic_line' as const, id: 'l1', code: null }, '/plans/p/edit#line-l1'],
    [{ type: 'person' as const, id: 'x', code: null }, '/orgs/org/people'],
    [{ type: 'plan' as const, id: 'p', code: null }, '/plans/p/edit'],
  ])('%o → %s', (item, path) => {
    expect(problemLink(planId, 'org', problem(item))).toBe(path);
  });
});
