import type { Cell } from '@traguardo/domain/import/cell';
import Papa from 'papaparse';
import { AppError } from '../errors/app-error.ts';

/**
 * UTF-8 with or without BOM, as the layout asks. A file that is not valid UTF-8 is read as
 * Windows-1252, which is what Excel in Italian saves as "CSV (delimitato dal separatore di elenco)".
 */
export function decodeText(bytes: Buffer): string {
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(withoutBom);
  } catch {
    return new TextDecoder('windows-1252').decode(withoutBom);
  }
}

/** The separator of a CSV: the most frequent of ; , and tab in its first line, outside quotes. */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

/** Rows of a .csv or .tsv (quoted fields may span lines: one record is one spreadsheet row). */
export function readTextTable(bytes: Buffer, kind: 'csv' | 'tsv'): Cell[][] {
  if (bytes.subarray(0, 8192).includes(0))
    throw new AppError('unprocessable', 'the file is not a text table');
  const text = decodeText(bytes);
  const delimiter = kind === 'tsv' ? '\t' : detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false, header: false });
  const broken = result.errors.find((e) => e.type === 'Quotes');
  if (broken) {
    const row = (broken.row ?? 0) + 1;
    throw new AppError('unprocessable', 'the file has a quoted field that never ends', {
      errors: [{ row, column: '', message: `unterminated quotes starting on row ${row}` }],
    });
  }
  return result.data;
}
