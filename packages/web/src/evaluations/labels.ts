import type { TFunction } from 'i18next';

const CATEGORIES = ['dirigente', 'eq', 'dipendente', 'segretario'] as const;

/** A staff category in words; an organisation's own category is shown as it is named. */
export function categoryLabel(t: TFunction<'evaluations'>, category: string): string {
  const known = CATEGORIES.find((c) => c === category);
  return known ? t(`category.${known}`) : category;
}

const ACTIONS = [
  'opened',
  'scored',
  'self_assessed',
  'delivered',
  'seen',
  'acknowledged',
  'contested',
  'reviewed',
  'finalized',
  'read',
  'downloaded',
] as const;

export function eventLabel(t: TFunction<'evaluations'>, action: string): string {
  const known = ACTIONS.find((a) => a === action);
  return known ? t(`sheet.history.actions.${known}`) : action;
}
