import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrg, buildPerson, buildPlan, buildUnit, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { people } from '../db/schema/organizations.ts';
import { objectiveAssignees } from '../db/schema/plans.ts';
import { chooseEvaluator } from './open-evaluations.ts';
import { buildCremonaSeason } from './season-fixtures.ts';

describe('who may read an evaluation sheet (GDPR: the person, the evaluator, the secretary, the admin)', async () => {
  const { app, database } = await build();
  const db = database.db;
  const cremona = await buildCremonaSeason(db);
  const p = cremona.people;
  const admin = await buildUser(db, cremona.org.id, ['admin']);
  const viewer = await buildUser(db, cremona.org.id, ['viewer']);
  const elsewhere = await buildOrg(db);
  const foreignSecretary = await buildUser(db, elsewhere.id, ['secretary', 'admin']);
  const instanceAdmin = await buildUser(db, elsewhere.id, ['viewer'], { isInstanceAdmin: true });
  const emails: Record<string, string> = {
    'the person': '',
    'their evaluator': '',
    'the secretary': p.segretario.email ?? '',
    'the admin': admin.email,
    'the instance administrator': instanceAdmin.email,
    'another employee of the same sector': p.biblioteca.email ?? '',
    'an employee of another sector': p.assistente.email ?? '',
    'the dirigente of another sector': p.dirSociale.email ?? '',
    'a viewer (Giunta)': viewer.email,
    'the secretary of another organisation': foreignSecretary.email,
  };
  const cookies = new Map<string, string>();
  const cookieOf = async (email: string) => {
    if (!cookies.has(email)) cookies.set(email, (await loginAs(app, email)).cookie);
    return cookies.get(email) ?? '';
  };
  const opened = await app.inject({
    method: 'POST',
    url: `/api/v1/plans/${cremona.plan.id}/evaluations`,
    headers: { cookie: await cookieOf(p.segretario.email ?? '') },
  });
  const idOf = (name: string): string =>
    opened.json().evaluations.find((s: { person: { name: string } }) => s.person.name === name).id;
  const request = async (who: string, url: string, method: 'GET' | 'PUT' = 'GET') =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: await cookieOf(who) },
      ...(method === 'PUT' ? { payload: { behaviours: [] } } : {}),
    });
  const listNames = async (who: string) =>
    (
      (await request(who, `/plans/${cremona.plan.id}/evaluations`)).json() as { person: { name: string } }[]
    ).map((s) => s.person.name);

  describe.each([
    {
      sheet: 'Istruttore Museo (staff, evaluated by the Dirigente Cultura)',
      name: 'Istruttore Museo',
      person: p.museo.email,
      evaluator: p.dirCultura.email,
      denied: [
        'another employee of the same sector',
        'an employee of another sector',
        'the dirigente of another sector',
        'a viewer (Giunta)',
        'the Nucleo, while nobody contests it',
        'the secretary of another organisation',
      ],
    },
    {
      sheet: 'Dirigente Cultura (evaluated by the Nucleo)',
      name: 'Dirigente Cultura',
      person: p.dirCultura.email,
      evaluator: p.nucleo.email,
      denied: [
        'his own staff',
        'an employee of another sector',
        'the dirigente of another sector',
        'a viewer (Giunta)',
        'the secretary of another organisation',
      ],
    },
  ])('the sheet of $sheet', ({ name, person, evaluator, denied }) => {
    const who = (label: string) =>
      label === 'the person'
        ? (person ?? '')
        : label === 'their evaluator'
          ? (evaluator ?? '')
          : label === 'the Nucleo, while nobody contests it'
            ? (p.nucleo.email ?? '')
            : label === 'his own staff'
              ? (p.museo.email ?? '')
              : (emails[label] ?? '');
    const allowed = [
      'the person',
      'their evaluator',
      'the secretary',
      'the admin',
      'the instance administrator',
    ];

    it.each(allowed)('%s reads it, downloads its PDF and finds it in the list', async (label) => {
      const id = idOf(name);
      expect((await request(who(label), `/evaluations/${id}`)).statusCode).toBe(200);
      const pdf = await request(who(label), `/evaluations/${id}/sheet.pdf`);
      expect([pdf.statusCode, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
      expect(await listNames(who(label))).toContain(name);
    });

    it.each(denied)(
      '%s gets 404 (not even its existence), for the sheet, the PDF and a write; the list leaves it out',
      async (label) => {
        const id = idOf(name);
        for (const url of [`/evaluations/${id}`, `/evaluations/${id}/sheet.pdf`]) {
          const res = await request(who(label), url);
          expect(res.statusCode).toBe(404);
          expect(res.body).not.toContain(name);
        }
        expect((await request(who(label), `/evaluations/${id}`, 'PUT')).statusCode).toBe(404);
        const list = await request(who(label), `/plans/${cremona.plan.id}/evaluations`);
        if (list.statusCode === 200) expect(await listNames(who(label))).not.toContain(name);
        else expect(list.statusCode).toBe(404);
      },
    );
  });

  it('without a session the answer is 401', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/evaluations/${idOf('Istruttore Museo')}` });
    expect(res.statusCode).toBe(401);
  });

  it('the person reads but never scores their own sheet; the evaluator scores it', async () => {
    const id = idOf('Dirigente Cultura');
    expect((await request(p.dirCultura.email ?? '', `/evaluations/${id}`, 'PUT')).statusCode).toBe(403);
    expect((await request(p.nucleo.email ?? '', `/evaluations/${id}`, 'PUT')).statusCode).toBe(200);
  });
});

describe('never oneself as evaluator', async () => {
  const { app, database } = await build();
  const db = database.db;

  it('chooses the manager of the unit, else of the unit above, else the Segretario, else the Nucleo; never the person', () => {
    const units = new Map([
      ['area', { id: 'area', parentId: null, managerPersonId: 'capo-area' }],
      ['ufficio', { id: 'ufficio', parentId: 'area', managerPersonId: 'capo-ufficio' }],
      ['solo', { id: 'solo', parentId: null, managerPersonId: 'capo-solo' }],
    ]);
    expect(chooseEvaluator({ id: 'impiegato', unitId: 'ufficio' }, false, units)).toEqual({
      kind: 'manager',
      personId: 'capo-ufficio',
    });
    expect(chooseEvaluator({ id: 'capo-ufficio', unitId: 'ufficio' }, false, units)).toEqual({
      kind: 'manager',
      personId: 'capo-area',
    });
    expect(chooseEvaluator({ id: 'capo-solo', unitId: 'solo' }, false, units)).toEqual({
      kind: 'nucleo',
      personId: null,
    });
    expect(chooseEvaluator({ id: 'senza-ufficio', unitId: null }, false, units)).toEqual({
      kind: 'nucleo',
      personId: null,
    });
    expect(chooseEvaluator({ id: 'senza-ufficio', unitId: null }, false, units, 'segretario')).toEqual({
      kind: 'manager',
      personId: 'segretario',
    });
    expect(chooseEvaluator({ id: 'segretario', unitId: null }, false, units, 'segretario')).toEqual({
      kind: 'nucleo',
      personId: null,
    });
    expect(chooseEvaluator({ id: 'capo-ufficio', unitId: 'ufficio' }, true, units)).toEqual({
      kind: 'nucleo',
      personId: null,
    });
  });

  it('a unit manager assigned to an objective of his own unit is evaluated by the manager above him', async () => {
    const org = await buildOrg(db);
    const secretary = await buildUser(db, org.id, ['secretary']);
    const boss = await buildPerson(db, org.id, { name: 'Dirigente di Area', category: 'dirigente' });
    const area = await buildUnit(db, org.id, { name: 'Area Servizi', managerPersonId: boss.id });
    const head = await buildPerson(db, org.id, { name: 'Capo Ufficio' });
    const office = await buildUnit(db, org.id, {
      name: 'Ufficio Anagrafe',
      parentId: area.id,
      managerPersonId: head.id,
    });
    await db.update(people).set({ unitId: office.id }).where(eq(people.id, head.id));
    const { plan, objectiveIds } = await buildPlan(db, org.id, {
      unitId: office.id,
      responsiblePersonId: boss.id,
    });
    await db.insert(objectiveAssignees).values({ objectiveId: objectiveIds[0] ?? '', personId: head.id });
    const cookie = (await loginAs(app, secretary.email)).cookie;
    const opened = await app.inject({
      method: 'POST',
      url: `/api/v1/plans/${plan.id}/evaluations`,
      headers: { cookie },
    });
    const rows = opened
      .json()
      .evaluations.map((s: { person: { name: string }; evaluator: { name: string } }) => [
        s.person.name,
        s.evaluator.name,
      ]);
    expect(rows).toEqual([
      ['Capo Ufficio', 'Dirigente di Area'],
      ['Dirigente di Area', 'Nucleo di Valutazione'],
    ]);
  });
});
