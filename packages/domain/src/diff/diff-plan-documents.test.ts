import { describe, expect, it } from 'vitest';
import { applyPlanOperations } from '../change-request/apply-plan-operations.ts';
import { cremonaOutline, lineId, planDocument } from '../change-request/plan-document.fixture.ts';
import type { PlanOperation } from '../change-request/plan-operations.ts';
import { describePlanChange } from './describe-plan-change.ts';
import { diffPlanDocuments } from './diff-plan-documents.ts';

const v0 = planDocument(cremonaOutline);
const amended = (ops: PlanOperation[]) => ({ ...applyPlanOperations(v0, ops), version: 1 });
const lines = (ops: PlanOperation[]) => diffPlanDocuments(v0, amended(ops)).changes.map(describePlanChange);

describe('diffPlanDocuments', () => {
  it('finds nothing between a version and itself', () => {
    expect(diffPlanDocuments(v0, v0).changes).toEqual([]);
  });

  it('reports the versions it compares', () => {
    const diff = diffPlanDocuments(v0, amended([]));
    expect([diff.from, diff.to]).toEqual([0, 1]);
  });

  // The decisions of the Nucleo di Valutazione in Cremona's fifth amendment (seed 002).
  it.each<[string, PlanOperation[], string[]]>([
    [
      'a target reduced (1299: 247 → 217)',
      [{ op: 'update-indicator', id: 'ind-1299', fields: { target: 217 } }],
      ['Indicatore 1299 – target: 247 → 217'],
    ],
    [
      'a target in thousands (278: 91.690 → 78.000)',
      [{ op: 'update-indicator', id: 'ind-278', fields: { target: 78000 } }],
      ['Indicatore 278 – target: 91.690 → 78.000'],
    ],
    [
      "an objective's weight reduced from 8 points to 5 (C77_0004)",
      [{ op: 'update-objective', id: 'obj-C77_0004', fields: { weight: 5 } }],
      ['Obiettivo C77_0004 – peso: 8 → 5'],
    ],
    [
      'an indicator rewritten (1011 becomes Numero visitatori, target 50.000)',
      [{ op: 'update-indicator', id: 'ind-1011', fields: { title: 'Numero visitatori', target: 50000 } }],
      ['Indicatore 1011 – titolo: Incremento visitatori → Numero visitatori; target: 3 → 50.000'],
    ],
    [
      'a formula and target changed together (1477)',
      [
        {
          op: 'update-indicator',
          id: 'ind-1477',
          fields: { formula: 'modifiche piano biennale/numero richieste pervenute * 100', target: 100 },
        },
      ],
      [
        'Indicatore 1477 – formula: Numero variazioni attuate del Piano Biennale → modifiche piano biennale/numero richieste pervenute * 100; target: 4 → 100',
      ],
    ],
    [
      'a decimal target written the Italian way (1528: 0,1)',
      [{ op: 'update-indicator', id: 'ind-1528', fields: { target: 0.1 } }],
      ['Indicatore 1528 – target: 1 → 0,1'],
    ],
    [
      'a phase removed (C80_0003: the Osservatori)',
      [{ op: 'remove-phase', id: 'phase-C80_0003-2' }],
      [
        "Fase 2 dell'obiettivo C80_0003 – eliminata (Convocazione degli Osservatori per la gestione delle principali problematiche ambientali)",
      ],
    ],
    [
      "a phase's months moved",
      [{ op: 'update-phase', id: 'phase-C80_0003-1', fields: { months: [10, 11, 12] } }],
      ["Fase 1 dell'obiettivo C80_0003 – mesi: gen, feb, mar → ott, nov, dic"],
    ],
    [
      'an indicator replaced by another (1563) and the weight cut',
      [
        { op: 'remove-indicator', id: 'ind-1563' },
        {
          op: 'add-indicator',
          id: 'ind-1563-bis',
          objectiveId: 'obj-C16_0011',
          replaces: 'ind-1563',
          indicator: { code: '1563-bis', title: 'Definizione della scheda di rilevazione delle competenze' },
        },
        { op: 'update-objective', id: 'obj-C16_0011', fields: { weight: 5 } },
      ],
      [
        'Obiettivo C16_0011 – peso: 8 → 5',
        'Indicatore 1563 – eliminato (Rilevazione delle competenze effettuata.)',
        'Indicatore 1563-bis – aggiunto: Definizione della scheda di rilevazione delle competenze',
      ],
    ],
    [
      'a whole objective removed, with its indicators',
      [{ op: 'remove-objective', id: 'obj-C50_0005' }],
      [
        'Obiettivo C50_0005 – eliminato (Obiettivo C50_0005)',
        'Indicatore 278 – eliminato (Partecipazione del pubblico alle iniziative)',
      ],
    ],
    [
      'a new objective',
      [
        {
          op: 'add-objective',
          id: 'obj-new',
          objective: {
            code: 'C50_0009',
            title: 'Mostra Orazio Gentileschi 2020',
            strategicLineId: lineId(2),
          },
        },
      ],
      ['Obiettivo C50_0009 – aggiunto: Mostra Orazio Gentileschi 2020'],
    ],
  ])('reads %s', (_case, ops, expected) => {
    expect(lines(ops)).toEqual(expected);
  });

  it('gives each changed field with its value before and after', () => {
    const diff = diffPlanDocuments(
      v0,
      amended([{ op: 'update-indicator', id: 'ind-1299', fields: { target: 217 } }]),
    );
    expect(diff.changes).toEqual([
      {
        type: 'indicator',
        id: 'ind-1299',
        code: '1299',
        title: 'Nr giorni di utilizzo delle nuove sale per mostre temporanee',
        parentCode: 'C50_0004',
        change: 'modified',
        fields: { target: { from: 247, to: 217 } },
      },
    ]);
  });

  it('keeps the order of the plan: several changes read top to bottom', () => {
    const result = lines([
      { op: 'update-indicator', id: 'ind-278', fields: { target: 78000 } },
      { op: 'update-objective', id: 'obj-C50_0005', fields: { weight: 5 } },
      { op: 'update-objective', id: 'obj-C77_0004', fields: { weight: 5 } },
    ]);
    expect(result).toEqual([
      'Obiettivo C77_0004 – peso: 8 → 5',
      'Obiettivo C50_0005 – peso: 8 → 5',
      'Indicatore 278 – target: 91.690 → 78.000',
    ]);
  });

  it('compares targets by year whatever the order of their keys', () => {
    const a = applyPlanOperations(v0, [
      { op: 'update-indicator', id: 'ind-1389', fields: { targetsByYear: { '2019': 200, '2020': 250 } } },
    ]);
    const b = applyPlanOperations(v0, [
      { op: 'update-indicator', id: 'ind-1389', fields: { targetsByYear: { '2020': 250, '2019': 200 } } },
    ]);
    expect(diffPlanDocuments(a, b).changes).toEqual([]);
  });
});
