import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n.ts';
import { indicatorFixture, objectiveFixture, phaseFixture, planFixture } from '../plans/plan.fixture.ts';
import { renderRoutes } from '../ui/testing/render-routes.tsx';
import type { AuditEntry } from './audit.api.ts';
import { ObjectiveHistory } from './history-list.tsx';

const indicator = indicatorFixture({ code: '1299', target: 217 });
const phase = phaseFixture();
const objective = objectiveFixture({ indicators: [indicator], phases: [phase] });
const plan = planFixture([objective]);
const mario = { id: '00000000-0000-4000-8000-000000000042', name: 'Mario Rossi' };
// Built in local time, so the page shows 12/03/2020 14:05 whatever the machine's time zone.
const at = (minute: number) => new Date(2020, 2, 12, 14, minute).toISOString();

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: at(5),
  action: 'update',
  entityType: 'indicator',
  entityId: indicator.id,
  actor: mario,
  changes: [],
  ...overrides,
});

let roles = ['secretary'];
let pages: AuditEntry[][] = [];

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

// Only the network is replaced: the component, the client, the schemas and the queries are real.
const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
  const url = new URL(String(input), 'http://localhost');
  if (url.pathname === '/api/v1/me')
    return json({
      id: mario.id,
      email: 'segretario@cremona.demo',
      name: 'Segretario Generale',
      isInstanceAdmin: false,
      organizations: [
        { id: plan.orgId, name: 'Comune di Cremona', slug: 'cremona', roles, unitIds: [], personId: null },
      ],
    });
  if (url.pathname === `/api/v1/orgs/${plan.orgId}/audit`)
    return json(url.searchParams.get('cursor') ? (pages[1] ?? []) : (pages[0] ?? []));
  return json({ title: 'Not found', status: 404 }, 404);
});

beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  fetchMock.mockClear();
  roles = ['secretary'];
  pages = [];
});

const auditCalls = () =>
  fetchMock.mock.calls
    .map(([input]) => new URL(String(input), 'http://localhost'))
    .filter((u) => u.pathname.endsWith('/audit'));

async function renderAndOpen() {
  renderRoutes([{ path: '/', element: <ObjectiveHistory orgId={plan.orgId} objective={objective} /> }], '/');
  const summary = await screen.findByText('Cronologia delle modifiche');
  const details = summary.closest('details');
  if (!details) throw new Error('no details element');
  expect(details.open).toBe(false);
  expect(auditCalls()).toEqual([]);
  details.open = true;
  fireEvent(details, new Event('toggle'));
  return details;
}

describe('the history of an objective', () => {
  it('shows, once opened, who changed which field and when, in Italian forms', async () => {
    pages = [
      [
        entry({ id: 7, changes: [{ field: 'target', from: 247, to: 217 }] }),
        entry({
          id: 6,
          at: at(1),
          entityType: 'objective',
          entityId: objective.id,
          changes: [{ field: 'periodEnd', from: '2020-06-30', to: '2020-12-31' }],
        }),
      ],
    ];
    await renderAndOpen();
    expect(await screen.findByText('Mario Rossi ha modificato target: 247 → 217')).toBeTruthy();
    expect(screen.getByText('Mario Rossi ha modificato fine: 30/06/2020 → 31/12/2020')).toBeTruthy();
    expect(screen.getAllByText('12/03/2020 14:05')).toHaveLength(1);
    expect(screen.getByText('Indicatore 1299')).toBeTruthy();
    expect(screen.getByText(`Obiettivo ${objective.code}`)).toBeTruthy();
    const asked = auditCalls()[0]?.searchParams.get('entityId')?.split(',');
    expect(asked).toEqual([objective.id, indicator.id, phase.id]);
  });

  it('names what was created or deleted, and the system when no one did it', async () => {
    pages = [
      [
        entry({ id: 3, action: 'delete', entityType: 'phase', entityId: phase.id, actor: null }),
        entry({ id: 2, action: 'create', changes: [{ field: 'target', from: null, to: 91690 }] }),
      ],
    ];
    await renderAndOpen();
    expect(await screen.findByText(`Il sistema ha eliminato la fase ${phase.number}`)).toBeTruthy();
    expect(screen.getByText('Mario Rossi ha creato l’indicatore 1299')).toBeTruthy();
  });

  it('loads earlier changes on request when a page is full', async () => {
    pages = [
      Array.from({ length: 50 }, (_, n) =>
        entry({ id: 100 - n, changes: [{ field: 'weight', from: n, to: n + 1 }] }),
      ),
      [entry({ id: 10, changes: [{ field: 'title', from: 'Vecchio titolo', to: 'Nuovo titolo' }] })],
    ];
    await renderAndOpen();
    fireEvent.click(await screen.findByRole('button', { name: 'Mostra modifiche precedenti' }));
    expect(
      await screen.findByText('Mario Rossi ha modificato titolo: Vecchio titolo → Nuovo titolo'),
    ).toBeTruthy();
    expect(auditCalls()[1]?.searchParams.get('cursor')).toBe('51');
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Mostra modifiche precedenti' })).toBeNull(),
    );
  });

  it('is not shown to those who may not read the audit log', async () => {
    roles = ['manager'];
    renderRoutes(
      [{ path: '/', element: <ObjectiveHistory orgId={plan.orgId} objective={objective} /> }],
      '/',
    );
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByText('Cronologia delle modifiche')).toBeNull();
    expect(auditCalls()).toEqual([]);
  });
});
