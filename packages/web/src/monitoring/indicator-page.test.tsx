import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { buildDashboard } from '@traguardo/domain/achievement/build-dashboard';
import { computePlanAchievement } from '@traguardo/domain/achievement/compute-plan-achievement';
import { DEFAULT_ACHIEVEMENT_RULES } from '@traguardo/domain/achievement/evaluation-rules.schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n.ts';
import { indicatorFixture, objectiveFixture, planFixture } from '../plans/plan.fixture.ts';
import { renderRoutes } from '../ui/testing/render-routes.tsx';
import { dashboardApi } from './dashboard-api.fixture.ts';
import { DashboardPage } from './dashboard-page.tsx';
import { IndicatorPage } from './indicator-page.tsx';

const i1391 = indicatorFixture({
  code: '1391',
  title: 'Andamento macro aree del documento',
  formula: 'n. azioni realizzate /n. azioni previste*100',
  expression: 'realizzate / previste * 100',
  target: 60,
  weight: 40,
});
const i1389 = indicatorFixture({
  code: '1389',
  title: 'Numero visualizzazioni documento',
  target: 200,
  weight: 60,
});
const objective = objectiveFixture({ code: 'C77_0004', indicators: [i1391, i1389] });
const plan = planFixture([objective]);
const unitId = objective.unit?.id ?? '';
const measurement = {
  id: '00000000-0000-4000-8000-00000000aaaa',
  indicatorId: i1389.id,
  date: '2019-09-30',
  final: false,
  value: 150,
  sequence: 1,
  status: 'recorded',
  variables: null,
};
const achievement = computePlanAchievement(plan, [measurement], DEFAULT_ACHIEVEMENT_RULES);
const dashboardResponse = dashboardApi({
  planId: plan.id,
  full: (filters) => buildDashboard({ plan, achievement, today: '2019-10-15', filters }),
  pageSize: 50,
});
const me = (roles: string[]) => ({
  id: '00000000-0000-4000-8000-999999999999',
  email: 'responsabile@cremona.demo',
  name: 'Quaglia Maurizia',
  isInstanceAdmin: false,
  organizations: [
    { id: plan.orgId, name: 'Comune di Cremona', slug: 'cremona', roles, unitIds: [unitId], personId: null },
  ],
});
let roles = ['manager'];
const posted: unknown[] = [];

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

// Only the network is replaced: pages, client, schemas and the domain's calculation are real.
const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(String(input), 'http://localhost');
  if (url.pathname === '/api/v1/me') return json(me(roles));
  if (url.pathname === `/api/v1/plans/${plan.id}`) return json(plan);
  if (url.pathname === `/api/v1/plans/${plan.id}/achievement`) return json(achievement);
  const dashboard = dashboardResponse(url);
  if (dashboard) return dashboard;
  if (url.pathname === `/api/v1/indicators/${i1391.id}/measurements`) {
    if (init?.method === 'POST') {
      const body = JSON.parse(String(init.body));
      posted.push(body);
      return json(
        {
          id: '00000000-0000-4000-8000-00000000bbbb',
          indicatorId: i1391.id,
          planId: plan.id,
          ...body,
          value: 90,
          status: 'recorded',
          recordedBy: null,
          recordedAt: '2019-10-15T10:00:00Z',
          validation: null,
          evidence: [],
          counts: true,
        },
        201,
      );
    }
    return json([]);
  }
  return json({ title: 'Not found', status: 404, detail: 'No route' }, 404);
});

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  // jsdom has no canvas: Chart.js then draws nothing, which is all these tests need.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  fetchMock.mockClear();
  posted.length = 0;
  roles = ['manager'];
});

function renderAt(path: string) {
  renderRoutes(
    [
      { path: '/plans/:planId/indicators/:indicatorId', element: <IndicatorPage /> },
      { path: '/plans/:planId/dashboard', element: <DashboardPage /> },
    ],
    path,
  );
}

