import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client.ts';
import { evaluationScores, evaluations } from '../db/schema/evaluations.ts';
import { people } from '../db/schema/organizations.ts';
import type { ScoreRow } from './compute-sheet.ts';
import type { SheetRow } from './evaluation-access.ts';
import type { Names } from './evaluations.presenter.ts';

export type LoadedSheet = { sheet: SheetRow; names: Names; scores: ScoreRow[] };

const evaluator = alias(people, 'evaluator');

/**
 * Sheets with the names of the person and the evaluator and their points, in a fixed number of
 * queries; by the person's name then the sheet's id. `filter` narrows them in the database (the sheets
 * a caller may read) and `window` reads a page of what remains.
 */
export async function loadSheets(
  db: DbOrTx,
  where: { planId: string } | { id: string },
  options: { filter?: SQL; window?: { limit: number; offset: number } | null } = {},
): Promise<LoadedSheet[]> {
  const query = db
    .select({ sheet: evaluations, person: people.name, evaluator: evaluator.name })
    .from(evaluations)
    .innerJoin(people, eq(people.id, evaluations.personId))
    .leftJoin(evaluator, eq(evaluator.id, evaluations.evaluatorPersonId))
    .where(
      and(
        'planId' in where ? eq(evaluations.planId, where.planId) : eq(evaluations.id, where.id),
        options.filter,
      ),
    )
    .orderBy(asc(people.name), asc(evaluations.id));
  const rows = options.window
    ? await query.limit(options.window.limit).offset(options.window.offset)
    : await query;
  const ids = rows.map((r) => r.sheet.id);
  const scoreRows =
    ids.length === 0
      ? []
      : await db
          .select({
            evaluationId: evaluationScores.evaluationId,
            criterion: evaluationScores.criterion,
            points: evaluationScores.points,
            comment: evaluationScores.comment,
          })
          .from(evaluationScores)
          .where(inArray(evaluationScores.evaluationId, ids));
  const bySheet = new Map<string, ScoreRow[]>();
  for (const s of scoreRows) {
    const list = bySheet.get(s.evaluationId) ?? [];
    list.push(s);
    bySheet.set(s.evaluationId, list);
  }
  return rows.map((r) => ({
    sheet: r.sheet,
    names: { person: r.person, evaluator: r.evaluator },
    scores: bySheet.get(r.sheet.id) ?? [],
  }));
}
