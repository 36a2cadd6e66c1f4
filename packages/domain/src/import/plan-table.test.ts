import { describe, expect, it } from 'vitest';
import type { Cell } from './cell.ts';
import { COLUMNS, type ColumnKey } from './columns.ts';
import { DEFAULT_LINE_TITLE, type ImportedPlan, parsePlanTable } from './plan-table.ts';

const HEADER: ColumnKey[] = [
  'line',
  'responsible',
  'unit',
  'objectiveCode',
  'objectiveTitle',
  'objectiveWeight',
  'objectiveKind',
  'indicatorCode',
  'indicatorTitle',
  'formula',
  'polarity',
  'target',
  'indicatorWeight',
  'changeRequest',
  'changeReason',
  'decision',
];
const row = (cells: Partial<Record<ColumnKey, Cell>>): Cell[] => HEADER.map((k) => cells[k] ?? '');
const table = (...rows: Partial<Record<ColumnKey, Cell>>[]): Cell[][] => [
  HEADER.map((k) => COLUMNS[k]),
  ...rows.map(row),
];

const CULTURA = 'Città per una cultura fra memoria ed immaginazione';
const PA = 'Una pubblica amministrazione efficiente che costruisce partecipazione';

// Rows of the Cremona seed (line 2 and part of line 3), as a comune's spreadsheet has them.
const cremona = table(
  {
    line: CULTURA,
    responsible: 'Quaglia Maurizia',
    unit: 'Cultura Musei e City Branding',
    objectiveCode: 'C50_0004',
    objectiveTitle:
      'Ulteriore sviluppo degli allestimenti permanenti nei Musei Civici, anche in relazione alle dotazioni multimediali',
    objectiveWeight: 8,
    objectiveKind: 'strategico',
    indicatorCode: 1011,
    indicatorTitle: 'Incremento visitatori',
    formula: '(Nr utenti anno di riferimento-nr utenti anno precedente)/utenti anno precedente) *100',
    target: 3,
    indicatorWeight: 40,
    changeRequest:
      'Il target 2019 per il Museo Civico, il Museo Archeologico e il Museo di Storia Naturale potrà essere riportato a 50.000 unità.',
    changeReason:
      'Il programma culturale 2019 prevedeva per il periodo autunnale la grande mostra su Orazio Gentileschi.',
    decision: "VIENE ACCOLTA LA RICHIESTA DI VARIAZIONE DELL'INDICATORE",
  },
  {
    indicatorCode: '1299',
    indicatorTitle: 'Nr giorni di utilizzo delle nuove sale per mostre temporanee',
    formula: 'Nr giorni annuali di utilizzo con apertura al pubblico',
    target: '247',
    indicatorWeight: '30',
    changeRequest:
      "Contestualmente, il target dell'utilizzo della Sala Mostre temporanee dovrebbe essere ridotto a 217",
  },
  {
    indicatorCode: '1396',
    indicatorTitle: 'Nr iniziative di promozione',
    target: '24',
    indicatorWeight: '30',
  },
  {
    objectiveCode: 'C50_0005',
    objectiveTitle: 'Definizione, progettazione e realizzazione degli eventi e delle manifestazioni',
    objectiveWeight: '8',
    objectiveKind: 'strategico',
    indicatorCode: '278',
    indicatorTitle: 'Partecipazione del pubblico alle iniziative',
    target: '91.690',
    indicatorWeight: '50',
  },
  {
    objectiveCode: 'C50_0005',
    indicatorCode: '349',
    indicatorTitle: 'Sponsorizzazioni e contributi',
    formula: 'sponsorizzazioni accertate/impegni assunti %',
    target: '30',
    indicatorWeight: '50',
  },
  {},
  {
    line: PA,
    responsible: 'Segalini Maurilio',
    unit: 'Gestione Giuridico-Amministrativa ed Economica dei Rapporti di Lavoro',
    objectiveCode: 'C0136_0002',
    objectiveTitle:
      "Piano del Fabbisogno 2019/2021: realizzazione del Piano Occupazionale relativo all'anno 2019.",
    objectiveWeight: '8',
    objectiveKind: 'strategico',
    indicatorCode: '1528',
    indicatorTitle: 'Ricorsi pervenuti sulle procedure occupazionali.',
    formula: '(nr. ricorsi/ totale domande)*100',
    polarity: 'negativa',
    target: '1',
    indicatorWeight: '20',
    changeRequest:
      "L'indicatore va letto in negativo. Inserendo zero, ovvero i ricorsi sino ad oggi pervenuti, non produce una percentuale del 100% di realizzazione del risultato.",
  },
  {
    indicatorCode: '891',
    indicatorTitle: 'Percentuale idonei inseriti in graduatoria',
    target: '100',
    indicatorWeight: '80',
  },
  Object.fromEntries(HEADER.map((k) => [k, COLUMNS[k]])),
  {
    objectiveCode: 'C16_0011',
    objectiveTitle: "Rilevazione delle competenze professionali possedute dal personale dell'Ente.",
    objectiveWeight: '8',
    objectiveKind: 'strategico',
    indicatorCode: '1563',
    indicatorTitle: 'Rilevazione delle competenze effettuata.',
    formula: '1 fatto 0 non fatto',
    target: '1',
    indicatorWeight: '100',
    changeRequest:
      "L'obiettivo è stato rivalutato dalla nuova Giunta Comunale insediatasi dopo le elezioni amministrative.",
    changeReason: 'La nuova Amministrazione ha preliminarmente effettuato dei confronti politici e tecnici.',
    decision: "IL PESO DELL'OBIETTIVO VIENE RIDOTTO DA 8 PUNTI A 5",
  },
);

