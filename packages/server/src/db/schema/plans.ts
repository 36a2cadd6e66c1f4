import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, orgUnits, people } from './organizations.ts';
import { users } from './users.ts';

/**
 * Piano della Performance / PEG / PIAO. The rows below (lines, objectives, indicators, phases) are
 * the plan as it stands now: the draft, or the latest adopted version. Every adopted version is
 * also frozen whole in `plan_versions` (see docs/decisions/003-plan-versions.md).
 */
export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** peg | performance_plan | piao */
    kind: text('kind').notNull().default('performance_plan'),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    /** draft | adopted | closed */
    status: text('status').notNull().default('draft'),
    /** null while a draft; 0 once adopted; n after the n-th amendment. */
    currentVersion: integer('current_version'),
    introduction: text('introduction'),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plans_org').on(t.orgId)],
);

/** Delibera / determina: the act that adopts a plan or an amendment. */
export const acts = pgTable(
  'acts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id').references(() => plans.id, { onDelete: 'cascade' }),
    /** adoption | amendment | report_validation */
    kind: text('kind').notNull(),
    body: text('body').notNull().default('Giunta Comunale'),
    number: text('number').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('acts_plan').on(t.planId)],
);

/** Every adopted version, immutable: the whole plan as JSON exactly as adopted. */
export const planVersions = pgTable(
  'plan_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    actId: uuid('act_id').references(() => acts.id),
    snapshot: jsonb('snapshot').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The unique pair is what makes two amendments on one base version impossible.
  (t) => [uniqueIndex('plan_versions_plan_version').on(t.planId, t.version)],
);

/** Provvedimento di variazione: adopts decided change requests, makes version n. */
export const amendments = pgTable(
  'amendments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    baseVersion: integer('base_version').notNull(),
    version: integer('version').notNull(),
    actId: uuid('act_id')
      .notNull()
      .references(() => acts.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('amendments_plan_base').on(t.planId, t.baseVersion)],
);

export const strategicLines = pgTable(
  'strategic_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    code: text('code'),
    title: text('title').notNull(),
    description: text('description'),
    position: integer('position').notNull().default(0),
    removedInVersion: integer('removed_in_version'),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [index('strategic_lines_plan').on(t.planId)],
);

export const objectives = pgTable(
  'objectives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    strategicLineId: uuid('strategic_line_id').references(() => strategicLines.id, { onDelete: 'set null' }),
    code: text('code').notNull(),
    title: text('title').notNull(),
    definition: text('definition'),
    /** strategic | operational | management */
    kind: text('kind').notNull().default('operational'),
    unitId: uuid('unit_id').references(() => orgUnits.id, { onDelete: 'set null' }),
    responsiblePersonId: uuid('responsible_person_id').references(() => people.id, { onDelete: 'set null' }),
    /** Weight in points; null counts as 1 in roll-ups. */
    weight: doublePrecision('weight'),
    periodStart: date('period_start', { mode: 'string' }),
    periodEnd: date('period_end', { mode: 'string' }),
    periodText: text('period_text'),
    /** "Tutto il personale": every person of the organisation is assigned. */
    allStaff: boolean('all_staff').notNull().default(false),
    humanResources: text('human_resources'),
    instrumentalResources: text('instrumental_resources'),
    financialResources: text('financial_resources'),
    position: integer('position').notNull().default(0),
    removedInVersion: integer('removed_in_version'),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [
    index('objectives_plan').on(t.planId),
    index('objectives_line').on(t.strategicLineId),
    index('objectives_unit').on(t.unitId),
    index('objectives_responsible').on(t.responsiblePersonId),
  ],
);

export const objectiveAssignees = pgTable(
  'objective_assignees',
  {
    objectiveId: uuid('objective_id')
      .notNull()
      .references(() => objectives.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.objectiveId, t.personId] }),
    index('objective_assignees_person').on(t.personId),
  ],
);

export const indicators = pgTable(
  'indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    objectiveId: uuid('objective_id')
      .notNull()
      .references(() => objectives.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    title: text('title').notNull(),
    /** The formula as the comune wrote it, in Italian. */
    formula: text('formula'),
    /** Optional computable form with named variables (`realizzate / previste * 100`). */
    expression: text('expression'),
    purpose: text('purpose'),
    /** positive | negative */
    polarity: text('polarity').notNull().default('positive'),
    /** "1 = fatto 0 = non fatto" */
    binary: boolean('binary').notNull().default(false),
    unitOfMeasure: text('unit_of_measure'),
    baseline: doublePrecision('baseline'),
    target: doublePrecision('target'),
    /** The target as written ("Almeno 80%"), kept beside the number. */
    targetText: text('target_text'),
    /** { "2020": 90, "2021": 95 } for multi-year plans. */
    targetsByYear: jsonb('targets_by_year').$type<Record<string, number>>(),
    weight: doublePrecision('weight'),
    measurementDeadline: date('measurement_deadline', { mode: 'string' }),
    deadlineText: text('deadline_text'),
    position: integer('position').notNull().default(0),
    removedInVersion: integer('removed_in_version'),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [index('indicators_plan').on(t.planId), index('indicators_objective').on(t.objectiveId)],
);

/** Fase / attività with its planned months (1..12) and who does it. */
export const phases = pgTable(
  'phases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    objectiveId: uuid('objective_id')
      .notNull()
      .references(() => objectives.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    months: integer('months').array().notNull().default([]),
    /** Who does it as written: "Tutto il Personale", "Segretario Comunale", "DE LUCA Ida". */
    assignees: text('assignees').array().notNull().default([]),
    removedInVersion: integer('removed_in_version'),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [index('phases_plan').on(t.planId), index('phases_objective').on(t.objectiveId)],
);
