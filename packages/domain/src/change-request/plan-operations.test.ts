import { describe, expect, it } from 'vitest';
import { describePlanChange } from '../diff/describe-plan-change.ts';
import { diffPlanDocuments } from '../diff/diff-plan-documents.ts';
import { applyPlanOperations } from './apply-plan-operations.ts';
import { type ChangeTargetType, parseChangeSet } from './change-request.schema.ts';
import { cremonaOutline, lineId, planDocument } from './plan-document.fixture.ts';
import { planOperations } from './plan-operations.ts';

const doc = planDocument(cremonaOutline);
let counter = 0;
const newId = () => `new-${++counter}`;

function operations(type: ChangeTargetType, targetId: string | null, raw: unknown) {
  counter = 0;
  const parsed = parseChangeSet(type, raw);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return planOperations(doc, targetId, parsed.value, newId);
}

describe('parseChangeSet', () => {
  it.each<[string, ChangeTargetType, unknown, string[]]>([
    ['a field that cannot change', 'indicator', { code: 'X1' }, ['changes.code']],
    ['a field of another kind of item', 'phase', { target: 3 }, ['changes.target']],
    ['a negative weight', 'objective', { weight: -5 }, ['changes.weight']],
    ['an indicator weight over 100', 'indicator', { weight: 120 }, ['changes.weight']],
    ['a month outside the year', 'phase', { months: [0, 13] }, ['changes.months.0', 'changes.months.1']],
    ['no change at all', 'indicator', {}, ['changes']],
    ['a removal combined with an edit', 'indicator', { remove: true, target: 4 }, ['changes.remove']],
    [
      'a replacement without a title',
      'indicator',
      { replaceWith: { code: 'X' } },
      ['changes.replaceWith.title'],
    ],
    [
      'a new objective without its line',
      'plan',
      { newObjective: { code: 'C1', title: 'T' } },
      ['changes.newObjective.strategicLineId'],
    ],
    [
      'a date not in ISO form',
      'indicator',
      { measurementDeadline: '31/12/2019' },
      ['changes.measurementDeadline'],
    ],
  ])('refuses %s, naming the field', (_case, type, raw, fields) => {
    const parsed = parseChangeSet(type, raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.field)).toEqual(fields);
  });

  it.each<[string, ChangeTargetType, unknown]>([
    ['a target change', 'indicator', { target: 217 }],
    [
      'a formula and a target',
      'indicator',
      { formula: 'modifiche/richieste * 100', target: 100, targetText: '100%' },
    ],
    ['a removal', 'phase', { remove: true }],
    [
      'a replacement with the objective weight',
      'indicator',
      { replaceWith: { title: 'Nuovo' }, objective: { weight: 5 } },
    ],
    ['new months', 'phase', { months: [12, 10, 10, 11] }],
    ['a measurement deadline', 'indicator', { measurementDeadline: '2020-03-31' }],
  ])('accepts %s', (_case, type, raw) => {
    expect(parseChangeSet(type, raw).ok).toBe(true);
  });

  it('keeps months once each and in calendar order', () => {
    const parsed = parseChangeSet('phase', { months: [12, 10, 10, 11] });
    expect(parsed.ok && parsed.value.type === 'phase' && parsed.value.changes.months).toEqual([10, 11, 12]);
  });
});

