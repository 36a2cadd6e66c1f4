import { LIMITS } from '../limits.ts';

/** Limits of a spreadsheet import, shared by the server's readers and the web page's checks. */
export const IMPORT_LIMITS = {
  /** Bytes of the uploaded file. */
  fileBytes: LIMITS.uploadBytes,
  /** Data rows of the table (the header excluded). */
  rows: LIMITS.importRows,
  /** A .xlsx/.ods is a zip: what its parts may expand to, all together. */
  unzippedBytes: 200 * 1024 * 1024,
  /** Parts inside the zip. */
  zipEntries: 2_000,
  /** The header is looked for in the first rows (tables may have a title above). */
  headerSearchRows: 20,
  code: LIMITS.code,
  shortText: LIMITS.shortText,
  longText: LIMITS.longText,
} as const;
