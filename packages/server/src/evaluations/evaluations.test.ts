import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrg, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { evaluationEvents, evaluations } from '../db/schema/evaluations.ts';
import { measurements } from '../db/schema/measurements.ts';
import { indicators } from '../db/schema/plans.ts';
import { pdfText } from '../documents/pdf-inspect.ts';
import { buildChieveSeason, buildCremonaSeason } from './season-fixtures.ts';

type Summary = {
  id: string;
  person: { id: string; name: string };
  evaluator: { id: string; name: string; kind: string };
  objectivesScore: number | null;
  behavioursScore: number | null;
  total: number | null;
  status: string;
};

describe('the evaluation season of Chieve', async () => {
  const { app, database } = await build();
  const db = database.db;
  const chieve = await buildChieveSeason(db);
  const { segretario, deLuca, bianchi, verdi, nucleo } = chieve.people;
  const session = async (email: string | null) => (await loginAs(app, email ?? '')).cookie;
  const asSegretario = await session(segretario.email);
  const asNucleo = await session(nucleo.email);
  const asDeLuca = await session(deLuca.email);
  const asBianchi = await session(bianchi.email);
  const asVerdi = await session(verdi.email);
  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
  const planUrl = `/plans/${chieve.plan.id}/evaluations`;
  const sheets: Record<string, Summary> = {};
  const full = (criteria: string[], values: number[]) =>
    criteria.map((criterion, i) => ({ criterion, points: values[i] ?? 0 }));
  const STAFF = ['qualita', 'impegno', 'flessibilita', 'collaborazione', 'iniziativa'];
  const MANAGER = ['programmazione', 'gestione_collaboratori', 'problem_solving', 'relazioni', 'legalita'];

  it('the Segretario opens the season: one sheet per person in the plan, the Nucleo for who answers for objectives', async () => {
    const res = await call(asSegretario, 'POST', planUrl);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect([body.created, body.existing]).toEqual([4, 0]);
    for (const s of body.evaluations as Summary[]) sheets[s.person.name] = s;
    expect(Object.keys(sheets).sort()).toEqual([
      'Bianchi Anna',
      'DE LUCA Ida',
      'Segretario Comunale',
      'Verdi Luca',
    ]);
    expect(sheets['Segretario Comunale']?.evaluator).toEqual({
      id: 'nucleo',
      name: 'Nucleo di Valutazione',
      kind: 'nucleo',
    });
    expect(sheets['DE LUCA Ida']?.evaluator).toEqual({
      id: segretario.personId,
      name: 'Segretario Comunale',
      kind: 'manager',
    });
    // Every activity reached its value: 60 points of objectives for everyone, no total before behaviours.
    expect(
      Object.values(sheets).map((s) => [s.objectivesScore, s.behavioursScore, s.total, s.status]),
    ).toEqual(Array(4).fill([60, null, null, 'draft']));
  });

  it('opening again keeps the existing sheets', async () => {
    const res = await call(asSegretario, 'POST', planUrl);
    expect(res.statusCode).toBe(200);
    expect([res.json().created, res.json().existing]).toEqual([0, 4]);
  });

  it('only the secretary opens a season', async () => {
    expect((await call(asNucleo, 'POST', planUrl)).statusCode).toBe(403);
    const other = await buildOrg(db);
    const stranger = await buildUser(db, other.id, ['secretary']);
    expect((await call(await session(stranger.email), 'POST', planUrl)).statusCode).toBe(404);
  });

  it('a sheet lists every criterion of the category, explains the objectives part, and records the reading', async () => {
    const id = sheets['DE LUCA Ida']?.id ?? '';
    const res = await call(asSegretario, 'GET', `/evaluations/${id}`);
    expect(res.statusCode).toBe(200);
    const sheet = res.json();
    expect(
      sheet.behaviours.map((b: { criterion: string; maxPoints: number; points: null }) => [
        b.criterion,
        b.maxPoints,
        b.points,
      ]),
    ).toEqual([
      ['qualita', 10, null],
      ['impegno', 8, null],
      ['flessibilita', 8, null],
      ['collaborazione', 8, null],
      ['iniziativa', 6, null],
    ]);
    expect(
      sheet.objectives.map((o: { code: string; achievement: number }) => [o.code, o.achievement]),
    ).toEqual([
      ['1', 100],
      ['2', 100],
      ['6', 100],
    ]);
    expect(sheet.objectivesExplanation.at(-1)).toBe('Punteggio obiettivi: 60 × 100% = 60,00 su 60.');
    expect(res.headers['cache-control']).toBe('no-store');
    const reads = await db.select().from(evaluationEvents).where(eq(evaluationEvents.evaluationId, id));
    expect(reads.filter((e) => e.action === 'read')).toHaveLength(1);
  });

  it('nobody scores their own sheet, not even the Segretario who evaluates the others', async () => {
    const own = sheets['Segretario Comunale']?.id ?? '';
    const res = await call(asSegretario, 'PUT', `/evaluations/${own}`, {
      behaviours: full(MANAGER, [10, 8, 8, 8, 6]),
    });
    expect(res.statusCode).toBe(403);
  });

  it('the Nucleo scores the Segretario: 60 + 9 + 7 + 6 + 8 + 5 = 95', async () => {
    const id = sheets['Segretario Comunale']?.id ?? '';
    const res = await call(asNucleo, 'PUT', `/evaluations/${id}`, {
      behaviours: full(MANAGER, [9, 7, 6, 8, 5]),
    });
    expect(res.statusCode).toBe(200);
    expect([res.json().objectivesScore, res.json().behavioursScore, res.json().total]).toEqual([60, 35, 95]);
  });

  it('points beyond a criterion maximum are refused, naming the criterion', async () => {
    const id = sheets['DE LUCA Ida']?.id ?? '';
    const res = await call(asSegretario, 'PUT', `/evaluations/${id}`, {
      behaviours: [
        { criterion: 'impegno', points: 7 },
        { criterion: 'qualita', points: 11 },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      {
        field: 'behaviours.1.points',
        message: 'qualita (Qualità e precisione): points must be between 0 and 10',
      },
    ]);
  });

  it('a sheet is delivered only once every criterion has its points', async () => {
    const id = sheets['DE LUCA Ida']?.id ?? '';
    const partial = await call(asSegretario, 'PUT', `/evaluations/${id}`, {
      behaviours: [{ criterion: 'qualita', points: 9, comment: 'Precisa e puntuale' }],
    });
    expect(partial.json().total).toBeNull();
    expect((await call(asSegretario, 'POST', `/evaluations/${id}/deliver`, {})).statusCode).toBe(409);
    const rest = await call(asSegretario, 'PUT', `/evaluations/${id}`, {
      behaviours: full(STAFF.slice(1), [7, 6, 8, 5]),
    });
    expect([rest.json().behavioursScore, rest.json().total]).toEqual([35, 95]);
    expect(rest.json().behaviours[0]).toMatchObject({
      criterion: 'qualita',
      points: 9,
      comment: 'Precisa e puntuale',
    });
    const delivered = await call(asSegretario, 'POST', `/evaluations/${id}/deliver`, {});
    expect(delivered.statusCode).toBe(200);
    expect(delivered.json().status).toBe('delivered');
    expect(
      (await call(asSegretario, 'PUT', `/evaluations/${id}`, { behaviours: full(STAFF, [1]) })).statusCode,
    ).toBe(409);
  });

  it('the person may self-assess while the sheet is a draft', async () => {
    const id = sheets['Bianchi Anna']?.id ?? '';
    const res = await call(asBianchi, 'PUT', `/evaluations/${id}/self-assessment`, {
      behaviours: [{ criterion: 'qualita', points: 10, comment: 'Nessun errore nell’anno' }],
      note: 'Ho seguito la pubblicazione degli atti',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().selfAssessment.note).toBe('Ho seguito la pubblicazione degli atti');
    expect(
      (await call(asSegretario, 'PUT', `/evaluations/${id}/self-assessment`, { behaviours: [] })).statusCode,
    ).toBe(403);
  });

  it('DE LUCA Ida sees the sheet, contests it with reasons; the Nucleo reviews it; the Segretario makes it final', async () => {
    const id = sheets['DE LUCA Ida']?.id ?? '';
    const seen = await call(asDeLuca, 'GET', `/evaluations/${id}`);
    expect(seen.json().can).toMatchObject({ acknowledge: true, contest: true, score: false });
    expect(seen.json().dates.contestBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const contested = await call(asDeLuca, 'POST', `/evaluations/${id}/contest`, {
      reason: 'La collaborazione con il Centro Estivo non è stata considerata',
    });
    expect(contested.json()).toMatchObject({
      status: 'contested',
      contestReason: expect.stringContaining('Centro Estivo'),
    });
    expect(contested.json().dates.reviewBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The evaluator is not the conciliation body for his own evaluation.
    expect(
      (await call(asSegretario, 'POST', `/evaluations/${id}/review`, { note: 'Confermata' })).statusCode,
    ).toBe(403);
    const reviewed = await call(asNucleo, 'POST', `/evaluations/${id}/review`, {
      note: 'Sentita l’interessata, si riconosce la collaborazione',
      behaviours: [
        { criterion: 'collaborazione', points: 8 },
        { criterion: 'flessibilita', points: 8 },
      ],
    });
    expect(reviewed.statusCode).toBe(200);
    expect([reviewed.json().status, reviewed.json().behavioursScore, reviewed.json().total]).toEqual([
      'reviewed',
      37,
      97,
    ]);
    const final = await call(asSegretario, 'POST', `/evaluations/${id}/finalize`, {});
    expect(final.json().status).toBe('final');
    const steps = final
      .json()
      .events.map((e: { action: string }) => e.action)
      .filter((a: string) => a !== 'read');
    expect(steps).toEqual([
      'opened',
      'scored',
      'scored',
      'delivered',
      'seen',
      'contested',
      'reviewed',
      'finalized',
    ]);
    expect(final.json().events.find((e: { action: string }) => e.action === 'contested').actor).toBeTruthy();
  });

  it('Bianchi Anna acknowledges her sheet', async () => {
    const id = sheets['Bianchi Anna']?.id ?? '';
    await call(asSegretario, 'PUT', `/evaluations/${id}`, { behaviours: full(STAFF, [8, 6, 6, 6, 4]) });
    await call(asSegretario, 'POST', `/evaluations/${id}/deliver`, {});
    expect((await call(asSegretario, 'POST', `/evaluations/${id}/finalize`, {})).statusCode).toBe(409);
    const ack = await call(asBianchi, 'POST', `/evaluations/${id}/acknowledge`, {});
    expect([ack.json().status, ack.json().total]).toEqual(['acknowledged', 90]);
    expect(
      (await call(asBianchi, 'POST', `/evaluations/${id}/contest`, { reason: 'ripensamento' })).statusCode,
    ).toBe(409);
  });

  it('after the working days to contest have passed, the sheet can no longer be contested and becomes final', async () => {
    const id = sheets['Verdi Luca']?.id ?? '';
    await call(asSegretario, 'PUT', `/evaluations/${id}`, { behaviours: full(STAFF, [6, 5, 5, 5, 3]) });
    await call(asSegretario, 'POST', `/evaluations/${id}/deliver`, {});
    await call(asVerdi, 'GET', `/evaluations/${id}`);
    // Delivered and seen on Monday 1 February 2021: ten working days end on Monday 15 February.
    const at = new Date('2021-02-01T10:00:00Z');
    await db.update(evaluations).set({ deliveredAt: at }).where(eq(evaluations.id, id));
    await db.update(evaluationEvents).set({ at }).where(eq(evaluationEvents.evaluationId, id));
    const sheet = await call(asVerdi, 'GET', `/evaluations/${id}`);
    expect(sheet.json().dates).toMatchObject({ seenOn: '2021-02-01', contestBy: '2021-02-15' });
    const late = await call(asVerdi, 'POST', `/evaluations/${id}/contest`, { reason: 'Non concordo' });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toBe('The time to ask for a review ended on 15/02/2021');
    const final = await call(asSegretario, 'POST', `/evaluations/${id}/finalize`, {});
    expect([final.json().status, final.json().total]).toEqual(['final', 84]);
  });

  it('the sheet prints as a PDF for signature, with both parts and the total', async () => {
    const id = sheets['DE LUCA Ida']?.id ?? '';
    const res = await call(asDeLuca, 'GET', `/evaluations/${id}/sheet.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    const text = pdfText(res.rawPayload);
    for (const phrase of [
      'Scheda di valutazione della performance individuale',
      'DE LUCA Ida',
      'Collaborazione Centro Estivo covid-19',
      'Punteggio obiettivi: 60 × 100% = 60,00 su 60.',
      'Qualità e precisione',
      'Precisa e puntuale',
      '97,00 / 100',
      'Il valutato, per presa visione (DE LUCA Ida)',
    ])
      expect(text).toContain(phrase);
    const events = await db.select().from(evaluationEvents).where(eq(evaluationEvents.evaluationId, id));
    expect(events.some((e) => e.action === 'downloaded')).toBe(true);
  });
});

describe('the evaluation season of Cremona', async () => {
  const { app, database } = await build();
  const cremona = await buildCremonaSeason(database.db);
  const { segretario, dirCultura, dirSociale, nucleo } = cremona.people;
  const asSegretario = (await loginAs(app, segretario.email ?? '')).cookie;
  const asDirigente = (await loginAs(app, dirCultura.email ?? '')).cookie;
  const asNucleo = (await loginAs(app, nucleo.email ?? '')).cookie;
  const get = async (cookie: string, url: string) =>
    (await app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie } })).json();

  it('dirigenti are evaluated by the Nucleo, their staff by the dirigente of their sector', async () => {
    const opened = await app.inject({
      method: 'POST',
      url: `/api/v1/plans/${cremona.plan.id}/evaluations`,
      headers: { cookie: asSegretario },
    });
    expect(opened.statusCode).toBe(201);
    const rows = (opened.json().evaluations as Summary[]).map((s) => [
      s.person.name,
      s.evaluator.name,
      s.objectivesScore,
    ]);
    // Istruttore Museo: (10 × 90% + 5 × 100%) / 15 = 93,33% → 56,00; Dirigente Sociale: C60_0002 is
    // not measured, so 90% → 54,00.
    expect(rows).toEqual([
      ['Assistente Sociale', 'Dirigente Sociale', 54],
      ['Dirigente Cultura', 'Nucleo di Valutazione', 56],
      ['Dirigente Sociale', 'Nucleo di Valutazione', 54],
      ['Istruttore Biblioteca', 'Dirigente Cultura', 60],
      ['Istruttore Museo', 'Dirigente Cultura', 56],
    ]);
    expect(dirSociale.personId).toBeTruthy();
  });

  it('a dirigente lists his own sheet and his staff’s; the Nucleo the dirigenti’s', async () => {
    const mine = (await get(asDirigente, `/plans/${cremona.plan.id}/evaluations`)) as Summary[];
    expect(mine.map((s) => s.person.name)).toEqual([
      'Dirigente Cultura',
      'Istruttore Biblioteca',
      'Istruttore Museo',
    ]);
    const nucleoList = (await get(asNucleo, `/plans/${cremona.plan.id}/evaluations`)) as Summary[];
    expect(nucleoList.map((s) => s.person.name)).toEqual(['Dirigente Cultura', 'Dirigente Sociale']);
  });

  it('the sheet shows an objective without a final measurement as left out (an interim one does not count)', async () => {
    const [indicator] = await database.db
      .select({ id: indicators.id })
      .from(indicators)
      .where(eq(indicators.objectiveId, cremona.objectiveIds.C60_0002 ?? ''));
    await database.db.insert(measurements).values({
      planId: cremona.plan.id,
      indicatorId: indicator?.id ?? '',
      date: '2019-09-30',
      final: false,
      value: 0,
    });
    const list = (await get(asNucleo, `/plans/${cremona.plan.id}/evaluations`)) as Summary[];
    const id = list.find((s) => s.person.name === 'Dirigente Sociale')?.id;
    const sheet = await get(asNucleo, `/evaluations/${id}`);
    expect(sheet.objectivesExplanation).toEqual([
      'C60_0001 – Presa in carico dei nuclei fragili: raggiungimento 90%, peso 8.',
      'C60_0002 – Nuovo regolamento ISEE: non misurato, escluso dal calcolo.',
      'Raggiungimento ponderato: (8 × 90%) / (8) = 90%.',
      'Punteggio obiettivi: 60 × 90% = 54,00 su 60.',
    ]);
    expect(sheet.behaviours.map((b: { criterion: string }) => b.criterion)).toContain(
      'gestione_collaboratori',
    );
  });
});