describe('planOperations', () => {
  it('changes a target in place (1299: 247 → 217)', () => {
    expect(operations('indicator', 'ind-1299', { target: 217 })).toEqual({
      ok: true,
      operations: [{ op: 'update-indicator', id: 'ind-1299', fields: { target: 217 } }],
    });
  });

  it('clears the target as written ("91.690") when the target changes without a text of its own', () => {
    const result = operations('indicator', 'ind-278', { target: 78000 });
    expect(result.ok && result.operations).toEqual([
      { op: 'update-indicator', id: 'ind-278', fields: { target: 78000, targetText: null } },
    ]);
    if (!result.ok) return;
    const after = applyPlanOperations(doc, result.operations);
    expect(diffPlanDocuments(doc, after).changes.map(describePlanChange)).toEqual([
      'Indicatore 278 – target: 91.690 → 78.000',
    ]);
  });

  it("changes the objective's weight with its indicator's target (278 and C50_0005)", () => {
    const result = operations('indicator', 'ind-278', { target: 78000, objective: { weight: 5 } });
    expect(result.ok && result.operations).toEqual([
      { op: 'update-indicator', id: 'ind-278', fields: { target: 78000, targetText: null } },
      { op: 'update-objective', id: 'obj-C50_0005', fields: { weight: 5 } },
    ]);
  });

  it('replaces an indicator: the old one removed, the new one keeps its weight, formula and target (1563)', () => {
    const result = operations('indicator', 'ind-1563', {
      replaceWith: { title: 'Definizione della scheda di rilevazione delle competenze' },
      objective: { weight: 5 },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.operations.map((o) => o.op)).toEqual([
      'remove-indicator',
      'add-indicator',
      'update-objective',
    ]);
    const added = result.operations[1];
    expect(added?.op === 'add-indicator' && added).toMatchObject({
      objectiveId: 'obj-C16_0011',
      replaces: 'ind-1563',
      indicator: {
        code: '1563-bis',
        title: 'Definizione della scheda di rilevazione delle competenze',
        formula: '1 fatto 0 non fatto',
        binary: true,
        target: 1,
        weight: 100,
      },
    });
    expect(added?.op === 'add-indicator' && added.indicator.purpose).toBeUndefined();
  });

  it('puts the replacement where the old indicator stood', () => {
    const result = operations('indicator', 'ind-1389', { replaceWith: { code: '1389-N', title: 'Nuovo' } });
    if (!result.ok) throw new Error('refused');
    const next = applyPlanOperations(doc, result.operations);
    const c77 = next.strategicLines[0]?.objectives[0];
    expect(c77?.indicators.map((i) => i.code)).toEqual(['1389-N', '1390']);
  });

  it.each<[string, ChangeTargetType, string, unknown, string]>([
    ['a phase', 'phase', 'phase-C80_0003-2', { remove: true }, 'remove-phase'],
    ['an indicator', 'indicator', 'ind-1390', { remove: true }, 'remove-indicator'],
    ['an objective', 'objective', 'obj-C50_0005', { remove: true }, 'remove-objective'],
  ])('removes %s', (_case, type, id, raw, op) => {
    expect(operations(type, id, raw)).toEqual({ ok: true, operations: [{ op, id }] });
  });

  it('adds a phase numbered after the last one', () => {
    const result = operations('objective', 'obj-C80_0003', {
      newPhase: { title: 'Relazione finale', months: [12] },
    });
    expect(result.ok && result.operations[0]).toMatchObject({ op: 'add-phase', phase: { number: 3 } });
  });

  it('adds a new objective with its indicators and phases', () => {
    const result = operations('plan', null, {
      newObjective: {
        strategicLineId: lineId(2),
        code: 'C50_0009',
        title: 'Mostra Orazio Gentileschi 2020',
        weight: 5,
        indicators: [{ code: '1700', title: 'Visitatori della mostra', target: 30000, weight: 100 }],
        phases: [{ title: 'Richiesta prestiti', months: [1, 2] }],
      },
    });
    expect(result.ok && result.operations.map((o) => o.op)).toEqual([
      'add-objective',
      'add-indicator',
      'add-phase',
    ]);
    if (!result.ok) return;
    const next = applyPlanOperations(doc, result.operations);
    expect(next.strategicLines[1]?.objectives.map((o) => o.code)).toEqual([
      'C50_0004',
      'C50_0005',
      'C50_0009',
    ]);
  });

  it.each<[string, ChangeTargetType, string | null, unknown, string]>([
    ['an indicator not in the plan', 'indicator', 'ind-9999', { target: 1 }, 'target.id'],
    [
      'a new indicator whose code exists',
      'objective',
      'obj-C80_0003',
      { newIndicator: { code: '1299', title: 'Doppio' } },
      'changes.newIndicator.code',
    ],
    [
      'a replacement whose code exists',
      'indicator',
      'ind-1389',
      { replaceWith: { code: '1390', title: 'Doppio' } },
      'changes.replaceWith.code',
    ],
    ['a phase number already taken', 'phase', 'phase-C80_0003-1', { number: 2 }, 'changes.number'],
    [
      'a new objective in a line not in the plan',
      'plan',
      null,
      { newObjective: { strategicLineId: '00000000-0000-4000-8000-000000000009', code: 'X', title: 'X' } },
      'changes.newObjective.strategicLineId',
    ],
    [
      'a new objective whose code exists',
      'plan',
      null,
      {
        newObjective: {
          strategicLineId: '00000000-0000-4000-8000-000000000009',
          code: 'C77_0004',
          title: 'X',
        },
      },
      'changes.newObjective.code',
    ],
  ])('refuses %s', (_case, type, id, raw, field) => {
    const result = operations(type, id, raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toContain(field);
  });

  it('does not change the document it is given', () => {
    const before = JSON.stringify(doc);
    const result = operations('indicator', 'ind-1299', { target: 217 });
    if (result.ok) applyPlanOperations(doc, result.operations);
    expect(JSON.stringify(doc)).toBe(before);
  });
});
