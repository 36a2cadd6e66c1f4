import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { buildDashboard } from '@traguardo/domain/achievement/build-dashboard';
import { computePlanAchievement } from '@traguardo/domain/achievement/compute-plan-achievement';
import { DEFAULT_ACHIEVEMENT_RULES } from '@traguardo/domain/achievement/evaluation-rules.schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n.ts';
import { indicatorFixture, objectiveFixture, planFixture } from '../plans/plan.fixture.ts';
import { renderRoutes } from '../ui/testing/render-routes.tsx';
import { dashboardApi } from './dashboard-api.fixture.ts';
import { DashboardPage } from './dashboard-page.tsx';

// Seven objectives of one unmeasured indicator each, four in Cultura and three in Polizia Locale; the
// server of this test answers three items per page.
const cultura = { id: '10000000-0000-4000-8000-0000000000c1', name: 'Settore Cultura' };
const polizia = { id: '10000000-0000-4000-8000-0000000000c2', name: 'Polizia Locale' };
const objectives = Array.from({ length: 7 }, (_, n) =>
  objectiveFixture({
    code: `OB${n + 1}`,
    title: `Obiettivo ${n + 1}`,
    unit: n < 4 ? cultura : polizia,
    indicators: [indicatorFixture({ code: `10${n + 1}`, measurementDeadline: '2019-12-31' })],
  }),
);
const plan = planFixture(objectives);
const achievement = computePlanAchievement(plan, [], DEFAULT_ACHIEVEMENT_RULES);
const dashboard = dashboardApi({
  planId: plan.id,
  full: (filters) => buildDashboard({ plan, achievement, today: '2020-01-15', filters }),
  pageSize: 3,
});
const me = {
  id: '00000000-0000-4000-8000-999999999999',
  email: 'segretario@cremona.demo',
  name: 'Segretario',
  isInstanceAdmin: false,
  organizations: [
    {
      id: plan.orgId,
      name: 'Comune di Cremona',
      slug: 'cremona',
      roles: ['secretary'],
      unitIds: [],
      personId: null,
    },
  ],
};
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const requested: URL[] = [];

const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
  const url = new URL(String(input), 'http://localhost');
  requested.push(url);
  if (url.pathname === '/api/v1/me') return json(me);
  if (url.pathname === `/api/v1/plans/${plan.id}`) return json(plan);
  if (url.pathname === `/api/v1/plans/${plan.id}/achievement`) return json(achievement);
  return dashboard(url) ?? json({ title: 'Not found', status: 404, detail: 'No route' }, 404);
});

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  requested.length = 0;
});

const render = (search = '') =>
  renderRoutes(
    [{ path: '/plans/:planId/dashboard', element: <DashboardPage /> }],
    `/plans/${plan.id}/dashboard${search}`,
  );
const objectiveCodes = () =>
  within(screen.getByRole('table', { name: 'Obiettivi con grado di raggiungimento e semaforo' }))
    .getAllByRole('link')
    .map((a) => a.textContent);

describe('the dashboard’s long lists', () => {
  it('show their first page with the total, and the next pages when asked', async () => {
    render();
    const section = await screen.findByRole('region', { name: 'Obiettivi' });
    expect(objectiveCodes()).toEqual(['OB1', 'OB2', 'OB3']);
    expect(within(section).getByText('Mostrati 3 di 7')).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'Mostra altri: Obiettivi' }));
    await within(section).findByText('Mostrati 6 di 7');
    expect(objectiveCodes()).toEqual(['OB1', 'OB2', 'OB3', 'OB4', 'OB5', 'OB6']);
    fireEvent.click(within(section).getByRole('button', { name: 'Mostra altri: Obiettivi' }));
    await within(section).findByText('Mostrati 7 di 7');
    expect(objectiveCodes()).toEqual(['OB1', 'OB2', 'OB3', 'OB4', 'OB5', 'OB6', 'OB7']);
    expect(within(section).queryByRole('button')).toBeNull();
    // The other lists page on their own: still their first page.
    const unmeasured = screen.getByRole('region', { name: 'Indicatori non ancora rilevati' });
    expect(within(unmeasured).getByText('Mostrati 3 di 7')).toBeTruthy();
    expect(within(unmeasured).getAllByRole('row')).toHaveLength(4);
  });

  it('keep the filters on every page', async () => {
    render(`?unitId=${polizia.id}`);
    const section = await screen.findByRole('region', { name: 'Indicatori non ancora rilevati' });
    // Three of three: one page, shown as before, with no count and no button.
    expect(within(section).getAllByRole('row')).toHaveLength(4);
    expect(within(section).queryByText(/^Mostrati/)).toBeNull();
    expect(within(section).queryByRole('button')).toBeNull();
    await waitFor(() => expect(objectiveCodes()).toEqual(['OB5', 'OB6', 'OB7']));
    const objectivesSection = screen.getByRole('region', { name: 'Obiettivi' });
    expect(within(objectivesSection).queryByText(/^Mostrati/)).toBeNull();

    cleanup();
    render(`?unitId=${cultura.id}`);
    const culturaObjectives = await screen.findByRole('region', { name: 'Obiettivi' });
    fireEvent.click(within(culturaObjectives).getByRole('button', { name: 'Mostra altri: Obiettivi' }));
    await within(culturaObjectives).findByText('Mostrati 4 di 4');
    expect(objectiveCodes()).toEqual(['OB1', 'OB2', 'OB3', 'OB4']);
    const pageRequest = requested.find((u) => u.pathname.endsWith('/dashboard/objectives'));
    expect(pageRequest?.searchParams.get('unitId')).toBe(cultura.id);
    expect(pageRequest?.searchParams.get('cursor')).toBe('3');
  });
});
