import type { Db } from '../../packages/server/src/db/client.ts';
import { type Backend, type Figure, missing } from './figures.ts';
import type { LargeOrganisation } from './large-organisation.ts';

/** The whole plan's achievement recomputed in-process: the domain computation alone, and the server loader. */
export async function benchmarkAchievementInProcess(
  backend: Backend,
  _db: Db,
  _model: LargeOrganisation,
): Promise<Figure[]> {
  const base = { backend, unit: 'ms' as const, target: { op: '<=' as const, value: 300 } };
  const note = 'computePlanAchievement (packages/domain/src/achievement) has not landed';
  return [
    missing(
      { ...base, id: 'achievement.compute', label: 'achievement of the whole plan: domain computation' },
      note,
    ),
    missing(
      {
        ...base,
        id: 'achievement.load',
        label: 'achievement of the whole plan: server loader + computation',
      },
      note,
    ),
  ];
}
