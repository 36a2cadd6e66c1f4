import { describe, expect, it } from 'vitest';
import { buildOrg, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { requestsAs } from '../authoring/authoring.test-kit.ts';
import { readCategory, readCoefficient } from './read-staff-csv.ts';

const BOUNDARY = '----traguardo-test';

function multipart(content: string | Buffer, filename = 'personale.csv') {
  const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), Buffer.from(content), Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);
}

describe('importing the staff list from CSV', async () => {
  const { app, database } = await build();
  const db = database.db;
  const org = await buildOrg(db, { name: 'Comune di Chieve' });
  const secretary = await loginAs(app, (await buildUser(db, org.id, ['secretary'])).email);
  const manager = await loginAs(app, (await buildUser(db, org.id, ['manager'])).email);
  const upload = (cookie: string, content: string | Buffer) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/people/import`,
      headers: { cookie, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: multipart(content),
    });
  const people = async () =>
    (await requestsAs(app, secretary.cookie).get(`/orgs/${org.id}/people`)).json() as {
      name: string;
      category: string;
      unitId: string | null;
      email: string | null;
      coefficient: number;
    }[];

  it('imports a semicolon CSV with BOM: people created, their sectors created or matched by name', async () => {
    const csv =
      '\uFEFFNome;Settore;Categoria;Email;Qualifica\r\n' +
      'Giovanna Cammara;Amministrativo;Segretario Comunale;segretario@comune.chieve.cr.it;Segretario comunale\r\n' +
      'Ida De Luca;Amministrativo;C1;;Istruttore amministrativo\r\n' +
      '\r\n' +
      'Mario Rossi;Tecnico-Manutentivo;B3;;Operaio\r\n';
    const res = await upload(secretary.cookie, csv);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ created: 3, updated: 0, unitsCreated: 2 });
    const list = await people();
    expect(list.find((p) => p.name === 'Giovanna Cammara')).toMatchObject({
      category: 'segretario',
      email: 'segretario@comune.chieve.cr.it',
    });
    const units = (await requestsAs(app, secretary.cookie).get(`/orgs/${org.id}/units`)).json();
    expect(units.map((u: { name: string }) => u.name).sort()).toEqual([
      'Amministrativo',
      'Tecnico-Manutentivo',
    ]);
    const ida = list.find((p) => p.name === 'Ida De Luca');
    expect(ida?.unitId).toBe(units.find((u: { name: string }) => u.name === 'Amministrativo').id);
  });

  it('importing again updates people matched by name (case ignored) instead of duplicating them', async () => {
    const res = await upload(
      secretary.cookie,
      'nome,settore,coefficiente\n"IDA DE LUCA","Demografico","50%"\n',
    );
    expect(res.json()).toEqual({ created: 0, updated: 1, unitsCreated: 1 });
    const ida = (await people()).find((p) => p.name === 'Ida De Luca');
    expect(ida).toMatchObject({ coefficient: 0.5, category: 'dipendente' });
  });

  it('a file with bad rows writes nothing and names every bad row, its column and the reason (422)', async () => {
    const before = await people();
    const csv = [
      'Nome;Settore;Categoria;Email',
      'Luigi Bianchi;Amministrativo;Dipendente;luigi@comune.it',
      ';Amministrativo;Dipendente;',
      'Anna Verdi;Amministrativo;Assessore;anna@',
      'Luigi Bianchi;Demografico;;',
    ].join('\n');
    const res = await upload(secretary.cookie, csv);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      { row: 3, column: 'Nome', message: 'Il nome è obbligatorio' },
      { row: 4, column: 'Categoria', message: 'Categoria non riconosciuta: «Assessore»' },
      { row: 4, column: 'Email', message: 'indirizzo email non valido' },
      { row: 5, column: 'Nome', message: '«Luigi Bianchi» compare già alla riga 2' },
    ]);
    expect(await people()).toEqual(before);
  });

  it('a file without a name column is refused at row 1; a Windows-1252 file is read', async () => {
    const noName = await upload(secretary.cookie, 'Settore;Categoria\nAmministrativo;C1\n');
    expect(noName.statusCode).toBe(422);
    expect(noName.json().errors[0].row).toBe(1);
    const latin1 = Buffer.from('Nome;Settore\nNicolò Sàlvi;Demografico\n', 'latin1');
    const res = await upload(secretary.cookie, latin1);
    expect(res.json()).toEqual({ created: 1, updated: 0, unitsCreated: 0 });
    expect((await people()).map((p) => p.name)).toContain('Nicolò Sàlvi');
  });

  it('only admin and secretary import staff (403 for a manager)', async () => {
    expect((await upload(manager.cookie, 'Nome\nX Y\n')).statusCode).toBe(403);
  });

  it.each([
    ['Dirigente', 'dirigente'],
    ['Posizione Organizzativa', 'eq'],
    ['EQ', 'eq'],
    ['Funzionario EQ', 'eq'],
    ['Segretario Comunale', 'segretario'],
    ['D3', 'dipendente'],
    ['C', 'dipendente'],
    ['Istruttore direttivo', 'dipendente'],
    ['', 'dipendente'],
    ['Sindaco', null],
  ])('reads the category «%s» as %s', (text, expected) => {
    expect(readCategory(text)).toBe(expected);
  });

  it.each([
    ['', 1],
    ['1', 1],
    ['0,5', 0.5],
    ['83,33%', 0.8333],
    ['2', null],
    ['metà', null],
  ])('reads the coefficient «%s» as %s', (text, expected) => {
    expect(readCoefficient(text)).toBe(expected);
  });
});
