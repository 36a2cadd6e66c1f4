import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildOrg, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { indicators } from '../db/schema/plans.ts';
import { seedCremona } from '../demo/cremona.ts';
import { arrayBufferOf, cremonaTsv, fixture, uploadPlan, withoutIds } from './import-export.test-kit.ts';

const LINES = [
  "Città che si prende cura dell'ambiente e che lavora nell'ottica area vasta",
  'Città per una cultura fra memoria ed immaginazione',
  'Una pubblica amministrazione efficiente che costruisce partecipazione',
  'Obiettivi Gestionali',
];

describe('exporting a plan in the import layout', async () => {
  const { app, database } = await build();
  const db = database.db;
  const org = await buildOrg(db);
  const secretary = await buildUser(db, org.id, ['secretary']);
  const viewer = await buildUser(db, org.id, ['viewer']);
  const { cookie } = await loginAs(app, secretary.email);
  const imported = await uploadPlan(app, { cookie, orgId: org.id, filename: 'c.tsv', bytes: cremonaTsv() });
  const planId: string = imported.json().planId;

  const get = (url: string, headers: Record<string, string> = { cookie }) =>
    app.inject({ method: 'GET', url, headers });
  const planDoc = async (id: string) => (await get(`/api/v1/plans/${id}`)).json();

  it('the .xlsx has "Tutto il piano" and one sheet per line, a bold frozen header, widths and wrapped cells', async () => {
    const res = await get(`/api/v1/plans/${planId}/export.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="peg-piano-della-performance-2019-2021.xlsx"',
    );
    expect(res.headers['cache-control']).toBe('no-store');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(res.rawPayload));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Tutto il piano',
      ...LINES.map((l) => l.slice(0, 31).trim()),
    ]);
    const all = workbook.worksheets[0];
    if (!all) throw new Error('no sheet');
    expect(all.rowCount).toBe(28);
    expect(all.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(all.getRow(1).font?.bold).toBe(true);
    expect(all.getCell('A1').value).toBe('Linea strategica');
    expect(all.getColumn(6).width).toBe(70);
    expect(all.getCell('F2').alignment?.wrapText).toBe(true);
    // 278's target is a number cell, 91690, not the text "91.690".
    const row278 = all.getRows(2, 27)?.find((r) => r.getCell(9).value === '278');
    expect(row278?.getCell(16).value).toBe(91690);
    expect(workbook.worksheets.slice(1).map((w) => w.rowCount - 1)).toEqual([7, 5, 13, 2]);
  });

  it('the .csv is UTF-8 with BOM, semicolon-separated, with Italian decimals', async () => {
    const res = await get(`/api/v1/plans/${planId}/export.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('.csv"');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = res.rawPayload.toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      '\ufeffLinea strategica;Responsabile Settore;Settore;Codice Obiettivo;Titolo Obiettivo;Definizione Obiettivo;Peso Obiettivo;Tipo Obiettivo;Codice Indicatore;Titolo Indicatore;Formula Indicatore;Finalità Indicatore;Polarità;Unità di misura;Tempistica di rilevazione;Target Atteso;Peso Indicatore',
    );
    expect(text).toContain(';278;Partecipazione del pubblico alle iniziative;');
    expect(text).toContain(';positiva;;;91690;50\r\n');
  });

  it('the .ods opens with its mimetype, first and uncompressed, as OpenDocument asks', async () => {
    const ods = (await get(`/api/v1/plans/${planId}/export.ods`)).rawPayload;
    expect(ods.readUInt32LE(0)).toBe(0x04034b50);
    expect(ods.readUInt16LE(8)).toBe(0);
    expect(ods.toString('latin1', 30, 38)).toBe('mimetype');
    expect(ods.toString('latin1', 38, 84)).toBe('application/vnd.oasis.opendocument.spreadsheet');
  });

  it('each export imports back as the same plan', async () => {
    const original = withoutIds(await planDoc(planId));
    for (const format of ['xlsx', 'ods', 'csv']) {
      const exported = await get(`/api/v1/plans/${planId}/export.${format}`);
      expect(exported.statusCode, format).toBe(200);
      const again = await uploadPlan(app, {
        cookie,
        orgId: org.id,
        filename: `export.${format}`,
        bytes: exported.rawPayload,
      });
      expect(again.statusCode, format).toBe(201);
      expect(again.json().created, format).toEqual({ units: 0, people: 0 });
      expect(withoutIds(await planDoc(again.json().planId)), format).toEqual(original);
    }
  });

  it('dates, "Almeno 80%" and the Chieve texts survive the round trip in every format', async () => {
    const fields = { title: 'Piano della Performance 2020', year: '2020' };
    const first = await uploadPlan(app, {
      cookie,
      orgId: org.id,
      filename: 'chieve.csv',
      bytes: fixture('chieve-indicatori-2020.csv'),
      fields,
    });
    const original = withoutIds(await planDoc(first.json().planId));
    for (const format of ['xlsx', 'ods', 'csv']) {
      const exported = await get(`/api/v1/plans/${first.json().planId}/export.${format}`);
      const again = await uploadPlan(app, {
        cookie,
        orgId: org.id,
        filename: `x.${format}`,
        bytes: exported.rawPayload,
        fields,
      });
      expect(withoutIds(await planDoc(again.json().planId)), format).toEqual(original);
    }
  });

  it('texts that a spreadsheet would run as formulas are written with a leading quote, and import back unchanged', async () => {
    const csv = [
      'Codice Obiettivo;Titolo Obiettivo;Definizione Obiettivo;Codice Indicatore;Titolo Indicatore;Formula Indicatore;Finalità Indicatore',
      'OB1;"=HYPERLINK(""http://example.com"";""clic"")";+39 0372 4071;I1;-1 giorno sui tempi medi;@SUM(A1:A9);Finalità',
    ].join('\r\n');
    const fields = { title: 'Piano con testi pericolosi', year: '2021' };
    const res = await uploadPlan(app, {
      cookie,
      orgId: org.id,
      filename: 'p.csv',
      bytes: Buffer.from(csv),
      fields,
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().planId;
    const original = withoutIds(await planDoc(id));
    expect((await planDoc(id)).strategicLines[0].objectives[0].title).toBe(
      '=HYPERLINK("http://example.com";"clic")',
    );

    const exported = (await get(`/api/v1/plans/${id}/export.csv`)).rawPayload.toString('utf8');
    expect(exported).toContain(`;"'=HYPERLINK(""http://example.com"";""clic"")";'+39 0372 4071;`);
    expect(exported).toContain(";'-1 giorno sui tempi medi;'@SUM(A1:A9);");

    const xlsx = await get(`/api/v1/plans/${id}/export.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(xlsx.rawPayload));
    const cell = workbook.worksheets[0]?.getCell('E2');
    expect(cell?.value).toBe(`'=HYPERLINK("http://example.com";"clic")`);
    expect(cell?.formula).toBeUndefined();

    for (const format of ['csv', 'xlsx', 'ods']) {
      const bytes = (await get(`/api/v1/plans/${id}/export.${format}`)).rawPayload;
      const again = await uploadPlan(app, { cookie, orgId: org.id, filename: `p.${format}`, bytes, fields });
      expect(withoutIds(await planDoc(again.json().planId)), format).toEqual(original);
    }
  });

  it('texts with markup characters, line breaks, tabs and runs of blanks import back unchanged from every format', async () => {
    const csv = [
      'Linea strategica;Codice Obiettivo;Titolo Obiettivo;Definizione Obiettivo;Codice Indicatore;Titolo Indicatore;Formula Indicatore;Finalità Indicatore',
      'Servizi <sociali> & "famiglie";OB1;L\'obiettivo <b>1</b> & co.;"Prima riga\nseconda riga  con  doppi spazi\te una tabulazione";I1;Casi > 10 & < 20;a / b * 100;"Finalità ""tra virgolette"""',
    ].join('\r\n');
    const fields = { title: 'Piano con testi particolari', year: '2022' };
    const res = await uploadPlan(app, {
      cookie,
      orgId: org.id,
      filename: 't.csv',
      bytes: Buffer.from(csv),
      fields,
    });
    expect(res.statusCode).toBe(201);
    const original = withoutIds(await planDoc(res.json().planId));
    expect((await planDoc(res.json().planId)).strategicLines[0].objectives[0].definition).toBe(
      'Prima riga\nseconda riga  con  doppi spazi\te una tabulazione',
    );
    for (const format of ['xlsx', 'ods', 'csv']) {
      const bytes = (await get(`/api/v1/plans/${res.json().planId}/export.${format}`)).rawPayload;
      const again = await uploadPlan(app, { cookie, orgId: org.id, filename: `t.${format}`, bytes, fields });
      expect(again.statusCode, format).toBe(201);
      expect(withoutIds(await planDoc(again.json().planId)), format).toEqual(original);
    }
  });

  it('?version=0 exports the plan exactly as adopted, whatever the live rows became', async () => {
    const { planId: adopted, orgId } = await seedCremona(db, { actorUserId: null });
    const cremonaSecretary = await buildUser(db, orgId, ['secretary']);
    const session = await loginAs(app, cremonaSecretary.email);
    await db.update(indicators).set({ title: 'Titolo cambiato dopo' }).where(eq(indicators.code, '1011'));

    const v0 = await get(`/api/v1/plans/${adopted}/export.csv?version=0`, session);
    expect(v0.statusCode).toBe(200);
    expect(v0.headers['content-disposition']).toBe(
      'attachment; filename="peg-piano-della-performance-2019-2021-versione-0.csv"',
    );
    expect(v0.rawPayload.toString('utf8')).toContain(';1011;Incremento visitatori;');
    const live = await get(`/api/v1/plans/${adopted}/export.csv`, session);
    expect(live.rawPayload.toString('utf8')).toContain(';1011;Titolo cambiato dopo;');
    expect((await get(`/api/v1/plans/${adopted}/export.xlsx?version=7`, session)).statusCode).toBe(404);
  });

  it('a viewer may export; without a session 401; another organisation 404', async () => {
    const viewerSession = await loginAs(app, viewer.email);
    expect((await get(`/api/v1/plans/${planId}/export.ods`, viewerSession)).statusCode).toBe(200);
    expect((await get(`/api/v1/plans/${planId}/export.xlsx`, {})).statusCode).toBe(401);
    const other = await buildOrg(db);
    const stranger = await buildUser(db, other.id, ['secretary']);
    const strangerSession = await loginAs(app, stranger.email);
    expect((await get(`/api/v1/plans/${planId}/export.csv`, strangerSession)).statusCode).toBe(404);
  });
});
