import { describe, expect, it } from 'vitest';
import { buildChanges, type ChangeForm, emptyChangeForm } from './build-changes.ts';

const form = (over: Partial<ChangeForm> & Pick<ChangeForm, 'kind'>): ChangeForm => ({
  ...emptyChangeForm(over.kind),
  ...over,
});

describe('buildChanges', () => {
  it.each<[string, Parameters<typeof buildChanges>[0], ChangeForm, Record<string, unknown>]>([
    [
      'a target typed the Italian way (1299: 217)',
      'indicator',
      form({ kind: 'target', value: '217' }),
      { target: 217 },
    ],
    [
      'a target in thousands (278: 78.000)',
      'indicator',
      form({ kind: 'target', value: '78.000' }),
      { target: 78000 },
    ],
    ['a decimal target (1528: 0,1)', 'indicator', form({ kind: 'target', value: '0,1' }), { target: 0.1 }],
    [
      'a target with its words (100%)',
      'indicator',
      form({ kind: 'target', value: '100%' }),
      { target: 100, targetText: '100%' },
    ],
    ["an objective's weight (C77_0004: 5)", 'objective', form({ kind: 'weight', value: '5' }), { weight: 5 }],
    [
      "a target with the objective's weight (278 and C50_0005)",
      'indicator',
      form({ kind: 'target', value: '78.000', objectiveWeight: '5' }),
      { target: 78000, objective: { weight: 5 } },
    ],
    ['a phase removed', 'phase', form({ kind: 'remove' }), { remove: true }],
    [
      'months of a phase, in calendar order',
      'phase',
      form({ kind: 'months', months: [12, 10, 11] }),
      { months: [10, 11, 12] },
    ],
    [
      'a measurement deadline',
      'indicator',
      form({ kind: 'deadline', value: '2019-12-31' }),
      { measurementDeadline: '2019-12-31' },
    ],
    [
      'a replacement (1563)',
      'indicator',
      form({ kind: 'replace', replaceTitle: 'Definizione della scheda di rilevazione delle competenze' }),
      { replaceWith: { title: 'Definizione della scheda di rilevazione delle competenze' } },
    ],
  ])('builds %s', (_case, type, input, expected) => {
    expect(buildChanges(type, input)).toEqual({ ok: true, changes: expected });
  });

  it('builds a new objective for the plan', () => {
    const built = buildChanges(
      'plan',
      form({ kind: 'newObjective', lineId: 'l1', code: 'C50_0009', title: 'Mostra', value: '3' }),
    );
    expect(built).toEqual({
      ok: true,
      changes: { newObjective: { strategicLineId: 'l1', code: 'C50_0009', title: 'Mostra', weight: 3 } },
    });
  });

  it.each<[string, ChangeForm, keyof ChangeForm, string]>([
    ['an empty target', form({ kind: 'target' }), 'value', 'required'],
    ['a target that is not a number', form({ kind: 'target', value: 'molti' }), 'value', 'number'],
    ['a replacement without a title', form({ kind: 'replace' }), 'replaceTitle', 'required'],
    [
      'an objective weight that is not a number',
      form({ kind: 'title', value: 'x', objectiveWeight: 'otto' }),
      'objectiveWeight',
      'number',
    ],
  ])('names the field to fix for %s', (_case, input, field, problem) => {
    expect(buildChanges('indicator', input)).toEqual({ ok: false, field, problem });
  });
});
