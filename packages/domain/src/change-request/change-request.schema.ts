import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { IsoDate, Month, OBJECTIVE_KINDS, POLARITIES, Uuid } from '../plan/plan.schema.ts';

/**
 * Richiesta di variazione: what a manager asks to change in an adopted plan, and what the Nucleo
 * decides. The same schemas validate the web form, the API request and the stored `changes` JSON.
 */

export const CHANGE_TARGET_TYPES = ['objective', 'indicator', 'phase', 'plan'] as const;
export type ChangeTargetType = (typeof CHANGE_TARGET_TYPES)[number];

export const DECISION_OUTCOMES = ['accepted', 'accepted_with_changes', 'rejected', 'deferred'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** pending → decided (may be decided again) → adopted (recorded in an amendment: final). */
export const CHANGE_REQUEST_STATUSES = ['pending', 'decided', 'adopted'] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];

/** Outcomes whose changes an amendment applies to the plan. */
export const APPLIED_OUTCOMES: readonly DecisionOutcome[] = ['accepted', 'accepted_with_changes'];

const blankToNull = (s: string) => (s === '' ? null : s);
const requiredText = (max: number) => z.string().trim().min(1, 'obbligatorio').max(max);
const optionalText = (max: number) => z.string().trim().max(max).transform(blankToNull).nullable();
const Months = z
  .array(Month)
  .max(12)
  .transform((ms) => [...new Set(ms)].sort((a, b) => a - b));
const YearKey = z.string().regex(/^\d{4}$/, 'un anno (AAAA)');

/** The fields of an objective a change request may change. */
export const objectiveFields = {
  title: requiredText(LIMITS.shortText),
  definition: optionalText(LIMITS.longText),
  kind: z.enum(OBJECTIVE_KINDS),
  /** Points; null counts as 1 in roll-ups. */
  weight: z.number().finite().min(0).max(1000).nullable(),
  unitId: Uuid.nullable(),
  responsiblePersonId: Uuid.nullable(),
  allStaff: z.boolean(),
  periodStart: IsoDate.nullable(),
  periodEnd: IsoDate.nullable(),
  periodText: optionalText(LIMITS.shortText),
  humanResources: optionalText(LIMITS.longText),
  instrumentalResources: optionalText(LIMITS.longText),
  financialResources: optionalText(LIMITS.longText),
};

/** The fields of an indicator a change request may change (the code stays: it is its identity). */
export const indicatorFields = {
  title: requiredText(LIMITS.shortText),
  formula: optionalText(LIMITS.shortText),
  expression: optionalText(LIMITS.shortText),
  purpose: optionalText(LIMITS.longText),
  polarity: z.enum(POLARITIES),
  binary: z.boolean(),
  unitOfMeasure: optionalText(LIMITS.code * 2),
  baseline: z.number().finite().nullable(),
  target: z.number().finite().nullable(),
  targetText: optionalText(LIMITS.shortText),
  targetsByYear: z.record(YearKey, z.number().finite()).nullable(),
  weight: z.number().finite().min(0).max(100).nullable(),
  measurementDeadline: IsoDate.nullable(),
  deadlineText: optionalText(LIMITS.shortText),
};

export const phaseFields = {
  number: z.number().int().min(1).max(999),
  title: requiredText(LIMITS.shortText),
  months: Months,
  assignees: z.array(requiredText(LIMITS.shortText)).max(100),
};

export const ObjectiveFieldChangesSchema = z.strictObject(objectiveFields).partial();
export type ObjectiveFieldChanges = z.infer<typeof ObjectiveFieldChangesSchema>;
export const IndicatorFieldChangesSchema = z.strictObject(indicatorFields).partial();
export type IndicatorFieldChanges = z.infer<typeof IndicatorFieldChangesSchema>;
export const PhaseFieldChangesSchema = z.strictObject(phaseFields).partial();
export type PhaseFieldChanges = z.infer<typeof PhaseFieldChangesSchema>;

/** A new indicator: its code and title, the rest optional. */
export const NewIndicatorSchema = z
  .strictObject(indicatorFields)
  .partial()
  .extend({ code: requiredText(LIMITS.code), title: requiredText(LIMITS.shortText) });
export type NewIndicator = z.infer<typeof NewIndicatorSchema>;

