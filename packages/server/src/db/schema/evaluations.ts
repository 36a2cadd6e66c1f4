import {
  bigint,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, people } from './organizations.ts';
import { plans } from './plans.ts';
import { users } from './users.ts';

export type BehaviourCriterionRow = {
  criterion: string;
  name: string;
  description?: string;
  maxPoints: number;
};
export type CategoryRulesRow = {
  category: string;
  objectivesMax: number;
  behavioursMax: number;
  criteria: BehaviourCriterionRow[];
};
export type ScoreBandRow = { minTotal: number; sharePercent: number };

/** SMVP: one set of rules per organisation (and optionally per year). */
export const evaluationRules = pgTable(
  'evaluation_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** null: the organisation's default; otherwise the year it applies to. */
    year: integer('year'),
    floor: doublePrecision('floor').notNull().default(0),
    cap: doublePrecision('cap').notNull().default(100),
    /** ratio (100·t/a) | linear (100·(2t−a)/t) for lower-is-better indicators */
    negativeMethod: text('negative_method').notNull().default('ratio'),
    /** weighted | all_targets (the lowest indicator counts) */
    objectiveMethod: text('objective_method').notNull().default('weighted'),
    objectivesMax: doublePrecision('objectives_max').notNull().default(60),
    behavioursMax: doublePrecision('behaviours_max').notNull().default(40),
    /** Criteria and points per staff category (dirigente, eq, dipendente). */
    categories: jsonb('categories').$type<CategoryRulesRow[]>().notNull(),
    minBonusScore: doublePrecision('min_bonus_score').notNull().default(0),
    scoreBands: jsonb('score_bands').$type<ScoreBandRow[]>(),
    /** CCNL art. 69: share of staff (percent) getting an increase (percent); null = none. */
    differentiatedSharePercent: doublePrecision('differentiated_share_percent'),
    differentiatedIncreasePercent: doublePrecision('differentiated_increase_percent'),
    conciliationRequestDays: integer('conciliation_request_days').notNull().default(10),
    conciliationDecisionDays: integer('conciliation_decision_days').notNull().default(15),
    rowVersion: integer('row_version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('evaluation_rules_org_year').on(t.orgId, t.year)],
);

/** Scheda di valutazione. */
export const evaluations = pgTable(
  'evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** The manager for their staff; null when the Nucleo (role evaluator) evaluates. */
    evaluatorPersonId: uuid('evaluator_person_id').references(() => people.id),
    /** nucleo | manager */
    evaluatorKind: text('evaluator_kind').notNull(),
    category: text('category').notNull(),
    objectivesScore: doublePrecision('objectives_score'),
    behavioursScore: doublePrecision('behaviours_score'),
    total: doublePrecision('total'),
    coefficient: doublePrecision('coefficient').notNull().default(1),
    bonusCents: bigint('bonus_cents', { mode: 'number' }),
    /** draft | delivered | acknowledged | contested | reviewed | final */
    status: text('status').notNull().default('draft'),
    selfAssessment: jsonb('self_assessment').$type<Record<string, unknown>>(),
    /**
     * Frozen at delivery: the objectives with their achievement and the category's criteria, so the
     * delivered (signed) sheet reads the same later whatever is measured or edited afterwards.
     */
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>(),
    contestReason: text('contest_reason'),
    reviewNote: text('review_note'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    contestedAt: timestamp('contested_at', { withTimezone: true }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('evaluations_plan_person').on(t.planId, t.personId),
    index('evaluations_evaluator').on(t.evaluatorPersonId),
    index('evaluations_person').on(t.personId),
  ],
);

export const evaluationScores = pgTable(
  'evaluation_scores',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    criterion: text('criterion').notNull(),
    points: doublePrecision('points'),
    comment: text('comment'),
  },
  (t) => [uniqueIndex('evaluation_scores_eval_criterion').on(t.evaluationId, t.criterion)],
);

/** Every step of a sheet (delivered, acknowledged, contested, reviewed, read) with who and when. */
export const evaluationEvents = pgTable(
  'evaluation_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evaluation_events_eval').on(t.evaluationId)],
);

export const bonusDistributions = pgTable(
  'bonus_distributions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    fundCents: bigint('fund_cents', { mode: 'number' }).notNull(),
    totalCents: bigint('total_cents', { mode: 'number' }).notNull(),
    items: jsonb('items').$type<{ personId: string; total: number | null; bonusCents: number }[]>().notNull(),
    computedBy: uuid('computed_by').references(() => users.id),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
  },
  (t) => [index('bonus_distributions_plan').on(t.planId)],
);
