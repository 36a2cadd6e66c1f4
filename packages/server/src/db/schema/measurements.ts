import {
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { indicators, plans } from './plans.ts';
import { users } from './users.ts';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** Rilevazione: never overwritten; a correction is a new record. */
export const measurements = pgTable(
  'measurements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    final: boolean('final').notNull().default(false),
    value: doublePrecision('value').notNull(),
    variables: jsonb('variables').$type<Record<string, number>>(),
    note: text('note'),
    /** recorded | validated | returned (by the Nucleo, with a comment) */
    status: text('status').notNull().default('recorded'),
    validatedBy: uuid('validated_by').references(() => users.id),
    validatedAt: timestamp('validated_at', { withTimezone: true }),
    validationComment: text('validation_comment'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    /** Tie-break on equal dates: the one recorded last counts. */
    sequence: integer('sequence').generatedAlwaysAsIdentity(),
  },
  (t) => [index('measurements_indicator').on(t.indicatorId, t.date), index('measurements_plan').on(t.planId)],
);

export const measurementEvidence = pgTable(
  'measurement_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    measurementId: uuid('measurement_id')
      .notNull()
      .references(() => measurements.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('measurement_evidence_measurement').on(t.measurementId)],
);