function parsed(rows: Cell[][]): ImportedPlan {
  const result = parsePlanTable(rows);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

describe('parsePlanTable on the Cremona rows', () => {
  const plan = parsed(cremona);
  const objectives = plan.lines.flatMap((l) => l.objectives);
  const indicator = (code: string) => objectives.flatMap((o) => o.indicators).find((i) => i.code === code);

  it('groups rows into lines, objectives and indicators, skipping blank and repeated header rows', () => {
    expect(plan.lines.map((l) => [l.title, l.objectives.map((o) => o.code)])).toEqual([
      [CULTURA, ['C50_0004', 'C50_0005']],
      [PA, ['C0136_0002', 'C16_0011']],
    ]);
    expect(objectives.map((o) => o.indicators.map((i) => i.code))).toEqual([
      ['1011', '1299', '1396'],
      ['278', '349'],
      ['1528', '891'],
      ['1563'],
    ]);
  });

  it('carries the sector and its manager forward to the objectives below', () => {
    expect(objectives.map((o) => [o.code, o.unitName, o.responsibleName, o.weight, o.kind])).toEqual([
      ['C50_0004', 'Cultura Musei e City Branding', 'Quaglia Maurizia', 8, 'strategic'],
      ['C50_0005', 'Cultura Musei e City Branding', 'Quaglia Maurizia', 8, 'strategic'],
      [
        'C0136_0002',
        'Gestione Giuridico-Amministrativa ed Economica dei Rapporti di Lavoro',
        'Segalini Maurilio',
        8,
        'strategic',
      ],
      [
        'C16_0011',
        'Gestione Giuridico-Amministrativa ed Economica dei Rapporti di Lavoro',
        'Segalini Maurilio',
        8,
        'strategic',
      ],
    ]);
  });

  it('reads 91.690 as 91690, 1528 as lower-is-better and 1563 as a done/not-done indicator', () => {
    expect(indicator('278')).toMatchObject({ target: 91690, targetText: null, weight: 50 });
    expect(indicator('1011')).toMatchObject({ target: 3, weight: 40, polarity: 'positive', binary: false });
    expect(indicator('1528')).toMatchObject({ polarity: 'negative', target: 1, weight: 20 });
    expect(indicator('1563')).toMatchObject({ binary: true, target: 1, weight: 100 });
  });

  it('gives rows their spreadsheet numbers, the header being row 1', () => {
    expect(objectives.map((o) => o.row)).toEqual([2, 5, 8, 11]);
    expect(indicator('891')?.row).toBe(9);
  });

  it("turns the change-request columns into requests on the indicator or the objective they're about", () => {
    expect(plan.changeRequests.map((r) => [r.row, r.targetType, r.targetCode])).toEqual([
      [2, 'indicator', '1011'],
      [3, 'indicator', '1299'],
      [8, 'indicator', '1528'],
      [11, 'objective', 'C16_0011'],
    ]);
    expect(plan.changeRequests[2]?.reason).toBe(plan.changeRequests[2]?.requestText);
    expect(plan.changeRequests[3]).toMatchObject({
      objectiveCode: 'C16_0011',
      reason: 'La nuova Amministrazione ha preliminarmente effettuato dei confronti politici e tecnici.',
      decisionNote: "IL PESO DELL'OBIETTIVO VIENE RIDOTTO DA 8 PUNTI A 5",
    });
  });
});

describe('parsePlanTable layouts', () => {
  it('finds the header below title rows and numbers rows as the sheet does', () => {
    const rows: Cell[][] = [
      ['Piano dettaglio degli obiettivi di performance 2019'],
      [],
      ...cremona.slice(0, 2),
    ];
    const result = parsePlanTable(rows);
    expect(result.ok && result.plan.lines[0]?.objectives[0]?.row).toBe(4);
  });

  it('puts objectives under a default line when the table has no Linea strategica', () => {
    const plan = parsed([
      ['Codice Obiettivo', 'Titolo Obiettivo', 'Codice Indicatore', 'Titolo Indicatore'],
      ['OB1', 'Trasparenza', 'IND1', 'Pubblicazione dati'],
    ]);
    expect(plan.lines.map((l) => l.title)).toEqual([DEFAULT_LINE_TITLE]);
  });

  it('keeps an objective without indicators', () => {
    const plan = parsed(table({ objectiveCode: 'OB1', objectiveTitle: 'Solo obiettivo' }));
    expect(plan.lines[0]?.objectives[0]).toMatchObject({ code: 'OB1', indicators: [] });
  });

  it('warns, without failing, when indicator weights do not add up to 100', () => {
    const result = parsePlanTable(
      table(
        {
          objectiveCode: 'OB1',
          objectiveTitle: 'Ob',
          indicatorCode: 'A',
          indicatorTitle: 'a',
          indicatorWeight: '60',
        },
        { indicatorCode: 'B', indicatorTitle: 'b', indicatorWeight: '30' },
      ),
    );
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        row: 2,
        column: 'Peso Indicatore',
        message: 'indicator weights of objective OB1 add up to 90, not 100',
      },
    ]);
  });
});

