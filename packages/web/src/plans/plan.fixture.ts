import type { Indicator, Objective, Phase, PlanDocument } from '@traguardo/domain/plan/plan.schema';

// A plan document shaped like GET /api/v1/plans/{id}, with rows from the two seeds.

let counter = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

export function indicatorFixture(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: uuid(),
    code: '1011',
    title: 'Incremento visitatori',
    formula: '(Nr utenti anno di riferimento-nr utenti anno precedente)/utenti anno precedente) *100',
    expression: null,
    purpose: 'Monitorare l’attrattività delle nuove dotazioni nei Musei Civici',
    polarity: 'positive',
    binary: false,
    unitOfMeasure: null,
    baseline: null,
    target: 3,
    targetText: null,
    targetsByYear: null,
    weight: 40,
    measurementDeadline: null,
    deadlineText: null,
    rowVersion: 1,
    ...overrides,
  };
}

export function phaseFixture(overrides: Partial<Phase> = {}): Phase {
  return {
    id: uuid(),
    number: 6,
    title: 'Attività di Collaborazione con il Centro Estivo per emergenza covid-19',
    months: [5, 6, 7],
    assignees: ['DE LUCA Ida'],
    rowVersion: 1,
    ...overrides,
  };
}

export function objectiveFixture(overrides: Partial<Objective> = {}): Objective {
  return {
    id: uuid(),
    code: 'C50_0004',
    title: 'Ulteriore sviluppo degli allestimenti permanenti nei Musei Civici',
    definition: 'Nell’ambito della programmazione dell’offerta culturale della città…',
    kind: 'strategic',
    weight: 8,
    unit: { id: uuid(), name: 'Cultura Musei e City Branding' },
    responsible: { id: uuid(), name: 'Quaglia Maurizia' },
    assignees: [],
    allStaff: false,
    periodStart: null,
    periodEnd: null,
    periodText: null,
    humanResources: null,
    instrumentalResources: null,
    financialResources: null,
    indicators: [],
    phases: [],
    rowVersion: 1,
    ...overrides,
  };
}

export function planFixture(objectives: Objective[]): PlanDocument {
  return {
    id: uuid(),
    orgId: uuid(),
    title: 'Piano Esecutivo di Gestione/Piano della Performance 2019-2021',
    kind: 'peg',
    startYear: 2019,
    endYear: 2021,
    status: 'adopted',
    version: 0,
    currentVersion: 0,
    introduction: null,
    act: { number: '12', date: '2019-03-20', body: 'Giunta Comunale' },
    rowVersion: 1,
    strategicLines: [
      {
        id: uuid(),
        code: null,
        title: 'Città per una cultura fra memoria ed immaginazione',
        description: null,
        objectives,
      },
    ],
  };
}
