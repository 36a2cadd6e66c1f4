import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appForTests, demoLogin } from './harness.ts';

const app = appForTests();

type Me = { organizations: { id: string; name: string; personId: string | null }[] };
type PlanDoc = {
  strategicLines: {
    objectives: { responsible: { id: string } | null; indicators: { id: string; target: number | null }[] }[];
  }[];
};

/** The API as a demo user, for the year's final measurements (recorded in other journeys' pages). */
async function apiAs(organization: string, role: string) {
  const { email, password } = demoLogin(app.server, organization, role);
  const res = await fetch(`${app.server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const call = async <T>(path: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${app.server.url}/api/v1${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  };
  const me = await call<Me>('/me');
  const org = me.organizations.find((o) => o.name.includes(organization));
  if (!org) throw new Error(`no ${organization}`);
  const [plan] = await call<{ id: string }[]>(`/orgs/${org.id}/plans`);
  if (!plan) throw new Error('no plan');
  return { call, personId: org.personId, planId: plan.id };
}

/** Records a final measurement reaching the target for each indicator of the chosen objectives. */
async function measureYearEnd(
  secretary: Awaited<ReturnType<typeof apiAs>>,
  pick: (o: PlanDoc['strategicLines'][number]['objectives'][number]) => boolean,
  date: string,
) {
  const plan = await secretary.call<PlanDoc>(`/plans/${secretary.planId}`);
  for (const o of plan.strategicLines.flatMap((l) => l.objectives).filter(pick))
    for (const i of o.indicators)
      await secretary.call(`/indicators/${i.id}/measurements`, { date, final: true, value: i.target ?? 1 });
}

async function openSheet(page: Page, planId: string, name: string) {
  await page.goto(`/plans/${planId}/evaluations`);
  await page.getByRole('link', { name: `Scheda di ${name}` }).click();
  await page.getByRole('heading', { level: 1, name: `Scheda di valutazione di ${name}` }).waitFor();
}

async function fillPoints(page: Page, label: RegExp, points: string[]) {
  const fields = page.getByLabel(label);
  await expect.poll(() => fields.count()).toBe(points.length);
  for (const [i, p] of points.entries()) await fields.nth(i).fill(p);
}

const badge = (page: Page, text: string) => page.locator('.badge', { hasText: text }).first().waitFor();

describe('the evaluation season in the web pages', () => {
  it('Chieve: the Segretario opens it, the manager scores and delivers, Ida De Luca contests, the Nucleo reviews; the bonus is shared to the cent', async () => {
    const secretary = await apiAs('Chieve', 'secretary');
    await measureYearEnd(secretary, () => true, '2020-12-31');
    const planId = secretary.planId;

    await app.as('Chieve', 'secretary', async (page) => {
      await page.goto(`/plans/${planId}/evaluations`);
      await page.getByRole('button', { name: 'Apri le valutazioni del piano' }).click();
      const table = page.getByRole('table', { name: 'Schede di valutazione del piano' });
      await table.waitFor();
      const ida = table.getByRole('row').filter({ hasText: 'Ida De Luca' });
      // Chieve's sectors have no posizione organizzativa: the Segretario evaluates the staff.
      expect(await ida.textContent()).toContain('Giovanna Cammara');
      expect(await ida.textContent()).toContain('60,00');
      const segretario = table.getByRole('row').filter({ hasText: 'Giovanna Cammara' }).first();
      expect(await segretario.textContent()).toContain('Nucleo di Valutazione');
    });

    await app.as('Chieve', 'manager', async (page) => {
      await openSheet(page, planId, 'Ida De Luca');
      expect(await page.getByText('Punteggio obiettivi: 60 × 100% = 60,00 su 60.').count()).toBe(1);
      await fillPoints(page, /^Punti per «/, ['9', '7', '6,5', '8', '5']);
      await page
        .getByLabel('Osservazioni su «Qualità e precisione»')
        .fill('Atti pubblicati sempre nei tempi');
      await page.getByRole('button', { name: 'Salva i punteggi' }).click();
      await page.getByText('Punteggi salvati.').waitFor();
      await expect.poll(() => page.getByTestId('sheet-total').textContent()).toBe('95,50 su 100');
      await page.getByRole('button', { name: 'Consegna la scheda al valutato' }).click();
      await badge(page, 'Consegnata');
    });

    await app.as('Chieve', 'employee', async (page) => {
      await openSheet(page, planId, 'Ida De Luca');
      await page.getByText(/Richiesta di riesame possibile entro il \d\d\/\d\d\/\d{4}/).waitFor();
      await page
        .getByLabel('Motivi della richiesta di riesame')
        .fill('La collaborazione con il Centro Estivo merita di più');
      await page.getByRole('button', { name: 'Chiedo il riesame' }).click();
      await badge(page, 'Riesame richiesto');
    });

    await app.as('Chieve', 'evaluator', async (page) => {
      await openSheet(page, planId, 'Ida De Luca');
      await page
        .getByLabel('Decisione motivata')
        .fill('Sentita l’interessata, si riconosce la collaborazione');
      await page.getByLabel("Punti rivisti per «Collaborazione e orientamento all'utenza»").fill('8');
      await page.getByLabel('Punti rivisti per «Flessibilità»').fill('8');
      await page.getByRole('button', { name: 'Registra la decisione sul riesame' }).click();
      await badge(page, 'Riesaminata');
      await expect.poll(() => page.getByTestId('sheet-total').textContent()).toBe('97,00 su 100');

      await openSheet(page, planId, 'Giovanna Cammara');
      await fillPoints(page, /^Punti per «/, ['9', '7', '7', '8', '5']);
      await page.getByRole('button', { name: 'Salva i punteggi' }).click();
      await expect.poll(() => page.getByTestId('sheet-total').textContent()).toBe('96,00 su 100');
      await page.getByRole('button', { name: 'Consegna la scheda al valutato' }).click();
      await badge(page, 'Consegnata');
    });

    await app.as('Chieve', 'secretary', async (page) => {
      await openSheet(page, planId, 'Ida De Luca');
      await page.getByRole('button', { name: 'Rendi definitiva la scheda' }).click();
      await badge(page, 'Definitiva');
      await openSheet(page, planId, 'Giovanna Cammara');
      await page.getByRole('button', { name: 'Prendo visione della valutazione' }).click();
      await badge(page, 'Presa visione');

      await page.goto(`/plans/${planId}/bonus`);
      await page.getByLabel('Fondo da ripartire (euro)').fill('10.000,00');
      await page.getByRole('button', { name: 'Calcola la ripartizione' }).click();
      await page.getByText('Fondo 10.000,00 €; ripartiti 10.000,00 €', { exact: false }).waitFor();
      // 10.000,00 € × 96/193 and × 97/193 = 4.974,0933 and 5.025,9067: the cent left goes to the larger
      // remainder; the calculation in words beside each share.
      const shares = page.getByRole('table', { name: 'Quote individuali' }).locator('tbody tr');
      const rows = (await shares.allTextContents()).map((r) => r.replace(/\s+/g, ' '));
      expect(rows[0]).toContain('Giovanna Cammara');
      expect(rows[0]).toContain('4.974,09 €');
      expect(rows[1]).toContain('Ida De Luca');
      expect(rows[1]).toContain('5.025,91 €');
      await page.getByText('Calcolo per Ida De Luca').click();
      await page.getByText('Quota: 10.000,00 € × 97 / 193 = 5.025,9067 €.').waitFor();
    });
  });

  it('Cremona: the Nucleo scores and delivers the manager’s sheet; the manager acknowledges it and never sees another’s', async () => {
    const secretary = await apiAs('Cremona', 'secretary');
    const manager = await apiAs('Cremona', 'manager');
    await measureYearEnd(secretary, (o) => o.responsible?.id === manager.personId, '2019-12-31');
    await secretary.call(`/plans/${secretary.planId}/evaluations`, {});
    const planId = secretary.planId;
    const sheets = await manager.call<{ id: string; person: { id: string; name: string } }[]>(
      `/plans/${planId}/evaluations`,
    );
    // The manager's list holds his own sheet only: his colleagues' are not his to read.
    expect(sheets.map((s) => s.person.id)).toEqual([manager.personId]);
    const name = sheets[0]?.person.name ?? '';

    await app.as('Cremona', 'evaluator', async (page) => {
      await openSheet(page, planId, name);
      await fillPoints(page, /^Punti per «/, ['8', '7', '6', '7', '5']);
      await page.getByRole('button', { name: 'Salva i punteggi' }).click();
      await expect.poll(() => page.getByTestId('sheet-total').textContent()).toBe('93,00 su 100');
      await page.getByRole('button', { name: 'Consegna la scheda al valutato' }).click();
      await badge(page, 'Consegnata');
    });

    await app.as('Cremona', 'manager', async (page) => {
      await openSheet(page, planId, name);
      expect(await page.getByRole('button', { name: 'Salva i punteggi' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Prendo visione della valutazione' }).click();
      await badge(page, 'Presa visione');
      const pdf = await page.request.get(`/api/v1/evaluations/${sheets[0]?.id}/sheet.pdf`);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
    });
  });
});
