import { verify } from '@node-rs/argon2';
import { and, eq, gt, lt, min, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { loginAttempts, sessions, users } from '../db/schema/users.ts';
import { AppError } from '../errors/app-error.ts';
import { createSession } from './session-store.ts';

const WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_ADDRESS = 50;

async function throttle(db: Db, email: string, address: string): Promise<void> {
  const since = new Date(Date.now() - WINDOW_MS);
  const count = async (where: ReturnType<typeof eq>) => {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int`, oldest: min(loginAttempts.at) })
      .from(loginAttempts)
      .where(and(where, gt(loginAttempts.at, since)));
    return row ?? { n: 0, oldest: null };
  };
  const byAccount = await count(eq(loginAttempts.email, email));
  const byAddress = await count(eq(loginAttempts.address, address));
  const blocked =
    byAccount.n >= MAX_FAILURES_PER_ACCOUNT
      ? byAccount
      : byAddress.n >= MAX_FAILURES_PER_ADDRESS
        ? byAddress
        : null;
  if (blocked) {
    const oldest = blocked.oldest ? new Date(blocked.oldest).getTime() : Date.now();
    const retryAfter = Math.max(1, Math.ceil((oldest + WINDOW_MS - Date.now()) / 1000));
    throw new AppError('too_many_requests', 'Too many failed login attempts; try again later', {
      headers: { 'Retry-After': String(retryAfter) },
    });
  }
}

/** Checks the password (argon2id) under the per-account and per-address throttle, then opens a fresh session. */
export async function login(
  db: Db,
  options: { email: string; password: string; address: string; ttlHours: number },
): Promise<{ token: string; expiresAt: Date; userId: string }> {
  const email = options.email.trim().toLowerCase();
  await throttle(db, email, options.address);
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const ok = user ? await verify(user.passwordHash, options.password).catch(() => false) : false;
  if (!user || !ok) {
    await db.insert(loginAttempts).values({ email, address: options.address });
    // Old attempts are pruned here rather than by a job: cheap and bounded.
    await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(Date.now() - 2 * WINDOW_MS)));
    throw new AppError('unauthenticated', 'Wrong email or password');
  }
  await db.delete(loginAttempts).where(eq(loginAttempts.email, email));
  // Expired sessions go here rather than in a job: one indexed delete per login keeps the table small.
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  // A new token at every login: a session id planted before login is worthless after it.
  const session = await createSession(db, user.id, options.ttlHours);
  return { ...session, userId: user.id };
}
