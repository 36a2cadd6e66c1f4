import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import {
  ActSchema,
  IndicatorSchema,
  IsoDate,
  Month,
  OBJECTIVE_KINDS,
  ObjectiveSchema,
  PhaseSchema,
  PLAN_KINDS,
  POLARITIES,
  Uuid,
} from './plan.schema.ts';

/**
 * What a secretary (or a manager, for own units) sends to build a draft plan. The same schemas
 * validate the web forms and the API requests; an empty text field means "none" (null).
 */

const blankToNull = (s: string) => (s === '' ? null : s);
const requiredText = (max: number) => z.string().trim().min(1, 'obbligatorio').max(max);
const optionalText = (max: number) => z.string().trim().max(max).transform(blankToNull).nullable().optional();
const optionalNumber = z.number().finite().nullable().optional();

export const MIN_PLAN_YEAR = 2000;
export const MAX_PLAN_YEAR = 2100;
/** A performance plan covers at most a few years (PIAO and PEG are triennial). */
export const MAX_PLAN_SPAN_YEARS = 5;

const Year = z.number().int().min(MIN_PLAN_YEAR).max(MAX_PLAN_YEAR);

/** Every PATCH carries the version of the item the editor started from (optimistic locking). */
const RowVersion = z.number().int().min(1);

const planFields = {
  title: requiredText(LIMITS.shortText),
  kind: z.enum(PLAN_KINDS),
  startYear: Year,
  endYear: Year,
  introduction: optionalText(LIMITS.longText),
};

export function planYearsProblem(startYear: number, endYear: number): string | null {
  if (endYear < startYear) return "l'anno finale precede l'anno iniziale";
  if (endYear - startYear + 1 > MAX_PLAN_SPAN_YEARS)
    return `un piano copre al massimo ${MAX_PLAN_SPAN_YEARS} anni`;
  return null;
}

export const CreatePlanSchema = z
  .object({ ...planFields, kind: planFields.kind.default('performance_plan') })
  .superRefine((p, ctx) => {
    const problem = planYearsProblem(p.startYear, p.endYear);
    if (problem) ctx.addIssue({ code: 'custom', path: ['endYear'], message: problem });
  });
export type CreatePlan = z.infer<typeof CreatePlanSchema>;
export type CreatePlanInput = z.input<typeof CreatePlanSchema>;

/** Years are checked against the stored ones by the use-case, since either may be missing here. */
export const UpdatePlanSchema = z.object(planFields).partial().extend({ rowVersion: RowVersion });
export type UpdatePlan = z.infer<typeof UpdatePlanSchema>;

const lineFields = {
  code: optionalText(LIMITS.code),
  title: requiredText(LIMITS.shortText),
  description: optionalText(LIMITS.longText),
};
export const CreateStrategicLineSchema = z.object(lineFields);
export type CreateStrategicLine = z.infer<typeof CreateStrategicLineSchema>;
export const UpdateStrategicLineSchema = z
  .object({ ...lineFields, position: z.number().int().min(0).max(10_000) })
  .partial()
  .extend({ rowVersion: RowVersion });
export type UpdateStrategicLine = z.infer<typeof UpdateStrategicLineSchema>;

export const StrategicLineItemSchema = z.object({
  id: Uuid,
  planId: Uuid,
  code: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  position: z.number().int(),
  rowVersion: z.number().int(),
});
export type StrategicLineItem = z.infer<typeof StrategicLineItemSchema>;

const objectiveFields = {
  code: requiredText(LIMITS.code),
  title: requiredText(LIMITS.shortText),
  definition: optionalText(LIMITS.longText),
  kind: z.enum(OBJECTIVE_KINDS),
  strategicLineId: Uuid,
  unitId: Uuid.nullable().optional(),
  responsiblePersonId: Uuid.nullable().optional(),
  /** People assigned by name; "tutto il personale" is `allStaff` instead. */
  assigneeIds: z
    .array(Uuid)
    .max(LIMITS.pageSize * 10)
    .optional(),
  allStaff: z.boolean().optional(),
  /** Points; null counts as 1 in roll-ups. */
  weight: z.number().finite().min(0).max(1000).nullable().optional(),
  periodStart: IsoDate.nullable().optional(),
  periodEnd: IsoDate.nullable().optional(),
  periodText: optionalText(LIMITS.shortText),
  humanResources: optionalText(LIMITS.longText),
  instrumentalResources: optionalText(LIMITS.longText),
  financialResources: optionalText(LIMITS.longText),
};
export const CreateObjectiveSchema = z.object({
  ...objectiveFields,
  kind: objectiveFields.kind.default('operational'),
});
export type CreateObjective = z.infer<typeof CreateObjectiveSchema>;
export type CreateObjectiveInput = z.input<typeof CreateObjectiveSchema>;
export const UpdateObjectiveSchema = z.object(objectiveFields).partial().extend({ rowVersion: RowVersion });
export type UpdateObjective = z.infer<typeof UpdateObjectiveSchema>;

