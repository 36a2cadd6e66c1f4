import { describe, expect, it } from 'vitest';
import { canTransition, EVALUATION_ACTIONS, EVALUATION_STATUSES } from './evaluation-workflow.ts';

describe('the states of a sheet', () => {
  // Rows: status; columns: deliver, acknowledge, contest, review, finalize.
  const table: Record<string, boolean[]> = {
    draft: [true, false, false, false, false],
    delivered: [false, true, true, false, true],
    acknowledged: [false, false, false, false, true],
    contested: [false, false, false, true, false],
    reviewed: [false, false, false, false, true],
    final: [false, false, false, false, false],
  };
  it.each(EVALUATION_STATUSES.map((s) => [s]))('from %s only the listed steps are possible', (status) => {
    expect(EVALUATION_ACTIONS.map((a) => canTransition(a, status))).toEqual(table[status]);
  });
});
