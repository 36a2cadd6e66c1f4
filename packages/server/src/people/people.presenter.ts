import type { PersonItem, UnitItem } from '@traguardo/domain/plan/units-people.schema';
import type { orgUnits, people } from '../db/schema/organizations.ts';

export function presentUnit(u: typeof orgUnits.$inferSelect): UnitItem {
  return {
    id: u.id,
    orgId: u.orgId,
    name: u.name,
    code: u.code,
    parentId: u.parentId,
    managerPersonId: u.managerPersonId,
    rowVersion: u.rowVersion,
  };
}

export function presentPerson(p: typeof people.$inferSelect): PersonItem {
  return {
    id: p.id,
    orgId: p.orgId,
    name: p.name,
    email: p.email,
    category: p.category,
    jobTitle: p.jobTitle,
    unitId: p.unitId,
    coefficient: p.coefficient,
    userId: p.userId,
    rowVersion: p.rowVersion,
  };
}
