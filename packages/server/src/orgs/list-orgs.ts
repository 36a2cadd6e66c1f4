import { asc, inArray } from 'drizzle-orm';
import type { Actor } from '../auth/actor.ts';
import type { DbOrTx } from '../db/client.ts';
import { organizations } from '../db/schema/organizations.ts';

export async function listOrgs(db: DbOrTx, actor: Actor) {
  if (actor.isInstanceAdmin) return db.select().from(organizations).orderBy(asc(organizations.name));
  const ids = [...actor.memberships.keys()];
  if (ids.length === 0) return [];
  return db
    .select()
    .from(organizations)
    .where(inArray(organizations.id, ids))
    .orderBy(asc(organizations.name));
}
