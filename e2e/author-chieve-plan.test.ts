import { describe, expect, it } from 'vitest';
import { authorChieve, PLAN_TITLE } from './author-chieve-plan.journey.ts';
import { appForTests, demoLogin, login } from './harness.ts';

const app = appForTests();

describe('authoring a plan in the web pages', () => {
  it('the Chieve secretary builds the Piano della Performance 2020 from nothing, checks it and adopts it', async () => {
    const { email, password } = demoLogin(app.server, 'Chieve', 'secretary');
    const context = await app.browser.newContext({ baseURL: app.server.url, locale: 'it-IT' });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      await login(page, email, password);
      await page.getByRole('link', { name: 'Comune di Chieve' }).click();
      await page.waitForURL(/\/orgs\/[0-9a-f-]{36}$/);
      const orgId = /\/orgs\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';

      const planId = await authorChieve(page, orgId);

      // The adopted plan reads as the seed: version 0 by delibera 68, two lines, nine objectives.
      await page.goto(`/plans/${planId}`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(PLAN_TITLE);
      const facts = await page.locator('.plan-facts').textContent();
      expect(facts).toContain('Adottato');
      expect(facts).toContain('n. 68 del 01/09/2020');
      const codes = await page.locator('.objectives-table tbody tr td:first-child').allTextContents();
      expect(codes.map((c) => c.trim())).toEqual(['S1', 'S2', 'S3', '1', '2', '3', '4', '5', '6']);

      // Activity 6's calendar as clicked: maggio, giugno, luglio.
      await page.getByRole('link', { name: /covid/i }).first().click();
      await page.waitForURL(/\/objectives\//);
      const calendar = page.getByRole('table', { name: /Calendarizzazione/ });
      await calendar.locator('tbody tr').first().waitFor();
      const cells = await calendar.locator('tbody tr').first().locator('td.month').allTextContents();
      expect(cells.map((c, i) => (c.trim() === 'previsto' ? i + 1 : 0)).filter(Boolean)).toEqual([5, 6, 7]);

      // Adopted: the editor is read-only now.
      await page.goto(`/plans/${planId}/edit`);
      await page.getByText('Il piano non è più in bozza').waitFor();
    } finally {
      await context.close();
    }
    // Nine objectives typed one field at a time: longer than a browsing journey.
  }, 400_000);
});
