/** Named limits shared by forms and API. */
export const LIMITS = {
  shortText: 500,
  longText: 20_000,
  code: 40,
  importRows: 50_000,
  uploadBytes: 20 * 1024 * 1024,
  evidenceBytes: 10 * 1024 * 1024,
  pageSize: 100,
  maxPageSize: 500,
} as const;
