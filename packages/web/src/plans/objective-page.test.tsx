import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n.ts';
import { renderRoutes } from '../ui/testing/render-routes.tsx';
import { ObjectivePage } from './objective-page.tsx';
import { indicatorFixture, objectiveFixture, phaseFixture, planFixture } from './plan.fixture.ts';

const objective = objectiveFixture({
  indicators: [
    indicatorFixture(),
    indicatorFixture({
      code: '1299',
      title: 'Nr giorni di utilizzo delle nuove sale per mostre temporanee',
      formula: 'Nr giorni annuali di utilizzo con apertura al pubblico',
      target: 91690,
      weight: 30,
      measurementDeadline: '2019-12-31',
    }),
    indicatorFixture({
      code: '1528',
      title: 'Tempo medio di attesa',
      polarity: 'negative',
      target: 0.1,
      targetText: null,
      weight: 20,
    }),
    indicatorFixture({
      code: '1396',
      title: 'Nr iniziative di promozione',
      target: 80,
      targetText: 'Almeno 80%',
      weight: 10,
    }),
  ],
  phases: [phaseFixture()],
});
const plan = planFixture([objective]);
const me = {
  id: '00000000-0000-4000-8000-999999999999',
  email: 'segretario@cremona.demo',
  name: 'Segretario Generale',
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

// Only the network boundary is replaced: the page, the client, the schemas and the queries are real.
const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
  const url = new URL(String(input), 'http://localhost');
  if (url.pathname === `/api/v1/plans/${plan.id}`) return json(plan);
  if (url.pathname === '/api/v1/me') return json(me);
  return json({ title: 'Not found', status: 404, detail: 'No route' }, 404);
});

beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  fetchMock.mockClear();
});

function renderAt(path: string) {
  renderRoutes([{ path: '/plans/:planId/objectives/:objectiveId', element: <ObjectivePage /> }], path);
}

describe('the objective page', () => {
  it('shows the indicators of C50_0004 with targets, weights and deadlines as the plan writes them', async () => {
    renderAt(`/plans/${plan.id}/objectives/${objective.id}`);
    const table = await screen.findByRole('table', { name: 'Indicatori dell’obiettivo C50_0004' });
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = rows.map((row) => Array.from(row.querySelectorAll('td, th'), (c) => c.textContent?.trim()));
    expect(cells.map((c) => c[0])).toEqual(['1011', '1299', '1528', '1396']);
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    const col = (name: string) => headers.indexOf(name);
    expect(cells[1]?.[col('Target atteso')]).toBe('91.690');
    expect(cells[1]?.[col('Tempistica di rilevazione')]).toBe('31/12/2019');
    expect(cells[2]?.[col('Target atteso')]).toBe('0,1');
    expect(cells[2]?.[col('Polarità')]).toContain('Negativa');
    expect(cells[3]?.[col('Target atteso')]).toBe('Almeno 80%');
    expect(cells.map((c) => c[col('Peso')])).toEqual(['40', '30', '20', '10']);
  });

  it('shows the objective sheet and the breadcrumbs from the organisation to the objective', async () => {
    renderAt(`/plans/${plan.id}/objectives/${objective.id}`);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(objective.title);
    const trail = screen.getByRole('navigation', { name: 'Percorso di navigazione' });
    await within(trail).findByText('Comune di Cremona');
    expect(
      within(trail)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.replace(/\/$/, '').trim()),
    ).toEqual([
      'Enti',
      'Comune di Cremona',
      plan.title,
      'Città per una cultura fra memoria ed immaginazione',
      'Obiettivo C50_0004',
    ]);
    expect(screen.getByText('Quaglia Maurizia')).toBeTruthy();
    expect(screen.getByText('Cultura Musei e City Branding')).toBeTruthy();
    expect(screen.getByRole('table', { name: /Calendarizzazione/ })).toBeTruthy();
  });

  it('asks the API for the version in the address', async () => {
    renderAt(`/plans/${plan.id}/objectives/${objective.id}?version=0`);
    await screen.findByRole('table', { name: 'Indicatori dell’obiettivo C50_0004' });
    const urls = fetchMock.mock.calls.map(([input]) => String(input));
    expect(urls).toContain(`/api/v1/plans/${plan.id}?version=0`);
  });

  it('says the objective is not in the plan when the address names another one', async () => {
    renderAt(`/plans/${plan.id}/objectives/00000000-0000-4000-8000-00000000ffff`);
    expect(await screen.findByText('L’obiettivo richiesto non fa parte di questo piano.')).toBeTruthy();
  });
});
