import { cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n.ts';
import { objectiveFixture, planFixture } from '../plans/plan.fixture.ts';
import { renderRoutes } from '../ui/testing/render-routes.tsx';
import { documentPages } from './documents-routes.tsx';

const plan = {
  ...planFixture([objectiveFixture()]),
  status: 'adopted' as const,
  version: 1,
  currentVersion: 1,
};
const meWith = (roles: string[]) => ({
  id: '00000000-0000-4000-8000-aaaaaaaaaaaa',
  email: 'x@chieve.demo',
  name: 'Utente',
  isInstanceAdmin: false,
  organizations: [
    { id: plan.orgId, name: 'Comune di Chieve', slug: 'chieve', roles, unitIds: [], personId: null },
  ],
});
let me = meWith(['secretary']);
let report = {
  planId: plan.id,
  status: 'draft',
  commentary: null as string | null,
  validatedAt: null as string | null,
  validatedBy: null as { id: string; name: string } | null,
  updatedAt: null,
};
let publication = { published: false, path: null as string | null, history: [] as object[] };
const sent: { method: string; url: string; body: unknown }[] = [];

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

// Only the network boundary is replaced: pages, client, schemas and queries are real.
const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(String(input), 'http://localhost');
  const method = init?.method ?? 'GET';
  if (method !== 'GET')
    sent.push({ method, url: url.pathname, body: init?.body ? JSON.parse(String(init.body)) : null });
  if (url.pathname === '/api/v1/me') return json(me);
  if (url.pathname === `/api/v1/plans/${plan.id}`) return json(plan);
  if (url.pathname === `/api/v1/plans/${plan.id}/versions`) return json([{ version: 0 }, { version: 1 }]);
  if (url.pathname === `/api/v1/plans/${plan.id}/report` && method === 'PUT') {
    report = { ...report, commentary: JSON.parse(String(init?.body)).commentary };
    return json(report);
  }
  if (url.pathname === `/api/v1/plans/${plan.id}/report/validation`) {
    report = {
      ...report,
      status: 'validated',
      validatedAt: '2021-05-20T09:00:00.000Z',
      validatedBy: { id: '00000000-0000-4000-8000-bbbbbbbbbbbb', name: 'Nucleo di Chieve' },
    };
    return json(report, 201);
  }
  if (url.pathname === `/api/v1/plans/${plan.id}/report`) return json(report);
  if (url.pathname === `/api/v1/plans/${plan.id}/publish` && method === 'POST') {
    publication = {
      published: true,
      path: `/trasparenza/chieve/performance/${plan.id}`,
      history: [
        {
          id: '00000000-0000-4000-8000-cccccccccccc',
          publishedAt: '2021-06-01T10:00:00.000Z',
          unpublishedAt: null,
          versions: 2,
          report: false,
        },
      ],
    };
    return json(
      {
        id: '00000000-0000-4000-8000-cccccccccccc',
        url: `http://localhost${publication.path}`,
        publishedAt: '2021-06-01T10:00:00.000Z',
      },
      201,
    );
  }
  if (url.pathname === `/api/v1/plans/${plan.id}/publication`) return json(publication);
  return json({ title: 'Not found', status: 404, detail: 'No route' }, 404);
});

configure({ asyncUtilTimeout: 10_000 });
beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  fetchMock.mockClear();
  sent.length = 0;
});

function renderAt(path: string) {
  renderRoutes(documentPages, path);
}

describe('the documents and report pages', { timeout: 30_000 }, () => {
  it('offer every download of the plan, for the version in force or an adopted one', async () => {
    renderAt(`/plans/${plan.id}/documents`);
    const pdf = await screen.findAllByRole('link', { name: 'PDF' });
    expect(pdf.map((a) => a.getAttribute('href'))).toEqual([
      `/api/v1/plans/${plan.id}/export.pdf`,
      `/api/v1/plans/${plan.id}/peg.pdf`,
    ]);
    expect(screen.getByRole('link', { name: 'Excel (.xlsx)' }).getAttribute('href')).toBe(
      `/api/v1/plans/${plan.id}/export.xlsx`,
    );
    fireEvent.change(await screen.findByLabelText('Versione'), { target: { value: '0' } });
    expect(screen.getAllByRole('link', { name: 'PDF (v0)' })[0]?.getAttribute('href')).toBe(
      `/api/v1/plans/${plan.id}/export.pdf?version=0`,
    );
    expect(screen.getByRole('link', { name: 'JSON (v0)' }).getAttribute('href')).toBe(
      `/api/v1/plans/${plan.id}/open-data.json?version=0`,
    );
  });

  it('let the secretary publish and show the public link', async () => {
    me = meWith(['secretary']);
    renderAt(`/plans/${plan.id}/documents`);
    expect(await screen.findByText('Il piano non è pubblicato.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Pubblica' }));
    const link = await screen.findByRole('link', { name: 'Apri la pagina pubblica' });
    expect(link.getAttribute('href')).toBe(`/trasparenza/chieve/performance/${plan.id}`);
    expect(sent).toContainEqual({ method: 'POST', url: `/api/v1/plans/${plan.id}/publish`, body: null });
    expect(screen.getByRole('button', { name: 'Aggiorna la pubblicazione' })).toBeTruthy();
  });

  it('let the secretary write the commentary, with a preview', async () => {
    me = meWith(['secretary']);
    renderAt(`/plans/${plan.id}/report`);
    const box = await screen.findByLabelText('Commento della Relazione');
    fireEvent.change(box, { target: { value: 'Obiettivi raggiunti nel **2020**.' } });
    expect(screen.getByText('2020').tagName).toBe('STRONG');
    fireEvent.click(screen.getByRole('button', { name: 'Salva il commento' }));
    expect(await screen.findByText('Commento salvato.')).toBeTruthy();
    expect(sent).toContainEqual({
      method: 'PUT',
      url: `/api/v1/plans/${plan.id}/report`,
      body: { commentary: 'Obiettivi raggiunti nel **2020**.' },
    });
    expect(screen.queryByRole('button', { name: 'Valida la Relazione' })).toBeNull();
  });

  it('let the Nucleo validate after a confirmation, and then say who and when', async () => {
    me = meWith(['evaluator']);
    renderAt(`/plans/${plan.id}/report`);
    fireEvent.click(await screen.findByRole('button', { name: 'Valida la Relazione' }));
    fireEvent.click(screen.getByRole('button', { name: 'Conferma la validazione' }));
    expect(await screen.findByText('Validata da Nucleo di Chieve il 20/05/2021')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Valida la Relazione' })).toBeNull());
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
