import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForTests } from './harness.ts';

const app = appForTests();

/** The Cremona plan's address, from the list of organisations. */
async function cremonaPlanPath(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Comune di Cremona' }).click();
  await page.getByRole('table', { name: 'Piani dell’ente' }).getByRole('link').first().click();
  await page.waitForURL(/\/plans\/[0-9a-f-]+$/);
  return new URL(page.url()).pathname;
}

describe('amending an adopted plan', () => {
  it('a manager asks to lower target 1396, the Nucleo accepts, the secretary adopts the amendment, and the diff reads "Indicatore 1396 – target: 24 → 20"', async () => {
    const requestPath = await app.as('Cremona', 'manager', async (page) => {
      const planPath = await cremonaPlanPath(page);
      await page.goto(`${planPath}/change-requests/new`);
      await page.getByLabel('Oggetto della variazione').selectOption({ label: 'Indicatore' });
      const target = page.getByLabel('Elemento del piano');
      const option = target.locator('option', { hasText: /^1396 – / });
      await target.selectOption({ value: (await option.getAttribute('value')) ?? '' });
      await page.getByLabel('Variazione richiesta').selectOption({ label: 'Target' });
      await page.getByLabel('Nuovo valore').fill('20');
      await page
        .getByLabel('Motivazione')
        .fill('La mostra è rinviata alla primavera 2020: meno iniziative di promozione');
      await page.getByRole('button', { name: 'Presenta la richiesta' }).click();
      await page.waitForURL(/\/change-requests\/[0-9a-f-]+$/);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('1396');
      return new URL(page.url()).pathname;
    });
    const planPath = requestPath.replace(/\/change-requests\/.*$/, '');

    await app.as('Cremona', 'evaluator', async (page) => {
      await page.goto(requestPath);
      await page.getByLabel('Accolta', { exact: true }).check();
      await page
        .getByLabel('Testo della decisione')
        .fill('Viene accolta la richiesta di variazione del target');
      await page.getByRole('button', { name: 'Registra la decisione' }).click();
      await expect.poll(() => page.getByText('Decisione registrata.').count()).toBe(1);
    });

    const version = await app.as('Cremona', 'secretary', async (page) => {
      await page.goto(`${planPath}/change-requests?status=decided`);
      await page.getByLabel(/Includi nel provvedimento la richiesta su Indicatore 1396/).check();
      await page.getByLabel('Numero della delibera').fill('301');
      await page.getByLabel('Data della delibera').fill('2019-12-18');
      await page.getByRole('button', { name: 'Adotta il provvedimento' }).click();
      const done = page.getByText(/Provvedimento n\. \d+ adottato: il piano è ora alla versione \d+\./);
      await expect.poll(() => done.count()).toBe(1);
      return Number(/versione (\d+)/.exec((await done.textContent()) ?? '')?.[1]);
    });

    await app.as('Cremona', 'viewer', async (page) => {
      await page.goto(`${planPath}/versions`);
      const table = page.getByRole('table', { name: /Versioni adottate del piano/ });
      const row = table.locator('tbody tr').filter({ hasText: 'n. 301 del 18/12/2019' });
      await expect.poll(() => row.count()).toBe(1);
      const pdfHref = await row
        .getByRole('link', { name: 'Variazioni ed integrazioni (PDF)' })
        .getAttribute('href');
      const pdf = await page.request.get(pdfHref ?? '');
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');

      await row.getByRole('link', { name: `Confronta con la versione ${version - 1}` }).click();
      await page.waitForURL(/\/diff\?/);
      const lines = page.locator('.plan-diff li');
      await expect
        .poll(() => lines.allTextContents())
        .toEqual([expect.stringContaining('Indicatore 1396 – target: 24 → 20')]);

      // The version before stays readable exactly as adopted.
      await page.goto(`${planPath}?version=${version - 1}`);
      await expect
        .poll(() => page.getByText(`Si sta consultando la versione ${version - 1}`).count())
        .toBe(1);
    });
  });
});
