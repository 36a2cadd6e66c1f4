import { verify } from '@node-rs/argon2';
import { passwordProblems } from '@traguardo/domain/auth/password-policy';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema/users.ts';
import { AppError, notFound } from '../errors/app-error.ts';
import { hashPassword } from './password.ts';
import { createSession, deleteUserSessions } from './session-store.ts';

/** A password change ends every session of the user (other devices too) and opens a fresh one here. */
export async function changePassword(
  db: Db,
  options: { userId: string; currentPassword: string; newPassword: string; ttlHours: number },
): Promise<{ token: string; expiresAt: Date }> {
  const [user] = await db.select().from(users).where(eq(users.id, options.userId));
  if (!user) throw notFound('User');
  const ok = await verify(user.passwordHash, options.currentPassword).catch(() => false);
  if (!ok) {
    throw new AppError('unprocessable', 'currentPassword: wrong password', {
      errors: [{ field: 'currentPassword', message: 'currentPassword: la password attuale non è corretta' }],
    });
  }
  const problems = passwordProblems(options.newPassword, { email: user.email });
  if (problems.length > 0) {
    throw new AppError('unprocessable', `newPassword: ${problems.join(', ')}`, {
      errors: problems.map((p) => ({ field: 'newPassword', message: `newPassword: ${p}` })),
    });
  }
  const passwordHash = await hashPassword(options.newPassword);
  return db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: new Date() }).where(eq(users.id, user.id));
    await deleteUserSessions(tx, user.id);
    await recordAudit(tx, {
      orgId: null,
      actorUserId: user.id,
      action: 'change_password',
      entityType: 'user',
      entityId: user.id,
    });
    return createSession(tx, user.id, options.ttlHours);
  });
}
