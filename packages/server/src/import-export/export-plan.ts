import { type PlanTable, planToRows } from '@traguardo/domain/import/plan-to-rows';
import type { DbOrTx } from '../db/client.ts';
import { slugify } from '../orgs/slugify.ts';
import { loadPlanDocument, loadPlanVersion } from '../plans/load-plan-document.ts';
import { renderCsv } from './render-csv.ts';
import { renderOds } from './render-ods.ts';
import { renderXlsx } from './render-xlsx.ts';

export const EXPORT_FORMATS = ['xlsx', 'ods', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  csv: 'text/csv; charset=utf-8',
};

function render(format: ExportFormat, table: PlanTable): Promise<Buffer> | Buffer {
  if (format === 'xlsx') return renderXlsx(table);
  if (format === 'ods') return renderOds(table);
  return renderCsv(table);
}

/** The plan (live, or version N as adopted) in the import layout, ready to send as a download. */
export async function exportPlan(
  db: DbOrTx,
  options: { planId: string; version?: number; format: ExportFormat },
): Promise<{ body: Buffer; contentType: string; filename: string }> {
  const doc =
    options.version === undefined
      ? await loadPlanDocument(db, options.planId)
      : await loadPlanVersion(db, options.planId, options.version);
  const suffix = options.version === undefined ? '' : `-versione-${options.version}`;
  const filename = `${slugify(doc.title) || 'piano'}${suffix}.${options.format}`;
  // Nothing refers to the document after this line, so it can be collected while the file is
  // written (it is the larger of the two on a big plan).
  const body = await render(options.format, planToRows(doc));
  return { body, contentType: CONTENT_TYPES[options.format], filename };
}
