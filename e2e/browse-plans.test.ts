import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForTests, demoLogin, login } from './harness.ts';

const app = appForTests();

/** From the list of organisations to the organisation's first plan. */
async function openFirstPlan(page: Page, orgName: string) {
  await page.getByRole('link', { name: orgName }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(orgName);
  await page.getByRole('table', { name: 'Piani dell’ente' }).getByRole('link').first().click();
  await page.waitForURL(/\/plans\/[0-9a-f-]+$/);
}

describe('browsing plans', () => {
  it('a secretary logs in, opens the Cremona plan, opens objective C50_0004 and sees its indicators 1011, 1299, 1396', async () => {
    const { email, password } = demoLogin(app.server, 'Cremona', 'secretary');
    await app.journey(async (page) => {
      await login(page, email, password);
      await openFirstPlan(page, 'Comune di Cremona');
      await expect.poll(() => page.locator('header').textContent()).toContain('Comune di Cremona');

      await page.getByRole('row').filter({ hasText: 'C50_0004' }).getByRole('link').click();
      await page.waitForURL(/\/objectives\//);
      const breadcrumb = page.getByRole('navigation', { name: 'Percorso di navigazione' });
      await expect.poll(() => breadcrumb.textContent()).toContain('C50_0004');
      expect(await breadcrumb.textContent()).toContain('Comune di Cremona');

      const table = page.getByRole('table', { name: 'Indicatori dell’obiettivo C50_0004' });
      await table.locator('tbody tr').first().waitFor();
      const codes = await table.locator('tbody tr td:first-child').allTextContents();
      expect(codes.map((c) => c.trim())).toEqual(expect.arrayContaining(['1011', '1299', '1396']));
      expect(await table.locator('thead').textContent()).toContain('Target atteso');
    });
  });

  it('the Chieve calendar shows phase 6 planned in maggio, giugno, luglio', async () => {
    const { email, password } = demoLogin(app.server, 'Chieve', 'secretary');
    await app.journey(async (page) => {
      await login(page, email, password);
      await openFirstPlan(page, 'Comune di Chieve');

      // Activity 6 of the Chieve plan: the summer centre during the Covid-19 emergency.
      await page.getByRole('link', { name: /covid/i }).first().click();
      await page.waitForURL(/\/objectives\//);
      const calendar = page.getByRole('table', { name: /Calendarizzazione/ });
      await calendar.locator('tbody tr').first().waitFor();
      const months = await calendar
        .locator('thead abbr')
        .evaluateAll((abbrs) => abbrs.map((a) => a.getAttribute('title') ?? ''));
      expect(months).toHaveLength(12);
      const row = calendar
        .locator('tbody tr')
        .filter({ has: page.locator('td:first-child', { hasText: /^6$/ }) });
      const cells = await row.locator('td.month').allTextContents();
      const planned = months.filter((_, i) => cells[i]?.trim() === 'previsto');
      expect(planned).toEqual(['maggio', 'giugno', 'luglio']);
    });
  });

  it('a visitor without a session is sent to the login page, comes back after signing in, and signing out ends the session', async () => {
    const { email, password } = demoLogin(app.server, 'Cremona', 'viewer');
    await app.journey(async (page) => {
      await page.goto('/');
      await page.waitForURL(/\/login\?next=%2F$/);
      await page.getByLabel('Indirizzo email').fill(email);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Accedi' }).click();
      await page.getByRole('heading', { level: 1, name: 'Enti' }).waitFor();

      await page.getByRole('button', { name: /Menu utente/ }).click();
      await page.getByRole('button', { name: 'Esci' }).click();
      await page.waitForURL(/\/login$/);
      await page.goto('/');
      await page.waitForURL(/\/login\?next=/);
    });
  });

  it('a plan opened from a bookmark asks once for its outline and never for the whole plan, with its page code already on the way, from assets sent pre-compressed and kept by the browser', async () => {
    await app.as('Cremona', 'secretary', async (page) => {
      await openFirstPlan(page, 'Comune di Cremona');
      // The plan opened by the click must have arrived, or its request would be counted below.
      await page.getByRole('row').filter({ hasText: 'C50_0004' }).waitFor();
      const planPath = new URL(page.url()).pathname;
      const planRequests: string[] = [];
      const outlineRequests: string[] = [];
      const assets: { url: string; encoding?: string; cache?: string }[] = [];
      page.on('request', (r) => {
        const path = new URL(r.url()).pathname;
        if (path === `/api/v1${planPath}`) planRequests.push(r.url());
        if (path === `/api/v1${planPath}/outline`) outlineRequests.push(r.url());
      });
      page.on('response', (r) => {
        const headers = r.headers();
        if (new URL(r.url()).pathname.startsWith('/assets/'))
          assets.push({
            url: r.url(),
            encoding: headers['content-encoding'],
            cache: headers['cache-control'],
          });
      });
      const shell = await page.goto(planPath);
      await page.getByRole('row').filter({ hasText: 'C50_0004' }).waitFor();
      // The header, the page and the start-up prefetch share one query, the outline: the whole plan
      // (9 MB for a large one, indicators and phases included) is not needed to list the objectives.
      expect(outlineRequests).toHaveLength(1);
      expect(planRequests).toHaveLength(0);
      expect(shell?.headers()['cache-control']).toBe('no-cache');
      const scripts = assets.filter((a) => a.url.endsWith('.js'));
      expect(scripts.some((a) => /\/plan-page-[\w-]+\.js$/.test(a.url))).toBe(true);
      for (const script of scripts.filter((a) => a.encoding !== undefined))
        expect(script.encoding).toBe('br');
      expect(scripts.filter((a) => a.encoding === 'br').length).toBeGreaterThan(0);
      for (const asset of assets) expect(asset.cache).toBe('public, max-age=31536000, immutable');
    });
  });
});
