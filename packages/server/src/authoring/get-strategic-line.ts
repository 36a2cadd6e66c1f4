import type { StrategicLineItem } from '@traguardo/domain/plan/plan-authoring.schema';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { strategicLines } from '../db/schema/plans.ts';
import { notFound } from '../errors/app-error.ts';
import { presentLine } from './authoring.presenter.ts';

/** A line with its row version: the plan document shows lines without it, the edit form needs it. */
export async function getStrategicLine(db: DbOrTx, lineId: string): Promise<StrategicLineItem> {
  const [line] = await db.select().from(strategicLines).where(eq(strategicLines.id, lineId));
  if (!line) throw notFound('Strategic line');
  return presentLine(line);
}
