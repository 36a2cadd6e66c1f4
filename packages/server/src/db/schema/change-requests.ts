import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { amendments, plans } from './plans.ts';
import { users } from './users.ts';

/** Richiesta di variazione, with the Nucleo's decision on it. */
export const changeRequests = pgTable(
  'change_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    /** objective | indicator | phase | strategic_line | plan (a new objective) */
    targetType: text('target_type').notNull(),
    targetId: uuid('target_id'),
    targetCode: text('target_code'),
    /** Fields asked to change: { target: 217 }, or { remove: true }, or a new item. */
    changes: jsonb('changes').$type<Record<string, unknown>>().notNull(),
    remove: boolean('remove').notNull().default(false),
    /** The request as the manager wrote it ("Richiesta variazione"). */
    requestText: text('request_text'),
    reason: text('reason').notNull(),
    requestedBy: uuid('requested_by').references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    /** pending | decided | adopted */
    status: text('status').notNull().default('pending'),
    /** accepted | accepted_with_changes | rejected | deferred */
    outcome: text('outcome'),
    decisionNote: text('decision_note'),
    decisionChanges: jsonb('decision_changes').$type<Record<string, unknown>>(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    amendmentId: uuid('amendment_id').references(() => amendments.id),
  },
  (t) => [
    index('change_requests_plan').on(t.planId),
    index('change_requests_target').on(t.targetId),
    index('change_requests_amendment').on(t.amendmentId),
  ],
);