describe('parsePlanTable errors', () => {
  it('reports every bad row with its number, column and reason', () => {
    const result = parsePlanTable(
      table(
        {
          objectiveCode: 'OB1',
          objectiveTitle: 'Ob',
          indicatorCode: 'A',
          indicatorTitle: 'a',
          target: 'tanti',
        },
        { objectiveTitle: 'Senza codice', indicatorCode: 'B', indicatorTitle: 'b' },
        { indicatorTitle: 'senza codice', polarity: 'alta', indicatorWeight: '-5' },
        { objectiveCode: 'OB2', indicatorCode: 'A', indicatorTitle: 'doppio', objectiveKind: 'boh' },
        { objectiveCode: 'OB1', objectiveTitle: 'Di nuovo', indicatorCode: 'C', indicatorTitle: 'c' },
        { line: 'Altra linea', indicatorCode: 'D', indicatorTitle: 'd' },
      ),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      { row: 2, column: 'Target Atteso', message: 'not a number: "tanti"' },
      { row: 3, column: 'Codice Obiettivo', message: 'missing objective code' },
      { row: 4, column: 'Codice Indicatore', message: 'missing indicator code' },
      { row: 4, column: 'Polarità', message: 'polarity must be "positiva" or "negativa", not "alta"' },
      { row: 4, column: 'Peso Indicatore', message: 'must not be negative' },
      {
        row: 5,
        column: 'Tipo Obiettivo',
        message: 'objective type must be strategico, operativo or gestionale, not "boh"',
      },
      { row: 5, column: 'Titolo Obiettivo', message: 'missing objective title' },
      { row: 5, column: 'Codice Indicatore', message: 'indicator A is already at row 2' },
      { row: 6, column: 'Codice Obiettivo', message: 'objective OB1 is already at row 2' },
      { row: 7, column: 'Linea strategica', message: 'differs from row 6 of objective OB1' },
    ]);
  });

  it('names the required columns a header lacks', () => {
    const result = parsePlanTable([
      ['Codice Obiettivo', 'Titolo Obiettivo', 'Titolo Indicatore'],
      ['OB1', 'x', 'y'],
    ]);
    expect(!result.ok && result.errors).toEqual([
      { row: 1, column: 'Codice Indicatore', message: 'column missing from the header' },
    ]);
  });

  it('says so when no header can be found', () => {
    const result = parsePlanTable([
      ['Nome', 'Cognome'],
      ['Mario', 'Rossi'],
    ]);
    expect(!result.ok && result.errors[0]?.message).toContain('no header row');
  });

  it('refuses a table with a header and no rows', () => {
    const result = parsePlanTable(table());
    expect(!result.ok && result.errors).toEqual([
      { row: 2, column: 'Codice Obiettivo', message: 'the table has no rows below the header' },
    ]);
  });
});
