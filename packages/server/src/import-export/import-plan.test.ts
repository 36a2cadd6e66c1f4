import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrg, buildPerson, buildUnit, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { auditLog } from '../db/schema/audit.ts';
import { changeRequests } from '../db/schema/change-requests.ts';
import { orgUnits, people } from '../db/schema/organizations.ts';
import { indicators, objectives, plans } from '../db/schema/plans.ts';
import { cremonaTsv, fixture, uploadPlan, withoutIds } from './import-export.test-kit.ts';

describe('importing a plan from a spreadsheet', async () => {
  const { app, database } = await build();
  const db = database.db;
  const org = await buildOrg(db, { name: 'Comune di Cremona' });
  const secretary = await buildUser(db, org.id, ['secretary']);
  const { cookie } = await loginAs(app, secretary.email);

  const getPlan = async (planId: string) =>
    (await app.inject({ method: 'GET', url: `/api/v1/plans/${planId}`, headers: { cookie } })).json();

  it('a secretary imports the Cremona table as a draft plan with its lines, objectives, indicators and requests', async () => {
    const res = await uploadPlan(app, {
      cookie,
      orgId: org.id,
      filename: 'cremona-peg-2019.tsv',
      bytes: cremonaTsv(),
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.counts).toEqual({
      strategicLines: 4,
      objectives: 12,
      indicators: 27,
      units: 6,
      people: 6,
      changeRequests: 12,
    });
    expect(body.created).toEqual({ units: 6, people: 6 });
    expect(body.warnings).toEqual([]);

    const plan = await getPlan(body.planId);
    expect(plan).toMatchObject({
      title: 'PEG / Piano della Performance 2019-2021',
      kind: 'peg',
      startYear: 2019,
      endYear: 2021,
      status: 'draft',
      currentVersion: null,
    });
    expect(plan.strategicLines.map((l: { title: string }) => l.title)).toEqual([
      "Città che si prende cura dell'ambiente e che lavora nell'ottica area vasta",
      'Città per una cultura fra memoria ed immaginazione',
      'Una pubblica amministrazione efficiente che costruisce partecipazione',
      'Obiettivi Gestionali',
    ]);
    type Ind = { code: string; target: number; weight: number; polarity: string; binary: boolean };
    type Obj = {
      code: string;
      kind: string;
      weight: number;
      unit: { name: string };
      responsible: { name: string };
      indicators: Ind[];
    };
    const objs: Obj[] = plan.strategicLines.flatMap((l: { objectives: Obj[] }) => l.objectives);
    expect(objs.map((o) => o.code)).toEqual([
      'C117_0002',
      'C77_0004',
      'C80_0003',
      'C50_0004',
      'C50_0005',
      'C32_0014',
      'C21_0007',
      'C0136_0002',
      'C16_0010',
      'C16_0011',
      'C17_0005',
      'C0129_0001',
    ]);
    expect(objs.map((o) => o.kind)).toEqual([...Array(11).fill('strategic'), 'management']);
    expect(objs.every((o) => o.weight === 8)).toBe(true);
    for (const o of objs) expect(o.indicators.reduce((s, i) => s + i.weight, 0)).toBe(100);
    const inds = objs.flatMap((o) => o.indicators);
    const ind = (code: string) => inds.find((i) => i.code === code);
    expect(ind('278')?.target).toBe(91690);
    expect(ind('1528')?.polarity).toBe('negative');
    expect(inds.filter((i) => i.binary).map((i) => [i.code, i.target])).toEqual([
      ['1613', 1],
      ['1602', 1],
      ['1610', 1],
      ['1563', 1],
      ['1564', 1],
      ['1516', 1],
    ]);
    expect(objs.find((o) => o.code === 'C16_0010')).toMatchObject({
      unit: { name: 'Gestione Giuridico-Amministrativa ed Economica dei Rapporti di Lavoro' },
      responsible: { name: 'Segalini Maurilio' },
      indicators: [{ code: '1474', target: 100, weight: 100 }],
    });

    const requests = await db.select().from(changeRequests).where(eq(changeRequests.planId, body.planId));
    expect(requests).toHaveLength(12);
    expect(requests.every((r) => r.status === 'pending' && r.targetId !== null)).toBe(true);
    const onPhases = requests.find((r) => r.targetCode === 'C80_0003');
    expect(onPhases).toMatchObject({
      targetType: 'objective',
      decisionNote: expect.stringContaining('FASE OSSERVATORI'),
    });
    const on1528 = requests.find((r) => r.targetCode === '1528');
    expect(on1528).toMatchObject({ targetType: 'indicator', reason: on1528?.requestText });
    const [indicator1299] = await db.select().from(indicators).where(eq(indicators.code, '1299'));
    expect(requests.find((r) => r.targetCode === '1299')?.targetId).toBe(indicator1299?.id);

    const units = await db.select().from(orgUnits).where(eq(orgUnits.orgId, org.id));
    const polizia = units.find((u) => u.name === 'Polizia Locale');
    const [sforza] = await db.select().from(people).where(eq(people.name, 'Sforza Pierluigi'));
    expect(polizia?.managerPersonId).toBe(sforza?.id);
    expect(sforza).toMatchObject({ unitId: polizia?.id, category: 'dirigente' });

    const [audit] = await db.select().from(auditLog).where(eq(auditLog.entityId, body.planId));
    expect(audit).toMatchObject({ action: 'import', entityType: 'plan', actorUserId: secretary.id });
  });

  it('the same table saved as .xlsx, .xls and .ods imports as the same plan, matching existing sectors and people', async () => {
    const fromTsv = await uploadPlan(app, { cookie, orgId: org.id, filename: 'c.tsv', bytes: cremonaTsv() });
    const reference = withoutIds(await getPlan(fromTsv.json().planId));
    for (const name of ['cremona-peg-2019.xlsx', 'cremona-peg-2019.xls', 'cremona-peg-2019.ods']) {
      const res = await uploadPlan(app, { cookie, orgId: org.id, filename: name, bytes: fixture(name) });
      expect(res.statusCode, name).toBe(201);
      expect(res.json().created, name).toEqual({ units: 0, people: 0 });
      expect(withoutIds(await getPlan(res.json().planId)), name).toEqual(reference);
    }
  });

  it('the Chieve indicators import the same from .csv, .xlsx and .ods, with dates and "Almeno 80%"', async () => {
    const fields = { title: 'Piano della Performance 2020', year: '2020' };
    const docs = [];
    for (const name of [
      'chieve-indicatori-2020.csv',
      'chieve-indicatori-2020.xlsx',
      'chieve-indicatori-2020.ods',
    ]) {
      const res = await uploadPlan(app, {
        cookie,
        orgId: org.id,
        filename: name,
        bytes: fixture(name),
        fields,
      });
      expect(res.statusCode, name).toBe(201);
      docs.push(withoutIds(await getPlan(res.json().planId)));
    }
    expect(docs[1]).toEqual(docs[0]);
    expect(docs[2]).toEqual(docs[0]);
    const plan = await getPlan(
      (
        await uploadPlan(app, {
          cookie,
          orgId: org.id,
          filename: 'c.csv',
          bytes: fixture('chieve-indicatori-2020.csv'),
          fields,
        })
      ).json().planId,
    );
    expect(plan).toMatchObject({ kind: 'performance_plan', startYear: 2020, endYear: 2020 });
    const first = plan.strategicLines[0].objectives[0];
    expect(first.title).toContain('"AMMINISTRAZIONE TRASPARENTE"');
    expect(first.indicators[0]).toMatchObject({
      target: 80,
      targetText: 'Almeno 80%',
      measurementDeadline: '2020-12-31',
    });
    expect(plan.strategicLines[0].objectives[5].indicators[0]).toMatchObject({
      target: 100,
      targetText: '100%',
      measurementDeadline: '2020-08-31',
    });
  });

  it('reads a comma-separated CSV with quoted fields spanning lines, and Windows-1252 text', async () => {
    const csv = [
      'Codice Obiettivo,Titolo Obiettivo,Codice Indicatore,Titolo Indicatore,Target Atteso',
      'OB1,"Attività, su due\nrighe",I1,Pratiche evase,"1.234,5"',
      'OB1,,I2,Qualità,"Almeno 80%"',
    ].join('\r\n');
    const res = await uploadPlan(app, {
      cookie,
      orgId: org.id,
      filename: 'piano.csv',
      bytes: Buffer.from(csv, 'latin1'),
      fields: { title: 'Prova CSV', year: '2021' },
    });
    expect(res.statusCode).toBe(201);
    const plan = await getPlan(res.json().planId);
    expect(plan.strategicLines[0].objectives[0].title).toBe('Attività, su due\nrighe');
    expect(plan.strategicLines[0].objectives[0].indicators.map((i: { target: number }) => i.target)).toEqual([
      1234.5, 80,
    ]);
  });

  it('a broken file gets 422 naming every bad row, and nothing is written', async () => {
    const tables = [plans, objectives, indicators, orgUnits, people, changeRequests, auditLog] as const;
    const counts = async () =>
      Promise.all(tables.map(async (t) => (await db.select({ n: count() }).from(t))[0]?.n));
    const before = await counts();
    for (const name of ['broken-plan.csv', 'broken-plan.xlsx']) {
      const res = await uploadPlan(app, { cookie, orgId: org.id, filename: name, bytes: fixture(name) });
      expect(res.statusCode, name).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors, name).toEqual([
        { row: 3, column: 'Target Atteso', message: 'not a number: "duecentoquarantasette"' },
        { row: 4, column: 'Codice Obiettivo', message: 'missing objective code' },
        { row: 6, column: 'Codice Indicatore', message: 'missing indicator code' },
        { row: 6, column: 'Peso Indicatore', message: 'not a number: "quaranta"' },
        { row: 7, column: 'Polarità', message: 'polarity must be "positiva" or "negativa", not "alta"' },
        { row: 9, column: 'Titolo Obiettivo', message: 'missing objective title' },
        { row: 9, column: 'Codice Indicatore', message: 'indicator 1011 is already at row 2' },
        {
          row: 10,
          column: 'Tipo Obiettivo',
          message: 'objective type must be strategico, operativo or gestionale, not "strategicissimo"',
        },
        { row: 10, column: 'Peso Obiettivo', message: 'must not be negative' },
      ]);
    }
    expect(await counts()).toEqual(before);
  });

  it('a table whose header lacks a required column is refused with the column named', async () => {
    const res = await uploadPlan(app, {
      cookie,
      orgId: org.id,
      filename: 'x.csv',
      bytes: Buffer.from('Codice Obiettivo;Titolo Obiettivo;Titolo Indicatore\nOB1;Ob;Ind\n'),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      { row: 1, column: 'Codice Indicatore', message: 'column missing from the header' },
    ]);
  });

  it('an existing unit is matched by name whatever its case and accents, and keeps the manager it has', async () => {
    const other = await buildOrg(db);
    const commandant = await buildPerson(db, other.id, { name: 'Comandante in carica' });
    const unit = await buildUnit(db, other.id, { name: 'POLIZIA LOCALE', managerPersonId: commandant.id });
    const sviluppo = await buildUnit(db, other.id, {
      name: 'settore sviluppo lavoro, area omogenea ed ambiente',
    });
    const otherSecretary = await buildUser(db, other.id, ['secretary']);
    const session = await loginAs(app, otherSecretary.email);
    const res = await uploadPlan(app, {
      cookie: session.cookie,
      orgId: other.id,
      filename: 'c.tsv',
      bytes: cremonaTsv(),
    });
    expect(res.json().created).toEqual({ units: 4, people: 6 });
    const url = `/api/v1/plans/${res.json().planId}`;
    const plan = (await app.inject({ method: 'GET', url, headers: session })).json();
    expect(plan.strategicLines[3].objectives[0].unit).toEqual({ id: unit.id, name: 'POLIZIA LOCALE' });
    expect(plan.strategicLines[0].objectives[0].unit.id).toBe(sviluppo.id);
    const [polizia, pesaro] = await Promise.all([
      db.select().from(orgUnits).where(eq(orgUnits.id, unit.id)),
      db.select().from(orgUnits).where(eq(orgUnits.id, sviluppo.id)),
    ]);
    expect(polizia[0]?.managerPersonId).toBe(commandant.id);
    expect(pesaro[0]?.managerPersonId).toBe(plan.strategicLines[0].objectives[0].responsible.id);
  });

  it('the form is checked: a missing file or year is a 400', async () => {
    const noYear = await uploadPlan(app, {
      cookie,
      orgId: org.id,
      filename: 'c.tsv',
      bytes: cremonaTsv(),
      fields: { title: 'Senza anno' },
    });
    expect(noYear.statusCode).toBe(400);
    expect(noYear.json().errors).toEqual([expect.objectContaining({ field: 'year' })]);
    const notMultipart = await app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/plans/import`,
      headers: { cookie },
      payload: { title: 'x', year: 2019 },
    });
    expect(notMultipart.statusCode).toBe(400);
  });

  it('imports 10,000 rows in one go', async () => {
    const header =
      'Linea strategica\tSettore\tResponsabile Settore\tCodice Obiettivo\tTitolo Obiettivo\tCodice Indicatore\tTitolo Indicatore\tFormula Indicatore\tTarget Atteso\tPeso Indicatore';
    const lines = [header];
    for (let o = 0; o < 2500; o++) {
      for (let i = 0; i < 4; i++) {
        const first = i === 0;
        lines.push(
          [
            first ? `Linea ${o % 10}` : '',
            first ? `Settore ${o % 50}` : '',
            first ? `Responsabile ${o % 50}` : '',
            first ? `OB${o}` : '',
            first ? `Obiettivo numero ${o}` : '',
            `IND${o}-${i}`,
            `Indicatore ${i} dell'obiettivo ${o}`,
            'realizzate / previste * 100',
            '1.000',
            '25',
          ].join('\t'),
        );
      }
    }
    const res = await uploadPlan(app, {
      cookie,
      orgId: org.id,
      filename: 'grande.tsv',
      bytes: Buffer.from(lines.join('\n')),
      fields: { title: 'Piano grande', year: '2024' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().counts).toEqual({
      strategicLines: 10,
      objectives: 2500,
      indicators: 10000,
      units: 50,
      people: 50,
      changeRequests: 0,
    });
  });
});

