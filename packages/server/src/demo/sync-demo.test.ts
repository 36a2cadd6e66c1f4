import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { build, loginAs } from '../../test/helper.ts';
import { measurements } from '../db/schema/measurements.ts';
import { organizations, orgUnits, people } from '../db/schema/organizations.ts';
import { plans, planVersions } from '../db/schema/plans.ts';
import { memberships, sessions, users } from '../db/schema/users.ts';
import { DEMO_PASSWORD } from './demo-users.ts';
import { syncDemo } from './sync-demo.ts';

describe('the demo organisations and logins', async () => {
  const { app, database } = await build();
  const db = database.db;
  const first = await syncDemo(db, true);

  it('builds Chieve and Cremona with one login per role each, all with the demo password', () => {
    expect(first).toHaveLength(12);
    expect(first.map((l) => l.email).sort()).toEqual(
      ['admin', 'dipendente', 'dirigente', 'lettore', 'nucleo', 'segretario']
        .flatMap((local) => [`${local}@chieve.demo`, `${local}@cremona.demo`])
        .sort(),
    );
    expect(new Set(first.map((l) => l.password))).toEqual(new Set([DEMO_PASSWORD]));
    expect(first.find((l) => l.email === 'nucleo@cremona.demo')).toMatchObject({
      organization: 'Comune di Cremona',
      role: 'evaluator',
    });
  });

  it("plays Cremona's year: the amendment adopted as version 1 and the September monitoring", async () => {
    const [cremona] = await db
      .select()
      .from(plans)
      .where(eq(plans.title, 'PEG / Piano della Performance 2019-2021'));
    expect(cremona?.currentVersion).toBe(1);
    expect(
      (
        await db
          .select()
          .from(measurements)
          .where(eq(measurements.planId, cremona?.id ?? ''))
      ).length,
    ).toBeGreaterThan(0);
  });

  it('links the Cremona manager to "Cultura Musei e City Branding" and Quaglia Maurizia', async () => {
    const { cookie } = await loginAs(app, 'dirigente@cremona.demo', DEMO_PASSWORD);
    const me = (await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).json();
    expect(JSON.stringify(me)).toContain('manager');
    const [m] = await db
      .select({ unitIds: memberships.unitIds, person: people.name, isDemo: users.isDemo })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .leftJoin(people, eq(people.id, memberships.personId))
      .where(eq(users.email, 'dirigente@cremona.demo'));
    expect(m).toMatchObject({ person: 'Quaglia Maurizia', isDemo: true });
    const [unit] = await db
      .select()
      .from(orgUnits)
      .where(eq(orgUnits.id, m?.unitIds[0] ?? ''));
    expect(unit?.name).toBe('Cultura Musei e City Branding');
  });

  it('links the Chieve secretary to Giovanna Cammara and the employee to Ida De Luca', async () => {
    const person = async (email: string) =>
      (
        await db
          .select({ name: people.name })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .innerJoin(people, eq(people.id, memberships.personId))
          .where(eq(users.email, email))
      )[0]?.name;
    expect(await person('segretario@chieve.demo')).toBe('Giovanna Cammara');
    expect(await person('dipendente@chieve.demo')).toBe('Ida De Luca');
  });

  it('a second sync is idempotent: same logins, no new users, organisations or passwords', async () => {
    const before = await db.select().from(users).orderBy(users.email);
    const orgs = await db.select().from(organizations);
    expect(await syncDemo(db, true)).toEqual(first);
    expect(await db.select().from(users).orderBy(users.email)).toEqual(before);
    expect(await db.select().from(organizations)).toHaveLength(orgs.length);
  });

  it('DEMO=0 removes the demo logins and their sessions, and keeps the organisations', async () => {
    const { cookie } = await loginAs(app, 'segretario@chieve.demo', DEMO_PASSWORD);
    expect(await syncDemo(db, false)).toEqual([]);
    // Those the amendment's records name (who filed, decided, adopted) stay as disabled accounts.
    const left = await db.select().from(users).where(eq(users.isDemo, true));
    expect(left.map((u) => u.email).every((e) => e.endsWith('@cremona.demo'))).toBe(true);
    expect(new Set(left.map((u) => u.passwordHash))).toEqual(
      new Set(left.length ? ['!disabled-demo-user'] : []),
    );
    const demoIds = new Set(left.map((u) => u.id));
    expect((await db.select().from(memberships)).filter((m) => demoIds.has(m.userId))).toEqual([]);
    expect(await db.select().from(sessions)).toEqual([]);
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    for (const { email } of first) {
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: DEMO_PASSWORD },
      });
      expect(login.statusCode).toBe(401);
    }
    expect((await db.select().from(organizations)).map((o) => o.name).sort()).toEqual([
      'Comune di Chieve',
      'Comune di Cremona',
    ]);
    expect(await syncDemo(db, true)).toEqual(first);
    await loginAs(app, 'segretario@chieve.demo', DEMO_PASSWORD);
  });

  it('a demo user the records still name cannot log in after DEMO=0, and works again with DEMO=1', async () => {
    const [user] = await db.select().from(users).where(eq(users.email, 'segretario@cremona.demo'));
    const [plan] = await db.select().from(plans).limit(1);
    await db
      .insert(planVersions)
      .values({ planId: plan?.id ?? '', version: 99, snapshot: {}, createdBy: user?.id ?? null });
    await syncDemo(db, false);
    const [kept] = await db.select().from(users).where(eq(users.email, 'segretario@cremona.demo'));
    expect(kept?.id).toBe(user?.id);
    expect(
      await db
        .select()
        .from(memberships)
        .where(eq(memberships.userId, kept?.id ?? '')),
    ).toEqual([]);
    const refused = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'segretario@cremona.demo', password: DEMO_PASSWORD },
    });
    expect(refused.statusCode).toBe(401);
    await syncDemo(db, true);
    await loginAs(app, 'segretario@cremona.demo', DEMO_PASSWORD);
  });
});
