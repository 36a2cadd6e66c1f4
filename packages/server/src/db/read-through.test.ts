import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrg, buildUser } from '../../test/factories.ts';
import { build, loginAs } from '../../test/helper.ts';
import { readThrough } from './read-through.ts';
import { memberships } from './schema/users.ts';

describe('reads kept while nothing is written', async () => {
  const { app, database } = await build();
  const db = database.db;
  const org = await buildOrg(db);

  /** A read that counts how often it really ran. */
  const counted = (key: string) => {
    let runs = 0;
    const read = () =>
      readThrough(db, 'test', key, async () => {
        runs++;
        return { runs };
      });
    return { read, runs: () => runs };
  };

  it('a second read is kept', async () => {
    const { read, runs } = counted('kept');
    await read();
    await read();
    expect(runs()).toBe(1);
  });

  it('any write (a statement, a transaction) makes the next read run again; a select does not', async () => {
    const { read, runs } = counted('written');
    await read();
    await db.execute(sql`select 1`);
    await read();
    expect(runs()).toBe(1);
    await buildOrg(db, { name: 'Comune scritto' });
    await read();
    await db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
    });
    await read();
    expect(runs()).toBe(3);
  });

  it('inside a transaction it always reads', async () => {
    let runs = 0;
    await db.transaction(async (tx) => {
      for (let n = 0; n < 2; n++)
        await readThrough(tx, 'test-tx', 'key', async () => {
          runs++;
          return {};
        });
    });
    expect(runs).toBe(2);
  });

  it('a session ended or a role taken away counts at the very next request', async () => {
    const user = await buildUser(db, org.id, ['secretary']);
    const { cookie } = await loginAs(app, user.email);
    const me = () => app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    const orgPlans = () =>
      app.inject({ method: 'GET', url: `/api/v1/orgs/${org.id}/plans`, headers: { cookie } });
    expect((await orgPlans()).statusCode).toBe(200);
    expect((await orgPlans()).statusCode).toBe(200);
    await db.delete(memberships).where(eq(memberships.userId, user.id));
    expect((await orgPlans()).statusCode).toBe(404);
    expect((await me()).statusCode).toBe(200);
    const logout = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(logout.statusCode).toBeLessThan(300);
    expect((await me()).statusCode).toBe(401);
  });
});
