import { describe, expect, it } from 'vitest';
import { defaultCategoryRules, resolveCategoryRules } from './default-rules.ts';
import {
  type BehaviourPoints,
  checkBehaviourPoints,
  explainObjectives,
  type ObjectiveInput,
  scoreEvaluation,
  scoreObjectives,
} from './score-evaluation.ts';

const rules = { objectivesMax: 60, behavioursMax: 40, categories: defaultCategoryRules() };
const manager = resolveCategoryRules(rules, 'eq', true);
const staff = resolveCategoryRules(rules, 'dipendente', false);

let n = 0;
const obj = (achievement: number | null, weight: number | null = null): ObjectiveInput => {
  n++;
  return { id: `o${n}`, code: `OB${n}`, title: `Obiettivo ${n}`, weight, achievement };
};
const points = (...values: number[]): BehaviourPoints[] =>
  staff.criteria.map((c, i) => ({ criterion: c.criterion, points: values[i] ?? null }));
const managerPoints = (...values: number[]): BehaviourPoints[] =>
  manager.criteria.map((c, i) => ({ criterion: c.criterion, points: values[i] ?? null }));

describe('objectives part (Chieve: 100% of the objectives on time = 60 points)', () => {
  it.each([
    // [case, objectives, weighted achievement, score]
    ['all objectives at 100%', [obj(100), obj(100), obj(100)], 100, 60],
    [
      'weights 5, 5, 10 at 100%, 80%, 50%: (500+400+500)/20 = 70%',
      [obj(100, 5), obj(80, 5), obj(50, 10)],
      70,
      42,
    ],
    ['an objective without weight counts 1: (1·90 + 3·50)/4 = 60%', [obj(90), obj(50, 3)], 60, 36],
    ['unmeasured objectives are left out, not counted as 0', [obj(100), obj(null, 3)], 100, 60],
    ['7/9 of the points: 60 × 77,78% = 46,67 (rounded to the hundredth)', [obj(700 / 9)], 700 / 9, 46.67],
    ['nothing at all achieved', [obj(0, 2), obj(0, 1)], 0, 0],
  ])('%s', (_case, objectives, weighted, score) => {
    const part = scoreObjectives(objectives, 60);
    expect(part.weightedAchievement).toBeCloseTo(weighted, 10);
    expect(part.score).toBe(score);
  });

  it('has no score while no objective is measured, and says so', () => {
    const part = scoreObjectives([obj(null), obj(null, 2)], 60);
    expect(part).toMatchObject({ weightedAchievement: null, score: null, measured: 0, total: 2 });
    expect(explainObjectives(part).at(-1)).toContain('non è ancora calcolabile');
  });

  it('explains the part objective by objective, in Italian', () => {
    const a = { ...obj(100, 5), code: 'C50_0004', title: 'Trasparenza' };
    const b = { ...obj(80, 5), code: 'C50_0005', title: 'Delibere digitali' };
    const c = { ...obj(null, 10), code: 'C50_0006', title: 'Regolamento' };
    expect(explainObjectives(scoreObjectives([a, b, c], 60))).toEqual([
      'C50_0004 – Trasparenza: raggiungimento 100%, peso 5.',
      'C50_0005 – Delibere digitali: raggiungimento 80%, peso 5.',
      'C50_0006 – Regolamento: non misurato, escluso dal calcolo.',
      'Raggiungimento ponderato: (5 × 100% + 5 × 80%) / (5 + 5) = 90%.',
      'Punteggio obiettivi: 60 × 90% = 54,00 su 60.',
    ]);
  });
});

describe('whole sheet: objectives + behaviours, out of 100', () => {
  it.each([
    [
      'Chieve: all objectives at 100% and full behaviours = 100',
      [obj(100)],
      managerPoints(10, 8, 8, 8, 6),
      60,
      40,
      100,
    ],
    [
      'Chieve: all objectives at 100% and 9+7+6+8+5 = 35 → 95',
      [obj(100)],
      managerPoints(9, 7, 6, 8, 5),
      60,
      35,
      95,
    ],
    [
      '70% of objectives (42) and 7,5+6+6,5+8+4 = 32 → 74',
      [obj(100, 5), obj(80, 5), obj(50, 10)],
      managerPoints(7.5, 6, 6.5, 8, 4),
      42,
      32,
      74,
    ],
    [
      '7/9 of objectives (46,67) and 0 behaviours → 46,67',
      [obj(700 / 9)],
      managerPoints(0, 0, 0, 0, 0),
      46.67,
      0,
      46.67,
    ],
  ])('%s', (_case, objectives, given, objectivesScore, behavioursScore, total) => {
    const s = scoreEvaluation(manager, objectives, given);
    expect([s.objectives.score, s.behaviours.score, s.total, s.max]).toEqual([
      objectivesScore,
      behavioursScore,
      total,
      100,
    ]);
  });

  it('lists every criterion of the category with null points until scored, and has no total before', () => {
    const s = scoreEvaluation(staff, [obj(100)], [{ criterion: 'qualita', points: 9 }]);
    expect(s.behaviours.lines.map((l) => [l.criterion, l.maxPoints, l.points])).toEqual([
      ['qualita', 10, 9],
      ['impegno', 8, null],
      ['flessibilita', 8, null],
      ['collaborazione', 8, null],
      ['iniziativa', 6, null],
    ]);
    expect(s.behaviours.lines.reduce((sum, l) => sum + l.maxPoints, 0)).toBe(40);
    expect([s.behaviours.score, s.behaviours.partial, s.total]).toEqual([null, 9, null]);
  });

  it('uses the staff criteria for staff and the managers’ criteria (art. 9 included) for managers', () => {
    expect(staff.criteria.map((c) => c.criterion)).toContain('qualita');
    expect(manager.criteria.map((c) => c.criterion)).toContain('gestione_collaboratori');
    expect(resolveCategoryRules(rules, 'segretario', true).criteria).toEqual(manager.criteria);
    expect(resolveCategoryRules(rules, 'segretario', false).criteria).toEqual(staff.criteria);
  });
});

describe('points check', () => {
  it.each([
    [
      'points above the maximum',
      { criterion: 'qualita', points: 10.5 },
      'qualita (Qualità e precisione): points must be between 0 and 10',
    ],
    [
      'negative points',
      { criterion: 'iniziativa', points: -1 },
      'iniziativa (Iniziativa e aggiornamento): points must be between 0 and 6',
    ],
    [
      'a criterion of another category',
      { criterion: 'legalita', points: 3 },
      'legalita: not a criterion of these rules',
    ],
    ['more than two decimals', { criterion: 'impegno', points: 7.125 }, 'impegno: at most two decimals'],
  ])('names the criterion for %s', (_case, given, message) => {
    expect(checkBehaviourPoints(staff, [given])).toEqual([{ criterion: given.criterion, message }]);
  });

  it('accepts 0, the maximum and halves', () => {
    expect(checkBehaviourPoints(staff, points(0, 8, 7.5, 8, 6))).toEqual([]);
  });
});
