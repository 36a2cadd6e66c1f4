import type { z } from 'zod';
import { ApiError } from '../api/client.ts';

/** What a form shows under each field: the key is the field's name, as in the schema. */
export type FieldErrors = Record<string, string>;

export type IssueMessages = { required: string; invalid: string; tooLong: string; outOfRange: string };

/** Zod issues as field messages, in the interface language. */
export function issuesToErrors(issues: z.core.$ZodIssue[], m: IssueMessages): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (errors[field]) continue;
    errors[field] =
      issue.message === 'obbligatorio'
        ? m.required
        : issue.code === 'too_big' && issue.origin === 'string'
          ? m.tooLong
          : issue.code === 'too_small' && issue.origin === 'string'
            ? m.required
            : issue.code === 'too_small' || issue.code === 'too_big'
              ? m.outOfRange
              : issue.code === 'invalid_type' && issue.input === undefined
                ? m.required
                : m.invalid;
  }
  return errors;
}

/** The 400/422 of the API names fields as `body.title` or `title`: the form's field errors. */
export function apiFieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 422)) return {};
  const errors: FieldErrors = {};
  for (const item of error.errors) {
    const field = item.field?.replace(/^body\./, '').split('.')[0];
    if (field && !errors[field]) errors[field] = item.message.replace(/^[\w.]+: /, '');
  }
  return errors;
}

/** "91.690" → 91690, "0,5" → 0.5, "" → null, anything else → NaN (the schema refuses it). */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return null;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replaceAll('.', '').replace(',', '.'));
  if (/^-?\d*([.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  return Number.NaN;
}

/** A number as the form shows it, with the Italian decimal comma. */
export const decimalText = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value).replace('.', ',');

/** Whole years typed in a field. */
export const parseInteger = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));

/** Which of `fields` differ between what the user was saving and what is stored now. */
export function changedFields<T extends Record<string, unknown>>(
  mine: T,
  current: T,
  fields: (keyof T)[],
): (keyof T)[] {
  return fields.filter((f) => JSON.stringify(mine[f] ?? null) !== JSON.stringify(current[f] ?? null));
}
