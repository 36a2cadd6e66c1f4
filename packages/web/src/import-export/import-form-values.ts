import { formatNumber } from '@traguardo/domain/format/italian';
import { IMPORT_LIMITS } from '@traguardo/domain/import/import-limits';
import { PLAN_KINDS } from '@traguardo/domain/plan/plan.schema';
import type { importExportTexts } from './i18n.ts';
import type { ImportRequest } from './import-plan.api.ts';

export const ACCEPTED_EXTENSIONS = ['.xlsx', '.xls', '.ods', '.csv', '.tsv'] as const;

export type ImportFormValues = { title: string; kind: string; year: string; endYear: string };
export type ImportField = keyof ImportFormValues | 'file';
export type InvalidKey = keyof (typeof importExportTexts)['it']['invalid'];
export type FieldProblem = { key: InvalidKey; values?: Record<string, string> };
export type FieldProblems = Partial<Record<ImportField, FieldProblem>>;

/** The order fields appear in the form, which is also the order of the error summary. */
export const FIELD_ORDER: readonly ImportField[] = ['title', 'kind', 'year', 'endYear', 'file'];

export const initialValues = (): ImportFormValues => ({
  title: '',
  kind: 'performance_plan',
  year: String(new Date().getFullYear()),
  endYear: '',
});

/** 20971520 → "20 MB", 1258291 → "1,2 MB", 2646 → "3 KB": sizes as a clerk reads them. */
export function formatBytes(bytes: number): string {
  if (bytes <= 0) return '0 KB';
  const mb = bytes / 1024 / 1024;
  if (mb >= 1) return `${formatNumber(Math.round(mb * 10) / 10)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

const year = (text: string): number | null => {
  const value = Number(text.trim());
  return /^\d{4}$/.test(text.trim()) && value >= 2000 && value <= 2100 ? value : null;
};

function fileProblem(file: File | null): FieldProblem | undefined {
  if (!file) return { key: 'fileMissing' };
  const name = file.name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((ext) => name.endsWith(ext))) return { key: 'fileType' };
  if (file.size === 0) return { key: 'fileEmpty' };
  if (file.size > IMPORT_LIMITS.fileBytes)
    return {
      key: 'fileTooLarge',
      values: { size: formatBytes(file.size), max: formatBytes(IMPORT_LIMITS.fileBytes) },
    };
  return undefined;
}

/**
 * The same checks the server makes on the form (ImportFormSchema and the upload limit), made
 * before sending so that a wrong year or a 40 MB file does not cost an upload.
 */
export function readImportForm(
  orgId: string,
  values: ImportFormValues,
  file: File | null,
): { ok: true; request: ImportRequest } | { ok: false; problems: FieldProblems } {
  const problems: FieldProblems = {};
  const title = values.title.trim();
  if (title.length < 2 || title.length > IMPORT_LIMITS.shortText)
    problems.title = { key: 'title', values: { max: String(IMPORT_LIMITS.shortText) } };
  const kind = PLAN_KINDS.find((k) => k === values.kind);
  if (!kind) problems.kind = { key: 'kind' };
  const start = year(values.year);
  if (start === null) problems.year = { key: 'year' };
  const end = values.endYear.trim() === '' ? null : year(values.endYear);
  if (values.endYear.trim() !== '' && end === null) problems.endYear = { key: 'endYear' };
  else if (start !== null && end !== null && end < start) problems.endYear = { key: 'endYearBefore' };
  const badFile = fileProblem(file);
  if (badFile) problems.file = badFile;
  if (Object.keys(problems).length > 0 || !file || !kind || start === null) return { ok: false, problems };
  return { ok: true, request: { orgId, title, kind, year: start, endYear: end, file } };
}

/** A 400 from the server names fields (`title`, `year`, …): shown on those fields with our wording. */
export function serverFieldProblems(items: { field?: string; message: string }[]): FieldProblems {
  const problems: FieldProblems = {};
  for (const { field, message } of items) {
    if (field === 'title')
      problems.title = { key: 'title', values: { max: String(IMPORT_LIMITS.shortText) } };
    else if (field === 'year') problems.year = { key: 'year' };
    else if (field === 'endYear')
      problems.endYear = { key: message.includes('before') ? 'endYearBefore' : 'endYear' };
    else if (field === 'kind') problems.kind = { key: 'kind' };
    else if (field === 'file') problems.file = { key: 'fileMissing' };
  }
  return problems;
}
