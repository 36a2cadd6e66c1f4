import { z } from 'zod';

export const PLAN_KINDS = ['peg', 'performance_plan', 'piao'] as const;
export const PLAN_STATUSES = ['draft', 'adopted', 'closed'] as const;
export const OBJECTIVE_KINDS = ['strategic', 'operational', 'management'] as const;
export const POLARITIES = ['positive', 'negative'] as const;

export const Uuid = z.string().uuid();
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date (YYYY-MM-DD)');
export const Month = z.number().int().min(1).max(12);

export const RefSchema = z.object({ id: Uuid, name: z.string() });

export const IndicatorSchema = z.object({
  id: Uuid,
  code: z.string(),
  title: z.string(),
  /** The formula as written in the plan (Italian text). */
  formula: z.string().nullable(),
  /** Optional computable form with named variables. */
  expression: z.string().nullable(),
  purpose: z.string().nullable(),
  polarity: z.enum(POLARITIES),
  binary: z.boolean(),
  unitOfMeasure: z.string().nullable(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  /** The target as written ("Almeno 80%", "91.690"). */
  targetText: z.string().nullable(),
  targetsByYear: z.record(z.string(), z.number()).nullable(),
  weight: z.number().nullable(),
  measurementDeadline: IsoDate.nullable(),
  deadlineText: z.string().nullable(),
  rowVersion: z.number().int(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const PhaseSchema = z.object({
  id: Uuid,
  number: z.number().int(),
  title: z.string(),
  months: z.array(Month),
  assignees: z.array(z.string()),
  rowVersion: z.number().int(),
});
export type Phase = z.infer<typeof PhaseSchema>;

export const ObjectiveSchema = z.object({
  id: Uuid,
  code: z.string(),
  title: z.string(),
  definition: z.string().nullable(),
  kind: z.enum(OBJECTIVE_KINDS),
  weight: z.number().nullable(),
  unit: RefSchema.nullable(),
  responsible: RefSchema.nullable(),
  assignees: z.array(RefSchema),
  allStaff: z.boolean(),
  periodStart: IsoDate.nullable(),
  periodEnd: IsoDate.nullable(),
  periodText: z.string().nullable(),
  humanResources: z.string().nullable(),
  instrumentalResources: z.string().nullable(),
  financialResources: z.string().nullable(),
  indicators: z.array(IndicatorSchema),
  phases: z.array(PhaseSchema),
  rowVersion: z.number().int(),
});
export type Objective = z.infer<typeof ObjectiveSchema>;

export const StrategicLineSchema = z.object({
  id: Uuid,
  code: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  objectives: z.array(ObjectiveSchema),
});
export type StrategicLine = z.infer<typeof StrategicLineSchema>;

export const ActSchema = z.object({ number: z.string(), date: IsoDate, body: z.string() });

/** The plan as one document: the API answer of GET /plans/{id} and the frozen snapshot of each version. */
export const PlanDocumentSchema = z.object({
  id: Uuid,
  orgId: Uuid,
  title: z.string(),
  kind: z.enum(PLAN_KINDS),
  startYear: z.number().int(),
  endYear: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  /** null while a draft (no adopted version yet). */
  version: z.number().int().nullable(),
  currentVersion: z.number().int().nullable(),
  introduction: z.string().nullable(),
  act: ActSchema.nullable(),
  rowVersion: z.number().int(),
  strategicLines: z.array(StrategicLineSchema),
});
export type PlanDocument = z.infer<typeof PlanDocumentSchema>;

/** An objective as the plan's outline lists it: what names and places it, without its indicators and phases. */
export const OutlineObjectiveSchema = ObjectiveSchema.pick({
  id: true,
  code: true,
  title: true,
  kind: true,
  weight: true,
  unit: true,
  responsible: true,
});
export type OutlineObjective = z.infer<typeof OutlineObjectiveSchema>;

export const OutlineLineSchema = StrategicLineSchema.extend({ objectives: z.array(OutlineObjectiveSchema) });
export type OutlineLine = z.infer<typeof OutlineLineSchema>;

/**
 * The plan's outline (GET /plans/{id}/outline): the document's own fields and its lines with their
 * objectives, without indicators, phases and long texts — what the plan page lists. For the largest
 * plans it is a tenth of the document. A PlanDocument is also a PlanOutline.
 */
export const PlanOutlineSchema = PlanDocumentSchema.extend({ strategicLines: z.array(OutlineLineSchema) });
export type PlanOutline = z.infer<typeof PlanOutlineSchema>;

/** The outline of a plan document (a frozen version's, for GET /plans/{id}/outline?version=N). */
export function outlineOf(plan: PlanDocument): PlanOutline {
  return {
    ...plan,
    strategicLines: plan.strategicLines.map((line) => ({
      ...line,
      objectives: line.objectives.map(({ id, code, title, kind, weight, unit, responsible }) => ({
        id,
        code,
        title,
        kind,
        weight,
        unit,
        responsible,
      })),
    })),
  };
}

export const PlanSummarySchema = z.object({
  id: Uuid,
  orgId: Uuid,
  title: z.string(),
  kind: z.enum(PLAN_KINDS),
  startYear: z.number().int(),
  endYear: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  currentVersion: z.number().int().nullable(),
  counts: z.object({
    strategicLines: z.number().int(),
    objectives: z.number().int(),
    indicators: z.number().int(),
  }),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

/** Every objective of a plan document, flattened with its line. */
export function objectivesOf(plan: Pick<PlanDocument, 'strategicLines'>): Objective[] {
  return plan.strategicLines.flatMap((l) => l.objectives);
}
