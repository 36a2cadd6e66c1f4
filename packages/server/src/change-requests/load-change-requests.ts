import type {
  ChangeRequest,
  ChangeRequestStatus,
} from '@traguardo/domain/change-request/change-request.schema';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { changeRequests } from '../db/schema/change-requests.ts';
import { users } from '../db/schema/users.ts';
import { notFound } from '../errors/app-error.ts';
import { type ChangeRequestRow, presentChangeRequest } from './change-request.presenter.ts';

/** Names of the users who filed and decided, in one query. */
export async function userNames(db: DbOrTx, rows: ChangeRequestRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => [r.requestedBy, r.decidedBy]).filter((id) => id !== null))];
  if (ids.length === 0) return new Map();
  const found = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(found.map((u) => [u.id, u.name]));
}

export async function presentAll(db: DbOrTx, rows: ChangeRequestRow[]): Promise<ChangeRequest[]> {
  const names = await userNames(db, rows);
  return rows.map((r) => presentChangeRequest(r, names));
}

/** A plan's requests, oldest first (filed at, then id), a window at a time when `window` is given. */
export async function listChangeRequests(
  db: DbOrTx,
  options: {
    planId: string;
    status?: ChangeRequestStatus;
    amendmentId?: string;
    window?: { limit: number; offset: number } | null;
  },
): Promise<ChangeRequest[]> {
  const query = db
    .select()
    .from(changeRequests)
    .where(
      and(
        eq(changeRequests.planId, options.planId),
        options.status ? eq(changeRequests.status, options.status) : undefined,
        options.amendmentId ? eq(changeRequests.amendmentId, options.amendmentId) : undefined,
      ),
    )
    .orderBy(asc(changeRequests.requestedAt), asc(changeRequests.id));
  const rows = options.window
    ? await query.limit(options.window.limit).offset(options.window.offset)
    : await query;
  return presentAll(db, rows);
}

export async function loadChangeRequestRow(db: DbOrTx, id: string): Promise<ChangeRequestRow> {
  const [row] = await db.select().from(changeRequests).where(eq(changeRequests.id, id));
  if (!row) throw notFound('Change request');
  return row;
}

export async function getChangeRequest(db: DbOrTx, id: string): Promise<ChangeRequest> {
  const row = await loadChangeRequestRow(db, id);
  const [presented] = await presentAll(db, [row]);
  if (!presented) throw notFound('Change request');
  return presented;
}
