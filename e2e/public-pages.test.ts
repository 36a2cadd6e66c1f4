import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLogin, launchBrowser, login, type ServerHandle, startServer } from './harness.ts';

// Amministrazione Trasparente › Performance as the public sees it: no login, every public page
// checked by axe-core (WCAG 2.1 A and AA rules) with no serious or critical violation.

let server: ServerHandle;
let browser: Browser;
const pages: { name: string; path: string }[] = [];
const planIds = new Map<string, string>();

type Session = { cookie: string };

async function signIn(email: string, password: string): Promise<Session> {
  const res = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login ${email}: ${res.status}`);
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

async function api<T>(session: Session, method: string, path: string, body?: object): Promise<T> {
  const res = await fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: { cookie: session.cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? (undefined as T) : ((await res.json()) as T);
}

/** Publishes the organisation's first plan (with its Relazione validated when asked). */
async function publishFirstPlan(organization: string, withReport: boolean) {
  const secretary = demoLogin(server, organization, 'secretary');
  const session = await signIn(secretary.email, secretary.password);
  const [org] = await api<{ id: string; slug: string }[]>(session, 'GET', '/orgs');
  if (!org) throw new Error(`no organisation for ${organization}`);
  const [plan] = await api<{ id: string }[]>(session, 'GET', `/orgs/${org.id}/plans`);
  if (!plan) throw new Error(`no plan for ${organization}`);
  planIds.set(organization, plan.id);
  if (withReport) {
    await api(session, 'PUT', `/plans/${plan.id}/report`, {
      commentary:
        '## Sintesi\n\nNel corso dell’anno il Comune ha raggiunto **gran parte** degli obiettivi.\n\n- trasparenza;\n- digitalizzazione.',
    });
    const nucleo = demoLogin(server, organization, 'evaluator');
    await api(await signIn(nucleo.email, nucleo.password), 'POST', `/plans/${plan.id}/report/validation`);
  }
  const published = await api<{ url: string }>(session, 'POST', `/plans/${plan.id}/publish`);
  const path = new URL(published.url).pathname;
  const versions = await api<{ version: number }[]>(session, 'GET', `/plans/${plan.id}/versions`);
  pages.push(
    { name: `${organization}: index`, path: `/trasparenza/${org.slug}/performance` },
    { name: `${organization}: plan`, path },
    ...versions.map((v) => ({
      name: `${organization}: version ${v.version}`,
      path: `${path}/versioni/${v.version}`,
    })),
  );
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await publishFirstPlan('Chieve', true);
  await publishFirstPlan('Cremona', false);
  pages.push(
    { name: 'accessibility statement', path: '/trasparenza/accessibilita' },
    { name: 'page not found', path: '/trasparenza/nessun-comune/performance' },
  );
});

afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    await server?.stop();
  }
});

async function visit<T>(path: string, run: (page: Page, problems: string[]) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ baseURL: server.url, locale: 'it-IT' });
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(path);
    return await run(page, problems);
  } finally {
    await context.close();
  }
}

describe('the public transparency pages', () => {
  it('a citizen without login finds the Chieve plan and its documents', async () => {
    const chieve = pages.find((p) => p.name === 'Chieve: index');
    if (!chieve) throw new Error('not published');
    await visit(chieve.path, async (page) => {
      await page.getByRole('link', { name: /Piano della Performance 2020/ }).click();
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toContain('Piano della Performance');
      expect(await page.getByRole('table', { name: 'Versioni adottate del piano' }).isVisible()).toBe(true);
      expect(await page.locator('#relazione').textContent()).toContain('Validata dal Nucleo di Valutazione');
      const pdf = await page.request.get(
        (await page.getByRole('link', { name: /^PDF del piano, versione 0/ }).getAttribute('href')) ?? '',
      );
      expect(pdf.headers()['content-type']).toBe('application/pdf');
    });
  });

  it('every public page has no serious or critical accessibility violation (axe-core, WCAG 2.1 AA)', async () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const { name, path } of pages) {
      await visit(path, async (page, problems) => {
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        const grave = result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(grave).toEqual([]);
        // No script, no blocked resource: the page keeps to the Content-Security-Policy.
        expect(
          problems.filter((p) => !p.includes('404')),
          name,
        ).toEqual([]);
      });
    }
  });

  it('the first Tab reaches the skip link, which leads to the main content', async () => {
    const plan = pages.find((p) => p.name === 'Cremona: plan');
    if (!plan) throw new Error('not published');
    await visit(plan.path, async (page) => {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        'Vai al contenuto principale',
      );
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenuto');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');
    });
  });
});

describe('the documents pages of the app', () => {
  it('a secretary finds the downloads and the public link, writes the Relazione, and both pages pass axe-core', async () => {
    const { email, password } = demoLogin(server, 'Cremona', 'secretary');
    const planId = planIds.get('Cremona') ?? '';
    const context = await browser.newContext({ baseURL: server.url, locale: 'it-IT' });
    try {
      const page = await context.newPage();
      await login(page, email, password);
      await page.goto(`/plans/${planId}/documents`);
      await page.getByRole('heading', { level: 1, name: 'Documenti del piano' }).waitFor();
      const publicLink = page.getByRole('link', { name: 'Apri la pagina pubblica' });
      await publicLink.waitFor();
      expect(await publicLink.getAttribute('href')).toBe(
        `/trasparenza/comune-di-cremona/performance/${planId}`,
      );
      const pdf = await page.request.get(
        (await page.getByRole('link', { name: 'PDF' }).first().getAttribute('href')) ?? '',
      );
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      await expectNoGraveViolations(page, 'documents page');

      await page.goto(`/plans/${planId}/report`);
      await page.getByLabel('Commento della Relazione').fill('Risultati del **2019** in sintesi.');
      await page.getByRole('button', { name: 'Salva il commento' }).click();
      await page.getByText('Commento salvato.').waitFor();
      await expectNoGraveViolations(page, 'report page');
    } finally {
      await context.close();
    }
  });
});

async function expectNoGraveViolations(page: Page, name: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const grave = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(grave).toEqual([]);
}
