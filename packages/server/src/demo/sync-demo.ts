import type { DemoLogin } from '../bootstrap/demo.ts';
import type { Db } from '../db/client.ts';
import { independentQueries } from '../db/independent-queries.ts';
import { seedChieve } from './chieve.ts';
import { seedCremona } from './cremona.ts';
import { seedCremonaAmendment } from './cremona-amendment.ts';
import { seedCremonaMeasurements } from './cremona-measurements.ts';
import {
  type DemoOrganization,
  demoUserIds,
  demoUserSpecs,
  ensureDemoUsers,
  removeDemoUsers,
} from './demo-users.ts';

/**
 * DEMO=1: the two seed organisations, built when missing, one demo login per role in each, then
 * Cremona's year as the seed tells it (the change requests decided by the Nucleo and adopted as
 * amendment n. 5, the September monitoring). DEMO=0: the demo logins go; the organisations stay,
 * they may hold work done since. Every step is idempotent: a second start only reads.
 */
export async function syncDemo(db: Db, enabled: boolean): Promise<DemoLogin[]> {
  if (!enabled) {
    await removeDemoUsers(db);
    return [];
  }
  const chieve = await seedChieve(db, { actorUserId: null });
  const cremona = await seedCremona(db, { actorUserId: null });
  const organizations: DemoOrganization[] = [
    {
      orgId: cremona.orgId,
      name: 'Comune di Cremona',
      domain: 'cremona.demo',
      managerUnit: /cultura.*musei/i,
      secretaryUnit: /segretario generale/i,
    },
    {
      orgId: chieve.orgId,
      name: 'Comune di Chieve',
      domain: 'chieve.demo',
      managerUnit: /^amministrativo$/i,
      employee: /de luca/i,
    },
  ];
  const [cremonaSpecs = [], chieveSpecs = []] = await independentQueries(
    db,
    organizations.map((org) => () => demoUserSpecs(db, org)),
  );
  const logins = await ensureDemoUsers(db, [...cremonaSpecs, ...chieveSpecs]);

  // The requests are filed and decided by the demo users, as people would in the product.
  const cremonaUsers = await demoUserIds(db, cremonaSpecs);
  if (cremonaUsers.secretary && cremonaUsers.evaluator)
    await seedCremonaAmendment(db, {
      orgId: cremona.orgId,
      planId: cremona.planId,
      secretaryUserId: cremonaUsers.secretary,
      managerUserIds: cremonaUsers.manager ? [cremonaUsers.manager] : [],
      evaluatorUserId: cremonaUsers.evaluator,
    });
  await seedCremonaMeasurements(db, { planId: cremona.planId });
  return logins;
}
