import { eq } from 'drizzle-orm';
import { hashPassword } from '../auth/password.ts';
import { deleteUserSessions } from '../auth/session-store.ts';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema/users.ts';

/** ADMIN_EMAIL / ADMIN_PASSWORD create or update the instance administrator at every start. */
export async function ensureInstanceAdmin(db: Db, email: string, password: string): Promise<void> {
  const normalized = email.trim().toLowerCase();
  const passwordHash = await hashPassword(password);
  const [existing] = await db.select().from(users).where(eq(users.email, normalized));
  if (existing) {
    await db
      .update(users)
      .set({ passwordHash, isInstanceAdmin: true, passwordChangedAt: new Date() })
      .where(eq(users.id, existing.id));
    // A changed password ends the sessions opened with the old one.
    await deleteUserSessions(db, existing.id);
  } else {
    await db
      .insert(users)
      .values({ email: normalized, name: 'Amministratore di istanza', passwordHash, isInstanceAdmin: true });
  }
}
