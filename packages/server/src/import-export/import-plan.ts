import type { PLAN_KINDS } from '@traguardo/domain/plan/plan.schema';
import type { Db } from '../db/client.ts';
import { parseImportFile } from './parse-import-file.ts';
import { writeImportedPlan } from './write-imported-plan.ts';

/**
 * Imports a plan from a spreadsheet as a draft: all or nothing (the file is read and checked whole
 * before one transaction writes it).
 */
export async function importPlan(
  db: Db,
  options: {
    orgId: string;
    actorUserId: string | null;
    file: { filename: string; bytes: Buffer };
    title: string;
    kind: (typeof PLAN_KINDS)[number];
    startYear: number;
    endYear: number;
  },
) {
  const { plan, warnings } = parseImportFile(options.file.bytes, options.file.filename);
  const written = await db.transaction((tx) =>
    writeImportedPlan(tx, { ...options, plan, filename: options.file.filename }),
  );
  return { ...written, warnings };
}
