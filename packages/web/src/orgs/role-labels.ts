import type { TFunction } from 'i18next';

const ROLES = ['admin', 'secretary', 'manager', 'evaluator', 'employee', 'viewer'] as const;
const CATEGORIES = ['dirigente', 'eq', 'dipendente', 'segretario'] as const;
const isRole = (value: string): value is (typeof ROLES)[number] => ROLES.some((r) => r === value);
const isCategory = (value: string): value is (typeof CATEGORIES)[number] =>
  CATEGORIES.some((c) => c === value);

// A role or category the web does not know yet is shown as the API names it.

/** "Segretario, Nucleo di Valutazione". */
export function roleLabels(roles: string[], t: TFunction<'orgs'>): string {
  return roles.map((role) => (isRole(role) ? t(`roles.${role}`) : role)).join(', ');
}

/** dirigente → "Dirigente", eq → "Elevata qualificazione (EQ)". */
export function categoryLabel(category: string, t: TFunction<'orgs'>): string {
  return isCategory(category) ? t(`categories.${category}`) : category;
}
