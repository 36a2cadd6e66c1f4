import { describe, expect, it } from 'vitest';
import { buildOrg, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { amendIndicatorTarget, buildChievePlan, buildCremonaPlan } from './document-fixtures.ts';
import { loadPlanSource } from './load-plan-source.ts';
import { renderPdf, renderPdfWithPdfmake } from './pdf.ts';
import { pdfPageCount, pdfPageInk, pdfPageSizes, pdfText, pdfWordBoxes } from './pdf-inspect.ts';
import { renderPlanDocument } from './render-in-worker.ts';
import { renderPegPdf } from './render-peg-pdf.ts';
import { renderPlanPdf } from './render-plan-pdf.ts';

const { app, database } = await build();
const db = database.db;
const chieve = await buildChievePlan(db);
const cremona = await buildCremonaPlan(db);
const chieveViewer = await loginAs(app, (await buildUser(db, chieve.org.id, ['viewer'])).email);
const cremonaViewer = await loginAs(app, (await buildUser(db, cremona.org.id, ['viewer'])).email);

const get = (url: string, cookie = chieveViewer.cookie) =>
  app.inject({ method: 'GET', url, headers: { cookie } });

describe('the plan as a PDF (export.pdf)', async () => {
  const res = await get(`/api/v1/plans/${chieve.plan.id}/export.pdf`);
  const text = pdfText(res.rawPayload);

  it('is a PDF to download, named after the plan and its version', () => {
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('piano-della-performance-2020-v0.pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('opens with the adopting act and the Segretario, as the Chieve plan does', () => {
    expect(text).toContain('Allegato alla delibera G.C. n. 68 del 01/09/2020');
    expect(text).toContain('Il Segretario Comunale: Giovanna Dott.ssa Cammara');
    expect(text).toContain('PIANO DELLA PERFORMANCE 2020');
    expect(text).toContain('Provincia di Cremona');
  });

  it('holds the introduction with its list, without the Markdown marks', () => {
    expect(text).toContain('PREMESSA');
    expect(text).toContain(
      'distinguendo gli obiettivi in due categorie: obiettivi strategici (o di miglioramento)',
    );
    expect(text).toContain('Completamento della pista ciclabile per Crema via Gattolino e via Capergnanica;');
    expect(text).not.toContain('**');
  });

  it('holds every line, and every objective with code, title, unit and weight', () => {
    expect(text).toContain('Obiettivi strategici 2020');
    expect(text).toContain('S1 – Chieve più sicura con il potenziamento del servizio di pattugliamento');
    expect(text).toContain('OB3 – Adozione Regolamento Incentivi Tecnici');
    expect(text).toContain('OB6 – Attività di Collaborazione con il Centro Estivo per emergenza covid-19');
    expect(text).toMatch(/Amministrativo.*Demografico/);
    expect(text).toContain('PESO: 10 punti');
    expect(text).toContain('RISORSE UMANE: Tutto il personale');
    expect(text).toContain(
      "RISORSE FINANZIARIE: dotazione resa disponibile dall'Ente nel bilancio di esercizio 2020",
    );
  });

  it('holds the activity calendar with an X in each planned month', () => {
    expect(text).toContain('CALENDARIZZAZIONE DEGLI OBIETTIVI');
    expect(text).toContain('G F M A M G L A S O N D');
    // OB6 runs May to July: three marks on its row.
    expect(text).toMatch(/Centro Estivo per emergenza covid-19 DE LUCA Ida X X X/);
  });

  it('holds every indicator with code, title, deadline, target and weight', () => {
    expect(text).toContain('INDICATORE/I MISURABILE/I');
    expect(text).toContain('TEMPISTICA DI RILEVAZIONE');
    expect(text).toContain('VALORE DA RAGGIUNGERE');
    expect(text).toMatch(
      /Attivazione procedimento per predisposizione delibere e determine in formato digitale\. 100 31\/12\/2020 Almeno 80%/,
    );
    expect(text).toMatch(
      /Attività Collaborazione distribuzione pasti per emergenza Covid-19 100 31\/08\/2020 100%/,
    );
  });

  it('prints the organisation, the act and the page number on every page', () => {
    const pages = pdfPageCount(res.rawPayload);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(text.match(/Pagina \d+ di \d+/g)).toHaveLength(pages);
    expect(text.match(/Allegato alla delibera G\.C\. n\. 68 del 01\/09\/2020/g)?.length).toBeGreaterThan(
      pages,
    );
    expect(text.match(new RegExp(chieve.org.name, 'g'))?.length).toBeGreaterThanOrEqual(pages);
  });

  it('puts the tables on landscape pages and the text on portrait ones', () => {
    const sizes = pdfPageSizes(res.rawPayload);
    expect(sizes[0]).toEqual({ width: 595, height: 842 });
    expect(sizes.at(-1)).toEqual({ width: 842, height: 595 });
  });

  it('renders pages that show text and tables', () => {
    expect(pdfPageInk(res.rawPayload, 1)).toBeGreaterThan(0.002);
    expect(pdfPageInk(res.rawPayload, pdfPageCount(res.rawPayload))).toBeGreaterThan(0.01);
  });
});

describe('versions of the plan document', () => {
  it('gives each adopted version as it was adopted, with its own act', async () => {
    const plan = await buildChievePlan(db);
    const viewer = await loginAs(app, (await buildUser(db, plan.org.id, ['viewer'])).email);
    const ob1 = await get(`/api/v1/plans/${plan.plan.id}?version=0`, viewer.cookie);
    const target = ob1.json().strategicLines[0].objectives[3].indicators[0];
    await amendIndicatorTarget(db, {
      planId: plan.plan.id,
      indicatorId: target.id,
      target: 90,
      act: { number: '101', date: '2020-11-20' },
    });
    const v0 = pdfText(
      (await get(`/api/v1/plans/${plan.plan.id}/export.pdf?version=0`, viewer.cookie)).rawPayload,
    );
    const v1 = pdfText(
      (await get(`/api/v1/plans/${plan.plan.id}/export.pdf?version=1`, viewer.cookie)).rawPayload,
    );
    expect(v0).toContain('Almeno 80%');
    expect(v0).toContain('Versione 0 – come adottata');
    expect(v1).toContain('Versione 1 – dopo il 1° provvedimento di variazione');
    expect(v1).toContain('Allegato alla delibera G.C. n. 101 del 20/11/2020');
    expect(v1).toMatch(/AMMINISTRAZIONE TRASPARENTE 100 31\/12\/2020 90/);
  });

  it('answers 404 for a version that does not exist', async () => {
    const res = await get(`/api/v1/plans/${chieve.plan.id}/export.pdf?version=7`);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});

describe('a plan PDF already rendered', async () => {
  const plan = await buildChievePlan(db, { adopt: false });
  const secretary = await loginAs(app, (await buildUser(db, plan.org.id, ['secretary'])).email);
  const url = `/api/v1/plans/${plan.plan.id}/export.pdf`;
  const fetchPdf = (headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers: { cookie: secretary.cookie, ...headers } });
  const renders = () => app.planPdfs.rendered.builds;
  const before = renders();
  const [first, second] = await Promise.all([fetchPdf(), fetchPdf()]);
  const third = await fetchPdf();
  const rendered = renders() - before;

  it('is rendered once for everyone who asks at the same time, then served as it was', () => {
    expect([first.statusCode, second.statusCode, third.statusCode]).toEqual([200, 200, 200]);
    expect(rendered).toBe(1);
    expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(third.rawPayload.equals(first.rawPayload)).toBe(true);
  });

  it('answers 304 to a client that holds it, without rendering anything', async () => {
    const etag = String(third.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    expect(third.headers['cache-control']).toBe('private, no-cache');
    const count = renders();
    const again = await fetchPdf({ 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    expect(renders()).toBe(count);
  });

  it('is not rendered again for a change elsewhere in the organisation', async () => {
    const count = renders();
    const hired = await app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${plan.org.id}/people`,
      headers: { cookie: secretary.cookie },
      payload: { name: 'Nuova Assunta', jobTitle: 'Istruttore amministrativo' },
    });
    expect(hired.statusCode).toBe(201);
    const after = await fetchPdf();
    expect(after.headers.etag).toBe(first.headers.etag);
    expect(after.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(renders()).toBe(count);
  });

  it('is rendered again once the plan has changed, under a new tag', async () => {
    const document = await get(`/api/v1/plans/${plan.plan.id}`, secretary.cookie);
    const objective = document.json().strategicLines[0].objectives[0];
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/v1/objectives/${objective.id}`,
      headers: { cookie: secretary.cookie },
      payload: { title: 'Obiettivo rinominato dopo il primo PDF', rowVersion: objective.rowVersion },
    });
    expect(patch.statusCode).toBe(200);
    const count = renders();
    const changed = await fetchPdf({ 'if-none-match': String(first.headers.etag) });
    expect(changed.statusCode).toBe(200);
    expect(renders()).toBe(count + 1);
    expect(changed.headers.etag).not.toBe(first.headers.etag);
    expect(pdfText(changed.rawPayload)).toContain('Obiettivo rinominato dopo il primo PDF');
  });
});

describe('the PEG table (peg.pdf)', async () => {
  const res = await get(`/api/v1/plans/${cremona.plan.id}/peg.pdf`, cremonaViewer.cookie);
  const text = pdfText(res.rawPayload);

  it('groups the objectives by strategic line under the Cremona heading', () => {
    expect(res.statusCode).toBe(200);
    expect(text).toContain('Piano dettaglio degli obiettivi di performance 2019-2021');
    expect(text).toContain('Città per una cultura fra memoria ed immaginazione');
    expect(text).toContain('Una pubblica amministrazione efficiente che costruisce partecipazione');
  });

  it('has the full column set of the Cremona table', () => {
    for (const header of [
      'Responsabile Settore',
      'Codice Obiettivo',
      'Titolo Obiettivo',
      'Definizione Obiettivo',
      'Codice Indicatore',
      'Titolo Indicatore',
      'Formula Indicatore',
      'Finalità Indicatore',
      'Target Atteso',
      'Peso Indicatore',
    ])
      expect(text.replace(/ /g, '')).toContain(header.replace(/ /g, ''));
  });

  it('lists every objective and indicator code, with targets in Italian form', () => {
    for (const code of ['C50_0004', 'C50_0005', 'C32_0014', 'C0136_0002']) expect(text).toContain(code);
    for (const code of ['1011', '1299', '1396', '278', '349', '1174', '1176', '1586', '1528', '891'])
      expect(text).toMatch(new RegExp(`\\b${code}\\b`));
    expect(text).toContain('91.690');
    expect(text).toContain('Quaglia Maurizia');
  });

  it('is landscape throughout, with the header row on every page', () => {
    const sizes = pdfPageSizes(res.rawPayload);
    expect(sizes.every((s) => s.width === 842 && s.height === 595)).toBe(true);
    expect(text.match(/Target Atteso/g)?.length).toBeGreaterThanOrEqual(sizes.length);
  });
});

describe('the document engine on the comuni’s documents', () => {
  it('puts every word of the Chieve plan and the Cremona PEG where pdfmake alone puts it', async () => {
    for (const [render, org, plan] of [
      [renderPlanPdf, chieve.org, chieve.plan],
      [renderPegPdf, cremona.org, cremona.plan],
    ] as const) {
      const source = await loadPlanSource(db, { planId: plan.id, orgId: org.id });
      const engine = await renderPdf(render(source));
      const pdfmake = await renderPdfWithPdfmake(render(source));
      expect(pdfWordBoxes(engine)).toEqual(pdfWordBoxes(pdfmake));
    }
  });
});

describe('large plans, rendered in a worker thread', () => {
  it('give the same plan and PEG documents, word for word and place for place, as the server process', async () => {
    for (const [document, render, org, plan] of [
      ['plan', renderPlanPdf, chieve.org, chieve.plan],
      ['peg', renderPegPdf, cremona.org, cremona.plan],
    ] as const) {
      const source = await loadPlanSource(db, { planId: plan.id, orgId: org.id });
      const inWorker = await renderPlanDocument(document, source, { worker: true });
      const here = await renderPdf(render(source));
      expect(pdfWordBoxes(inWorker)).toEqual(pdfWordBoxes(here));
    }
  });
});

describe('open data', () => {
  it('gives one JSON record per indicator with line, objective, target and weight', async () => {
    const res = await get(`/api/v1/plans/${cremona.plan.id}/open-data.json`, cremonaViewer.cookie);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.licenza).toBe('CC-BY-4.0');
    expect(body.indicatori).toHaveLength(10);
    expect(body.indicatori[3]).toMatchObject({
      linea_strategica: 'Città per una cultura fra memoria ed immaginazione',
      codice_obiettivo: 'C50_0005',
      codice_indicatore: '278',
      target: 91690,
      peso_indicatore: 50,
      peso_obiettivo: 8,
      polarita: 'positiva',
    });
    expect(JSON.stringify(body)).not.toContain('Quaglia');
  });

  it('gives the same records as CSV with a header row', async () => {
    const res = await get(`/api/v1/plans/${cremona.plan.id}/open-data.csv`, cremonaViewer.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^ente,piano,anni,versione,atto,linea_strategica,codice_obiettivo/);
    expect(lines).toHaveLength(11);
    expect(res.body).toContain(',1528,');
    expect(res.body).toContain(',negativa,');
  });
});

describe('who may download', () => {
  it('asks for a login', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/plans/${chieve.plan.id}/export.pdf` });
    expect(res.statusCode).toBe(401);
  });

  it('hides another organisation’s plan', async () => {
    const other = await buildOrg(db);
    const stranger = await loginAs(app, (await buildUser(db, other.id, ['secretary'])).email);
    const res = await get(`/api/v1/plans/${chieve.plan.id}/peg.pdf`, stranger.cookie);
    expect(res.statusCode).toBe(404);
  });
});
