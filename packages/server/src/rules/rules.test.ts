import { describe, expect, it } from 'vitest';
import { build } from '../../test/helper.ts';
import { measurementWorld } from '../measurements/measurement-test-setup.ts';

describe('evaluation rules (SMVP) settings', async () => {
  const { app, database } = await build();
  const w = await measurementWorld(app, database.db);
  const url = `/api/v1/orgs/${w.org.id}/evaluation-rules`;
  const get = (cookie: string, query = '') =>
    app.inject({ method: 'GET', url: `${url}${query}`, headers: { cookie } });
  const put = (cookie: string, payload: object, query = '') =>
    app.inject({ method: 'PUT', url: `${url}${query}`, headers: { cookie }, payload });
  const editable = (rules: Record<string, unknown>) => {
    const { id: _id, orgId: _org, year: _year, updatedAt: _at, ...rest } = rules;
    return rest;
  };

  it('a new organisation has PRODUCT.md’s defaults: floor 0, cap 100, 60 + 40 points', async () => {
    const res = await get(w.cookies.employee);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({
      floor: 0,
      cap: 100,
      negativeMethod: 'ratio',
      objectiveMethod: 'weighted',
      objectivesMax: 60,
      behavioursMax: 40,
      year: null,
      rowVersion: 1,
    });
    expect(r.categories.map((c: { category: string }) => c.category)).toEqual([
      'dirigente',
      'eq',
      'dipendente',
    ]);
    expect(r.categories[0].criteria.reduce((s: number, c: { maxPoints: number }) => s + c.maxPoints, 0)).toBe(
      40,
    );
  });

  it('the secretary saves them with optimistic locking; a stale rowVersion is 409', async () => {
    const current = (await get(w.cookies.secretary)).json();
    const res = await put(w.cookies.secretary, { ...editable(current), floor: 80 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ floor: 80, rowVersion: 2 });
    const stale = await put(w.cookies.secretary, { ...editable(current), floor: 10 });
    expect(stale.statusCode).toBe(409);
  });

  it('the floor changes achievement: 150 of 200 is 75%, below a floor of 80 it counts 0', async () => {
    const [i1a = ''] = w.indicatorIds;
    await app.inject({
      method: 'POST',
      url: `/api/v1/indicators/${i1a}/measurements`,
      headers: { cookie: w.cookies.manager },
      payload: { date: '2020-12-31', final: true, value: 150 },
    });
    const a = (
      await app.inject({
        method: 'GET',
        url: `/api/v1/plans/${w.plan.id}/achievement`,
        headers: { cookie: w.cookies.manager },
      })
    ).json();
    expect(a.rules.floor).toBe(80);
    expect(a.objectives[0].indicators[0]).toMatchObject({ achievement: 0 });
    expect(a.objectives[0].indicators[0].explanation).toContain('sotto la soglia minima del 80% → 0%');
  });

  it('criteria that do not add up to behavioursMax are 422 naming the field', async () => {
    const current = (await get(w.cookies.secretary)).json();
    const categories = structuredClone(current.categories);
    categories[2].criteria[0].maxPoints = 11;
    const res = await put(w.cookies.secretary, { ...editable(current), categories });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      {
        field: 'categories.2.criteria',
        message: expect.stringContaining('add up to 41, not to behavioursMax 40'),
      },
    ]);
  });

  it('rules of one year start from the default and leave it unchanged', async () => {
    const base = (await get(w.cookies.secretary, '?year=2021')).json();
    expect(base.year).toBeNull();
    const res = await put(w.cookies.secretary, { ...editable(base), floor: 0, cap: 120 }, '?year=2021');
    expect(res.json()).toMatchObject({ year: 2021, cap: 120, rowVersion: 1 });
    expect((await get(w.cookies.secretary, '?year=2021')).json().cap).toBe(120);
    expect((await get(w.cookies.secretary)).json().cap).toBe(100);
  });

  it('a manager may read but not write (403); another organisation gets 404', async () => {
    const current = (await get(w.cookies.manager)).json();
    expect((await put(w.cookies.manager, editable(current))).statusCode).toBe(403);
    expect((await get(w.cookies.stranger)).statusCode).toBe(404);
    expect((await put(w.cookies.stranger, editable(current))).statusCode).toBe(404);
  });

  it('a malformed body is 400 with the field', async () => {
    const current = (await get(w.cookies.secretary)).json();
    const res = await put(w.cookies.secretary, { ...editable(current), negativeMethod: 'quadratic' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toContain('negativeMethod');
  });
});
