import { and, asc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { Role } from '../auth/actor.ts';
import { hashPassword } from '../auth/password.ts';
import type { DemoLogin } from '../bootstrap/demo.ts';
import type { Db, DbOrTx } from '../db/client.ts';
import { independentQueries } from '../db/independent-queries.ts';
import { orgUnits, people } from '../db/schema/organizations.ts';
import { objectives, plans } from '../db/schema/plans.ts';
import { memberships, sessions, users } from '../db/schema/users.ts';

export const DEMO_PASSWORD = 'traguardo-demo';

/** One demo login per role, named as the role is called in a comune. */
const ROLE_LOGINS: { role: Role; local: string; label: string }[] = [
  { role: 'admin', local: 'admin', label: 'Amministratore' },
  { role: 'secretary', local: 'segretario', label: 'Segretario' },
  { role: 'manager', local: 'dirigente', label: 'Dirigente' },
  { role: 'evaluator', local: 'nucleo', label: 'Nucleo di Valutazione' },
  { role: 'employee', local: 'dipendente', label: 'Dipendente' },
  { role: 'viewer', local: 'lettore', label: 'Lettore' },
];

export type DemoOrganization = {
  orgId: string;
  /** Name in the banner ("Comune di Cremona"). */
  name: string;
  /** Mail domain of its logins: segretario@cremona.demo. */
  domain: string;
  /** The unit the demo manager answers for, found by name. */
  managerUnit: RegExp;
  /** The demo employee, found by name; otherwise someone who answers for an objective. */
  employee?: RegExp;
  /** Where no person has category segretario: the unit whose head is the Segretario. */
  secretaryUnit?: RegExp;
};

export type DemoUserSpec = {
  orgId: string;
  organization: string;
  role: Role;
  email: string;
  name: string;
  unitIds: string[];
  personId: string | null;
};

/**
 * Who each demo login is in the organisation: the secretary is its Segretario (a person of
 * category segretario), the manager leads the chosen unit (its head person, if it has one), the
 * employee is a person with objectives of their own.
 */
export async function demoUserSpecs(db: DbOrTx, org: DemoOrganization): Promise<DemoUserSpec[]> {
  const [orgPeople, units] = await independentQueries(db, [
    () => db.select().from(people).where(eq(people.orgId, org.orgId)).orderBy(asc(people.name)),
    () => db.select().from(orgUnits).where(eq(orgUnits.orgId, org.orgId)).orderBy(asc(orgUnits.name)),
  ]);
  const unit = units.find((u) => org.managerUnit.test(u.name));
  const managerPerson =
    (unit?.managerPersonId && orgPeople.find((p) => p.id === unit.managerPersonId)) ||
    (unit ? await responsibleInUnit(db, unit.id) : undefined);
  const secretaryUnit = org.secretaryUnit && units.find((u) => org.secretaryUnit?.test(u.name));
  const secretary =
    orgPeople.find((p) => p.category === 'segretario') ??
    (secretaryUnit ? await responsibleInUnit(db, secretaryUnit.id) : undefined);
  const employee =
    (org.employee && orgPeople.find((p) => org.employee?.test(p.name))) ||
    (await anotherResponsible(db, org.orgId, [managerPerson?.id, secretary?.id]));
  const personOf: Partial<Record<Role, string | null>> = {
    secretary: secretary?.id ?? null,
    manager: managerPerson?.id ?? null,
    employee: employee?.id ?? null,
  };
  return ROLE_LOGINS.map(({ role, local, label }) => ({
    orgId: org.orgId,
    organization: org.name,
    role,
    email: `${local}@${org.domain}`,
    name: `${label} demo (${org.name})`,
    unitIds: role === 'manager' && unit ? [unit.id] : [],
    personId: personOf[role] ?? null,
  }));
}

async function responsibleInUnit(db: DbOrTx, unitId: string) {
  const [row] = await db
    .select({ person: people })
    .from(objectives)
    .innerJoin(people, eq(people.id, objectives.responsiblePersonId))
    .where(eq(objectives.unitId, unitId))
    .orderBy(asc(objectives.position))
    .limit(1);
  return row?.person;
}

async function anotherResponsible(db: DbOrTx, orgId: string, excluded: (string | undefined)[]) {
  const skip = excluded.filter((id): id is string => !!id);
  const [row] = await db
    .select({ person: people })
    .from(objectives)
    .innerJoin(plans, eq(plans.id, objectives.planId))
    .innerJoin(people, eq(people.id, objectives.responsiblePersonId))
    .where(and(eq(plans.orgId, orgId), ...(skip.length > 0 ? skip.map((id) => ne(people.id, id)) : [])))
    .orderBy(asc(objectives.position))
    .limit(1);
  return row?.person;
}

/**
 * Creates the missing demo users and brings existing ones in line (roles, units, person) without
 * hashing again: a second start costs a few queries. An account with a demo address that is not a
 * demo account is left alone.
 */
export async function ensureDemoUsers(db: Db, specs: DemoUserSpec[]): Promise<DemoLogin[]> {
  if (specs.length === 0) return [];
  const existing = await db
    .select({ user: users, membership: memberships })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .where(
      inArray(
        users.email,
        specs.map((s) => s.email),
      ),
    );
  let passwordHash: string | null = null;
  const logins: DemoLogin[] = [];
  for (const spec of specs) {
    const rows = existing.filter((r) => r.user.email === spec.email);
    const user = rows[0]?.user;
    if (user && !user.isDemo) continue;
    const membership = rows.find((r) => r.membership?.orgId === spec.orgId)?.membership ?? null;
    if (!user || !membership || !sameMembership(membership, spec)) {
      passwordHash ??= await hashPassword(DEMO_PASSWORD);
      await writeDemoUser(db, spec, user?.id ?? null, passwordHash);
    }
    logins.push({
      organization: spec.organization,
      role: spec.role,
      email: spec.email,
      password: DEMO_PASSWORD,
    });
  }
  return logins;
}

function sameMembership(m: typeof memberships.$inferSelect, spec: DemoUserSpec): boolean {
  return (
    m.roles.length === 1 &&
    m.roles[0] === spec.role &&
    m.personId === spec.personId &&
    m.unitIds.length === spec.unitIds.length &&
    m.unitIds.every((id) => spec.unitIds.includes(id))
  );
}

async function writeDemoUser(db: Db, spec: DemoUserSpec, userId: string | null, passwordHash: string) {
  await db.transaction(async (tx) => {
    let id = userId;
    if (!id) {
      const [created] = await tx
        .insert(users)
        .values({ email: spec.email, name: spec.name, passwordHash, isDemo: true })
        .onConflictDoNothing()
        .returning({ id: users.id });
      id = created?.id ?? null;
    }
    // A concurrent start inserted it first.
    if (!id) return;
    // Refreshed: the demo password again (DEMO=0 may have disabled it), the person link moved.
    if (userId) await tx.update(users).set({ passwordHash, name: spec.name }).where(eq(users.id, id));
    await tx
      .update(people)
      .set({ userId: null })
      .where(and(eq(people.userId, id), spec.personId ? ne(people.id, spec.personId) : undefined));
    await tx.delete(memberships).where(eq(memberships.userId, id));
    await tx.insert(memberships).values({
      userId: id,
      orgId: spec.orgId,
      roles: [spec.role],
      unitIds: spec.unitIds,
      personId: spec.personId,
    });
    // A person is one account: the demo login takes the person only if no real account has it.
    if (spec.personId)
      await tx
        .update(people)
        .set({ userId: id })
        .where(
          and(eq(people.id, spec.personId), sql`(${people.userId} is null or ${people.userId} = ${id})`),
        );
  });
}

/**
 * DEMO=0: demo logins go, with their sessions; the organisations stay. A demo user that the
 * records still name (an act, a measurement, a decision) cannot be deleted: it loses its
 * memberships, sessions and password instead, so it can no longer log in.
 */
export async function removeDemoUsers(db: Db): Promise<void> {
  const demo = await db.select({ id: users.id }).from(users).where(eq(users.isDemo, true));
  if (demo.length === 0) return;
  const ids = demo.map((u) => u.id);
  await db
    .update(people)
    .set({ userId: null })
    .where(and(isNotNull(people.userId), inArray(people.userId, ids)));
  try {
    await db.transaction(async (tx) => {
      await tx.delete(users).where(inArray(users.id, ids));
    });
  } catch {
    for (const id of ids) {
      try {
        await db.transaction(async (tx) => {
          await tx.delete(users).where(eq(users.id, id));
        });
      } catch {
        await db.transaction(async (tx) => {
          await tx.delete(sessions).where(eq(sessions.userId, id));
          await tx.delete(memberships).where(eq(memberships.userId, id));
          // Not an argon2 hash: every login attempt fails.
          await tx.update(users).set({ passwordHash: '!disabled-demo-user' }).where(eq(users.id, id));
        });
      }
    }
  }
}

/** The ids of an organisation's demo logins by role, for the steps that act as them. */
export async function demoUserIds(db: DbOrTx, specs: DemoUserSpec[]): Promise<Partial<Record<Role, string>>> {
  if (specs.length === 0) return {};
  const rows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      and(
        eq(users.isDemo, true),
        inArray(
          users.email,
          specs.map((s) => s.email),
        ),
      ),
    );
  const byEmail = new Map(rows.map((r) => [r.email, r.id]));
  return Object.fromEntries(
    specs.flatMap((s) => {
      const id = byEmail.get(s.email);
      return id ? [[s.role, id]] : [];
    }),
  );
}
