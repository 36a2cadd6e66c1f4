import { z } from 'zod';
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

export const DashboardSchema = z.object({
  planId: z.string(),
  today: z.string(),
  filters: DashboardFiltersSchema,
  thresholds: z.object({ green: z.number(), yellow: z.number() }),
  plan: FigureSchema,
  strategicLines: z.array(LineAchievementSchema),
  units: z.array(GroupAchievementSchema),
  people: z.array(GroupAchievementSchema),
  trafficLights: z.object({ green: z.number(), yellow: z.number(), red: z.number(), grey: z.number() }),
  objectives: z.array(DashboardObjectiveSchema),
  unmeasured: z.array(IndicatorDueSchema),
  overdue: z.array(IndicatorDueSchema),
  phasesBehind: z.array(PhaseBehindSchema),
  awaitingValidation: z.array(AwaitingValidationSchema),
});
export type Dashboard = z.infer<typeof DashboardSchema>;
