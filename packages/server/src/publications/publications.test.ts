import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildPerson, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { bonusDistributions, evaluations } from '../db/schema/evaluations.ts';
import { objectives } from '../db/schema/plans.ts';
import { publications } from '../db/schema/publications.ts';
import { adoptPlan, amendIndicatorTarget, buildChievePlan } from '../documents/document-fixtures.ts';
import { pdfText } from '../documents/pdf-inspect.ts';

const { app, database } = await build();
const db = database.db;
const chieve = await buildChievePlan(db, { adopt: false });
const { org, plan } = chieve;
const secretaryUser = await buildUser(db, org.id, ['secretary']);
const secretary = await loginAs(app, secretaryUser.email);
const nucleo = await loginAs(app, (await buildUser(db, org.id, ['evaluator'])).email);
const viewer = await loginAs(app, (await buildUser(db, org.id, ['viewer'])).email);

// A hostile title: whatever a user types must reach the public page as text.
const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>Sportello';
await db
  .update(objectives)
  .set({ title: HOSTILE })
  .where(eq(objectives.id, chieve.objectiveIds.S2 ?? ''));
await adoptPlan(db, plan.id, { number: '68', date: '2020-09-01' });

// The year's evaluations and bonus, with names, distinctive scores and shares: none may go public.
const staffNames = ['Zanetti Giorgio', 'Ferrari Lucia', 'Bianchi Paolo', 'Colombo Anna'];
const staffTotals = [91.37, 83.41, 72.59, 55.23];
const staffBonus = [412_345, 376_891, 210_764, 0];
const managerNames = ['Moretti Sandro', 'Galli Teresa'];
const evaluated = [
  ...(
    await Promise.all(staffNames.map((name) => buildPerson(db, org.id, { name, category: 'dipendente' })))
  ).map((p, i) => ({
    p,
    kind: 'manager',
    category: 'dipendente',
    total: staffTotals[i] ?? 0,
    bonus: staffBonus[i] ?? 0,
  })),
  ...(await Promise.all(managerNames.map((name) => buildPerson(db, org.id, { name, category: 'eq' })))).map(
    (p, i) => ({
      p,
      kind: 'nucleo',
      category: 'eq',
      total: [88.88, 77.77][i] ?? 0,
      bonus: [555_555, 444_445][i] ?? 0,
    }),
  ),
  // A person the plan itself names (an assignee): named on the plan, never beside a score.
  { p: chieve.deLuca, kind: 'manager', category: 'dipendente', total: 66.61, bonus: 0 },
];
await db.insert(evaluations).values(
  evaluated.map((e) => ({
    orgId: org.id,
    planId: plan.id,
    personId: e.p.id,
    evaluatorKind: e.kind,
    category: e.category,
    objectivesScore: 50,
    behavioursScore: e.total - 50,
    total: e.total,
    bonusCents: e.bonus,
    status: 'final',
  })),
);
const fundCents = evaluated.reduce((s, e) => s + e.bonus, 0);
await db.insert(bonusDistributions).values({
  planId: plan.id,
  fundCents,
  totalCents: fundCents,
  items: evaluated.map((e) => ({ personId: e.p.id, total: e.total, bonusCents: e.bonus })),
});

const publish = (cookie: string, planId = plan.id) =>
  app.inject({ method: 'POST', url: `/api/v1/plans/${planId}/publish`, headers: { cookie } });
const anonymous = (url: string) => app.inject({ method: 'GET', url });
const base = `/trasparenza/${org.slug}/performance`;
const planPath = `${base}/${plan.id}`;

/** Every public page and document of the plan, as text. */
async function everythingPublic(): Promise<string> {
  const urls = [
    base,
    planPath,
    `${planPath}/versioni/0`,
    `${planPath}/versioni/0/dati-aperti.json`,
    `${planPath}/versioni/0/dati-aperti.csv`,
  ];
  const texts = await Promise.all(urls.map(async (u) => (await anonymous(u)).body));
  for (const pdf of [
    `${planPath}/versioni/0/piano.pdf`,
    `${planPath}/versioni/0/peg.pdf`,
    `${planPath}/relazione.pdf`,
  ]) {
    const res = await anonymous(pdf);
    if (res.statusCode === 200) texts.push(pdfText(res.rawPayload));
  }
  return texts.join('\n');
}

