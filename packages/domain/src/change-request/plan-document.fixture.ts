import type { PlanDocument } from '../plan/plan.schema.ts';
import { completeIndicator, completeObjective, completePhase } from './apply-plan-operations.ts';
import type { NewIndicator } from './change-request.schema.ts';

/** Test data: a plan document from a compact outline, with ids derived from codes ("ind-1299"). */
export const lineId = (n: number) => `00000000-0000-4000-8000-00000000010${n}`;

export type Outline = {
  version?: number;
  lines: {
    title: string;
    objectives: {
      code: string;
      title?: string;
      weight?: number;
      unit?: string;
      responsible?: string;
      indicators?: (Partial<NewIndicator> & { code: string })[];
      phases?: { number: number; title: string; months?: number[] }[];
    }[];
  }[];
};

export function planDocument(outline: Outline): PlanDocument {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    orgId: '00000000-0000-4000-8000-000000000002',
    title: 'PEG/Piano della Performance 2019-2021',
    kind: 'peg',
    startYear: 2019,
    endYear: 2021,
    status: 'adopted',
    version: outline.version ?? 0,
    currentVersion: outline.version ?? 0,
    introduction: null,
    act: { number: '1', date: '2019-01-31', body: 'Giunta Comunale' },
    rowVersion: 1,
    strategicLines: outline.lines.map((l, n) => ({
      id: lineId(n + 1),
      code: null,
      title: l.title,
      description: null,
      objectives: l.objectives.map((o) => ({
        ...completeObjective(`obj-${o.code}`, {
          code: o.code,
          title: o.title ?? `Obiettivo ${o.code}`,
          weight: o.weight ?? 8,
          strategicLineId: lineId(n + 1),
        }),
        unit: o.unit ? { id: `unit-${o.unit}`, name: o.unit } : null,
        responsible: o.responsible ? { id: `person-${o.responsible}`, name: o.responsible } : null,
        indicators: (o.indicators ?? []).map((i) =>
          completeIndicator(`ind-${i.code}`, { title: `Indicatore ${i.code}`, ...i }),
        ),
        phases: (o.phases ?? []).map((p) =>
          completePhase(`phase-${o.code}-${p.number}`, { ...p, months: p.months ?? [], assignees: [] }),
        ),
      })),
    })),
  };
}

/** A slice of Cremona's PEG 2019 (seed 002) before its fifth amendment. */
export const cremonaOutline: Outline = {
  lines: [
    {
      title: "Città che si prende cura dell'ambiente e che lavora nell'ottica area vasta",
      objectives: [
        {
          code: 'C77_0004',
          unit: 'Settore Sviluppo Lavoro, Area Omogenea ed Ambiente',
          responsible: 'Pesaro Mara',
          title: 'Bilancio ambientale consuntivo 2018 e preventivo 2019',
          indicators: [
            { code: '1389', title: 'Numero visualizzazioni documento', target: 200, weight: 20 },
            { code: '1390', title: 'Andamento degli indicatori', target: 90, weight: 40 },
          ],
        },
        {
          code: 'C80_0003',
          unit: 'Settore Sviluppo Lavoro, Area Omogenea ed Ambiente',
          responsible: 'Pesaro Mara',
          indicators: [{ code: '1414', target: 90, weight: 40 }],
          phases: [
            { number: 1, title: 'Controlli sul territorio', months: [1, 2, 3] },
            {
              number: 2,
              title:
                'Convocazione degli Osservatori per la gestione delle principali problematiche ambientali',
              months: [9, 10],
            },
          ],
        },
      ],
    },
    {
      title: 'Città per una cultura fra memoria ed immaginazione',
      objectives: [
        {
          code: 'C50_0004',
          unit: 'Cultura Musei e City Branding',
          responsible: 'Quaglia Maurizia',
          indicators: [
            { code: '1011', title: 'Incremento visitatori', target: 3, weight: 40 },
            {
              code: '1299',
              title: 'Nr giorni di utilizzo delle nuove sale per mostre temporanee',
              target: 247,
              weight: 30,
            },
          ],
        },
        {
          code: 'C50_0005',
          unit: 'Cultura Musei e City Branding',
          responsible: 'Quaglia Maurizia',
          indicators: [
            {
              code: '278',
              title: 'Partecipazione del pubblico alle iniziative',
              target: 91690,
              targetText: '91.690',
              weight: 50,
            },
          ],
        },
      ],
    },
    {
      title: 'Una pubblica amministrazione efficiente che costruisce partecipazione',
      objectives: [
        {
          code: 'C21_0007',
          unit: 'Unità di Staff Provveditorato ed Economato',
          responsible: 'Secchi Tania',
          indicators: [
            {
              code: '1477',
              title: 'Numero aggiornamenti e modifiche del Piano biennale eseguiti',
              formula: 'Numero variazioni attuate del Piano Biennale',
              target: 4,
              weight: 30,
            },
          ],
        },
        {
          code: 'C0136_0002',
          unit: 'Gestione Giuridico-Amministrativa ed Economica dei Rapporti di Lavoro',
          responsible: 'Segalini Maurilio',
          indicators: [{ code: '1528', polarity: 'negative', target: 1, weight: 20 }],
        },
        {
          code: 'C16_0011',
          unit: 'Gestione Giuridico-Amministrativa ed Economica dei Rapporti di Lavoro',
          responsible: 'Segalini Maurilio',
          indicators: [
            {
              code: '1563',
              title: 'Rilevazione delle competenze effettuata.',
              formula: '1 fatto 0 non fatto',
              binary: true,
              target: 1,
              weight: 100,
              purpose:
                'Misura se effettivamente la rilevazione delle competenze professionali dei dipendenti è stata effettuata.',
            },
          ],
        },
      ],
    },
  ],
};
