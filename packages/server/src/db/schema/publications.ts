import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations.ts';
import { plans } from './plans.ts';
import { users } from './users.ts';

/** Relazione sulla Performance: draft, then validated by the Nucleo (art. 14). */
export const performanceReports = pgTable('performance_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  planId: uuid('plan_id')
    .notNull()
    .unique()
    .references(() => plans.id, { onDelete: 'cascade' }),
  commentary: text('commentary'),
  /** draft | validated */
  status: text('status').notNull().default('draft'),
  validatedBy: uuid('validated_by').references(() => users.id),
  validatedAt: timestamp('validated_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Amministrazione Trasparente: a plan published at a public address; unpublishing keeps the row. */
export const publications = pgTable(
  'publications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    /** What was published, frozen: plan versions, report, aggregate bonus data. Never names with scores. */
    content: jsonb('content').notNull(),
    publishedBy: uuid('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    unpublishedAt: timestamp('unpublished_at', { withTimezone: true }),
    unpublishedBy: uuid('unpublished_by').references(() => users.id),
  },
  (t) => [index('publications_org').on(t.orgId), index('publications_plan').on(t.planId)],
);
