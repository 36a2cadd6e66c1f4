import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// The Chieve plan of seed 000 as a secretary types it into the pages, from an empty draft to the
// adopted version 0. Shared by the e2e test and kept apart so it reads as the seed does.

type Activity = {
  code: string;
  title: string;
  unit: string;
  who: 'Tutto il Personale' | 'Segretario Comunale' | 'DE LUCA Ida';
  months: string[];
  indicator: string;
  deadline: string;
  target: string;
  targetText: string;
};

const SECOND_HALF = ['luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];

export const STRATEGIC = [
  {
    code: 'S1',
    title: 'Chieve più sicura: pattugliamento della Polizia Locale e ampliamento della videosorveglianza',
    unit: 'Amministrativo',
  },
  {
    code: 'S2',
    title: 'Completamento della pista ciclabile per Crema via Gattolino e via Capergnanica',
    unit: 'Tecnico-Manutentivo',
  },
  {
    code: 'S3',
    title: 'Realizzazione progetti per concessione contributi ministeriali e Regionali',
    unit: 'Economico Finanziario',
  },
];

export const ACTIVITIES: Activity[] = [
  {
    code: '1',
    title:
      'TRASPARENZA: Inserimento ed aggiornamento dati e atti sul sito comunale in "AMMINISTRAZIONE TRASPARENTE"',
    unit: 'Amministrativo',
    who: 'Tutto il Personale',
    months: SECOND_HALF,
    indicator: 'Trasmissione e/o pubblicazione dati nella sezione AMMINISTRAZIONE TRASPARENTE',
    deadline: '2020-12-31',
    target: '80',
    targetText: 'Almeno 80%',
  },
  {
    code: '2',
    title: 'Predisposizione apparato informatico ed avvio procedimento di delibere e determine in digitale',
    unit: 'Amministrativo',
    who: 'Tutto il Personale',
    months: SECOND_HALF,
    indicator: 'Attivazione procedimento per predisposizione delibere e determine in formato digitale.',
    deadline: '2020-12-31',
    target: '80',
    targetText: 'Almeno 80%',
  },
  {
    code: '3',
    title: 'Adozione Regolamento Incentivi Tecnici',
    unit: 'Amministrativo',
    who: 'Segretario Comunale',
    months: SECOND_HALF,
    indicator: 'Predisposizione Regolamento Incentivi Tecnici',
    deadline: '2020-12-31',
    target: '100',
    targetText: '100%',
  },
  {
    code: '4',
    title: 'Adozione Regolamento in materia di accesso civico e accesso generalizzato.',
    unit: 'Amministrativo',
    who: 'Segretario Comunale',
    months: SECOND_HALF,
    indicator: 'Predisposizione Regolamento in materia di accesso civico e accesso generalizzato.',
    deadline: '2020-12-31',
    target: '100',
    targetText: '100%',
  },
  {
    code: '5',
    title:
      'Gestione delle Risorse Umane. Avvio e conclusione della contrattazione integrativa decentrata anno 2020',
    unit: 'Economico Finanziario',
    who: 'Segretario Comunale',
    months: SECOND_HALF,
    indicator: 'Avvio e Conclusione Contrattazione decentrata',
    deadline: '2020-12-31',
    target: '100',
    targetText: '100%',
  },
  {
    code: '6',
    title: 'Attività di Collaborazione con il Centro Estivo per emergenza covid-19',
    unit: 'Demografico',
    who: 'DE LUCA Ida',
    months: ['maggio', 'giugno', 'luglio'],
    indicator: 'Attività Collaborazione distribuzione pasti per emergenza Covid-19',
    deadline: '2020-08-31',
    target: '100',
    targetText: '100%',
  },
];

export const PLAN_TITLE = 'Piano della Performance 2020 (scritto nelle pagine)';

async function addLine(page: Page, title: string) {
  await page.locator('#new-line-title').fill(title);
  await page.getByRole('button', { name: 'Nuova linea strategica' }).click();
  await page.getByRole('link', { name: `Aggiungi un obiettivo alla linea «${title}»` }).waitFor();
}

async function addObjective(
  page: Page,
  line: string,
  o: {
    code: string;
    title: string;
    unit: string;
    kind: string;
    responsible?: string;
    allStaff?: boolean;
    assignee?: string;
  },
) {
  await page.getByRole('link', { name: `Aggiungi un obiettivo alla linea «${line}»` }).click();
  await page.waitForURL(/\/edit\/objectives\/new/);
  await page.locator('#objective-code').fill(o.code);
  await page.locator('#objective-title').fill(o.title);
  await page.locator('#objective-kind').selectOption({ label: o.kind });
  await page.locator('#objective-unit').selectOption({ label: o.unit });
  if (o.responsible) await page.locator('#objective-responsible').selectOption({ label: o.responsible });
  if (o.allStaff) await page.locator('label[for="objective-allStaff"]').click();
  if (o.assignee) await page.locator('#objective-assignees').selectOption({ label: o.assignee });
  if (o.kind === 'Operativo') {
    await page.locator('#objective-periodText').fill('2° semestre 2020');
    await page.getByLabel('Risorse umane').fill('Tutto il personale');
    await page
      .getByLabel('Risorse strumentali')
      .fill('Strutture e mezzi attualmente in dotazione al settore');
    await page
      .getByLabel('Risorse finanziarie')
      .fill("dotazione resa disponibile dall'Ente nel bilancio di esercizio 2020 e risorse aggiuntive");
  }
  await page.getByRole('button', { name: 'Crea l’obiettivo' }).click();
  await page.waitForURL(/\/edit\/objectives\/[0-9a-f-]{36}$/);
}

async function addIndicator(page: Page, a: Activity, weight: string) {
  await page.getByRole('button', { name: 'Nuovo indicatore' }).click();
  await page.locator('#new-indicator-code').fill(a.code);
  await page.locator('#new-indicator-title').fill(a.indicator);
  await page.locator('#new-indicator-unitOfMeasure').fill('%');
  await page.locator('#new-indicator-target').fill(a.target);
  await page.locator('#new-indicator-weight').fill(weight);
  await page.locator('#new-indicator-targetText').fill(a.targetText);
  await page.locator('#new-indicator-deadline').fill(a.deadline);
  await page.getByRole('button', { name: 'Nuovo indicatore' }).last().click();
  await page.getByRole('heading', { name: `${a.code} · ${a.indicator}` }).waitFor();
}

async function addPhase(page: Page, a: Activity) {
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Nuova fase' }) });
  await form.locator('#new-phase-number').fill(a.code);
  await form.locator('#new-phase-title').fill(a.title);
  await form.locator('#new-phase-assignees').fill(a.who);
  for (const month of a.months) await form.getByRole('button', { name: month, exact: true }).click();
  await form.getByRole('button', { name: 'Nuova fase' }).click();
  await page.getByRole('table', { name: /Calendarizzazione dell’obiettivo/ }).waitFor();
}

/** From the organisation's page to the adopted plan; returns the plan's id. */
export async function authorChieve(page: Page, orgId: string): Promise<string> {
  // 1. The draft plan.
  await page.goto(`/orgs/${orgId}/plans/new`);
  await page.locator('#plan-title').fill(PLAN_TITLE);
  await page.getByLabel('Tipo di piano').selectOption({ label: 'Piano della Performance' });
  await page.locator('#plan-start-year').fill('2020');
  await page.locator('#plan-end-year').fill('2020');
  await page
    .getByLabel('Premessa')
    .fill('## Premessa\n\nIl Piano della Performance è il documento programmatico…');
  await page.getByRole('button', { name: 'Crea il piano' }).click();
  await page.waitForURL(/\/plans\/[0-9a-f-]{36}\/edit$/);
  const planId = /\/plans\/([0-9a-f-]{36})\/edit/.exec(page.url())?.[1] ?? '';

  // 2. Its two lines.
  await addLine(page, 'Obiettivi strategici');
  await addLine(page, 'Specifici obiettivi anno 2020');

  // 3. The three strategic objectives: no indicators in the seed.
  for (const s of STRATEGIC) {
    await addObjective(page, 'Obiettivi strategici', { ...s, kind: 'Strategico' });
    await page.goto(`/plans/${planId}/edit`);
  }

  // 4. The six activities, each with its indicator and its phase on the calendar. Activity 3's
  //    indicator is first weighted 90 by mistake: the check must find it.
  for (const a of ACTIVITIES) {
    await addObjective(page, 'Specifici obiettivi anno 2020', {
      code: a.code,
      title: a.title,
      unit: a.unit,
      kind: 'Operativo',
      responsible: a.who === 'Segretario Comunale' ? 'Giovanna Cammara' : undefined,
      allStaff: a.who === 'Tutto il Personale',
      assignee: a.who === 'DE LUCA Ida' ? 'Ida De Luca' : undefined,
    });
    await addIndicator(page, a, a.code === '3' ? '90' : '100');
    await addPhase(page, a);
    await page.goto(`/plans/${planId}/edit`);
  }

  // 5. The check finds the planted mistake and links to it; fix it from there.
  await page.goto(`/plans/${planId}/check`);
  const errors = page.getByRole('table', { name: 'Errori' });
  await errors.waitFor();
  expect(await errors.textContent()).toContain(
    "I pesi degli indicatori dell'obiettivo 3 sommano a 90 invece di 100.",
  );
  await errors.getByRole('link', { name: 'Obiettivo 3' }).click();
  await page.waitForURL(/\/edit\/objectives\//);
  await page.getByRole('button', { name: 'Modifica l’indicatore 3' }).click();
  const weight = page.locator('[id^="indicator-"][id$="-weight"]');
  await weight.fill('100');
  await page.getByRole('button', { name: 'Salva' }).last().click();
  await page.getByText('peso 100').waitFor();

  // 6. Adoption: no errors left, the warnings (strategic objectives without indicators, objectives
  //    without a responsible) confirmed, delibera G.C. n. 68 del 01.09.2020.
  await page.goto(`/plans/${planId}/adopt`);
  await page.getByText(/Il piano ha \d+ avvisi\./).waitFor();
  await page.locator('#act-number').fill('68');
  await page.locator('#act-date').fill('2020-09-01');
  await page.getByRole('button', { name: 'Adotta il piano' }).click();
  await page.getByText('Confermare gli avvisi per adottare il piano.').waitFor();
  await page.locator('label[for="confirm-warnings"]').click();
  await page.getByRole('button', { name: 'Adotta il piano' }).click();
  await page.getByText('Piano adottato con la delibera n. 68 del 01/09/2020: versione 0.').waitFor();
  return planId;
}
