import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { measurements } from '../db/schema/measurements.ts';
import { indicators } from '../db/schema/plans.ts';
import { buildChievePlan, buildCremonaPlan } from '../documents/document-fixtures.ts';
import { pdfPageInk, pdfPageSizes, pdfText } from '../documents/pdf-inspect.ts';

const { app, database } = await build();
const db = database.db;
const cremona = await buildCremonaPlan(db);
const orgId = cremona.org.id;
const secretary = await loginAs(app, (await buildUser(db, orgId, ['secretary'])).email);
const nucleoUser = await buildUser(db, orgId, ['evaluator'], { email: 'nucleo.cremona@example.it' });
const nucleo = await loginAs(app, nucleoUser.email);
const viewer = await loginAs(app, (await buildUser(db, orgId, ['viewer'])).email);

// Results of the year (seed indicators): 1011 → 2 of 3, 1299 and 1396 on target, 278 → 78.000 of
// 91.690, 1528 (lower is better) → 2 against 1, 891 → 100; 349 and C32_0014 not measured.
const codes = await db
  .select({ id: indicators.id, code: indicators.code })
  .from(indicators)
  .where(eq(indicators.planId, cremona.plan.id));
const id = (code: string) => codes.find((c) => c.code === code)?.id ?? '';
await db.insert(measurements).values(
  (
    [
      ['1011', 2],
      ['1299', 247],
      ['1396', 24],
      ['278', 78000],
      ['1528', 2],
      ['891', 100],
    ] as const
  ).map(([code, value]) => ({
    planId: cremona.plan.id,
    indicatorId: id(code),
    date: '2019-12-31',
    final: true,
    value,
  })),
);

const url = `/api/v1/plans/${cremona.plan.id}/report`;
const call = (method: 'GET' | 'PUT' | 'POST', path: string, cookie: string, payload?: object) =>
  app.inject({ method, url: path, headers: { cookie }, ...(payload ? { payload } : {}) });

const COMMENTARY = `Nel 2019 il Comune ha raggiunto gran parte degli obiettivi.

- la mostra su Orazio Gentileschi è stata rinviata al **2020**;
- il piano di sicurezza informatica non è ancora misurato.`;