describe('publishing the plan', () => {
  it('is for the secretary alone', async () => {
    expect((await publish(viewer.cookie)).statusCode).toBe(403);
    expect((await publish(nucleo.cookie)).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: `/api/v1/plans/${plan.id}/publish` })).statusCode).toBe(
      401,
    );
  });

  it('refuses a draft plan', async () => {
    const draft = await buildChievePlan(db, { adopt: false });
    const sec = await loginAs(app, (await buildUser(db, draft.org.id, ['secretary'])).email);
    expect((await publish(sec.cookie, draft.plan.id)).statusCode).toBe(409);
  });

  it('answers 201 with the public address of the plan', async () => {
    const res = await publish(secretary.cookie);
    expect(res.statusCode).toBe(201);
    expect(res.json().url).toMatch(new RegExp(`^https?://[^/]+${planPath}$`));
    const status = await app.inject({
      method: 'GET',
      url: `/api/v1/plans/${plan.id}/publication`,
      headers: { cookie: viewer.cookie },
    });
    expect(status.json()).toMatchObject({ published: true, path: planPath });
  });
});

describe('the public pages, without login', () => {
  it('list the organisation’s published plans', async () => {
    const res = await anonymous(base);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.body).toContain('<html lang="it">');
    expect(res.body).toContain('Piano della Performance 2020');
    expect(res.body).toContain(`href="${planPath}"`);
  });

  it('show each adopted version with its act and its documents', async () => {
    const res = await anonymous(planPath);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Giunta Comunale n. 68 del 01/09/2020');
    expect(res.body).toContain(`${planPath}/versioni/0/piano.pdf`);
    expect(res.body).toContain('La Relazione sulla Performance sarà pubblicata dopo la validazione');
  });

  it('show the plan’s objectives and indicators on the version page', async () => {
    const res = await anonymous(`${planPath}/versioni/0`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('OB3 – Adozione Regolamento Incentivi Tecnici');
    expect(res.body).toContain('Almeno 80%');
    expect(res.body).toContain('31/12/2020');
    expect(res.body).toContain('luglio, agosto, settembre, ottobre, novembre, dicembre');
    expect(res.body).toContain('<strong>obiettivi strategici</strong>');
  });

  it('serve the documents: plan PDF, PEG table, open data', async () => {
    const pdf = await anonymous(`${planPath}/versioni/0/piano.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdfText(pdf.rawPayload)).toContain('OB6 – Attività di Collaborazione con il Centro Estivo');
    expect((await anonymous(`${planPath}/versioni/0/peg.pdf`)).statusCode).toBe(200);
    const json = await anonymous(`${planPath}/versioni/0/dati-aperti.json`);
    expect(json.json().indicatori).toHaveLength(4);
    const csv = await anonymous(`${planPath}/versioni/0/dati-aperti.csv`);
    expect(csv.body).toContain('codice_indicatore');
  });

  it('keep a hostile title inert', async () => {
    for (const url of [planPath, `${planPath}/versioni/0`]) {
      const body = (await anonymous(url)).body;
      expect(body).not.toMatch(/<script/i);
      expect(body).not.toMatch(/<img/i);
    }
    expect((await anonymous(`${planPath}/versioni/0`)).body).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;Sportello',
    );
  });

  it('publish the bonus only in aggregate: totals, bands, managers apart from staff', async () => {
    const body = (await anonymous(planPath)).body;
    expect(body).toContain('Ammontare complessivo dei premi');
    expect(body).toMatch(/Stanziato<\/th><td class="num">20\.000,00\s€/);
    expect(body).toContain('Personale dipendente');
    expect(body).toMatch(/Valutati<\/dt><dd>5</);
    // Two managers: too few to publish their distribution.
    expect(body).toContain('Valutati: 2. La distribuzione non è pubblicata');
  });

  it('expose no person’s name beside a score, and no individual score or bonus', async () => {
    const stored = await db.select({ content: publications.content }).from(publications);
    const text = [await everythingPublic(), ...stored.map((r) => JSON.stringify(r.content))].join('\n');
    for (const name of [...staffNames, ...managerNames]) expect(text).not.toContain(name);
    const figures = [...staffTotals, 88.88, 77.77, 66.61].flatMap((t) => [
      String(t),
      t.toFixed(2).replace('.', ','),
      t.toFixed(1).replace('.', ','),
    ]);
    for (const f of figures) expect(text).not.toContain(f);
    for (const cents of [...staffBonus, 555_555, 444_445].filter((c) => c > 0)) {
      expect(text).not.toContain(String(cents));
      expect(text).not.toContain(
        (cents / 100).toLocaleString('it-IT', { minimumFractionDigits: 2, useGrouping: 'always' }),
      );
    }
  });

  it('have the accessibility statement', async () => {
    const res = await anonymous('/trasparenza/accessibilita');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Dichiarazione di accessibilità');
    expect(res.body).toContain('form.agid.gov.it');
  });

  it('serve Bootstrap Italia’s stylesheet and fonts from the app, and nothing else of it', async () => {
    const css = await anonymous('/trasparenza/assets/bi/css/bootstrap-italia.min.css');
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
    const font = await anonymous(
      '/trasparenza/assets/bi/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-regular.woff2',
    );
    expect(font.statusCode).toBe(200);
    expect((await anonymous('/trasparenza/assets/trasparenza.css')).body).toContain('@media print');
    expect((await anonymous('/trasparenza/assets/bi/js/bootstrap-italia.bundle.min.js')).statusCode).toBe(
      404,
    );
  });

  it('answer an HTML 404 for what is not published', async () => {
    for (const url of [
      '/trasparenza/nessun-comune/performance',
      `${base}/00000000-0000-4000-8000-000000000000`,
      `${base}/non-un-id`,
      `${planPath}/versioni/9`,
      `${planPath}/relazione.pdf`,
      '/trasparenza/altro',
    ]) {
      const res = await anonymous(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('text/html');
    }
  });
});

describe('what is published stays as published', () => {
  it('keeps the published version until the plan is published again', async () => {
    const before = (await anonymous(planPath)).body;
    const ob1 = await app.inject({
      method: 'GET',
      url: `/api/v1/plans/${plan.id}`,
      headers: { cookie: viewer.cookie },
    });
    const indicatorId = ob1.json().strategicLines[0].objectives[3].indicators[0].id;
    await amendIndicatorTarget(db, {
      planId: plan.id,
      indicatorId,
      target: 90,
      act: { number: '101', date: '2020-11-20' },
    });
    expect((await anonymous(planPath)).body).toBe(before);
    expect((await publish(secretary.cookie)).statusCode).toBe(201);
    const after = (await anonymous(planPath)).body;
    expect(after).toContain('Versione 1 (1° variazione)');
    expect(after).toContain('Giunta Comunale n. 101 del 20/11/2020');
    expect((await anonymous(`${planPath}/versioni/0`)).body).toContain('Almeno 80%');
  });

  it('adds the Relazione once the Nucleo validated it and the plan is published again', async () => {
    await app.inject({
      method: 'PUT',
      url: `/api/v1/plans/${plan.id}/report`,
      headers: { cookie: secretary.cookie },
      payload: { commentary: 'Obiettivi raggiunti nel **2020**.' },
    });
    await app.inject({
      method: 'POST',
      url: `/api/v1/plans/${plan.id}/report/validation`,
      headers: { cookie: nucleo.cookie },
    });
    expect((await publish(secretary.cookie)).statusCode).toBe(201);
    const body = (await anonymous(planPath)).body;
    expect(body).toMatch(/Validata dal Nucleo di Valutazione il \d{2}\/\d{2}\/\d{4}/);
    expect(body).toContain('Obiettivi raggiunti nel <strong>2020</strong>.');
    const pdf = await anonymous(`${planPath}/relazione.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdfText(pdf.rawPayload)).toContain('RELAZIONE SULLA PERFORMANCE 2020');
    expect((await anonymous(`${planPath}/relazione.xlsx`)).statusCode).toBe(200);
  });
});

