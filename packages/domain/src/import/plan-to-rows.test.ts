import { describe, expect, it } from 'vitest';
import {
  indicator as fixtureIndicator,
  objective as fixtureObjective,
} from '../achievement/test-plan.fixture.ts';
import type { Indicator, Objective, PlanDocument } from '../plan/plan.schema.ts';
import type { Cell } from './cell.ts';
import { parsePlanTable } from './plan-table.ts';
import { planToRows } from './plan-to-rows.ts';

const ID = '00000000-0000-4000-8000-000000000000';

const indicator = (over: Partial<Indicator>): Indicator =>
  fixtureIndicator({ id: ID, code: 'X', title: 'x', ...over });

const objective = (over: Partial<Objective>): Objective =>
  fixtureObjective({ id: ID, code: 'O', title: 'o', indicators: [], ...over });

const plan: Pick<PlanDocument, 'strategicLines'> = {
  strategicLines: [
    {
      id: ID,
      code: null,
      title: 'Città per una cultura fra memoria ed immaginazione',
      description: null,
      objectives: [
        objective({
          code: 'C50_0005',
          title: '=Definizione, progettazione e realizzazione degli eventi',
          definition: 'La definizione puntuale e tempestiva della programmazione culturale annuale',
          kind: 'strategic',
          weight: 8,
          unit: { id: ID, name: 'Cultura Musei e City Branding' },
          responsible: { id: ID, name: 'Quaglia Maurizia' },
          indicators: [
            indicator({
              code: '278',
              title: 'Partecipazione del pubblico alle iniziative',
              target: 91690,
              weight: 50,
            }),
            indicator({
              code: '349',
              title: 'Sponsorizzazioni e contributi',
              formula: 'sponsorizzazioni accertate/impegni assunti %',
              target: 30,
              weight: 50,
              measurementDeadline: '2019-12-31',
            }),
          ],
        }),
      ],
    },
    {
      id: ID,
      code: null,
      title: 'Specifici obiettivi anno 2020',
      description: null,
      objectives: [
        objective({
          code: 'OB1',
          title: 'Trasparenza',
          indicators: [
            indicator({
              code: 'IND1',
              title: '-Pubblicazione dati',
              target: 80,
              targetText: 'Almeno 80%',
              polarity: 'negative',
              deadlineText: 'semestrale',
            }),
          ],
        }),
        objective({ code: 'OB2', title: 'Senza indicatori', kind: 'management' }),
      ],
    },
  ],
};

describe('planToRows', () => {
  const table = planToRows(plan);

  it('writes one row per indicator in the import layout, neutralising formula-like texts', () => {
    expect(table.header.slice(0, 4)).toEqual([
      'Linea strategica',
      'Responsabile Settore',
      'Settore',
      'Codice Obiettivo',
    ]);
    expect(table.lines.map((l) => l.rows.length)).toEqual([2, 2]);
    const first = table.lines[0]?.rows[0];
    expect(first?.[4]).toBe("'=Definizione, progettazione e realizzazione degli eventi");
    expect(table.lines[1]?.rows[0]).toContain("'-Pubblicazione dati");
    expect(table.lines[1]?.rows[0]).toContain('Almeno 80%');
  });

  it('imports back as the same plan', () => {
    const rows: Cell[][] = [table.header, ...table.lines.flatMap((l) => l.rows)];
    const result = parsePlanTable(rows);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const back = result.plan.lines.map((l) => ({
      title: l.title,
      objectives: l.objectives.map(({ row: _r, indicators, ...o }) => ({
        ...o,
        indicators: indicators.map(({ row: _i, ...i }) => i),
      })),
    }));
    const expected = plan.strategicLines.map((l) => ({
      title: l.title,
      objectives: l.objectives.map((o) => ({
        code: o.code,
        title: o.title,
        definition: o.definition,
        kind: o.kind,
        weight: o.weight,
        unitName: o.unit?.name ?? null,
        responsibleName: o.responsible?.name ?? null,
        indicators: o.indicators.map((i) => ({
          code: i.code,
          title: i.title,
          formula: i.formula,
          purpose: i.purpose,
          polarity: i.polarity,
          binary: i.binary,
          unitOfMeasure: i.unitOfMeasure,
          target: i.target,
          targetText: i.targetText,
          weight: i.weight,
          measurementDeadline: i.measurementDeadline,
          deadlineText: i.deadlineText,
        })),
      })),
    }));
    expect(back).toEqual(expected);
  });
});
