import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, readTextTable } from './read-text-table.ts';

describe('reading CSV and TSV', () => {
  it.each([
    ['Codice Obiettivo;Titolo Obiettivo;Target Atteso\n', ';'],
    ['Codice Obiettivo,Titolo Obiettivo,Target Atteso\n', ','],
    ['Codice Obiettivo\tTitolo Obiettivo\tTarget Atteso\n', '\t'],
    ['"Linea; con punto e virgola",Codice Obiettivo,Titolo\n', ','],
  ])('detects the separator of %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('drops the BOM, and reads text that is not UTF-8 as Windows-1252', () => {
    expect(decodeText(Buffer.from('\ufeffFinalità', 'utf8'))).toBe('Finalità');
    expect(decodeText(Buffer.from('Finalità', 'latin1'))).toBe('Finalità');
  });

  it('keeps a quoted field with separators and line breaks as one cell of one row', () => {
    const rows = readTextTable(Buffer.from('a;b\r\n"uno; due\r\ntre";4\r\n'), 'csv');
    expect(rows.slice(0, 2)).toEqual([
      ['a', 'b'],
      ['uno; due\r\ntre', '4'],
    ]);
  });

  it('refuses a quote that never closes, naming the row', () => {
    expect(() => readTextTable(Buffer.from('a;b\n"aperto;1\n'), 'csv')).toThrow('never ends');
  });
});