describe('unpublishing', () => {
  it('takes the pages down and keeps the record of every publication', async () => {
    expect(
      (
        await app.inject({
          method: 'DELETE',
          url: `/api/v1/plans/${plan.id}/publish`,
          headers: { cookie: viewer.cookie },
        })
      ).statusCode,
    ).toBe(403);
    const res = await app.inject({
      method: 'DELETE',
      url: `/api/v1/plans/${plan.id}/publish`,
      headers: { cookie: secretary.cookie },
    });
    expect(res.statusCode).toBe(204);
    expect((await anonymous(planPath)).statusCode).toBe(404);
    expect((await anonymous(base)).body).toContain('Nessun piano è pubblicato.');
    const rows = await db.select().from(publications).where(eq(publications.planId, plan.id));
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.unpublishedAt !== null && r.unpublishedBy === secretaryUser.id)).toBe(true);
    const status = await app.inject({
      method: 'GET',
      url: `/api/v1/plans/${plan.id}/publication`,
      headers: { cookie: viewer.cookie },
    });
    expect(status.json()).toMatchObject({ published: false, path: null });
    expect(status.json().history).toHaveLength(3);
    const again = await app.inject({
      method: 'DELETE',
      url: `/api/v1/plans/${plan.id}/publish`,
      headers: { cookie: secretary.cookie },
    });
    expect(again.statusCode).toBe(404);
  });
});
