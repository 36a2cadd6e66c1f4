import { verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { hashPassword } from '../auth/password.ts';
import { deleteUserSessions } from '../auth/session-store.ts';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema/users.ts';

/**
 * ADMIN_EMAIL / ADMIN_PASSWORD create or update the instance administrator at every start. Several
 * processes may start at once: the insert tolerates a concurrent one, and an unchanged password keeps
 * the administrator's sessions (only a new password ends them).
 */
export async function ensureInstanceAdmin(db: Db, email: string, password: string): Promise<void> {
  const normalized = email.trim().toLowerCase();
  const [existing] = await db.select().from(users).where(eq(users.email, normalized));
  if (!existing) {
    await db
      .insert(users)
      .values({
        email: normalized,
        name: 'Amministratore di istanza',
        passwordHash: await hashPassword(password),
        isInstanceAdmin: true,
      })
      .onConflictDoNothing({ target: users.email });
    return ensureInstanceAdmin(db, email, password);
  }
  const samePassword = await verify(existing.passwordHash, password).catch(() => false);
  if (samePassword && existing.isInstanceAdmin) return;
  await db
    .update(users)
    .set({
      isInstanceAdmin: true,
      ...(samePassword ? {} : { passwordHash: await hashPassword(password), passwordChangedAt: new Date() }),
    })
    .where(eq(users.id, existing.id));
  // A changed password ends the sessions opened with the old one.
  if (!samePassword) await deleteUserSessions(db, existing.id);
}
