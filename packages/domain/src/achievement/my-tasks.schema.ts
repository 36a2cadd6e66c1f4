import { z } from 'zod';
import { TRAFFIC_LIGHTS } from './traffic-light.ts';

const Ref = z.object({ id: z.string(), name: z.string() });

/** GET /me/tasks: a manager's objectives across the adopted plans, and what to measure next. */
export const MyTasksSchema = z.object({
  orgId: z.string(),
  today: z.string(),
  objectives: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      title: z.string(),
      planId: z.string(),
      planTitle: z.string(),
      unit: Ref.nullable(),
      responsible: Ref.nullable(),
      /** Why it is mine: I answer for it, it belongs to my unit, or I am assigned to it. */
      relation: z.enum(['responsible', 'unit', 'assignee']),
      achievement: z.number().nullable(),
      measured: z.number().int(),
      total: z.number().int(),
      trafficLight: z.enum(TRAFFIC_LIGHTS),
      explanation: z.string(),
    }),
  ),
  /** Indicators without a final measurement, by deadline. */
  toMeasure: z.array(
    z.object({
      indicatorId: z.string(),
      code: z.string(),
      title: z.string(),
      objectiveId: z.string(),
      objectiveCode: z.string(),
      planId: z.string(),
      planTitle: z.string(),
      deadline: z.string(),
      deadlineInferred: z.boolean(),
      /** Negative once the deadline has passed. */
      daysLeft: z.number().int(),
      lastMeasurement: z.object({ date: z.string(), final: z.boolean(), value: z.number() }).nullable(),
      canMeasure: z.boolean(),
    }),
  ),
});
export type MyTasks = z.infer<typeof MyTasksSchema>;
