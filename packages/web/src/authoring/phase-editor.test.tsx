import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n.ts';
import { createQueryClient } from '../api/query-client.ts';
import { objectiveFixture, phaseFixture } from '../plans/plan.fixture.ts';
import { PhasesEditor } from './phase-editor.tsx';

// Chieve's activity 6: the summer centre, planned May to July.
const phase = phaseFixture({
  number: 6,
  title: 'Attività di Collaborazione con il Centro Estivo per emergenza covid-19',
  assignees: ['DE LUCA Ida'],
  months: [5, 6, 7],
  rowVersion: 1,
});
const objective = objectiveFixture({ code: '6', phases: [phase] });

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

// Only the network is replaced: each PATCH answers with the phase as saved, its version bumped.
let version = 1;
const patches: { months?: number[]; rowVersion?: number }[] = [];
const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(String(input), 'http://localhost');
  if (init?.method === 'PATCH' && url.pathname === `/api/v1/phases/${phase.id}`) {
    const body = JSON.parse(String(init.body));
    patches.push(body);
    if (body.rowVersion !== version) return json({ status: 409, title: 'Conflict', detail: 'changed' }, 409);
    version += 1;
    return json({
      ...phase,
      months: body.months,
      rowVersion: version,
      planId: objective.id,
      objectiveId: objective.id,
    });
  }
  return json({ title: 'Not found', status: 404, detail: 'No route' }, 404);
});

beforeEach(() => {
  version = 1;
  patches.length = 0;
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderEditor() {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <PhasesEditor planId="00000000-0000-4000-8000-000000000001" objective={objective} />
    </QueryClientProvider>,
  );
}

describe('the editable activity calendar', () => {
  it('shows each month as a toggle button saying whether it is planned', () => {
    renderEditor();
    const may = screen.getByRole('button', { name: 'maggio, fase 6' });
    const august = screen.getByRole('button', { name: 'agosto, fase 6' });
    expect(may.tagName).toBe('BUTTON');
    expect(may.getAttribute('aria-pressed')).toBe('true');
    expect(august.getAttribute('aria-pressed')).toBe('false');
  });

  it('saves each click, and quick clicks in turn, each from the version the previous save made', async () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'agosto, fase 6' }));
    fireEvent.click(screen.getByRole('button', { name: 'maggio, fase 6' }));
    expect(screen.getByRole('button', { name: 'agosto, fase 6' }).getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(patches).toHaveLength(2));
    expect(patches[0]).toEqual({ months: [6, 7, 8], rowVersion: 1 });
    expect(patches[1]).toEqual({ months: [6, 7, 8], rowVersion: 2 });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
