import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForTests, demoLogin, login } from './harness.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../packages/server/src/import-export/fixtures/${name}`, import.meta.url));

const app = appForTests();

/** Title, years, kind and file, as the secretary fills them; then "Importa il piano". */
async function importFile(page: Page, file: string, title: string) {
  await page.getByLabel('Titolo del piano').fill(title);
  await page.getByLabel('Tipo di piano').selectOption('peg');
  await page.getByRole('textbox', { name: 'Anno', exact: true }).fill('2019');
  await page.getByLabel('Anno finale (facoltativo)').fill('2021');
  await page.getByLabel('File del piano').setInputFiles(fixture(file));
  await page.getByRole('button', { name: 'Importa il piano' }).click();
}

/** The cells of a table's body, row by row. */
async function bodyRows(page: Page, tableName: string): Promise<string[][]> {
  const table = page.getByRole('table', { name: tableName });
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent ?? '')),
    );
}

describe('importing a plan from a spreadsheet', () => {
  it('the Cremona secretary imports the PEG table, then sees every bad row of a broken file and nothing imported', async () => {
    const { email, password } = demoLogin(app.server, 'Cremona', 'secretary');
    const context = await app.browser.newContext({ baseURL: app.server.url, locale: 'it-IT' });
    try {
      const page = await context.newPage();
      await login(page, email, password);
      await page.getByRole('link', { name: 'Comune di Cremona' }).click();
      await page.getByRole('link', { name: 'Importa un piano da foglio di calcolo' }).click();
      await page.getByRole('heading', { level: 1, name: 'Importa un piano da foglio di calcolo' }).waitFor();
      const orgId = new URL(page.url()).pathname.split('/')[2];
      const plansNow = async () =>
        (await (await page.request.get(`/api/v1/orgs/${orgId}/plans`)).json()).length;
      const before = await plansNow();

      // The Cremona PEG 2019 table: 12 objectives, 27 indicators, its change requests.
      await importFile(page, 'cremona-peg-2019.xlsx', 'PEG 2019-2021 (importato)');
      await page.getByRole('heading', { name: 'Piano importato' }).waitFor();
      const counts = Object.fromEntries(
        (await bodyRows(page, 'Dati importati')).map(([label = '', value = '']) => [label, value]),
      );
      expect(counts.Obiettivi).toBe('12');
      expect(counts.Indicatori).toBe('27');
      expect(counts['Linee strategiche']).toBe('4');
      expect(await plansNow()).toBe(before + 1);

      // The new draft opens from the summary.
      await page.getByRole('link', { name: 'Apri il piano importato' }).click();
      await page.waitForURL(/\/plans\/[0-9a-f-]+$/);
      await page.getByRole('heading', { level: 1, name: 'PEG 2019-2021 (importato)' }).waitFor();
      await page.goBack();

      // A broken file: every bad row listed, nothing written.
      await page.getByRole('heading', { level: 1, name: 'Importa un piano da foglio di calcolo' }).waitFor();
      await importFile(page, 'broken-plan.csv', 'PEG 2019 con errori');
      await page.getByRole('heading', { name: 'Nessun dato è stato importato' }).waitFor();
      const rows = await bodyRows(page, 'Righe da correggere nel file broken-plan.csv');
      expect(rows).toEqual([
        ['3', 'Target Atteso', 'non è un numero: «duecentoquarantasette»'],
        ['4', 'Codice Obiettivo', 'manca il codice dell’obiettivo'],
        ['6', 'Codice Indicatore', 'manca il codice dell’indicatore'],
        ['6', 'Peso Indicatore', 'non è un numero: «quaranta»'],
        ['7', 'Polarità', 'la polarità deve essere «positiva» o «negativa», non «alta»'],
        ['9', 'Titolo Obiettivo', 'manca il titolo dell’obiettivo'],
        ['9', 'Codice Indicatore', 'l’indicatore 1011 compare già alla riga 2'],
        [
          '10',
          'Tipo Obiettivo',
          'il tipo di obiettivo deve essere strategico, operativo o gestionale, non «strategicissimo»',
        ],
        ['10', 'Peso Obiettivo', 'non può essere negativo'],
      ]);
      // The focus is on the outcome, so a screen reader starts there.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        'Nessun dato è stato importato',
      );
      expect(await plansNow()).toBe(before + 1);
      if (process.env.E2E_SCREENSHOTS)
        await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/import-errors.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });
});
