import { z } from 'zod';
import type { Indicator, Objective, Phase, PlanDocument, StrategicLine } from '../plan/plan.schema.ts';

export const DIFF_ITEM_TYPES = ['strategic_line', 'objective', 'indicator', 'phase'] as const;
export type DiffItemType = (typeof DIFF_ITEM_TYPES)[number];
export const DIFF_KINDS = ['added', 'removed', 'modified'] as const;

/** A compared value as it reads in a plan: a name rather than a reference, a list of names. */
export const DiffValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number()])),
  z.record(z.string(), z.number()),
]);
export type DiffValue = z.infer<typeof DiffValueSchema>;

export const PlanChangeSchema = z.object({
  type: z.enum(DIFF_ITEM_TYPES),
  id: z.string(),
  /** Objective and indicator codes; a phase's number; a line's code when it has one. */
  code: z.string().nullable(),
  title: z.string(),
  /** The objective an indicator or phase belongs to (its code). */
  parentCode: z.string().nullable(),
  change: z.enum(DIFF_KINDS),
  /** Only for `modified`: each changed field with its value before and after. */
  fields: z.record(z.string(), z.object({ from: DiffValueSchema, to: DiffValueSchema })),
});
export type PlanChange = z.infer<typeof PlanChangeSchema>;

export const PlanDiffSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(PlanChangeSchema),
});
export type PlanDiff = z.infer<typeof PlanDiffSchema>;

type Fields = Record<string, DiffValue>;
type Item = {
  type: DiffItemType;
  id: string;
  code: string | null;
  title: string;
  parentCode: string | null;
  fields: Fields;
};

const names = (refs: { name: string }[]) => refs.map((r) => r.name);

function lineItem(l: StrategicLine): Item {
  return {
    type: 'strategic_line',
    id: l.id,
    code: l.code,
    title: l.title,
    parentCode: null,
    fields: { code: l.code, title: l.title, description: l.description },
  };
}

function objectiveItem(o: Objective, line: StrategicLine): Item {
  return {
    type: 'objective',
    id: o.id,
    code: o.code,
    title: o.title,
    parentCode: null,
    fields: {
      code: o.code,
      title: o.title,
      definition: o.definition,
      kind: o.kind,
      weight: o.weight,
      unit: o.unit?.name ?? null,
      responsible: o.responsible?.name ?? null,
      assignees: names(o.assignees),
      allStaff: o.allStaff,
      periodStart: o.periodStart,
      periodEnd: o.periodEnd,
      periodText: o.periodText,
      humanResources: o.humanResources,
      instrumentalResources: o.instrumentalResources,
      financialResources: o.financialResources,
      strategicLine: line.title,
    },
  };
}

function indicatorItem(i: Indicator, o: Objective): Item {
  return {
    type: 'indicator',
    id: i.id,
    code: i.code,
    title: i.title,
    parentCode: o.code,
    fields: {
      code: i.code,
      title: i.title,
      formula: i.formula,
      expression: i.expression,
      purpose: i.purpose,
      polarity: i.polarity,
      binary: i.binary,
      unitOfMeasure: i.unitOfMeasure,
      baseline: i.baseline,
      target: i.target,
      targetText: i.targetText,
      targetsByYear: i.targetsByYear,
      weight: i.weight,
      measurementDeadline: i.measurementDeadline,
      deadlineText: i.deadlineText,
      objective: o.code,
    },
  };
}

function phaseItem(p: Phase, o: Objective): Item {
  return {
    type: 'phase',
    id: p.id,
    code: String(p.number),
    title: p.title,
    parentCode: o.code,
    fields: { number: p.number, title: p.title, months: p.months, assignees: p.assignees, objective: o.code },
  };
}

/** Every item of a plan in reading order: each line, then each objective followed by its indicators and phases. */
function itemsOf(doc: PlanDocument): Item[] {
  return doc.strategicLines.flatMap((l) => [
    lineItem(l),
    ...l.objectives.flatMap((o) => [
      objectiveItem(o, l),
      ...o.indicators.map((i) => indicatorItem(i, o)),
      ...o.phases.map((p) => phaseItem(p, o)),
    ]),
  ]);
}

/** Stable comparison of plain JSON values (records compared whatever their key order). */
function canonical(v: DiffValue): string {
  if (v !== null && typeof v === 'object' && !Array.isArray(v))
    return JSON.stringify(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify(v);
}

const key = (i: Item) => `${i.type}:${i.id}`;

/**
 * The field-level differences between two versions of a plan. Items are matched by id (ids are
 * stable across versions); the order is the reading order of `to`, removed items where they stood in `from`.
 */
export function diffPlanDocuments(from: PlanDocument, to: PlanDocument): PlanDiff {
  const before = itemsOf(from);
  const after = itemsOf(to);
  const beforeByKey = new Map(before.map((i) => [key(i), i]));
  const afterKeys = new Set(after.map(key));
  const changes: PlanChange[] = [];
  const summary = (i: Item) => ({
    type: i.type,
    id: i.id,
    code: i.code,
    title: i.title,
    parentCode: i.parentCode,
  });

  // Removed items are emitted after the item that preceded them in `from`, so they stay in context.
  const removedAfter = new Map<string, Item[]>();
  let previous = '';
  for (const item of before) {
    if (afterKeys.has(key(item))) previous = key(item);
    else removedAfter.set(previous, [...(removedAfter.get(previous) ?? []), item]);
  }
  const emitRemoved = (k: string) => {
    for (const r of removedAfter.get(k) ?? []) changes.push({ ...summary(r), change: 'removed', fields: {} });
  };

  emitRemoved('');
  for (const item of after) {
    const old = beforeByKey.get(key(item));
    if (!old) changes.push({ ...summary(item), change: 'added', fields: {} });
    else {
      const fields: PlanChange['fields'] = {};
      for (const [name, value] of Object.entries(item.fields)) {
        const was = old.fields[name] ?? null;
        if (canonical(was) !== canonical(value)) fields[name] = { from: was, to: value };
      }
      if (Object.keys(fields).length > 0) changes.push({ ...summary(item), change: 'modified', fields });
    }
    emitRemoved(key(item));
  }
  return { from: from.version ?? 0, to: to.version ?? 0, changes };
}