/** The indicator that replaces another: without a code it takes the old one's code + "-bis". */
export const ReplacementIndicatorSchema = NewIndicatorSchema.extend({
  code: requiredText(LIMITS.code).optional(),
});
export type ReplacementIndicator = z.infer<typeof ReplacementIndicatorSchema>;

export const NewPhaseSchema = z.strictObject({
  number: phaseFields.number.optional(),
  title: phaseFields.title,
  months: phaseFields.months.default([]),
  assignees: phaseFields.assignees.default([]),
});
export type NewPhase = z.infer<typeof NewPhaseSchema>;

export const NewObjectiveSchema = z
  .strictObject(objectiveFields)
  .partial()
  .extend({
    strategicLineId: Uuid,
    code: requiredText(LIMITS.code),
    title: requiredText(LIMITS.shortText),
    indicators: z.array(NewIndicatorSchema).max(100).default([]),
    phases: z.array(NewPhaseSchema).max(100).default([]),
  });
export type NewObjective = z.infer<typeof NewObjectiveSchema>;

const Remove = z.literal(true);

type Ctx = z.RefinementCtx;
const keysOf = (o: object) =>
  Object.entries(o)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);

/** `remove` and `replaceWith` stand alone (with at most a change to the parent objective). */
function exclusive(key: 'remove' | 'replaceWith', value: object, ctx: Ctx) {
  const others = keysOf(value).filter((k) => k !== key && k !== 'objective');
  if (others.length > 0 && keysOf(value).includes(key))
    ctx.addIssue({
      code: 'custom',
      path: [key],
      message: `${key} cannot be combined with ${others.join(', ')}`,
    });
}
const NO_CHANGE = 'no change given';
function notEmpty(value: object, ctx: Ctx) {
  if (keysOf(value).length === 0) ctx.addIssue({ code: 'custom', path: [], message: NO_CHANGE });
}

export const ObjectiveChangesSchema = ObjectiveFieldChangesSchema.extend({
  remove: Remove.optional(),
  /** Integrazione: a new indicator for this objective. */
  newIndicator: NewIndicatorSchema.optional(),
  newPhase: NewPhaseSchema.optional(),
}).superRefine((v, ctx) => {
  notEmpty(v, ctx);
  exclusive('remove', v, ctx);
});
export type ObjectiveChanges = z.infer<typeof ObjectiveChangesSchema>;

export const IndicatorChangesSchema = IndicatorFieldChangesSchema.extend({
  remove: Remove.optional(),
  replaceWith: ReplacementIndicatorSchema.optional(),
  /** The Nucleo often changes the objective with the indicator: "il peso dell'obiettivo viene ridotto da 8 punti a 5". */
  objective: ObjectiveFieldChangesSchema.optional(),
}).superRefine((v, ctx) => {
  notEmpty(v, ctx);
  exclusive('remove', v, ctx);
  exclusive('replaceWith', v, ctx);
  if (v.remove && v.replaceWith)
    ctx.addIssue({
      code: 'custom',
      path: ['replaceWith'],
      message: 'replaceWith already removes the indicator',
    });
});
export type IndicatorChanges = z.infer<typeof IndicatorChangesSchema>;

export const PhaseChangesSchema = PhaseFieldChangesSchema.extend({
  remove: Remove.optional(),
  objective: ObjectiveFieldChangesSchema.optional(),
}).superRefine((v, ctx) => {
  notEmpty(v, ctx);
  exclusive('remove', v, ctx);
});
export type PhaseChanges = z.infer<typeof PhaseChangesSchema>;

export const PlanChangesSchema = z.strictObject({ newObjective: NewObjectiveSchema });
export type PlanChanges = z.infer<typeof PlanChangesSchema>;

/** A change set tagged with the kind of item it applies to. */
export type ChangeSet =
  | { type: 'objective'; changes: ObjectiveChanges }
  | { type: 'indicator'; changes: IndicatorChanges }
  | { type: 'phase'; changes: PhaseChanges }
  | { type: 'plan'; changes: PlanChanges };

export type FieldProblem = { field: string; message: string };

export type ParsedChangeSet = { ok: true; value: ChangeSet } | { ok: false; problems: FieldProblem[] };

function problemsOf(error: z.ZodError, prefix: string): FieldProblem[] {
  // Unknown fields are dropped before the "no change" check runs: say only what is wrong.
  const issues = error.issues.length > 1 ? error.issues.filter((i) => i.message !== NO_CHANGE) : error.issues;
  return issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((k) => {
        const field = `${base}.${k}`;
        return { field, message: `${field}: not a field that a change request may change` };
      });
    return [{ field: base, message: `${base}: ${issue.message}` }];
  });
}

