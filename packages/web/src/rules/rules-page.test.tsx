import { cleanup, fireEvent, screen } from '@testing-library/react';
import { DEFAULT_ACHIEVEMENT_RULES } from '@traguardo/domain/achievement/evaluation-rules.schema';
import { defaultCategoryRules } from '@traguardo/domain/evaluation/default-rules';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n.ts';
import { renderRoutes } from '../ui/testing/render-routes.tsx';
import { RulesPage } from './rules-page.tsx';

const orgId = '00000000-0000-4000-8000-0000000000c1';
const rules = {
  ...DEFAULT_ACHIEVEMENT_RULES,
  id: '00000000-0000-4000-8000-0000000000c2',
  orgId,
  year: null,
  objectivesMax: 60,
  behavioursMax: 40,
  categories: defaultCategoryRules(),
  minBonusScore: 0,
  scoreBands: null,
  differentiatedSharePercent: null,
  differentiatedIncreasePercent: null,
  conciliationRequestDays: 10,
  conciliationDecisionDays: 15,
  rowVersion: 3,
  updatedAt: '2020-01-10T09:00:00.000Z',
};
let roles = ['secretary'];
const puts: Record<string, unknown>[] = [];
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(String(input), 'http://localhost');
  if (url.pathname === '/api/v1/me')
    return json({
      id: '00000000-0000-4000-8000-0000000000c3',
      email: 'segretario@chieve.demo',
      name: 'Segretario Comunale',
      isInstanceAdmin: false,
      organizations: [
        { id: orgId, name: 'Comune di Chieve', slug: 'chieve', roles, unitIds: [], personId: null },
      ],
    });
  if (url.pathname === `/api/v1/orgs/${orgId}/evaluation-rules`) {
    if (init?.method === 'PUT') {
      const body = JSON.parse(String(init.body));
      puts.push(body);
      return json({ ...rules, ...body, rowVersion: 4 });
    }
    return json(rules);
  }
  return json({ title: 'Not found', status: 404, detail: 'No route' }, 404);
});

beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  fetchMock.mockClear();
  puts.length = 0;
  roles = ['secretary'];
});

function renderPage() {
  renderRoutes(
    [{ path: '/orgs/:orgId/evaluation-rules', element: <RulesPage /> }],
    `/orgs/${orgId}/evaluation-rules`,
  );
}

describe('the evaluation rules page', () => {
  it('the secretary changes the floor and saves with the rowVersion read', async () => {
    renderPage();
    const floor = await screen.findByLabelText('Soglia minima (%): sotto conta 0');
    fireEvent.change(floor, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva le regole' }));
    expect(await screen.findByText('Regole salvate.')).toBeTruthy();
    expect(puts[0]).toMatchObject({ floor: 30, cap: 100, rowVersion: 3 });
  });

  it('criteria that do not add up to the behaviours’ points are shown before anything is sent', async () => {
    renderPage();
    const points = await screen.findByLabelText('Punti massimi: Qualità e precisione');
    fireEvent.change(points, { target: { value: '12' } });
    expect(screen.getAllByText('Totale 42 punti su 40').length).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Salva le regole' }));
    expect(await screen.findByText('Correggere i campi indicati.')).toBeTruthy();
    expect(puts).toEqual([]);
  });

  it('others read the rules without a save button', async () => {
    roles = ['manager'];
    renderPage();
    expect(await screen.findByText(/solo il Segretario e l’amministratore/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Salva le regole' })).toBeNull();
  });
});
