import { and, eq, isNotNull, isNull, ne, not, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor.ts';
import { evaluations } from '../db/schema/evaluations.ts';
import { canReadSheet, inConciliation, inConciliationSql, type SheetFacts } from './evaluation-access.ts';

type Whose = 'mine' | 'other';
type Evaluator = 'me' | 'nucleo' | 'other';

/**
 * canReadSheet as an SQL condition for one caller, so that a plan's sheets are filtered — and paged
 * — in the database. It is not a second copy of the rule: a sheet's readability depends only on
 * whose it is (the caller's person or not), who evaluates it (the caller's person, the Nucleo, someone
 * else) and whether it is in conciliation, so canReadSheet is asked about one probe sheet per
 * combination and the condition is the union of those it allows. `undefined`: every sheet.
 */
export function readableSheetsWhere(actor: Actor, orgId: string): SQL | undefined {
  const personId = actor.memberships.get(orgId)?.personId ?? null;
  const whose: Whose[] = personId ? ['mine', 'other'] : ['other'];
  const evaluators: Evaluator[] = personId ? ['me', 'nucleo', 'other'] : ['nucleo', 'other'];
  const allowed: SQL[] = [];
  let whole = 0;
  for (const w of whose)
    for (const e of evaluators) {
      const reads = [true, false].filter((conciliation) =>
        canReadSheet(actor, probe(orgId, personId, w, e, conciliation)),
      );
      if (reads.length === 0) continue;
      if (reads.length === 2) whole++;
      const parts = [whoseSql(w, personId), evaluatorSql(e, personId)];
      if (reads.length === 1) parts.push(reads[0] ? inConciliationSql() : not(inConciliationSql()));
      allowed.push(and(...parts) ?? sql`true`);
    }
  if (whole === whose.length * evaluators.length) return undefined;
  return or(...allowed) ?? sql`false`;
}

const OTHER_PERSON = '00000000-0000-4000-8000-000000000001';
const OTHER_EVALUATOR = '00000000-0000-4000-8000-000000000002';

function probe(
  orgId: string,
  personId: string | null,
  whose: Whose,
  evaluator: Evaluator,
  conciliation: boolean,
): SheetFacts {
  const facts: SheetFacts = {
    orgId,
    personId: whose === 'mine' && personId ? personId : OTHER_PERSON,
    evaluatorPersonId: evaluator === 'nucleo' ? null : evaluator === 'me' ? personId : OTHER_EVALUATOR,
    status: conciliation ? 'contested' : 'draft',
    contestedAt: conciliation ? new Date(0) : null,
  };
  if (inConciliation(facts) !== conciliation) throw new Error('probe sheet: conciliation statuses changed');
  return facts;
}

function whoseSql(whose: Whose, personId: string | null): SQL | undefined {
  if (!personId) return undefined;
  return whose === 'mine' ? eq(evaluations.personId, personId) : ne(evaluations.personId, personId);
}

function evaluatorSql(evaluator: Evaluator, personId: string | null): SQL | undefined {
  if (evaluator === 'nucleo') return isNull(evaluations.evaluatorPersonId);
  if (evaluator === 'me' && personId) return eq(evaluations.evaluatorPersonId, personId);
  const other = isNotNull(evaluations.evaluatorPersonId);
  return personId ? and(other, ne(evaluations.evaluatorPersonId, personId)) : other;
}
