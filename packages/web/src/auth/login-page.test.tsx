import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n.ts';
import { renderRoutes } from '../ui/testing/render-routes.tsx';
import { LoginPage } from './login-page.tsx';

const problem = (status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: 'about:blank', title: 'Error', status, detail: 'Server text' }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Renders the login page with the network answering `login` for POST /auth/login (and 401 for /me). */
function renderLogin(login: () => Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) =>
      String(input).endsWith('/auth/login') ? login() : problem(401),
    ),
  );
  renderRoutes(
    [
      { path: '/login', element: <LoginPage /> },
      { path: '/', element: <h1>Enti</h1> },
    ],
    '/login',
  );
}

async function submit(email: string, password: string) {
  fireEvent.change(await screen.findByLabelText('Indirizzo email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Accedi' }));
}

describe('the login page', () => {
  it('says the credentials are wrong on 401, in Italian and not in the server’s words', async () => {
    renderLogin(() => problem(401));
    await submit('segretario@cremona.demo', 'sbagliata');
    expect((await screen.findByRole('alert')).textContent).toBe('Indirizzo email o password non corretti.');
  });

  it('says how many minutes to wait on 429', async () => {
    renderLogin(() => problem(429, { 'Retry-After': '840' }));
    await submit('segretario@cremona.demo', 'sbagliata');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Troppi tentativi di accesso non riusciti. Riprovare tra 14 minuti.',
    );
  });

  it('asks for both fields before calling the server', async () => {
    renderLogin(() => problem(500));
    await submit('', '');
    expect((await screen.findByRole('alert')).textContent).toBe('Inserire l’indirizzo email e la password.');
  });
});
