import { sql } from 'drizzle-orm';
import {
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Ente: a tenant. One installation serves many. */
export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind').notNull().default('comune'), // comune | unione | provincia
  province: text('province'),
  introduction: text('introduction'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Settore / Area / Servizio / Ufficio: a tree inside an organisation. */
export const orgUnits = pgTable(
  'org_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    code: text('code'),
    managerPersonId: uuid('manager_person_id'),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('org_units_org_name').on(t.orgId, t.name),
    index('org_units_parent').on(t.parentId),
    index('org_units_manager').on(t.managerPersonId),
  ],
);

/** Dipendente, Responsabile, Segretario: a person of the organisation, user or not. */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email'),
    /** dirigente | eq | dipendente | segretario: picks the evaluation rules of the category. */
    category: text('category').notNull().default('dipendente'),
    jobTitle: text('job_title'),
    unitId: uuid('unit_id').references(() => orgUnits.id, { onDelete: 'set null' }),
    /** Bonus coefficient (part-time share, months in service), 1 by default. */
    coefficient: doublePrecision('coefficient').notNull().default(1),
    userId: uuid('user_id'),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('people_org').on(t.orgId),
    index('people_unit').on(t.unitId),
    index('people_user').on(t.userId),
    uniqueIndex('people_org_name_lower').on(t.orgId, sql`lower(${t.name})`),
  ],
);
