import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { organizations } from '../db/schema/organizations.ts';
import { users } from '../db/schema/users.ts';
import { notFound } from '../errors/app-error.ts';
import { isRole } from './actor.ts';
import { loadMemberships } from './session-store.ts';

export async function getMe(db: DbOrTx, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw notFound('User');
  const memberships = await loadMemberships(db, userId);
  const orgs = user.isInstanceAdmin
    ? await db.select().from(organizations).orderBy(asc(organizations.name))
    : memberships.size === 0
      ? []
      : await db
          .select()
          .from(organizations)
          .where(inArray(organizations.id, [...memberships.keys()]))
          .orderBy(asc(organizations.name));
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isInstanceAdmin: user.isInstanceAdmin,
    organizations: orgs.map((o) => {
      const m = memberships.get(o.id);
      return {
        id: o.id,
        name: o.name,
        slug: o.slug,
        roles: user.isInstanceAdmin
          ? (['admin', 'secretary', 'manager', 'evaluator', 'viewer'] as const).filter(isRole)
          : (m?.roles ?? []),
        unitIds: m?.unitIds ?? [],
        personId: m?.personId ?? null,
      };
    }),
  };
}
