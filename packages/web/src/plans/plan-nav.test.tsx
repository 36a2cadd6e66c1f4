import { cleanup, screen, within } from '@testing-library/react';
import { outlineOf, type PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n.ts';
import { createQueryClient } from '../api/query-client.ts';
import { type Me, meQueryKey } from '../auth/auth.api.ts';
import { renderRoutes } from '../ui/testing/render-routes.tsx';
import { objectiveFixture, planFixture } from './plan.fixture.ts';
import { PlanPage } from './plan-page.tsx';

const adopted = planFixture([objectiveFixture()]);
const draft: PlanDocument = { ...adopted, status: 'draft', version: null, currentVersion: null, act: null };

const meWith = (roles: string[]): Me => ({
  id: '00000000-0000-4000-8000-999999999999',
  email: 'utente@cremona.demo',
  name: 'Utente',
  isInstanceAdmin: false,
  organizations: [
    { id: adopted.orgId, name: 'Comune di Cremona', slug: 'cremona', roles, unitIds: [], personId: null },
  ],
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

let plan: PlanDocument = adopted;

// Only the network boundary is replaced: the page, the client, the schemas and the queries are real.
const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
  const url = new URL(String(input), 'http://localhost');
  // The page reads the plan's outline, as the server builds it from the document.
  if (url.pathname === `/api/v1/plans/${plan.id}/outline`) return json(outlineOf(plan));
  return json({ title: 'Not found', status: 404, detail: 'No route' }, 404);
});

beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  fetchMock.mockClear();
});

/** The plan page as `roles` see it; the signed-in user is known before the page renders, as after login. */
async function planTabsFor(roles: string[], shown: PlanDocument) {
  plan = shown;
  const client = createQueryClient();
  client.setQueryData(meQueryKey, meWith(roles));
  renderRoutes([{ path: '/plans/:planId', element: <PlanPage /> }], `/plans/${shown.id}`, client);
  const nav = await screen.findByRole('navigation', { name: 'Sezioni del piano' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

describe('the plan navigation', () => {
  it('leads the secretary to every page of an adopted plan, the bonus included', async () => {
    const id = adopted.id;
    expect(await planTabsFor(['secretary'], adopted)).toEqual([
      ['Piano', `/plans/${id}`],
      ['Monitoraggio', `/plans/${id}/dashboard`],
      ['Richieste di variazione', `/plans/${id}/change-requests`],
      ['Versioni', `/plans/${id}/versions`],
      ['Documenti', `/plans/${id}/documents`],
      ['Relazione sulla Performance', `/plans/${id}/report`],
      ['Valutazioni', `/plans/${id}/evaluations`],
      ['Premio di risultato', `/plans/${id}/bonus`],
    ]);
  });

  it('shows a viewer the reading pages only: no evaluations, no bonus', async () => {
    const tabs = await planTabsFor(['viewer'], adopted);
    expect(tabs.map(([label]) => label)).toEqual([
      'Piano',
      'Monitoraggio',
      'Richieste di variazione',
      'Versioni',
      'Documenti',
      'Relazione sulla Performance',
    ]);
  });

  it('gives the Nucleo the evaluations but not the bonus', async () => {
    const labels = (await planTabsFor(['evaluator'], adopted)).map(([label]) => label);
    expect(labels).toContain('Valutazioni');
    expect(labels).not.toContain('Premio di risultato');
  });

  it('marks the plan as the current page', async () => {
    await planTabsFor(['viewer'], adopted);
    expect(screen.getByRole('link', { name: 'Piano' }).getAttribute('aria-current')).toBe('page');
  });

  it('offers the secretary editing, Verifica and adoption while the plan is a draft', async () => {
    const id = draft.id;
    expect(await planTabsFor(['secretary'], draft)).toEqual([
      ['Piano', `/plans/${id}`],
      ['Modifica', `/plans/${id}/edit`],
      ['Verifica', `/plans/${id}/check`],
      ['Adozione', `/plans/${id}/adopt`],
      ['Documenti', `/plans/${id}/documents`],
    ]);
  });

  it('lets a manager edit and check a draft but leaves adoption to the secretary', async () => {
    const labels = (await planTabsFor(['manager'], draft)).map(([label]) => label);
    expect(labels).toEqual(['Piano', 'Modifica', 'Verifica', 'Documenti']);
  });

  it('shows a viewer of a draft only the plan and its documents', async () => {
    const labels = (await planTabsFor(['viewer'], draft)).map(([label]) => label);
    expect(labels).toEqual(['Piano', 'Documenti']);
  });
});
