import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildOrg, buildPlan, buildUnit, buildUser } from '../../test/factories.ts';
import { loginAs } from '../../test/helper.ts';
import type { Db } from '../db/client.ts';
import { plans } from '../db/schema/plans.ts';

/** Test support: an organisation with two units, a plan adopted on the first, and a user per role. */
export async function measurementWorld(app: FastifyInstance, db: Db) {
  const org = await buildOrg(db);
  const unit = await buildUnit(db, org.id, { name: 'Settore Cultura' });
  const otherUnit = await buildUnit(db, org.id, { name: 'Polizia Locale' });
  const manager = await buildUser(db, org.id, ['manager'], { unitIds: [unit.id] });
  const otherManager = await buildUser(db, org.id, ['manager'], { unitIds: [otherUnit.id] });
  const secretary = await buildUser(db, org.id, ['secretary']);
  const evaluator = await buildUser(db, org.id, ['evaluator']);
  const employee = await buildUser(db, org.id, ['employee'], { unitIds: [unit.id] });
  const built = await buildPlan(db, org.id, {
    unitId: unit.id,
    responsiblePersonId: manager.personId,
    objectiveCount: 2,
  });
  await adopt(db, built.plan.id);
  const stranger = await buildUser(db, (await buildOrg(db)).id, ['secretary']);
  const session = async (user: { email: string }) => (await loginAs(app, user.email)).cookie;
  return {
    org,
    unit,
    otherUnit,
    plan: built.plan,
    objectiveIds: built.objectiveIds,
    /** I1A (target 200, weight 60), I1B (binary, weight 40), I2A, I2B. */
    indicatorIds: built.indicatorIds,
    users: { manager, otherManager, secretary, evaluator, employee, stranger },
    cookies: {
      manager: await session(manager),
      otherManager: await session(otherManager),
      secretary: await session(secretary),
      evaluator: await session(evaluator),
      employee: await session(employee),
      stranger: await session(stranger),
    },
  };
}

/** Adoption itself belongs to plan authoring; here the plan only needs to be in force. */
export async function adopt(db: Db, planId: string) {
  await db.update(plans).set({ status: 'adopted', currentVersion: 0 }).where(eq(plans.id, planId));
}
