import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ChangeRequest } from '@traguardo/domain/change-request/change-request.schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n.ts';
import { indicatorFixture, objectiveFixture, planFixture } from '../plans/plan.fixture.ts';
import { renderRoutes } from '../ui/testing/render-routes.tsx';
import { changeRequestPages } from './change-request-routes.tsx';

const i1299 = indicatorFixture({
  code: '1299',
  title: 'Nr giorni di utilizzo delle nuove sale per mostre temporanee',
  target: 247,
  weight: 30,
});
const objective = objectiveFixture({ indicators: [i1299] });
const plan = { ...planFixture([objective]), version: 1, currentVersion: 1 };
const managerId = '00000000-0000-4000-8000-aaaaaaaaaaaa';
const evaluatorId = '00000000-0000-4000-8000-bbbbbbbbbbbb';

const request: ChangeRequest = {
  id: '00000000-0000-4000-8000-cccccccccccc',
  planId: plan.id,
  target: { type: 'indicator', id: i1299.id, code: '1299' },
  changes: { target: 217 },
  requestText: null,
  reason: 'Nuove disposizioni regolamentari del MiBACT',
  requestedBy: { id: managerId, name: 'Quaglia Maurizia' },
  requestedAt: '2019-10-01T09:00:00.000Z',
  status: 'pending',
  decision: null,
  draftDecisionNote: null,
  amendmentId: null,
};

const meWith = (id: string, roles: string[]) => ({
  id,
  email: 'x@cremona.demo',
  name: 'Utente',
  isInstanceAdmin: false,
  organizations: [
    { id: plan.orgId, name: 'Comune di Cremona', slug: 'cremona', roles, unitIds: [], personId: null },
  ],
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

let me = meWith(evaluatorId, ['evaluator']);
const posted: { url: string; body: unknown }[] = [];

// Only the network boundary is replaced: pages, client, schemas and queries are real.
const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(String(input), 'http://localhost');
  if (init?.method === 'POST') {
    const body: unknown = JSON.parse(String(init.body));
    posted.push({ url: url.pathname, body });
    return json({
      ...request,
      status: 'decided',
      decision: {
        outcome: 'accepted',
        note: null,
        changes: { target: 217 },
        decidedBy: null,
        decidedAt: null,
      },
    });
  }
  if (url.pathname === `/api/v1/plans/${plan.id}`) return json(plan);
  if (url.pathname === '/api/v1/me') return json(me);
  if (url.pathname === `/api/v1/change-requests/${request.id}`) return json(request);
  if (url.pathname === `/api/v1/plans/${plan.id}/change-requests`) return json([request]);
  if (url.pathname === `/api/v1/plans/${plan.id}/versions`)
    return json([
      {
        version: 0,
        actNumber: '29',
        actDate: '2019-02-27',
        actBody: 'Giunta Comunale',
        createdAt: '2019-02-27T10:00:00Z',
        changeRequestIds: [],
        amendment: null,
      },
      {
        version: 1,
        actNumber: '245',
        actDate: '2019-11-27',
        actBody: 'Giunta Comunale',
        createdAt: '2019-11-27T10:00:00Z',
        changeRequestIds: [request.id],
        amendment: { id: '00000000-0000-4000-8000-dddddddddddd', number: 5, baseVersion: 0 },
      },
    ]);
  if (url.pathname === `/api/v1/plans/${plan.id}/diff`)
    return json({
      from: 0,
      to: 1,
      changes: [
        {
          type: 'indicator',
          id: i1299.id,
          code: '1299',
          title: i1299.title,
          parentCode: 'C50_0004',
          change: 'modified',
          fields: { target: { from: 247, to: 217 } },
        },
        {
          type: 'objective',
          id: objective.id,
          code: 'C50_0004',
          title: objective.title,
          parentCode: null,
          change: 'modified',
          fields: { weight: { from: 8, to: 5 } },
        },
      ],
    });
  return json({ title: 'Not found', status: 404, detail: 'No route' }, 404);
});

// The first visit of a page compiles its chunk: give it time.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  fetchMock.mockClear();
  posted.length = 0;
});

function renderAt(path: string) {
  renderRoutes(changeRequestPages, path);
}

describe('the change-request pages', { timeout: 30_000 }, () => {
  it('read the diff between two versions in the Giunta’s words', async () => {
    renderAt(`/plans/${plan.id}/diff?from=0&to=1`);
    expect(await screen.findByText('Indicatore 1299 – target: 247 → 217')).toBeTruthy();
    expect(screen.getByText('Obiettivo C50_0004 – peso: 8 → 5')).toBeTruthy();
    expect(screen.getByText('2 differenze')).toBeTruthy();
  });

  it('list the versions with their acts, the amendment and the links to its variation document', async () => {
    renderAt(`/plans/${plan.id}/versions`);
    const table = await screen.findByRole('table', { name: /Versioni adottate del piano/ });
    await within(table).findByText('Variazione n. 5');
    expect(within(table).getByText('Delibera di Giunta Comunale n. 245 del 27/11/2019')).toBeTruthy();
    const pdf = within(table).getByRole('link', { name: 'Variazioni ed integrazioni (PDF)' });
    expect(pdf.getAttribute('href')).toBe(
      `/api/v1/plans/${plan.id}/amendments/00000000-0000-4000-8000-dddddddddddd/document.pdf`,
    );
    expect(within(table).getByRole('link', { name: 'Confronta con la versione 0' })).toBeTruthy();
  });

  it("let the evaluator accept with changes: the adopted target and the objective's weight", async () => {
    me = meWith(evaluatorId, ['evaluator']);
    renderAt(`/plans/${plan.id}/change-requests/${request.id}`);
    await screen.findByRole('heading', { name: 'Decisione del Nucleo di Valutazione' });
    expect(screen.getByText('Indicatore 1299 – target: 247 → 217')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Accolta con modifiche'));
    fireEvent.change(screen.getByLabelText('Nuovo valore'), { target: { value: '200' } });
    fireEvent.change(screen.getByLabelText('Nuovo peso dell’obiettivo (facoltativo)'), {
      target: { value: '5' },
    });
    fireEvent.change(screen.getByLabelText('Testo della decisione'), {
      target: { value: 'Il peso viene ridotto da 8 a 5' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Registra la decisione' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      url: `/api/v1/change-requests/${request.id}/decision`,
      body: {
        outcome: 'accepted_with_changes',
        note: 'Il peso viene ridotto da 8 a 5',
        changes: { target: 200, objective: { weight: 5 } },
      },
    });
  });

  it('do not offer the decision to the one who filed the request', async () => {
    me = meWith(managerId, ['manager', 'evaluator']);
    renderAt(`/plans/${plan.id}/change-requests/${request.id}`);
    expect(await screen.findByText('Non è possibile decidere una richiesta presentata da sé.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Registra la decisione' })).toBeNull();
  });
});
