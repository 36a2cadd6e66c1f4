import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildOrg, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { indicators, objectives, plans } from '../db/schema/plans.ts';
import { measurementWorld } from '../measurements/measurement-test-setup.ts';
import { loadPlanAchievement } from './load-plan-achievement.ts';

describe('achievement, dashboard and my tasks', async () => {
  const { app, database } = await build();
  const db = database.db;
  const w = await measurementWorld(app, db);
  const [i1a = '', i1b = '', i2a = ''] = w.indicatorIds;
  const get = (url: string, cookie = w.cookies.manager) =>
    app.inject({ method: 'GET', url, headers: { cookie } });
  const measure = (indicatorId: string, payload: object) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/indicators/${indicatorId}/measurements`,
      headers: { cookie: w.cookies.manager },
      payload,
    });

  it('an unmeasured plan has null achievement with its counts, in PRODUCT.md’s shape', async () => {
    const res = await get(`/api/v1/plans/${w.plan.id}/achievement`, w.cookies.employee);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const a = res.json();
    expect(a.plan).toMatchObject({ achievement: null, measured: 0, total: 2 });
    expect(a.strategicLines).toEqual([
      expect.objectContaining({ title: 'Linea di prova', achievement: null, measured: 0, total: 2 }),
    ]);
    expect(a.units).toEqual([
      expect.objectContaining({ id: w.unit.id, name: 'Settore Cultura', achievement: null }),
    ]);
    expect(a.people).toEqual([expect.objectContaining({ id: w.users.manager.personId })]);
    expect(a.objectives[0]).toMatchObject({ code: 'OB1', achievement: null, measured: 0, total: 2 });
    expect(a.objectives[0].indicators[0]).toMatchObject({ id: i1a, code: 'I1A', achievement: null });
  });

  it('another organisation gets 404', async () => {
    expect((await get(`/api/v1/plans/${w.plan.id}/achievement`, w.cookies.stranger)).statusCode).toBe(404);
    expect((await get(`/api/v1/plans/${w.plan.id}/dashboard`, w.cookies.stranger)).statusCode).toBe(404);
  });

  it('rolls up by objective weights: OB1 at 100%, OB2 at 50% → plan 75%', async () => {
    await measure(i1a, { date: '2020-12-31', final: true, value: 200 });
    await measure(i1b, { date: '2020-12-31', final: true, value: 1 });
    await measure(i2a, { date: '2020-09-30', final: false, value: 100 });
    const a = (await get(`/api/v1/plans/${w.plan.id}/achievement`)).json();
    expect(a.objectives.map((o: { achievement: number }) => o.achievement)).toEqual([100, 50]);
    expect(a.plan).toMatchObject({ achievement: 75, measured: 2, total: 2 });
    expect(a.plan.explanation).toBe('(100% × 5 + 50% × 5) / 10 → 75%; 2 obiettivi rilevati su 2');
  });

  it('achievement uses the version in force: an amended target counts', async () => {
    // An amendment changes the live row (and freezes a snapshot, which achievement does not read).
    await db.update(indicators).set({ target: 125 }).where(eq(indicators.id, i2a));
    await db.update(plans).set({ currentVersion: 1 }).where(eq(plans.id, w.plan.id));
    const a = await loadPlanAchievement(db, w.plan.id);
    expect(a.objectives[1]?.indicators[0]).toMatchObject({ achievement: 80, target: 125 });
    expect(a.version).toBe(1);
    await db.update(indicators).set({ target: 200 }).where(eq(indicators.id, i2a));
  });

  it('the dashboard on a given day: traffic lights, unmeasured, overdue, phases behind', async () => {
    const res = await get(`/api/v1/plans/${w.plan.id}/dashboard?today=2021-01-15`);
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.objectives.map((o: { code: string; trafficLight: string }) => [o.code, o.trafficLight])).toEqual(
      [
        ['OB1', 'green'],
        ['OB2', 'yellow'],
      ],
    );
    expect(d.trafficLights).toEqual({ green: 1, yellow: 1, red: 0, grey: 0 });
    expect(d.unmeasured.map((u: { code: string }) => u.code)).toEqual(['I2B']);
    expect(d.overdue.map((o: { code: string; daysOverdue: number }) => [o.code, o.daysOverdue])).toEqual([
      ['I2A', 15],
      ['I2B', 15],
    ]);
    // The plan is for 2020; OB2's phase ran July–December and OB2 is at 50%.
    expect(d.phasesBehind).toEqual([
      expect.objectContaining({ objectiveCode: 'OB2', plannedEnd: '2020-12-31', monthsLate: 1 }),
    ]);
    // OB1's two final measurements wait for the Nucleo.
    expect(d.awaitingValidation.map((a: { code: string }) => a.code)).toEqual(['I1A', 'I1B']);
  });

  it('dashboard filters by unit, person and status', async () => {
    const byOther = (
      await get(`/api/v1/plans/${w.plan.id}/dashboard?unitId=${w.otherUnit.id}&today=2021-01-15`)
    ).json();
    expect(byOther.objectives).toEqual([]);
    expect(byOther.plan).toMatchObject({ achievement: null, total: 0 });
    const green = (await get(`/api/v1/plans/${w.plan.id}/dashboard?status=green&today=2021-01-15`)).json();
    expect(green.objectives.map((o: { code: string }) => o.code)).toEqual(['OB1']);
    expect(green.plan.achievement).toBe(100);
    const mine = (
      await get(`/api/v1/plans/${w.plan.id}/dashboard?personId=${w.users.manager.personId}&today=2021-01-15`)
    ).json();
    expect(mine.objectives).toHaveLength(2);
    expect((await get(`/api/v1/plans/${w.plan.id}/dashboard?status=purple`)).statusCode).toBe(400);
  });

  it('the dashboard exports to a workbook with one sheet per view', async () => {
    const res = await get(`/api/v1/plans/${w.plan.id}/dashboard.xlsx?today=2021-01-15`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toBe('attachment; filename="monitoraggio-2021-01-15.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Riepilogo',
      'Obiettivi',
      'Indicatori',
      'Non rilevati',
      'Rilevazioni scadute',
      'Fasi in ritardo',
      'Da validare',
    ]);
    const indicatorsSheet = wb.getWorksheet('Indicatori');
    expect(indicatorsSheet?.getRow(2).getCell(10).value).toBe(
      'Rilevazione finale del 31/12/2020: 200 su 200 → 100%',
    );
    expect(wb.getWorksheet('Obiettivi')?.getRow(3).getCell(9).value).toBe('Da seguire');
  });

  it('a text cell that looks like a formula is exported as text', async () => {
    await db
      .update(objectives)
      .set({ title: '=HYPERLINK("http://x")' })
      .where(eq(objectives.id, w.objectiveIds[0] ?? ''));
    const res = await get(`/api/v1/plans/${w.plan.id}/dashboard.xlsx?today=2021-01-15`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    expect(wb.getWorksheet('Obiettivi')?.getRow(2).getCell(2).value).toBe('\'=HYPERLINK("http://x")');
    await db
      .update(objectives)
      .set({ title: 'Obiettivo 1' })
      .where(eq(objectives.id, w.objectiveIds[0] ?? ''));
  });

  it('a manager’s tasks: own objectives and what to measure next, by deadline', async () => {
    const res = await get(`/api/v1/me/tasks?orgId=${w.org.id}&today=2020-11-30`);
    expect(res.statusCode).toBe(200);
    const t = res.json();
    expect(
      t.objectives.map((o: { code: string; relation: string; trafficLight: string }) => [
        o.code,
        o.relation,
        o.trafficLight,
      ]),
    ).toEqual([
      ['OB1', 'responsible', 'green'],
      ['OB2', 'responsible', 'yellow'],
    ]);
    expect(
      t.toMeasure.map((i: { code: string; daysLeft: number; canMeasure: boolean }) => [
        i.code,
        i.daysLeft,
        i.canMeasure,
      ]),
    ).toEqual([
      ['I2A', 31, true],
      ['I2B', 31, true],
    ]);
    expect(t.toMeasure[0].lastMeasurement).toEqual({ date: '2020-09-30', final: false, value: 100 });
  });

  it('someone with no objectives has an empty list; another organisation is 404', async () => {
    const other = (await get(`/api/v1/me/tasks?orgId=${w.org.id}`, w.cookies.otherManager)).json();
    expect(other).toMatchObject({ objectives: [], toMeasure: [] });
    expect((await get(`/api/v1/me/tasks?orgId=${w.org.id}`, w.cookies.stranger)).statusCode).toBe(404);
    const xlsx = await get(`/api/v1/me/tasks.xlsx?orgId=${w.org.id}&today=2020-11-30`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('i-miei-obiettivi-2020-11-30.xlsx');
  });

  it('a viewer of another organisation cannot read tasks of this one', async () => {
    const org = await buildOrg(db);
    const viewer = await buildUser(db, org.id, ['viewer']);
    const { cookie } = await loginAs(app, viewer.email);
    expect((await get(`/api/v1/me/tasks?orgId=${w.org.id}`, cookie)).statusCode).toBe(404);
  });
});
