import * as XLSX from '@e965/xlsx';
import { type Cell, nameKey } from '@traguardo/domain/import/cell';
import { matchHeaders } from '@traguardo/domain/import/columns';
import { IMPORT_LIMITS } from '@traguardo/domain/import/import-limits';
import { formatItalianNumber } from '@traguardo/domain/import/italian-number';
import { ALL_SHEET_TITLE } from '@traguardo/domain/import/plan-to-rows';
import { AppError } from '../errors/app-error.ts';
import { readTextTable } from './read-text-table.ts';
import { assertSafeZip } from './zip-guard.ts';

/** The rows of the table to import; `firstRowNumber` is the spreadsheet number of rows[0]. */
export type SheetTable = { rows: Cell[][]; firstRowNumber: number };

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const notASpreadsheet = () =>
  new AppError('unprocessable', 'the file is not a spreadsheet: send .xlsx, .xls, .ods, .csv or .tsv');

/**
 * Reads an uploaded table by its content, not its name: .xlsx/.ods (zip, checked against zip
 * bombs first), .xls (OLE compound file), else text as .csv or .tsv.
 */
export function readSpreadsheet(bytes: Buffer, filename: string): SheetTable {
  const extension = filename.toLowerCase().split('.').pop() ?? '';
  if (bytes.subarray(0, 4).equals(ZIP)) {
    assertSafeZip(bytes);
    return readWorkbook(bytes);
  }
  if (bytes.subarray(0, 8).equals(CFB)) return readWorkbook(bytes);
  if (['xlsx', 'xls', 'ods', 'xlsm'].includes(extension)) throw notASpreadsheet();
  return { rows: readTextTable(bytes, extension === 'tsv' ? 'tsv' : 'csv'), firstRowNumber: 1 };
}

function readWorkbook(bytes: Buffer): SheetTable {
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, {
      type: 'buffer',
      dense: true,
      cellDates: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      // Number formats tell a percentage (stored as a fraction) from a plain number.
      cellNF: true,
      // A sheet claiming a million rows is read only as far as an import can go.
      sheetRows: IMPORT_LIMITS.rows + IMPORT_LIMITS.headerSearchRows + 1,
    });
  } catch {
    throw new AppError('unprocessable', 'the spreadsheet cannot be read (damaged or password-protected)');
  }
  const sheet = pickSheet(workbook);
  if (!sheet) throw new AppError('unprocessable', 'the spreadsheet has no sheets');
  if (sheet['!fullref'] && sheet['!fullref'] !== sheet['!ref'])
    throw new AppError('unprocessable', `the sheet has more than ${IMPORT_LIMITS.rows} rows: split the file`);
  return sheetTable(sheet);
}

/** "Tutto il piano" when the workbook is one of our exports, else the first sheet with the header. */
function pickSheet(workbook: XLSX.WorkBook): XLSX.WorkSheet | undefined {
  const sheets = workbook.SheetNames.map((name) => ({ name, sheet: workbook.Sheets[name] })).filter(
    (s): s is { name: string; sheet: XLSX.WorkSheet } => s.sheet !== undefined,
  );
  const all = sheets.find((s) => nameKey(s.name) === nameKey(ALL_SHEET_TITLE));
  if (all) return all.sheet;
  const withHeader = sheets.find((s) =>
    sheetTable(s.sheet)
      .rows.slice(0, IMPORT_LIMITS.headerSearchRows)
      .some((row) => matchHeaders(row).missing.length === 0),
  );
  return (withHeader ?? sheets[0])?.sheet;
}

function sheetTable(sheet: XLSX.WorkSheet): SheetTable {
  const ref = sheet['!ref'];
  const data: unknown = sheet['!data'];
  if (!ref || !Array.isArray(data)) return { rows: [], firstRowNumber: 1 };
  const range = XLSX.utils.decode_range(ref);
  const rows: Cell[][] = [];
  // Dense sheets index rows and columns from A1 whatever the range: row r is spreadsheet row r + 1.
  for (let r = 0; r <= range.e.r; r++) {
    const row: unknown = data[r];
    rows.push(Array.isArray(row) ? Array.from(row, toCell) : []);
  }
  return { rows, firstRowNumber: 1 };
}

type RawCell = { t: string; v?: unknown; z?: unknown; w?: unknown };
const isRawCell = (x: unknown): x is RawCell =>
  typeof x === 'object' && x !== null && 't' in x && typeof x.t === 'string';

function toCell(raw: unknown): Cell {
  if (!isRawCell(raw)) return null;
  const { v } = raw;
  // A percentage is stored as a fraction (100% = 1): read it as the sheet shows it. The number
  // format says so in .xlsx/.xls, the formatted text in .ods.
  const percent =
    (typeof raw.z === 'string' && raw.z.includes('%')) ||
    (typeof raw.w === 'string' && raw.w.trim().endsWith('%'));
  if (typeof v === 'number' && percent) return `${formatItalianNumber(Number((v * 100).toPrecision(12)))}%`;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  // SheetJS gives typed dates at UTC midnight (cellDates): the UTC day is the day in the cell.
  if (v instanceof Date && !Number.isNaN(v.getTime())) return { isoDate: v.toISOString().slice(0, 10) };
  return null;
}