describe('the Relazione sulla Performance, draft then validated', () => {
  it('starts as an empty draft', async () => {
    const res = await call('GET', url, viewer.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'draft', commentary: null, validatedBy: null });
  });

  it('refuses validation while the commentary is missing', async () => {
    const res = await call('POST', `${url}/validation`, nucleo.cookie);
    expect(res.statusCode).toBe(422);
  });

  it('lets only the secretary write the commentary', async () => {
    expect((await call('PUT', url, viewer.cookie, { commentary: 'x' })).statusCode).toBe(403);
    expect((await call('PUT', url, nucleo.cookie, { commentary: 'x' })).statusCode).toBe(403);
    const res = await call('PUT', url, secretary.cookie, { commentary: COMMENTARY });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'draft', commentary: COMMENTARY });
  });

  it('prints the draft with its results, charts and commentary', async () => {
    const res = await call('GET', `${url}.pdf`, viewer.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload);
    expect(text).toContain('RELAZIONE SULLA PERFORMANCE 2019-2021');
    expect(text).toContain('Bozza – non ancora validata dal Nucleo di Valutazione');
    expect(text).toContain('la mostra su Orazio Gentileschi è stata rinviata al 2020;');
    // Plan: (86,7 + 85,1 + 90) / 3 over the three measured objectives of four.
    expect(text).toMatch(/Grado di raggiungimento complessivo del piano 87,2%/);
    expect(text).toContain('3 su 4 obiettivi misurati');
    expect(text).toMatch(/Città per una cultura fra memoria ed immaginazione 85,9% 2 su 2/);
    expect(text).toMatch(/Gestione Giuridico-Amministrativa ed Economica dei Rapporti di Lavoro 90% 1 su 1/);
    expect(text).toMatch(/C50_0004 Ulteriore sviluppo .* 8 3 su 3 86,7%/);
    expect(text).toMatch(/C32_0014 Completamento piano di sicurezza informatica .* 0 su 3 n\.r\./);
    expect(text).toMatch(/1011 Incremento visitatori 3 2 31\/12\/2019 finale 66,7%/);
    expect(text).toMatch(
      /278 Partecipazione del pubblico alle iniziative 91\.690 78\.000 31\/12\/2019 finale 85,1%/,
    );
    expect(text).toMatch(
      /1528 Ricorsi pervenuti sulle procedure occupazionali\. 1 2 31\/12\/2019 finale 50%/,
    );
    expect(text).toMatch(/349 Sponsorizzazioni e contributi 30 – non rilevato n\.r\./);
    expect(text).toContain(
      'Il piano è stato adottato con deliberazione Giunta Comunale n. 112 del 10/04/2019.',
    );
  });

  it('draws the charts on the summary page and the tables in landscape', async () => {
    const pdf = (await call('GET', `${url}.pdf`, viewer.cookie)).rawPayload;
    const sizes = pdfPageSizes(pdf);
    expect(sizes[2]).toEqual({ width: 595, height: 842 });
    expect(sizes.some((s) => s.width === 842)).toBe(true);
    // The bars make the summary page markedly darker than a page of text alone.
    expect(pdfPageInk(pdf, 3)).toBeGreaterThan(0.03);
  });

  it('gives the same tables as a workbook', async () => {
    const res = await call('GET', `${url}.xlsx`, viewer.cookie);
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Linee strategiche',
      'Settori',
      'Obiettivi',
      'Indicatori',
    ]);
    const objectives = workbook.getWorksheet('Obiettivi');
    expect(objectives?.rowCount).toBe(5);
    expect(objectives?.getRow(2).getCell(1).value).toBe('C50_0004');
    expect(Number(objectives?.getRow(2).getCell(5).value)).toBeCloseTo(86.667, 2);
    expect(workbook.getWorksheet('Indicatori')?.rowCount).toBe(11);
  });

  it('lets only the Nucleo validate, recording who and when', async () => {
    expect((await call('POST', `${url}/validation`, secretary.cookie)).statusCode).toBe(403);
    const res = await call('POST', `${url}/validation`, nucleo.cookie);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.status).toBe('validated');
    expect(body.validatedBy).toEqual({ id: nucleoUser.id, name: nucleoUser.name });
    expect(Date.parse(body.validatedAt)).not.toBeNaN();
  });

  it('freezes the validated text and refuses a second validation', async () => {
    expect((await call('PUT', url, secretary.cookie, { commentary: 'altro' })).statusCode).toBe(409);
    expect((await call('POST', `${url}/validation`, nucleo.cookie)).statusCode).toBe(409);
    expect((await call('GET', url, viewer.cookie)).json().commentary).toBe(COMMENTARY);
  });

  it('says in the PDF that the Nucleo validated it', async () => {
    const text = pdfText((await call('GET', `${url}.pdf`, viewer.cookie)).rawPayload);
    expect(text).toMatch(/Validata dal Nucleo di Valutazione il \d{2}\/\d{2}\/\d{4}/);
  });
});

describe('a plan not yet adopted', () => {
  it('has no Relazione to write', async () => {
    const draft = await buildChievePlan(db, { adopt: false });
    const sec = await loginAs(app, (await buildUser(db, draft.org.id, ['secretary'])).email);
    const res = await call('PUT', `/api/v1/plans/${draft.plan.id}/report`, sec.cookie, { commentary: 'x' });
    expect(res.statusCode).toBe(409);
    const pdf = await call('GET', `/api/v1/plans/${draft.plan.id}/report.pdf`, sec.cookie);
    expect(pdf.statusCode).toBe(200);
    expect(pdfText(pdf.rawPayload)).toContain('Nessun risultato disponibile');
  });
});
