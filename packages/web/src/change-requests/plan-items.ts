import type { ChangeTargetType } from '@traguardo/domain/change-request/change-request.schema';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';

/** An item of the plan a request may concern, with what the form shows of its current state. */
export type PlanItem = {
  type: 'objective' | 'indicator' | 'phase';
  id: string;
  /** "1299 – Nr giorni di utilizzo …", "C50_0004 – …", "C80_0003 / fase 2 – …" */
  label: string;
  unitId: string | null;
  current: {
    title: string;
    target?: number | null;
    targetText?: string | null;
    weight?: number | null;
    formula?: string | null;
    measurementDeadline?: string | null;
    months?: number[];
  };
};

export function planItems(plan: PlanDocument, type: ChangeTargetType): PlanItem[] {
  const objectives = plan.strategicLines.flatMap((l) => l.objectives);
  switch (type) {
    case 'objective':
      return objectives.map((o) => ({
        type,
        id: o.id,
        label: `${o.code} – ${o.title}`,
        unitId: o.unit?.id ?? null,
        current: { title: o.title, weight: o.weight },
      }));
    case 'indicator':
      return objectives.flatMap((o) =>
        o.indicators.map((i) => ({
          type,
          id: i.id,
          label: `${i.code} – ${i.title} (${o.code})`,
          unitId: o.unit?.id ?? null,
          current: {
            title: i.title,
            target: i.target,
            targetText: i.targetText,
            weight: i.weight,
            formula: i.formula,
            measurementDeadline: i.measurementDeadline,
          },
        })),
      );
    case 'phase':
      return objectives.flatMap((o) =>
        o.phases.map((p) => ({
          type,
          id: p.id,
          label: `${o.code} / ${p.number} – ${p.title}`,
          unitId: o.unit?.id ?? null,
          current: { title: p.title, months: p.months },
        })),
      );
    case 'plan':
      return [];
  }
}

/** How a request's target reads in lists: the item's label in the plan, else its stored code. */
export function targetLabel(
  plan: PlanDocument | undefined,
  target: { type: ChangeTargetType; id: string | null; code: string | null },
  typeLabel: string,
): string {
  const item = plan && target.id ? planItems(plan, target.type).find((i) => i.id === target.id) : undefined;
  if (item) return `${typeLabel} ${item.label}`;
  return [typeLabel, target.code].filter(Boolean).join(' ');
}
