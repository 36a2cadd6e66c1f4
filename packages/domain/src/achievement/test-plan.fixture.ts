import type { Indicator, Objective, PlanDocument, StrategicLine } from '../plan/plan.schema.ts';

/** Builders for achievement tests and benchmarks: only what achievement reads is meaningful. */
let counter = 0;
const nextId = () => {
  counter++;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
};

export function indicator(overrides: Partial<Indicator> & Pick<Indicator, 'code'>): Indicator {
  return {
    id: nextId(),
    title: `Indicatore ${overrides.code}`,
    formula: null,
    expression: null,
    purpose: null,
    polarity: 'positive',
    binary: false,
    unitOfMeasure: null,
    baseline: null,
    target: null,
    targetText: null,
    targetsByYear: null,
    weight: null,
    measurementDeadline: null,
    deadlineText: null,
    rowVersion: 1,
    ...overrides,
  };
}

export function objective(overrides: Partial<Objective> & Pick<Objective, 'code' | 'indicators'>): Objective {
  return {
    id: nextId(),
    title: `Obiettivo ${overrides.code}`,
    definition: null,
    kind: 'operational',
    weight: null,
    unit: null,
    responsible: null,
    assignees: [],
    allStaff: false,
    periodStart: null,
    periodEnd: null,
    periodText: null,
    humanResources: null,
    instrumentalResources: null,
    financialResources: null,
    phases: [],
    rowVersion: 1,
    ...overrides,
  };
}

export function line(title: string, objectives: Objective[]): StrategicLine {
  return { id: nextId(), code: null, title, description: null, objectives };
}

export function plan(strategicLines: StrategicLine[], overrides: Partial<PlanDocument> = {}): PlanDocument {
  return {
    id: nextId(),
    orgId: nextId(),
    title: 'Piano di prova',
    kind: 'peg',
    startYear: 2019,
    endYear: 2021,
    status: 'adopted',
    version: 0,
    currentVersion: 0,
    introduction: null,
    act: null,
    rowVersion: 1,
    strategicLines,
    ...overrides,
  };
}

let sequence = 0;
export function measured(
  indicatorId: string,
  value: number,
  options: { date?: string; final?: boolean; status?: string; variables?: Record<string, number> } = {},
) {
  sequence++;
  return {
    id: nextId(),
    indicatorId,
    date: options.date ?? '2019-12-31',
    final: options.final ?? true,
    value,
    sequence,
    status: options.status ?? 'recorded',
    variables: options.variables ?? null,
  };
}
