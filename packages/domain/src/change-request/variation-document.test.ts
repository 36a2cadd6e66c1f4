import { describe, expect, it } from 'vitest';
import { cremonaOutline, planDocument } from './plan-document.fixture.ts';
import { type VariationRequest, variationSections } from './variation-document.ts';

const base = planDocument(cremonaOutline);

const request = (
  over: Partial<VariationRequest> & Pick<VariationRequest, 'targetType' | 'targetId'>,
): VariationRequest => ({
  id: `cr-${over.targetId}`,
  changes: {},
  requestText: null,
  reason: 'Motivazione',
  outcome: 'accepted',
  decisionNote: null,
  decisionChanges: null,
  ...over,
});

describe('variationSections (Variazioni ed integrazioni al Piano dettagliato degli obiettivi)', () => {
  const sections = variationSections(base, [
    request({
      targetType: 'indicator',
      targetId: 'ind-1299',
      changes: { target: 217 },
      requestText: 'Contestualmente, il target dovrebbe essere ridotto a 217',
      reason: 'Nuove disposizioni regolamentari del MiBACT',
      decisionNote: "VIENE ACCOLTA LA RICHIESTA DI VARIAZIONE DELL'INDICATORE",
    }),
    request({
      targetType: 'objective',
      targetId: 'obj-C16_0011',
      outcome: 'accepted_with_changes',
      changes: { periodText: 'Primo trimestre 2020' },
      decisionChanges: { weight: 5 },
    }),
  ]);

  it('lists, line by line, every objective of each unit that filed a request', () => {
    expect(sections.map((s) => [s.line, [...new Set(s.rows.map((r) => r.objectiveCode))]])).toEqual([
      ['Città per una cultura fra memoria ed immaginazione', ['C50_0004', 'C50_0005']],
      ['Una pubblica amministrazione efficiente che costruisce partecipazione', ['C0136_0002', 'C16_0011']],
    ]);
  });

  it('writes the request, its reason and the decision on the row of the indicator, with the values as they stood', () => {
    const row = sections[0]?.rows.find((r) => r.indicatorCode === '1299');
    expect(row).toMatchObject({
      firstOfObjective: false,
      target: '247',
      weight: '30',
      request: 'Contestualmente, il target dovrebbe essere ridotto a 217',
      reason: 'Nuove disposizioni regolamentari del MiBACT',
      decision: "VIENE ACCOLTA LA RICHIESTA DI VARIAZIONE DELL'INDICATORE",
      changed: true,
    });
    expect(sections[0]?.rows.find((r) => r.indicatorCode === '278')).toMatchObject({
      target: '91.690',
      changed: false,
    });
  });

  it('reads the changes when the request or the decision has no words of its own', () => {
    const row = sections[1]?.rows.find((r) => r.objectiveCode === 'C16_0011');
    expect(row).toMatchObject({
      firstOfObjective: true,
      responsible: 'Segalini Maurilio',
      request: 'Obiettivo C16_0011 – periodo: — → Primo trimestre 2020',
      decision: 'Accolta con modifiche\n\nObiettivo C16_0011 – peso: 8 → 5',
    });
  });

  it('writes a new objective under its line', () => {
    const [section] = variationSections(base, [
      request({
        targetType: 'plan',
        targetId: null,
        changes: {
          newObjective: {
            strategicLineId: base.strategicLines[1]?.id,
            code: 'C50_0009',
            title: 'Mostra Orazio Gentileschi',
            indicators: [{ code: '1700', title: 'Visitatori della mostra', target: 30000 }],
          },
        },
      }),
    ]);
    expect(section?.rows).toMatchObject([
      {
        objectiveCode: 'C50_0009',
        objectiveTitle: 'Mostra Orazio Gentileschi (nuovo obiettivo)',
        indicatorCode: '1700',
        target: '30.000',
      },
    ]);
  });
});