/** Validates raw `changes` against the editable fields of the target's type; problems name each field. */
export function parseChangeSet(type: ChangeTargetType, raw: unknown, prefix = 'changes'): ParsedChangeSet {
  switch (type) {
    case 'objective': {
      const r = ObjectiveChangesSchema.safeParse(raw);
      return r.success
        ? { ok: true, value: { type, changes: r.data } }
        : { ok: false, problems: problemsOf(r.error, prefix) };
    }
    case 'indicator': {
      const r = IndicatorChangesSchema.safeParse(raw);
      return r.success
        ? { ok: true, value: { type, changes: r.data } }
        : { ok: false, problems: problemsOf(r.error, prefix) };
    }
    case 'phase': {
      const r = PhaseChangesSchema.safeParse(raw);
      return r.success
        ? { ok: true, value: { type, changes: r.data } }
        : { ok: false, problems: problemsOf(r.error, prefix) };
    }
    case 'plan': {
      const r = PlanChangesSchema.safeParse(raw);
      return r.success
        ? { ok: true, value: { type, changes: r.data } }
        : { ok: false, problems: problemsOf(r.error, prefix) };
    }
  }
}

/** Request body of POST /plans/{planId}/change-requests; `changes` is checked by parseChangeSet. */
export const FileChangeRequestSchema = z.object({
  target: z.object({ type: z.enum(CHANGE_TARGET_TYPES), id: Uuid.nullable().optional() }),
  changes: z.record(z.string(), z.unknown()),
  reason: requiredText(LIMITS.longText),
  /** The request in the manager's words ("Richiesta variazione"), when more than the fields say. */
  requestText: optionalText(LIMITS.longText).optional(),
});
export type FileChangeRequest = z.infer<typeof FileChangeRequestSchema>;
export type FileChangeRequestInput = z.input<typeof FileChangeRequestSchema>;

export const DecideChangeRequestSchema = z.object({
  outcome: z.enum(DECISION_OUTCOMES),
  note: optionalText(LIMITS.longText).optional(),
  /** With accepted_with_changes: the changes actually adopted, in the same shape as a request's. */
  changes: z.record(z.string(), z.unknown()).optional(),
});
export type DecideChangeRequest = z.infer<typeof DecideChangeRequestSchema>;
export type DecideChangeRequestInput = z.input<typeof DecideChangeRequestSchema>;

export const CreateAmendmentSchema = z.object({
  /** Number of the Giunta's delibera, as written. */
  actNumber: requiredText(LIMITS.code),
  actDate: IsoDate,
  actBody: requiredText(LIMITS.shortText).default('Giunta Comunale'),
  changeRequestIds: z.array(Uuid).min(1).max(1000),
  /** Ordinal of the provvedimento di variazione ("quinto"): by default the previous one + 1. */
  number: z.number().int().min(1).max(1000).optional(),
  /** The version the secretary amended from: when the plan has moved on since, 409. */
  baseVersion: z.number().int().min(0).optional(),
});
export type CreateAmendment = z.infer<typeof CreateAmendmentSchema>;
export type CreateAmendmentInput = z.input<typeof CreateAmendmentSchema>;

export const ChangeRequestSchema = z.object({
  id: Uuid,
  planId: Uuid,
  target: z.object({ type: z.enum(CHANGE_TARGET_TYPES), id: Uuid.nullable(), code: z.string().nullable() }),
  changes: z.record(z.string(), z.unknown()),
  requestText: z.string().nullable(),
  reason: z.string(),
  requestedBy: z.object({ id: Uuid, name: z.string() }).nullable(),
  requestedAt: z.string(),
  status: z.enum(CHANGE_REQUEST_STATUSES),
  decision: z
    .object({
      outcome: z.enum(DECISION_OUTCOMES),
      note: z.string().nullable(),
      changes: z.record(z.string(), z.unknown()).nullable(),
      decidedBy: z.object({ id: Uuid, name: z.string() }).nullable(),
      decidedAt: z.string().nullable(),
    })
    .nullable(),
  /** A pending request's decision text as imported from the sheet, not yet a decision. */
  draftDecisionNote: z.string().nullable(),
  amendmentId: Uuid.nullable(),
});
export type ChangeRequest = z.infer<typeof ChangeRequestSchema>;
