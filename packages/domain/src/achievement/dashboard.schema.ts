import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { IsoDate } from '../plan/plan.schema.ts';
import { FigureSchema, GroupAchievementSchema, LineAchievementSchema } from './plan-achievement.schema.ts';
import { TRAFFIC_LIGHTS } from './traffic-light.ts';

const Ref = z.object({ id: z.string(), name: z.string() });

export const DashboardFiltersSchema = z.object({
  lineId: z.string().uuid().optional(),
  unitId: z.string().uuid().optional(),
  /** Objectives the person answers for or is assigned to. */
  personId: z.string().uuid().optional(),
  status: z.enum(TRAFFIC_LIGHTS).optional(),
});
export type DashboardFilters = z.infer<typeof DashboardFiltersSchema>;

export const DashboardObjectiveSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  strategicLineId: z.string(),
  unit: Ref.nullable(),
  responsible: Ref.nullable(),
  weight: z.number().nullable(),
  achievement: z.number().nullable(),
  measured: z.number().int(),
  total: z.number().int(),
  trafficLight: z.enum(TRAFFIC_LIGHTS),
  explanation: z.string(),
});

export const IndicatorDueSchema = z.object({
  indicatorId: z.string(),
  code: z.string(),
  title: z.string(),
  objectiveId: z.string(),
  objectiveCode: z.string(),
  unit: Ref.nullable(),
  responsible: Ref.nullable(),
  /** ISO date: the indicator's measurement deadline, else the objective's end, else 31/12 of the plan's first year. */
  deadline: z.string(),
  deadlineInferred: z.boolean(),
  /** Days past the deadline (0 or more) on `today`. */
  daysOverdue: z.number().int(),
  lastMeasurement: z.object({ date: z.string(), final: z.boolean(), value: z.number() }).nullable(),
});
export type IndicatorDue = z.infer<typeof IndicatorDueSchema>;

export const PhaseBehindSchema = z.object({
  phaseId: z.string(),
  number: z.number().int(),
  title: z.string(),
  objectiveId: z.string(),
  objectiveCode: z.string(),
  unit: Ref.nullable(),
  months: z.array(z.number().int()),
  /** ISO date: the last day of the last planned month. */
  plannedEnd: z.string(),
  monthsLate: z.number().int(),
  objectiveAchievement: z.number().nullable(),
});

/** Final measurements that count and still wait for the Nucleo's validation. */
export const AwaitingValidationSchema = z.object({
  indicatorId: z.string(),
  code: z.string(),
  title: z.string(),
  objectiveId: z.string(),
  objectiveCode: z.string(),
  unit: Ref.nullable(),
  measurementId: z.string(),
  date: z.string(),
  value: z.number(),
});

/** Everything the dashboard computes, every list whole: what the workbook exports. */
export const FullDashboardSchema = z.object({
  planId: z.string(),
  today: z.string(),
  filters: DashboardFiltersSchema,
  thresholds: z.object({ green: z.number(), yellow: z.number() }),
  plan: FigureSchema,
  strategicLines: z.array(LineAchievementSchema),
  units: z.array(GroupAchievementSchema),
  /** By responsible person. */
  people: z.array(GroupAchievementSchema),
  trafficLights: z.object({ green: z.number(), yellow: z.number(), red: z.number(), grey: z.number() }),
  objectives: z.array(DashboardObjectiveSchema),
  unmeasured: z.array(IndicatorDueSchema),
  overdue: z.array(IndicatorDueSchema),
  phasesBehind: z.array(PhaseBehindSchema),
  awaitingValidation: z.array(AwaitingValidationSchema),
});
export type FullDashboard = z.infer<typeof FullDashboardSchema>;

/**
 * The lists that grow with the plan (thousands of rows in a large comune): the dashboard answers the
 * first page of each, and each has its own route for the next ones (docs/decisions/014).
 */
export const DASHBOARD_LISTS = [
  'objectives',
  'overdue',
  'unmeasured',
  'phasesBehind',
  'awaitingValidation',
  'people',
] as const;
export type DashboardList = (typeof DASHBOARD_LISTS)[number];

/** Each list's route: GET /api/v1/plans/{planId}/dashboard/{path}. */
export const DASHBOARD_LIST_PATHS = {
  objectives: 'objectives',
  overdue: 'overdue',
  unmeasured: 'unmeasured',
  phasesBehind: 'phases-behind',
  awaitingValidation: 'awaiting-validation',
  people: 'people',
} as const satisfies Record<DashboardList, string>;

export const DASHBOARD_LIST_ITEMS = {
  objectives: DashboardObjectiveSchema,
  overdue: IndicatorDueSchema,
  unmeasured: IndicatorDueSchema,
  phasesBehind: PhaseBehindSchema,
  awaitingValidation: AwaitingValidationSchema,
  people: GroupAchievementSchema,
} as const satisfies Record<DashboardList, z.ZodType>;

/** Rows of each list per page: a screenful ("mostrati 50 di 2.500"), and at most LIMITS.maxPageSize. */
export const DASHBOARD_PAGE_SIZE = { default: 50, max: LIMITS.maxPageSize } as const;

/** `?limit=` on the dashboard and its lists; the filters apply before paging. */
export const DashboardPageQuerySchema = DashboardFiltersSchema.extend({
  /** The day deadlines are judged against (ISO date); today in Italy when absent. */
  today: IsoDate.optional(),
  limit: z.coerce.number().int().min(1).max(DASHBOARD_PAGE_SIZE.max).default(DASHBOARD_PAGE_SIZE.default),
});

/** `?cursor=` on a list's route: opaque, taken from the previous page's `next`/Link. */
export const DashboardListQuerySchema = DashboardPageQuerySchema.extend({
  cursor: z
    .string()
    .regex(/^[0-9]+$/, 'a cursor given by a previous page')
    .optional(),
});
export type DashboardListQuery = z.infer<typeof DashboardListQuerySchema>;

export const DashboardListPageSchema = z.object({
  /** Items of the whole list, after the filters. */
  total: z.number().int(),
  /** Path of the next page (same filters, same day, same size), as in its Link header; null on the last page. */
  next: z.string().nullable(),
});
export type DashboardListPage = z.infer<typeof DashboardListPageSchema>;

/**
 * GET /api/v1/plans/{planId}/dashboard: the summary (plan figure, lines, units, traffic-light counts),
 * and of each list its first `limit` items, its total and where its next page is.
 */
export const DashboardSchema = FullDashboardSchema.extend({
  /** Items per page of each list. */
  limit: z.number().int(),
  lists: z.object({
    objectives: DashboardListPageSchema,
    overdue: DashboardListPageSchema,
    unmeasured: DashboardListPageSchema,
    phasesBehind: DashboardListPageSchema,
    awaitingValidation: DashboardListPageSchema,
    people: DashboardListPageSchema,
  } satisfies Record<DashboardList, typeof DashboardListPageSchema>),
});
export type Dashboard = z.infer<typeof DashboardSchema>;
