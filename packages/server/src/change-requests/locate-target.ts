import {
  CHANGE_TARGET_TYPES,
  type ChangeSet,
  type ChangeTargetType,
} from '@traguardo/domain/change-request/change-request.schema';
import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';
import { z } from 'zod';
import { unprocessable } from '../errors/app-error.ts';

/** The item a request is about, as authorisation and the request's record need it. */
export type TargetInfo = { unitId: string | null; code: string | null };

/** Finds the target in the plan in force (removed items are not there): 422 when it is not. */
export function locateTarget(doc: PlanDocument, type: ChangeTargetType, id: string | null): TargetInfo {
  const objectives = doc.strategicLines.flatMap((l) => l.objectives);
  const missing = () =>
    unprocessable('No such target', [
      { field: 'target.id', message: `target.id: no such ${type} in the plan in force` },
    ]);
  switch (type) {
    case 'plan':
      return { unitId: null, code: null };
    case 'objective': {
      const o = objectives.find((x) => x.id === id);
      if (!o) throw missing();
      return { unitId: o.unit?.id ?? null, code: o.code };
    }
    case 'indicator': {
      for (const o of objectives) {
        const i = o.indicators.find((x) => x.id === id);
        if (i) return { unitId: o.unit?.id ?? null, code: i.code };
      }
      throw missing();
    }
    case 'phase': {
      for (const o of objectives) {
        const p = o.phases.find((x) => x.id === id);
        if (p) return { unitId: o.unit?.id ?? null, code: `${o.code}/${p.number}` };
      }
      throw missing();
    }
  }
}

/** A new objective answers to the unit it is proposed for; its code identifies the request. */
export function planTargetInfo(set: ChangeSet): TargetInfo {
  if (set.type !== 'plan') return { unitId: null, code: null };
  return { unitId: set.changes.newObjective.unitId ?? null, code: set.changes.newObjective.code };
}

/** The stored target type, which rows from an import may leave outside the known ones: 422 then. */
export function storedTargetType(value: string): ChangeTargetType {
  const parsed = z.enum(CHANGE_TARGET_TYPES).safeParse(value);
  if (!parsed.success)
    throw unprocessable(`A request on a ${value} cannot be decided here`, [
      { field: 'target.type', message: `target.type: ${value} is not objective, indicator, phase or plan` },
    ]);
  return parsed.data;
}
