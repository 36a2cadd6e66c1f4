import { and, eq, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor.ts';
import { can, requireActor, type Subject, type Verb } from '../auth/authorize.ts';
import type { DbOrTx } from '../db/client.ts';
import { evaluations } from '../db/schema/evaluations.ts';
import { AppError, notFound } from '../errors/app-error.ts';

export type SheetRow = typeof evaluations.$inferSelect;

export async function loadSheet(db: DbOrTx, id: string): Promise<SheetRow> {
  const [row] = await db.select().from(evaluations).where(eq(evaluations.id, id));
  if (!row) throw notFound('Evaluation');
  return row;
}

/** What reading a sheet depends on (see readableSheetsWhere, which asks canReadSheet about such probes). */
export type SheetFacts = Pick<
  SheetRow,
  'orgId' | 'personId' | 'evaluatorPersonId' | 'status' | 'contestedAt'
>;

export const sheetSubject = (s: SheetFacts): Subject => ({
  orgId: s.orgId,
  personId: s.personId,
  evaluatorPersonId: s.evaluatorPersonId,
});

/** Statuses in which the conciliation body (D.Lgs. 150/2009 art. 7) has the sheet before it. */
const IN_CONCILIATION = ['contested', 'reviewed'];

/** Before the conciliation body now, or closed after a contest. */
export function inConciliation(sheet: Pick<SheetRow, 'status' | 'contestedAt'>): boolean {
  return IN_CONCILIATION.includes(sheet.status) || (sheet.status === 'final' && sheet.contestedAt !== null);
}

/** inConciliation as an SQL condition on `evaluations`, for filtering sheets in the database. */
export const inConciliationSql = (): SQL =>
  or(
    inArray(evaluations.status, IN_CONCILIATION),
    and(eq(evaluations.status, 'final'), isNotNull(evaluations.contestedAt)),
  ) ?? sql`false`;

/**
 * GDPR: a sheet is read by the person, their evaluator, the secretary and the admin — and, once
 * contested, by the conciliation body (the Nucleo, with the Segretario for staff).
 */
export function canReadSheet(actor: Actor | null, sheet: SheetFacts): boolean {
  const subject = sheetSubject(sheet);
  return (
    can(actor, 'evaluation.read', subject) ||
    (inConciliation(sheet) && can(actor, 'evaluation.review', subject))
  );
}

/**
 * Whoever may not read a sheet gets 404, as for another organisation: the answer does not even
 * confirm that a colleague has a sheet (docs/decisions/007-bonus-distribution.md, "Who sees a sheet"). Whoever may read it
 * but not do `verb` gets 403.
 */
export function authorizeSheet(actor: Actor | null, sheet: SheetRow, verb?: Verb): Actor {
  const a = requireActor(actor);
  if (!canReadSheet(a, sheet)) throw notFound('Evaluation');
  if (verb && !can(a, verb, sheetSubject(sheet))) throw new AppError('forbidden', `Not allowed: ${verb}`);
  return a;
}

/** The secretary runs the cycle and may close a sheet; so may the conciliation body. */
export function canFinalize(actor: Actor | null, sheet: SheetRow): boolean {
  const subject = sheetSubject(sheet);
  return can(actor, 'evaluation.open', subject) || can(actor, 'evaluation.review', subject);
}