const YearKey = z.string().regex(/^\d{4}$/, 'un anno (AAAA)');

const indicatorFields = {
  code: requiredText(LIMITS.code),
  title: requiredText(LIMITS.shortText),
  /** The formula as the comune writes it, in Italian. */
  formula: optionalText(LIMITS.shortText),
  /** Optional computable form with named variables (`realizzate / previste * 100`). */
  expression: optionalText(LIMITS.shortText),
  purpose: optionalText(LIMITS.longText),
  polarity: z.enum(POLARITIES),
  binary: z.boolean(),
  unitOfMeasure: optionalText(LIMITS.code * 2),
  baseline: optionalNumber,
  target: optionalNumber,
  targetText: optionalText(LIMITS.shortText),
  targetsByYear: z.record(YearKey, z.number().finite()).nullable().optional(),
  /** Share of the objective, the weights of one objective's indicators add up to 100. */
  weight: z.number().finite().min(0).max(100).nullable().optional(),
  measurementDeadline: IsoDate.nullable().optional(),
  deadlineText: optionalText(LIMITS.shortText),
};
export const CreateIndicatorSchema = z.object({
  ...indicatorFields,
  polarity: indicatorFields.polarity.default('positive'),
  binary: indicatorFields.binary.default(false),
});
export type CreateIndicator = z.infer<typeof CreateIndicatorSchema>;
export type CreateIndicatorInput = z.input<typeof CreateIndicatorSchema>;
export const UpdateIndicatorSchema = z.object(indicatorFields).partial().extend({ rowVersion: RowVersion });
export type UpdateIndicator = z.infer<typeof UpdateIndicatorSchema>;

/** Months once each, in calendar order, whatever order the grid was clicked in. */
const Months = z
  .array(Month)
  .max(12)
  .transform((ms) => [...new Set(ms)].sort((a, b) => a - b));

const phaseFields = {
  number: z.number().int().min(1).max(999),
  title: requiredText(LIMITS.shortText),
  /** Who does it, as written: "Tutto il Personale", "Segretario Comunale", "DE LUCA Ida". */
  assignees: z.array(requiredText(LIMITS.shortText)).max(100),
  months: Months,
};
export const CreatePhaseSchema = z.object({
  ...phaseFields,
  number: phaseFields.number.optional(),
  assignees: phaseFields.assignees.default([]),
  months: phaseFields.months.default([]),
});
export type CreatePhase = z.infer<typeof CreatePhaseSchema>;
export type CreatePhaseInput = z.input<typeof CreatePhaseSchema>;
export const UpdatePhaseSchema = z.object(phaseFields).partial().extend({ rowVersion: RowVersion });
export type UpdatePhase = z.infer<typeof UpdatePhaseSchema>;

export const AdoptPlanSchema = z.object({
  /** Number of the delibera, as written ("68"). */
  actNumber: requiredText(LIMITS.code),
  actDate: IsoDate,
  /** The body that adopts: the Giunta for a comune. */
  actBody: requiredText(LIMITS.shortText).default('Giunta Comunale'),
  /** The secretary has seen the warnings and adopts anyway. */
  confirmWarnings: z.boolean().default(false),
});
export type AdoptPlan = z.infer<typeof AdoptPlanSchema>;
export type AdoptPlanInput = z.input<typeof AdoptPlanSchema>;

/** An optional `?rowVersion=` on DELETE: the item must still be as the editor saw it. */
export const DeleteQuerySchema = z.object({ rowVersion: z.coerce.number().int().min(1).optional() });

/** Answers of the authoring endpoints: the item as stored, with where it belongs. */
export const ObjectiveItemSchema = ObjectiveSchema.extend({ planId: Uuid, strategicLineId: Uuid.nullable() });
export type ObjectiveItem = z.infer<typeof ObjectiveItemSchema>;
export const IndicatorItemSchema = IndicatorSchema.extend({ planId: Uuid, objectiveId: Uuid });
export type IndicatorItem = z.infer<typeof IndicatorItemSchema>;
export const PhaseItemSchema = PhaseSchema.extend({ planId: Uuid, objectiveId: Uuid });
export type PhaseItem = z.infer<typeof PhaseItemSchema>;

export const AdoptionSchema = z.object({
  planId: Uuid,
  status: z.literal('adopted'),
  version: z.number().int(),
  act: ActSchema,
  /** Warnings the secretary confirmed. */
  warnings: z.number().int(),
});
export type Adoption = z.infer<typeof AdoptionSchema>;
