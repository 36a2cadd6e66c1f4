import type { PlanDocument } from '@traguardo/domain/plan/plan.schema';

/** What every plan document is rendered from: the plan (live or a frozen version) and its organisation. */
export type OrganizationInfo = {
  name: string;
  slug: string;
  kind: string;
  province: string | null;
};

export type PlanSource = {
  organization: OrganizationInfo;
  plan: PlanDocument;
  /** The Segretario who signs the plan, when the organisation has one ("Il Segretario Comunale: …"). */
  secretary: string | null;
};

export const OBJECTIVE_KIND_LABELS = {
  strategic: 'Strategico',
  operational: 'Operativo',
  management: 'Gestionale',
} as const;

export const PLAN_KIND_LABELS = {
  peg: 'Piano Esecutivo di Gestione',
  performance_plan: 'Piano della Performance',
  piao: 'PIAO – Sezione Performance',
} as const;

/** "Versione 0 (adottata)", "Versione 2 (2° provvedimento di variazione)", "Bozza". */
export function describeVersion(plan: Pick<PlanDocument, 'version' | 'status'>): string {
  if (plan.version === null) return 'Bozza non ancora adottata';
  if (plan.version === 0) return 'Versione 0 – come adottata';
  return `Versione ${plan.version} – dopo il ${plan.version}° provvedimento di variazione`;
}

/** "2020" or "2019-2021". */
export function planYears(plan: Pick<PlanDocument, 'startYear' | 'endYear'>): string {
  return plan.startYear === plan.endYear ? String(plan.startYear) : `${plan.startYear}-${plan.endYear}`;
}

/** A file name safe everywhere: "piano-della-performance-2020-v0". */
export function documentFileName(plan: Pick<PlanDocument, 'title' | 'version'>, suffix = ''): string {
  const base = plan.title
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  const version = plan.version === null ? '-bozza' : `-v${plan.version}`;
  return `${base || 'piano'}${version}${suffix}`;
}
