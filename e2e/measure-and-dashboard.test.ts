import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForTests, demoLogin, login } from './harness.ts';

const app = appForTests();

/** The text of objective C50_0004's row in the dashboard's objectives table. */
async function objectiveRow(page: Page, code: string): Promise<string> {
  const table = page.getByRole('table', { name: 'Obiettivi con grado di raggiungimento e semaforo' });
  return (await table.locator(`tr[data-objective="${code}"]`).textContent()) ?? '';
}

describe('measuring and monitoring', () => {
  it('a manager records a measurement and sees the dashboard change', async () => {
    const { email, password } = demoLogin(app.server, 'Cremona', 'manager');
    await app.journey(async (page) => {
      await login(page, email, password);
      // From the organisation to its plan, then to the plan's monitoring.
      await page.getByRole('link', { name: 'Comune di Cremona' }).click();
      await page.getByRole('table', { name: 'Piani dell’ente' }).getByRole('link').first().click();
      await page.waitForURL(/\/plans\/[0-9a-f-]+$/);
      const planUrl = new URL(page.url());
      await page.goto(`${planUrl.pathname}/dashboard`);
      await page.getByRole('heading', { level: 1, name: 'Monitoraggio del piano' }).waitFor();
      await page.getByRole('table', { name: 'Obiettivi con grado di raggiungimento e semaforo' }).waitFor();
      const before = await objectiveRow(page, 'C50_0004');
      const planBefore = await page.getByTestId('plan-achievement').textContent();

      // Indicator 1299 (Nr giorni di utilizzo delle nuove sale), of the manager's own sector.
      const rowLink = page.getByRole('table', { name: 'Obiettivi con grado di raggiungimento e semaforo' });
      await rowLink.locator('tr[data-objective="C50_0004"]').getByRole('link').click();
      await page.waitForURL(/\/objectives\//);
      const objectiveUrl = new URL(page.url());
      const indicatorsResponse = await page.request.get(`/api/v1${planUrl.pathname}`);
      const plan = await indicatorsResponse.json();
      const indicator = plan.strategicLines
        .flatMap(
          (l: { objectives: { indicators: { id: string; code: string; target: number }[] }[] }) =>
            l.objectives,
        )
        .flatMap((o: { indicators: { id: string; code: string; target: number }[] }) => o.indicators)
        .find((i: { code: string }) => i.code === '1299');
      expect(objectiveUrl.pathname).toContain('/objectives/');
      await page.goto(`${planUrl.pathname}/indicators/${indicator.id}`);
      await page.getByRole('heading', { level: 1, name: 'Rilevazioni dell’indicatore 1299' }).waitFor();

      await page.getByLabel('Data della rilevazione').fill('2019-12-31');
      // Bootstrap Italia draws the radio on its label.
      await page.locator('label', { hasText: 'Finale (consuntivo)' }).click();
      expect(await page.getByLabel('Finale (consuntivo)').isChecked()).toBe(true);
      await page.getByLabel('Valore rilevato').fill(String(indicator.target));
      // The calculation in words, before saving: "247 su 247 → 100%".
      await expect
        .poll(() => page.getByTestId('calculation').textContent())
        .toMatch(/^\d[\d.]* su \d[\d.]* → 100%$/);
      await page.getByRole('button', { name: 'Registra la rilevazione' }).click();
      await page.getByText('Rilevazione registrata. Il grado di raggiungimento è aggiornato.').waitFor();
      const history = page.getByRole('table', { name: /Rilevazioni dell’indicatore 1299/ });
      expect(await history.locator('tbody tr').first().textContent()).toContain('31/12/2019');

      await page.getByRole('link', { name: 'Torna al monitoraggio' }).click();
      await page.getByRole('table', { name: 'Obiettivi con grado di raggiungimento e semaforo' }).waitFor();
      await expect.poll(() => objectiveRow(page, 'C50_0004')).not.toBe(before);
      const after = await objectiveRow(page, 'C50_0004');
      expect(after).toMatch(/\d+(,\d+)?%/);
      expect(await page.getByTestId('plan-achievement').textContent()).not.toBe(planBefore);
      // 1299 is no longer among the unmeasured indicators.
      const unmeasured = page.getByRole('table', { name: 'Indicatori non ancora rilevati' });
      if (await unmeasured.count()) expect(await unmeasured.textContent()).not.toContain('1299 ');
    });
  });
});
