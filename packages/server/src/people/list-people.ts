import type { PersonItem } from '@traguardo/domain/plan/units-people.schema';
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { people } from '../db/schema/organizations.ts';
import { presentPerson } from './people.presenter.ts';

export async function listPeople(
  db: DbOrTx,
  orgId: string,
  window: { limit: number; offset: number } | null = null,
): Promise<PersonItem[]> {
  const query = db
    .select()
    .from(people)
    .where(eq(people.orgId, orgId))
    .orderBy(asc(people.name), asc(people.id));
  const rows = window ? await query.limit(window.limit).offset(window.offset) : await query;
  return rows.map(presentPerson);
}
