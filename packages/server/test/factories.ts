import { randomUUID } from 'node:crypto';
import type { Role } from '../src/auth/actor.ts';
import { hashPassword } from '../src/auth/password.ts';
import type { Db } from '../src/db/client.ts';
import { orgUnits, people } from '../src/db/schema/organizations.ts';
import { indicators, objectives, phases, plans, strategicLines } from '../src/db/schema/plans.ts';
import { memberships, users } from '../src/db/schema/users.ts';
import { createOrg } from '../src/orgs/create-org.ts';
import { DEFAULT_PASSWORD } from './helper.ts';

let passwordHash: string | null = null;
const cachedHash = async () => (passwordHash ??= await hashPassword(DEFAULT_PASSWORD));

export async function buildOrg(db: Db, overrides: { name?: string } = {}) {
  const name = overrides.name ?? `Comune di Prova ${randomUUID().slice(0, 8)}`;
  return createOrg(db, { name, kind: 'comune', actorUserId: null });
}

export async function buildUnit(
  db: Db,
  orgId: string,
  overrides: Partial<typeof orgUnits.$inferInsert> = {},
) {
  const [u] = await db
    .insert(orgUnits)
    .values({ orgId, name: `Settore ${randomUUID().slice(0, 6)}`, ...overrides })
    .returning();
  if (!u) throw new Error('no unit');
  return u;
}

export async function buildPerson(
  db: Db,
  orgId: string,
  overrides: Partial<typeof people.$inferInsert> = {},
) {
  const [p] = await db
    .insert(people)
    .values({ orgId, name: `Persona ${randomUUID().slice(0, 6)}`, ...overrides })
    .returning();
  if (!p) throw new Error('no person');
  return p;
}

/** A user with roles in an organisation (and a person record); logs in with DEFAULT_PASSWORD. */
export async function buildUser(
  db: Db,
  orgId: string,
  roles: Role[],
  overrides: { unitIds?: string[]; personId?: string; email?: string; isInstanceAdmin?: boolean } = {},
) {
  const email = overrides.email ?? `${roles.join('-')}-${randomUUID().slice(0, 8)}@example.it`;
  const [user] = await db
    .insert(users)
    .values({
      email,
      name: email.split('@')[0] ?? email,
      passwordHash: await cachedHash(),
      isInstanceAdmin: overrides.isInstanceAdmin ?? false,
    })
    .returning();
  if (!user) throw new Error('no user');
  const personId =
    overrides.personId ?? (await buildPerson(db, orgId, { name: user.name, userId: user.id })).id;
  await db
    .insert(memberships)
    .values({ userId: user.id, orgId, roles, unitIds: overrides.unitIds ?? [], personId });
  return { ...user, personId };
}

/** A draft plan with one line, `objectiveCount` objectives of two indicators (weights 60/40) and one phase each. */
export async function buildPlan(
  db: Db,
  orgId: string,
  overrides: { unitId?: string; responsiblePersonId?: string; objectiveCount?: number; title?: string } = {},
) {
  const [plan] = await db
    .insert(plans)
    .values({
      orgId,
      title: overrides.title ?? 'Piano della Performance 2020',
      startYear: 2020,
      endYear: 2020,
    })
    .returning();
  if (!plan) throw new Error('no plan');
  const [line] = await db
    .insert(strategicLines)
    .values({ planId: plan.id, title: 'Linea di prova', position: 0 })
    .returning();
  if (!line) throw new Error('no line');
  const objectiveIds: string[] = [];
  const indicatorIds: string[] = [];
  for (let n = 0; n < (overrides.objectiveCount ?? 1); n++) {
    const [o] = await db
      .insert(objectives)
      .values({
        planId: plan.id,
        strategicLineId: line.id,
        code: `OB${n + 1}`,
        title: `Obiettivo ${n + 1}`,
        weight: 5,
        unitId: overrides.unitId ?? null,
        responsiblePersonId: overrides.responsiblePersonId ?? null,
        position: n,
      })
      .returning();
    if (!o) throw new Error('no objective');
    objectiveIds.push(o.id);
    const inds = await db
      .insert(indicators)
      .values([
        {
          planId: plan.id,
          objectiveId: o.id,
          code: `I${n + 1}A`,
          title: 'Pratiche evase',
          target: 200,
          weight: 60,
          position: 0,
          measurementDeadline: '2020-12-31',
        },
        {
          planId: plan.id,
          objectiveId: o.id,
          code: `I${n + 1}B`,
          title: 'Regolamento adottato',
          formula: '1 = fatto 0 = non fatto',
          binary: true,
          target: 1,
          weight: 40,
          position: 1,
          measurementDeadline: '2020-12-31',
        },
      ])
      .returning();
    indicatorIds.push(...inds.map((i) => i.id));
    await db.insert(phases).values({
      planId: plan.id,
      objectiveId: o.id,
      number: 1,
      title: 'Fase unica',
      months: [7, 8, 9, 10, 11, 12],
      assignees: ['Tutto il personale'],
    });
  }
  return { plan, line, objectiveIds, indicatorIds };
}