describe('recording a measurement', () => {
  it('asks for the formula’s variables and shows the calculation in words before saving', async () => {
    renderAt(`/plans/${plan.id}/indicators/${i1391.id}`);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'Rilevazioni dell’indicatore 1391',
    );
    fireEvent.change(await screen.findByLabelText('Valore di «realizzate»'), { target: { value: '45' } });
    expect(screen.getByText('Inserire il risultato per vedere il calcolo.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Valore di «previste»'), { target: { value: '50' } });
    expect(screen.getByTestId('calculation').textContent).toBe(
      'realizzate = 45, previste = 50 → valore calcolato 90; 90 su 60 → 150%, limitato al 100%',
    );
    fireEvent.change(screen.getByLabelText('Valore di «previste»'), { target: { value: '0' } });
    expect(screen.getByText('Divisione per zero: «previste» vale 0.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Valore di «previste»'), { target: { value: '75' } });
    fireEvent.click(screen.getByLabelText('Finale (consuntivo)'));
    fireEvent.change(screen.getByLabelText('Data della rilevazione'), { target: { value: '2019-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registra la rilevazione' }));
    expect(
      await screen.findByText('Rilevazione registrata. Il grado di raggiungimento è aggiornato.'),
    ).toBeTruthy();
    expect(posted).toEqual([
      { date: '2019-12-31', final: true, note: null, variables: { realizzate: 45, previste: 75 } },
    ]);
  });

  it('takes a value typed the Italian way', async () => {
    renderAt(`/plans/${plan.id}/indicators/${i1391.id}`);
    fireEvent.click(await screen.findByLabelText('Valore'));
    fireEvent.change(screen.getByLabelText('Valore rilevato'), { target: { value: '1.234,5' } });
    expect(screen.getByTestId('calculation').textContent).toBe('1.234,5 su 60 → 2.057,5%, limitato al 100%');
    fireEvent.change(screen.getByLabelText('Valore rilevato'), { target: { value: '12abc' } });
    expect(screen.getByText('Numero non valido: 12abc')).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Registra la rilevazione' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('offers no form to a user who may not measure the indicator', async () => {
    roles = ['viewer'];
    renderAt(`/plans/${plan.id}/indicators/${i1391.id}`);
    await screen.findByRole('heading', { level: 1 });
    await screen.findByText('Storico delle rilevazioni');
    expect(screen.queryByRole('button', { name: 'Registra la rilevazione' })).toBeNull();
  });
});

describe('the plan dashboard', () => {
  it('shows each objective’s traffic light in words and every chart’s data as a table', async () => {
    renderAt(`/plans/${plan.id}/dashboard`);
    const objectives = await screen.findByRole('table', {
      name: 'Obiettivi con grado di raggiungimento e semaforo',
    });
    const row = within(objectives).getAllByRole('row')[1];
    // 1389: 150 of 200 → 75% (weight 60); 1391 unmeasured → objective 75%, "Da seguire".
    expect(row?.textContent).toContain('75%');
    expect(row?.textContent).toContain('Da seguire');
    expect(row?.textContent).toContain('1 su 2 rilevati');
    expect(screen.getByRole('table', { name: 'Grado di raggiungimento per linea strategica' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Grado di raggiungimento per settore' })).toBeTruthy();
    const lights = screen.getByRole('table', { name: 'Numero di obiettivi per semaforo' });
    expect(
      within(lights)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['SemaforoObiettivi', 'In linea0', 'Da seguire1', 'Critico0', 'Non rilevato0']);
    expect(
      screen.getByRole('img', { name: /Grafico a barre del grado di raggiungimento per linea/ }),
    ).toBeTruthy();
    const unmeasured = screen.getByRole('table', { name: 'Indicatori non ancora rilevati' });
    expect(within(unmeasured).getByRole('link').textContent).toContain('1391');
    // Short lists, as Cremona's and Chieve's: whole, with no count and nothing more to show.
    expect(screen.queryByText(/^Mostrati/)).toBeNull();
    expect(screen.queryByRole('button', { name: /Mostra altri/ })).toBeNull();
  });
});
