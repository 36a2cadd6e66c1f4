import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { Uuid } from './plan.schema.ts';

/** Units (tree of settori / servizi) and people of an organisation: the schemas of forms and API. */

const blankToNull = (s: string) => (s === '' ? null : s);
const requiredText = (max: number) => z.string().trim().min(1, 'obbligatorio').max(max);
const optionalText = (max: number) => z.string().trim().max(max).transform(blankToNull).nullable().optional();
const RowVersion = z.number().int().min(1);

/** dirigente | eq (posizione organizzativa / elevata qualificazione) | dipendente | segretario */
export const PERSON_CATEGORIES = ['dirigente', 'eq', 'dipendente', 'segretario'] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

const unitFields = {
  name: requiredText(LIMITS.shortText),
  code: optionalText(LIMITS.code),
  parentId: Uuid.nullable().optional(),
  managerPersonId: Uuid.nullable().optional(),
};
export const CreateUnitSchema = z.object(unitFields);
export type CreateUnit = z.infer<typeof CreateUnitSchema>;
export const UpdateUnitSchema = z.object(unitFields).partial().extend({ rowVersion: RowVersion });
export type UpdateUnit = z.infer<typeof UpdateUnitSchema>;

export const UnitItemSchema = z.object({
  id: Uuid,
  orgId: Uuid,
  name: z.string(),
  code: z.string().nullable(),
  parentId: Uuid.nullable(),
  managerPersonId: Uuid.nullable(),
  rowVersion: z.number().int(),
});
export type UnitItem = z.infer<typeof UnitItemSchema>;

const personFields = {
  name: requiredText(LIMITS.shortText),
  email: z
    .union([
      z.literal(''),
      z.string().trim().toLowerCase().email('indirizzo email non valido').max(LIMITS.shortText),
    ])
    .transform(blankToNull)
    .nullable()
    .optional(),
  category: z.enum(PERSON_CATEGORIES),
  jobTitle: optionalText(LIMITS.shortText),
  unitId: Uuid.nullable().optional(),
  /** Bonus coefficient: part-time share, months in service (1 = full year, full time). */
  coefficient: z.number().finite().min(0).max(1),
};
export const CreatePersonSchema = z.object({
  ...personFields,
  category: personFields.category.default('dipendente'),
  coefficient: personFields.coefficient.default(1),
});
export type CreatePerson = z.infer<typeof CreatePersonSchema>;
export type CreatePersonInput = z.input<typeof CreatePersonSchema>;
export const UpdatePersonSchema = z.object(personFields).partial().extend({ rowVersion: RowVersion });
export type UpdatePerson = z.infer<typeof UpdatePersonSchema>;

export const PersonItemSchema = z.object({
  id: Uuid,
  orgId: Uuid,
  name: z.string(),
  email: z.string().nullable(),
  category: z.string(),
  jobTitle: z.string().nullable(),
  unitId: Uuid.nullable(),
  coefficient: z.number(),
  userId: Uuid.nullable(),
  rowVersion: z.number().int(),
});
export type PersonItem = z.infer<typeof PersonItemSchema>;

export const PeopleImportResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unitsCreated: z.number().int(),
});
export type PeopleImportResult = z.infer<typeof PeopleImportResultSchema>;
