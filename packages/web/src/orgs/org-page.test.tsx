import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n.ts';
import { renderRoutes } from '../ui/testing/render-routes.tsx';
import { OrgPage } from './org-page.tsx';

const orgId = '00000000-0000-4000-8000-000000000001';
const unitId = '00000000-0000-4000-8000-000000000002';
const person = (n: number) => ({
  id: `00000000-0000-4000-8000-1${String(n).padStart(11, '0')}`,
  orgId,
  name: `Persona ${String(n).padStart(3, '0')}`,
  email: null,
  category: 'dipendente',
  jobTitle: null,
  unitId,
  coefficient: 1,
  userId: null,
  rowVersion: 1,
});

const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

// Only the network is replaced: the page, the client, the schemas and the queries are real.
const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
  const url = new URL(String(input), 'http://localhost');
  if (url.pathname === '/api/v1/me')
    return json({
      id: '00000000-0000-4000-8000-000000000009',
      email: 'viewer@cremona.demo',
      name: 'Giunta',
      isInstanceAdmin: false,
      organizations: [
        {
          id: orgId,
          name: 'Comune di Cremona',
          slug: 'cremona',
          roles: ['viewer'],
          unitIds: [],
          personId: null,
        },
      ],
    });
  if (url.pathname === `/api/v1/orgs/${orgId}`)
    return json({
      id: orgId,
      slug: 'cremona',
      name: 'Comune di Cremona',
      kind: 'comune',
      province: 'CR',
      introduction: null,
      units: [
        {
          id: unitId,
          name: 'Settore Cultura',
          code: null,
          parentId: null,
          managerPersonId: person(1).id,
          managerName: 'Persona 001',
        },
      ],
    });
  if (url.pathname === `/api/v1/orgs/${orgId}/plans`) return json([]);
  if (url.pathname === `/api/v1/orgs/${orgId}/people`) {
    const limit = Number(url.searchParams.get('limit'));
    const cursor = Number(url.searchParams.get('cursor') ?? 0);
    // 150 people: a first page of `limit`, then the rest, as the API pages them.
    const all = Array.from({ length: 150 }, (_, i) => person(i + 1));
    const page = all.slice(cursor, cursor + limit);
    const more = cursor + limit < all.length;
    return json(
      page,
      more
        ? { Link: `</api/v1/orgs/${orgId}/people?limit=${limit}&cursor=${cursor + limit}>; rel="next"` }
        : {},
    );
  }
  return new Response(JSON.stringify({ title: 'Not found', status: 404 }), { status: 404 });
});

beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  fetchMock.mockClear();
});

describe('the organisation page', () => {
  it('shows each unit with its manager, and the staff a page at a time until "Mostra altro personale" has loaded all', async () => {
    renderRoutes([{ path: '/orgs/:orgId', element: <OrgPage /> }], `/orgs/${orgId}`);
    const unitRow = (await screen.findByText('Settore Cultura')).closest('tr');
    expect(unitRow?.textContent).toContain('Persona 001');
    await screen.findByText('Persona 100');
    expect(screen.queryByText('Persona 101')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Mostra altro personale' }));
    await screen.findByText('Persona 150');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Mostra altro personale' })).toBeNull());
    const peopleCalls = fetchMock.mock.calls
      .map(([input]) => new URL(String(input), 'http://localhost'))
      .filter((u) => u.pathname.endsWith('/people'));
    expect(peopleCalls.map((u) => u.search)).toEqual(['?limit=100', '?limit=100&cursor=100']);
  });
});
