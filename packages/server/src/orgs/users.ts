import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { isRole, type Role } from '../auth/actor.ts';
import { hashPassword } from '../auth/password.ts';
import type { Db, DbOrTx } from '../db/client.ts';
import { orgUnits, people } from '../db/schema/organizations.ts';
import { memberships, users } from '../db/schema/users.ts';
import { AppError, conflict } from '../errors/app-error.ts';

export async function listUsers(
  db: DbOrTx,
  orgId: string,
  window: { limit: number; offset: number } | null = null,
) {
  const query = db
    .select({ u: users, m: memberships })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, orgId))
    .orderBy(asc(users.name), asc(users.id));
  const rows = window ? await query.limit(window.limit).offset(window.offset) : await query;
  return rows.map(({ u, m }) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    roles: m.roles.filter(isRole),
    unitIds: m.unitIds,
    personId: m.personId,
  }));
}

/** Adds a user to an organisation with roles; an existing account (same email) gets a membership. */
export async function createUser(
  db: Db,
  options: {
    orgId: string;
    email: string;
    name: string;
    password: string;
    roles: Role[];
    unitIds: string[];
    personId?: string;
    actorUserId: string | null;
  },
) {
  return db.transaction(async (tx) => {
    if (options.unitIds.length > 0) {
      const found = await tx
        .select({ id: orgUnits.id })
        .from(orgUnits)
        .where(and(eq(orgUnits.orgId, options.orgId), inArray(orgUnits.id, options.unitIds)));
      if (found.length !== new Set(options.unitIds).size)
        throw new AppError('unprocessable', 'unitIds: unknown unit', {
          errors: [{ field: 'unitIds', message: 'unitIds: a unit is not in this organisation' }],
        });
    }
    if (options.personId) {
      const [p] = await tx
        .select({ id: people.id })
        .from(people)
        .where(and(eq(people.orgId, options.orgId), eq(people.id, options.personId)));
      if (!p)
        throw new AppError('unprocessable', 'personId: unknown person', {
          errors: [{ field: 'personId', message: 'personId: not in this organisation' }],
        });
    }
    let [user] = await tx.select().from(users).where(eq(users.email, options.email));
    if (!user) {
      [user] = await tx
        .insert(users)
        .values({
          email: options.email,
          name: options.name,
          passwordHash: await hashPassword(options.password),
        })
        .returning();
    }
    if (!user) throw new Error('insert returned nothing');
    const [existing] = await tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.userId, user.id), eq(memberships.orgId, options.orgId)));
    if (existing) throw conflict(`${options.email} is already a user of this organisation`);
    await tx.insert(memberships).values({
      userId: user.id,
      orgId: options.orgId,
      roles: options.roles,
      unitIds: options.unitIds,
      personId: options.personId ?? null,
    });
    if (options.personId)
      await tx.update(people).set({ userId: user.id }).where(eq(people.id, options.personId));
    const result = {
      id: user.id,
      email: user.email,
      name: user.name,
      roles: options.roles,
      unitIds: options.unitIds,
      personId: options.personId ?? null,
    };
    await recordAudit(tx, {
      orgId: options.orgId,
      actorUserId: options.actorUserId,
      action: 'create',
      entityType: 'user',
      entityId: user.id,
      after: result,
    });
    return result;
  });
}