describe('who may import', async () => {
  const { app, database } = await build();
  const db = database.db;
  const org = await buildOrg(db);
  const unit = await buildUnit(db, org.id);

  it('a manager gets 403, a viewer 403, without a session 401, and nothing is written', async () => {
    for (const roles of [['manager'], ['viewer'], ['evaluator']] as const) {
      const user = await buildUser(db, org.id, [...roles], { unitIds: [unit.id] });
      const { cookie } = await loginAs(app, user.email);
      const res = await uploadPlan(app, { cookie, orgId: org.id, filename: 'c.tsv', bytes: cremonaTsv() });
      expect(res.statusCode, roles[0]).toBe(403);
    }
    const anonymous = await uploadPlan(app, { orgId: org.id, filename: 'c.tsv', bytes: cremonaTsv() });
    expect(anonymous.statusCode).toBe(401);
    expect((await db.select({ n: count() }).from(plans))[0]?.n).toBe(0);
  });

  it("a secretary of another organisation gets 404 for this one's import", async () => {
    const other = await buildOrg(db);
    const stranger = await buildUser(db, other.id, ['secretary']);
    const { cookie } = await loginAs(app, stranger.email);
    const res = await uploadPlan(app, { cookie, orgId: org.id, filename: 'c.tsv', bytes: cremonaTsv() });
    expect(res.statusCode).toBe(404);
  });
});
