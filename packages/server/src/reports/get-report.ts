import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { performanceReports } from '../db/schema/publications.ts';
import { users } from '../db/schema/users.ts';
import type { Report } from './report.schema.ts';

/** The plan's Relazione; a plan that has none yet has an empty draft. */
export async function getReport(db: DbOrTx, planId: string): Promise<Report> {
  const [row] = await db
    .select({ r: performanceReports, validatorName: users.name })
    .from(performanceReports)
    .leftJoin(users, eq(users.id, performanceReports.validatedBy))
    .where(eq(performanceReports.planId, planId));
  if (!row)
    return {
      planId,
      status: 'draft',
      commentary: null,
      validatedAt: null,
      validatedBy: null,
      updatedAt: null,
    };
  const { r, validatorName } = row;
  return {
    planId,
    status: r.status === 'validated' ? 'validated' : 'draft',
    commentary: r.commentary,
    validatedAt: r.validatedAt?.toISOString() ?? null,
    validatedBy: r.validatedBy && validatorName !== null ? { id: r.validatedBy, name: validatorName } : null,
    updatedAt: r.updatedAt.toISOString(),
  };
}
