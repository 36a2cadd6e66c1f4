import { asc, inArray } from 'drizzle-orm';
import type { Actor } from '../auth/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { organizations } from '../db/schema/organizations.ts';

/**
 * The organisations the caller belongs to (every one for the instance administrator: hundreds on a
 * provider's installation), by name then id, a window at a time when `window` is given.
 */
export async function listOrgs(
  db: DbOrTx,
  actor: Actor,
  window: { limit: number; offset: number } | null = null,
) {
  const ids = [...actor.memberships.keys()];
  if (!actor.isInstanceAdmin && ids.length === 0) return [];
  const query = db
    .select()
    .from(organizations)
    .where(actor.isInstanceAdmin ? undefined : inArray(organizations.id, ids))
    .orderBy(asc(organizations.name), asc(organizations.id));
  return window ? query.limit(window.limit).offset(window.offset) : query;
}
