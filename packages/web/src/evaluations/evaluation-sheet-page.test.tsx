import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { EvaluationDetail } from '@traguardo/domain/evaluation/evaluation.schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n.ts';
import { planFixture } from '../plans/plan.fixture.ts';
import { renderRoutes } from '../ui/testing/render-routes.tsx';
import { EvaluationSheetPage } from './evaluation-sheet-page.tsx';

const plan = planFixture([]);
const SHEET_ID = '00000000-0000-4000-8000-0000000000e1';
const NO = {
  score: false,
  selfAssess: false,
  deliver: false,
  acknowledge: false,
  contest: false,
  review: false,
  finalize: false,
};

function sheetFixture(overrides: Partial<EvaluationDetail> = {}): EvaluationDetail {
  return {
    id: SHEET_ID,
    planId: plan.id,
    person: { id: '00000000-0000-4000-8000-0000000000a1', name: 'Ida De Luca' },
    category: 'dipendente',
    evaluator: { id: '00000000-0000-4000-8000-0000000000a2', name: 'Giovanna Cammara', kind: 'manager' },
    objectivesScore: 57.5,
    behavioursScore: null,
    total: null,
    bonusCents: null,
    status: 'draft',
    objectivesMax: 60,
    behavioursMax: 40,
    weightedAchievement: 95.8333,
    objectives: [
      {
        id: '00000000-0000-4000-8000-0000000000b1',
        code: '1',
        title: 'TRASPARENZA',
        weight: null,
        achievement: 100,
        counted: true,
        relation: 'all_staff',
      },
      {
        id: '00000000-0000-4000-8000-0000000000b2',
        code: '6',
        title: 'Centro Estivo',
        weight: null,
        achievement: 91.6667,
        counted: true,
        relation: 'assignee',
      },
      {
        id: '00000000-0000-4000-8000-0000000000b3',
        code: '7',
        title: 'Archivio',
        weight: 2,
        achievement: null,
        counted: false,
        relation: 'assignee',
      },
    ],
    objectivesExplanation: [
      '1 – TRASPARENZA: raggiungimento 100%, peso 1.',
      '6 – Centro Estivo: raggiungimento 91,67%, peso 1.',
      '7 – Archivio: non misurato, escluso dal calcolo.',
      'Raggiungimento ponderato: (1 × 100% + 1 × 91,67%) / (1 + 1) = 95,83%.',
      'Punteggio obiettivi: 60 × 95,83% = 57,50 su 60.',
    ],
    behaviours: [
      {
        criterion: 'qualita',
        name: 'Qualità e precisione',
        description: null,
        maxPoints: 10,
        points: 9,
        comment: 'Precisa',
      },
      {
        criterion: 'impegno',
        name: 'Impegno e affidabilità',
        description: null,
        maxPoints: 8,
        points: null,
        comment: null,
      },
    ],
    selfAssessment: null,
    contestReason: null,
    reviewNote: null,
    dates: {
      deliveredAt: null,
      seenOn: null,
      contestBy: null,
      contestedAt: null,
      reviewBy: null,
      reviewedAt: null,
    },
    events: [
      { id: 'e1', action: 'opened', at: '2021-01-11T09:00:00.000Z', actor: 'Segretario demo', note: null },
    ],
    can: NO,
    ...overrides,
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

let current = sheetFixture();
const sent: { method: string; url: string; body: unknown }[] = [];
const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(String(input), 'http://localhost');
  const method = init?.method ?? 'GET';
  if (method !== 'GET') {
    const body: unknown = init?.body ? JSON.parse(String(init.body)) : null;
    sent.push({ method, url: url.pathname, body });
    if (url.pathname.endsWith('/acknowledge')) current = { ...current, status: 'acknowledged', can: NO };
    return json(current);
  }
  if (url.pathname === `/api/v1/evaluations/${SHEET_ID}`) return json(current);
  if (url.pathname === `/api/v1/plans/${plan.id}`) return json(plan);
  if (url.pathname === '/api/v1/me')
    return json({ id: 'u', email: 'x@y.it', name: 'X', isInstanceAdmin: false, organizations: [] });
  return json({ title: 'Not found', status: 404, detail: 'No route' }, 404);
});

beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  fetchMock.mockClear();
  sent.length = 0;
});

function renderSheet() {
  renderRoutes(
    [{ path: '/evaluations/:evaluationId', element: <EvaluationSheetPage /> }],
    `/evaluations/${SHEET_ID}`,
  );
}

describe('the evaluation sheet page', () => {
  it('explains the objectives part objective by objective, an unmeasured one left out', async () => {
    current = sheetFixture();
    renderSheet();
    const table = await screen.findByRole('table', {
      name: 'Obiettivi della persona e loro grado di raggiungimento',
    });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => Array.from(r.querySelectorAll('td'), (c) => c.textContent));
    expect(rows).toEqual([
      ['1', 'TRASPARENZA', 'Tutto il personale', '1', '100%'],
      ['6', 'Centro Estivo', 'Assegnato', '1', '91,67%'],
      ['7', 'Archivio', 'Assegnato', '2', 'non misurato'],
    ]);
    expect(screen.getByText('Punteggio obiettivi: 60 × 95,83% = 57,50 su 60.')).toBeTruthy();
    expect(screen.getByTestId('sheet-total').textContent).toBe('non ancora calcolabile');
    // The person reads: no form, the points as given.
    expect(screen.queryByRole('button', { name: 'Salva i punteggi' })).toBeNull();
    expect(screen.getByText('da valutare')).toBeTruthy();
  });

  it('gives the evaluator a points field per criterion, refuses points above the maximum and sends the rest', async () => {
    current = sheetFixture({ can: { ...NO, score: true, deliver: false } });
    renderSheet();
    const qualita = await screen.findByLabelText('Punti per «Qualità e precisione» (da 0 a 10)');
    expect((qualita as HTMLInputElement).value).toBe('9');
    fireEvent.change(qualita, { target: { value: '11' } });
    expect(screen.getByText('Indicare un numero da 0 a 10.')).toBeTruthy();
    const save = screen.getByRole('button', { name: 'Salva i punteggi' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(qualita, { target: { value: '9,5' } });
    fireEvent.change(screen.getByLabelText('Punti per «Impegno e affidabilità» (da 0 a 8)'), {
      target: { value: '7' },
    });
    fireEvent.change(screen.getByLabelText('Osservazioni su «Impegno e affidabilità»'), {
      target: { value: 'Sempre presente' },
    });
    fireEvent.click(save);
    await screen.findByText('Punteggi salvati.');
    expect(sent).toEqual([
      {
        method: 'PUT',
        url: `/api/v1/evaluations/${SHEET_ID}`,
        body: {
          behaviours: [
            { criterion: 'qualita', points: 9.5, comment: 'Precisa' },
            { criterion: 'impegno', points: 7, comment: 'Sempre presente' },
          ],
        },
      },
    ]);
  });

  it('lets the person acknowledge a delivered sheet or contest it with reasons by the deadline', async () => {
    current = sheetFixture({
      status: 'delivered',
      behavioursScore: 35,
      total: 92.5,
      dates: {
        ...sheetFixture().dates,
        deliveredAt: '2021-03-01T10:00:00.000Z',
        seenOn: '2021-03-01',
        contestBy: '2021-03-15',
      },
      can: { ...NO, acknowledge: true, contest: true },
    });
    renderSheet();
    expect(await screen.findByText('Richiesta di riesame possibile entro il 15/03/2021')).toBeTruthy();
    expect(screen.getByText(/Entro il 15\/03\/2021: la richiesta è esaminata/)).toBeTruthy();
    expect(screen.getByTestId('sheet-total').textContent).toBe('92,50 su 100');
    const contest = screen.getByRole('button', { name: 'Chiedo il riesame' });
    expect((contest as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Prendo visione della valutazione' }));
    await screen.findByText('Presa visione', { selector: '.badge' });
    expect(sent.map((s) => s.url)).toEqual([`/api/v1/evaluations/${SHEET_ID}/acknowledge`]);
  });
});
