import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildOrg, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { evaluationRules } from '../db/schema/evaluations.ts';
import { performanceReports } from '../db/schema/publications.ts';
import { buildChieveSeason } from '../evaluations/season-fixtures.ts';

type Item = {
  name: string;
  total: number | null;
  bonusCents: number;
  increased: boolean;
  explanation: string[];
};

describe('the result bonus of Chieve: 10.000,00 € shared by score, to the cent', async () => {
  const { app, database } = await build();
  const db = database.db;
  const chieve = await buildChieveSeason(db);
  const { segretario, deLuca, nucleo } = chieve.people;
  const cookie = async (email: string | null) => (await loginAs(app, email ?? '')).cookie;
  const asSegretario = await cookie(segretario.email);
  const asNucleo = await cookie(nucleo.email);
  const call = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url: `/api/v1${url}`, headers: { cookie: who }, ...(payload ? { payload } : {}) });
  const url = `/plans/${chieve.plan.id}/bonus-distribution`;
  const byName = (items: Item[]) => Object.fromEntries(items.map((i) => [i.name, i.bonusCents]));
  const setRules = (set: Partial<typeof evaluationRules.$inferInsert>) =>
    db.update(evaluationRules).set(set).where(eq(evaluationRules.orgId, chieve.org.id));

  // Totals: Segretario 60 + 35 = 95 (by the Nucleo), DE LUCA 60 + 35 = 95, Bianchi 60 + 30 = 90, Verdi 60 + 24 = 84.
  const opened = await call(asSegretario, 'POST', `/plans/${chieve.plan.id}/evaluations`);
  const ids = Object.fromEntries(
    opened.json().evaluations.map((s: { id: string; person: { name: string } }) => [s.person.name, s.id]),
  );
  const score = async (who: string, name: string, criteria: string[], points: number[]) => {
    const res = await call(who, 'PUT', `/evaluations/${ids[name]}`, {
      behaviours: criteria.map((criterion, i) => ({ criterion, points: points[i] })),
    });
    expect(res.statusCode).toBe(200);
  };
  const STAFF = ['qualita', 'impegno', 'flessibilita', 'collaborazione', 'iniziativa'];
  const MANAGER = ['programmazione', 'gestione_collaboratori', 'problem_solving', 'relazioni', 'legalita'];
  await score(asNucleo, 'Segretario Comunale', MANAGER, [9, 7, 6, 8, 5]);
  await score(asSegretario, 'DE LUCA Ida', STAFF, [9, 7, 6, 8, 5]);
  await score(asSegretario, 'Bianchi Anna', STAFF, [8, 6, 6, 6, 4]);
  await score(asSegretario, 'Verdi Luca', STAFF, [6, 5, 5, 5, 3]);

  it('shares 10.000,00 € in proportion to the totals: 10.000 × 95/364 …, the items adding up to the fund', async () => {
    const res = await call(asSegretario, 'POST', url, { fundCents: 1_000_000 });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    // Floors 260.989 + 260.989 + 247.252 + 230.769 = 999.999 cents; the cent left goes to the largest
    // remainder (Bianchi: ,747).
    expect(byName(body.items)).toEqual({
      'Bianchi Anna': 247_253,
      'DE LUCA Ida': 260_989,
      'Segretario Comunale': 260_989,
      'Verdi Luca': 230_769,
    });
    expect(body.totalCents).toBe(1_000_000);
    expect(body.items.reduce((s: number, i: Item) => s + i.bonusCents, 0)).toBe(1_000_000);
    expect(body.items.find((i: Item) => i.name === 'Bianchi Anna').explanation).toEqual([
      'Punteggio totale 90,00.',
      'Peso nella ripartizione: 90,00 × coefficiente 1 = 90 su 364 complessivi.',
      'Quota: 10.000,00 € × 90 / 364 = 2.472,5275 €.',
      'Importo assegnato: 2.472,53 € (arrotondato per eccesso: uno dei centesimi residui va ai resti più alti).',
    ]);
  });

  it('each sheet then carries its share, which only its readers see', async () => {
    const list = (await call(asSegretario, 'GET', `/plans/${chieve.plan.id}/evaluations`)).json();
    expect(list.map((s: { bonusCents: number }) => s.bonusCents).sort()).toEqual([
      230_769, 247_253, 260_989, 260_989,
    ]);
    const own = (
      await call(await cookie(deLuca.email), 'GET', `/plans/${chieve.plan.id}/evaluations`)
    ).json();
    expect(
      own.map((s: { person: { name: string }; bonusCents: number }) => [s.person.name, s.bonusCents]),
    ).toEqual([['DE LUCA Ida', 260_989]]);
  });

  it('only the secretary and the admin distribute or read the distribution', async () => {
    expect((await call(await cookie(deLuca.email), 'GET', url)).statusCode).toBe(403);
    expect((await call(asNucleo, 'POST', url, { fundCents: 100 })).statusCode).toBe(403);
    expect((await call(asNucleo, 'GET', `${url}.xlsx`)).statusCode).toBe(403);
    const other = await buildOrg(db);
    const stranger = await buildUser(db, other.id, ['secretary', 'admin']);
    expect((await call(await cookie(stranger.email), 'GET', url)).statusCode).toBe(404);
    const admin = await cookie(chieve.people.admin.email);
    expect((await call(admin, 'GET', url)).statusCode).toBe(200);
  });

  it('a minimum score of 85 leaves Verdi Luca (84) out; the others share the whole fund', async () => {
    await setRules({ minBonusScore: 85 });
    const res = await call(asSegretario, 'POST', url, { fundCents: 1_000_000 });
    // 10.000 × 95/280 = 3.392,857… twice, × 90/280 = 3.214,285…: the 2 cents left go to the two 95s.
    expect(byName(res.json().items)).toEqual({
      'Bianchi Anna': 321_428,
      'DE LUCA Ida': 339_286,
      'Segretario Comunale': 339_286,
      'Verdi Luca': 0,
    });
    expect(res.json().items.find((i: Item) => i.name === 'Verdi Luca').explanation).toEqual([
      'Punteggio totale 84,00, inferiore al minimo di 85,00 previsto per il premio: nessuna quota.',
    ]);
    await setRules({ minBonusScore: 0 });
  });

  it('the CCNL art. 69 increase: 50% of four people are the two 95s, each 30% of the average on top', async () => {
    await setRules({ differentiatedSharePercent: 50, differentiatedIncreasePercent: 30 });
    const res = await call(asSegretario, 'POST', url, { fundCents: 1_000_000 });
    // base = 10.000 × total / (364 × 1,15); increase = 10.000 × 0,3 / 4,6 = 652,1739 € each.
    expect(byName(res.json().items)).toEqual({
      'Bianchi Anna': 215_003,
      'DE LUCA Ida': 292_164,
      'Segretario Comunale': 292_164,
      'Verdi Luca': 200_669,
    });
    expect(
      res
        .json()
        .items.filter((i: Item) => i.increased)
        .map((i: Item) => i.name),
    ).toEqual(['DE LUCA Ida', 'Segretario Comunale']);
  });

  it('with a share of 25% the one place is tied between the two 95s, so nobody gets the increase', async () => {
    await setRules({ differentiatedSharePercent: 25, differentiatedIncreasePercent: 30 });
    const res = await call(asSegretario, 'POST', url, { fundCents: 1_000_000 });
    expect(res.json().items.some((i: Item) => i.increased)).toBe(false);
    expect(res.json().warnings.map((w: { code: string }) => w.code)).toEqual(['increase_nobody']);
    await setRules({ differentiatedSharePercent: null, differentiatedIncreasePercent: null });
  });

  it('score bands: 90 and above 100%, 85–89,99 75%, below 85 nothing', async () => {
    await setRules({
      scoreBands: [
        { minTotal: 85, sharePercent: 75 },
        { minTotal: 90, sharePercent: 100 },
      ],
    });
    const res = await call(asSegretario, 'POST', url, { fundCents: 1_000_000 });
    // 95, 95, 90 → 100% each: 10.000 / 3 = 3.333,33…; the cent left goes to the higher totals, then id.
    const cents = byName(res.json().items);
    expect(cents['Verdi Luca']).toBe(0);
    expect([cents['Bianchi Anna'], cents['DE LUCA Ida'], cents['Segretario Comunale']].sort()).toEqual([
      333_333, 333_333, 333_334,
    ]);
    expect(cents['Bianchi Anna']).toBe(333_333);
    await setRules({ scoreBands: null });
  });

  it('gives the distribution as .xlsx, the shares as numbers with their calculation', async () => {
    await call(asSegretario, 'POST', url, { fundCents: 1_000_000 });
    const res = await call(asSegretario, 'GET', `${url}.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    const sheet = workbook.worksheets[0];
    const rows: (string | number | null)[][] = [];
    sheet?.eachRow((row) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      rows.push(Array.from(values, (v) => (typeof v === 'string' || typeof v === 'number' ? v : null)));
    });
    expect(rows.find((r) => r[0] === 'Bianchi Anna')?.slice(0, 7)).toEqual([
      'Bianchi Anna',
      'Dipendente',
      90,
      1,
      null,
      'no',
      2472.53,
    ]);
    expect(rows.at(-1)?.[6]).toBe(10000);
  });

  it('marking the shares paid needs the Relazione validated by the Nucleo (art. 14); then they are closed', async () => {
    const latest = (await call(asSegretario, 'GET', url)).json();
    const paid = `${url}/${latest.id}/paid`;
    const refused = await call(asSegretario, 'POST', paid);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('Relazione');
    await db.insert(performanceReports).values({ planId: chieve.plan.id, status: 'draft' });
    expect((await call(asSegretario, 'POST', paid)).statusCode).toBe(409);
    await db.update(performanceReports).set({ status: 'validated', validatedAt: new Date() });
    const ok = await call(asSegretario, 'POST', paid);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().paidAt).toBeTruthy();
    expect((await call(asSegretario, 'POST', url, { fundCents: 1_200_000 })).statusCode).toBe(409);
    expect((await call(asSegretario, 'POST', paid)).statusCode).toBe(409);
  });

  it('refuses a fund that is not a whole number of cents', async () => {
    expect((await call(asSegretario, 'POST', url, { fundCents: 10.5 })).statusCode).toBe(400);
    expect((await call(asSegretario, 'POST', url, { fundCents: -1 })).statusCode).toBe(400);
  });
});
