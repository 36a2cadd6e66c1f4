import { describe, expect, it } from 'vitest';
import { reasonOf } from './issue-reasons.ts';

// Messages the import gives (packages/domain/src/import, packages/server/src/import-export), each
// with the reason the page says in the reader's language.
const cases: [string, ReturnType<typeof reasonOf>][] = [
  [
    'not a number: "duecentoquarantasette"',
    { key: 'notNumberValue', values: { value: 'duecentoquarantasette' } },
  ],
  ['not a number', { key: 'notNumber', values: {} }],
  ['a date where a number is expected: 2019-12-31', { key: 'dateForNumber', values: { date: '31/12/2019' } }],
  ['missing objective code', { key: 'missingObjectiveCode', values: {} }],
  ['missing indicator title', { key: 'missingIndicatorTitle', values: {} }],
  ['must not be negative', { key: 'negative', values: {} }],
  ['longer than 500 characters', { key: 'tooLong', values: { max: '500' } }],
  [
    'objective C50_0004 is already at row 2',
    { key: 'objectiveTwice', values: { code: 'C50_0004', row: '2' } },
  ],
  ['indicator 1011 is already at row 2', { key: 'indicatorTwice', values: { code: '1011', row: '2' } }],
  ['differs from row 4 of objective C32_0014', { key: 'differs', values: { row: '4', code: 'C32_0014' } }],
  ['polarity must be "positiva" or "negativa", not "alta"', { key: 'polarity', values: { value: 'alta' } }],
  [
    'objective type must be strategico, operativo or gestionale, not "strategicissimo"',
    { key: 'objectiveKind', values: { value: 'strategicissimo' } },
  ],
  ['column missing from the header', { key: 'columnMissing', values: {} }],
  ['column appears twice in the header', { key: 'columnTwice', values: {} }],
  [
    'no header row found in the first 20 rows (expected columns such as "Codice Obiettivo" and "Codice Indicatore")',
    { key: 'noHeader', values: { rows: '20' } },
  ],
  ['more than 50000 rows: split the file', { key: 'tooManyRows', values: { rows: '50.000' } }],
  ['the sheet has more than 50000 rows: split the file', { key: 'tooManyRows', values: { rows: '50.000' } }],
  ['the table has no rows below the header', { key: 'noRows', values: {} }],
  [
    'indicator weights of objective C50_0004 add up to 99.5, not 100',
    { key: 'weights', values: { code: 'C50_0004', sum: '99,5' } },
  ],
  ['unterminated quotes starting on row 7', { key: 'unterminatedQuotes', values: { row: '7' } }],
  [
    'the file is not a spreadsheet: send .xlsx, .xls, .ods, .csv or .tsv',
    { key: 'notSpreadsheet', values: {} },
  ],
  ['the spreadsheet cannot be read (damaged or password-protected)', { key: 'damaged', values: {} }],
  ['the file is not a readable spreadsheet (damaged zip)', { key: 'damaged', values: {} }],
  ['the spreadsheet expands to more than 200 MB', { key: 'tooBig', values: {} }],
  ['the spreadsheet has no sheets', { key: 'noSheets', values: {} }],
  ['something new the server says', null],
  ['missing something else', null],
];

describe('the reasons of the import in the reader’s language', () => {
  it.each(cases)('"%s" is recognised', (message, expected) => {
    expect(reasonOf(message)).toEqual(expected);
  });
});
