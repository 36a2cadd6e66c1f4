import type { ChangeTargetType } from '@traguardo/domain/change-request/change-request.schema';
import { parseItalianNumber } from '@traguardo/domain/import/italian-number';

/** The kinds of change the form offers for each kind of item (PRODUCT.md: issue 5's list). */
export const CHANGE_KINDS = {
  indicator: ['target', 'formula', 'title', 'weight', 'deadline', 'remove', 'replace'],
  objective: ['weight', 'title', 'remove'],
  phase: ['months', 'title', 'remove'],
  plan: ['newObjective'],
} as const satisfies Record<ChangeTargetType, readonly string[]>;

export type ChangeKind = (typeof CHANGE_KINDS)[ChangeTargetType][number];

/** What the change editor holds, as typed: numbers in Italian form ("78.000", "0,1", "100%"). */
export type ChangeForm = {
  kind: ChangeKind;
  value: string;
  months: number[];
  replaceCode: string;
  replaceTitle: string;
  replaceFormula: string;
  replaceTarget: string;
  lineId: string;
  code: string;
  title: string;
  /** A new weight of the objective, beside a change of one of its indicators or phases. */
  objectiveWeight: string;
};

export const emptyChangeForm = (kind: ChangeKind): ChangeForm => ({
  kind,
  value: '',
  months: [],
  replaceCode: '',
  replaceTitle: '',
  replaceFormula: '',
  replaceTarget: '',
  lineId: '',
  code: '',
  title: '',
  objectiveWeight: '',
});

export type BuiltChanges =
  | { ok: true; changes: Record<string, unknown> }
  | { ok: false; field: keyof ChangeForm; problem: 'required' | 'number' };

type NumberRead = { ok: true; value: number; text: string | null } | { ok: false };

function readNumber(raw: string): NumberRead {
  const parsed = parseItalianNumber(raw.trim());
  return parsed.ok && parsed.value !== null
    ? { ok: true, value: parsed.value, text: parsed.text }
    : { ok: false };
}

/** The `changes` of a request (or of a decision) from the form, or the first field to fix. */
export function buildChanges(type: ChangeTargetType, form: ChangeForm): BuiltChanges {
  const required = (field: keyof ChangeForm): BuiltChanges => ({ ok: false, field, problem: 'required' });
  const notNumber = (field: keyof ChangeForm): BuiltChanges => ({ ok: false, field, problem: 'number' });
  let changes: Record<string, unknown>;
  switch (form.kind) {
    case 'target': {
      const n = readNumber(form.value);
      if (!n.ok) return form.value.trim() ? notNumber('value') : required('value');
      changes = { target: n.value, ...(n.text ? { targetText: n.text } : {}) };
      break;
    }
    case 'weight': {
      const n = readNumber(form.value);
      if (!n.ok) return form.value.trim() ? notNumber('value') : required('value');
      changes = { weight: n.value };
      break;
    }
    case 'formula':
    case 'title':
      if (!form.value.trim()) return required('value');
      changes = { [form.kind]: form.value.trim() };
      break;
    case 'deadline':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(form.value)) return required('value');
      changes = { measurementDeadline: form.value };
      break;
    case 'months':
      changes = { months: [...form.months].sort((a, b) => a - b) };
      break;
    case 'remove':
      changes = { remove: true };
      break;
    case 'replace': {
      if (!form.replaceTitle.trim()) return required('replaceTitle');
      const target = form.replaceTarget.trim() ? readNumber(form.replaceTarget) : null;
      if (target && !target.ok) return notNumber('replaceTarget');
      changes = {
        replaceWith: {
          title: form.replaceTitle.trim(),
          ...(form.replaceCode.trim() ? { code: form.replaceCode.trim() } : {}),
          ...(form.replaceFormula.trim() ? { formula: form.replaceFormula.trim() } : {}),
          ...(target?.ok ? { target: target.value, targetText: target.text } : {}),
        },
      };
      break;
    }
    case 'newObjective': {
      if (!form.lineId) return required('lineId');
      if (!form.code.trim()) return required('code');
      if (!form.title.trim()) return required('title');
      const weight = form.value.trim() ? readNumber(form.value) : null;
      if (weight && !weight.ok) return notNumber('value');
      return {
        ok: true,
        changes: {
          newObjective: {
            strategicLineId: form.lineId,
            code: form.code.trim(),
            title: form.title.trim(),
            ...(weight?.ok ? { weight: weight.value } : {}),
          },
        },
      };
    }
  }
  if (type !== 'objective' && type !== 'plan' && form.objectiveWeight.trim()) {
    const weight = readNumber(form.objectiveWeight);
    if (!weight.ok) return notNumber('objectiveWeight');
    changes = { ...changes, objective: { weight: weight.value } };
  }
  return { ok: true, changes };
}
