export type BehaviourCriterion = { criterion: string; name: string; description?: string; maxPoints: number };
export type CategoryRules = {
  category: string;
  objectivesMax: number;
  behavioursMax: number;
  criteria: BehaviourCriterion[];
};

export const STAFF_CATEGORIES = ['dirigente', 'eq', 'dipendente'] as const;
export type StaffCategory = (typeof STAFF_CATEGORIES)[number];

/** Those who answer for objectives (dirigenti, EQ): 40 points of behaviours, art. 9 included. */
export const MANAGER_CRITERIA: BehaviourCriterion[] = [
  { criterion: 'programmazione', name: 'Programmazione e rispetto dei tempi', maxPoints: 10 },
  {
    criterion: 'gestione_collaboratori',
    name: 'Gestione e valutazione dei collaboratori',
    description: 'Capacità di differenziare i giudizi (D.Lgs. 150/2009 art. 9)',
    maxPoints: 8,
  },
  { criterion: 'problem_solving', name: 'Problem solving e semplificazione', maxPoints: 8 },
  { criterion: 'relazioni', name: 'Relazioni e integrazione', maxPoints: 8 },
  { criterion: 'legalita', name: 'Legalità e trasparenza', maxPoints: 6 },
];

export const STAFF_CRITERIA: BehaviourCriterion[] = [
  { criterion: 'qualita', name: 'Qualità e precisione', maxPoints: 10 },
  { criterion: 'impegno', name: 'Impegno e affidabilità', maxPoints: 8 },
  { criterion: 'flessibilita', name: 'Flessibilità', maxPoints: 8 },
  { criterion: 'collaborazione', name: "Collaborazione e orientamento all'utenza", maxPoints: 8 },
  { criterion: 'iniziativa', name: 'Iniziativa e aggiornamento', maxPoints: 6 },
];

/** Chieve's rule as default: 60 points for objectives, up to 40 for behaviours. */
export function defaultCategoryRules(): CategoryRules[] {
  return [
    { category: 'dirigente', objectivesMax: 60, behavioursMax: 40, criteria: MANAGER_CRITERIA },
    { category: 'eq', objectivesMax: 60, behavioursMax: 40, criteria: MANAGER_CRITERIA },
    { category: 'dipendente', objectivesMax: 60, behavioursMax: 40, criteria: STAFF_CRITERIA },
  ];
}

/** A score band: from `minTotal` (inclusive) up to the next band, the share of the maximum bonus. */
export type ScoreBand = { minTotal: number; sharePercent: number };

/** The bonus part of the SMVP: minimum score, optional bands, optional CCNL art. 69 increase. */
export type BonusRules = {
  minBonusScore: number;
  scoreBands: ScoreBand[] | null;
  /** Share of evaluated staff (percent) that may get the increase; null = no increase. */
  differentiatedSharePercent: number | null;
  /** The increase over the average premium per head (percent, at least 30); null = no increase. */
  differentiatedIncreasePercent: number | null;
};

/** The evaluation part of the SMVP the scoring needs. */
export type EvaluationRules = BonusRules & {
  objectivesMax: number;
  behavioursMax: number;
  categories: CategoryRules[];
  conciliationRequestDays: number;
  conciliationDecisionDays: number;
};

/** CCNL Funzioni Locali 2016-2018 art. 69 c. 2: the increase is at least 30% of the average premium. */
export const MIN_DIFFERENTIATED_INCREASE_PERCENT = 30;

/** The example bands of PRODUCT.md; an organisation sets its own per year (data, not code). */
export const EXAMPLE_SCORE_BANDS: ScoreBand[] = [
  { minTotal: 0, sharePercent: 0 },
  { minTotal: 60, sharePercent: 50 },
  { minTotal: 70, sharePercent: 75 },
  { minTotal: 80, sharePercent: 100 },
];

export function defaultEvaluationRules(): EvaluationRules {
  return {
    objectivesMax: 60,
    behavioursMax: 40,
    categories: defaultCategoryRules(),
    minBonusScore: 0,
    scoreBands: null,
    differentiatedSharePercent: null,
    differentiatedIncreasePercent: null,
    conciliationRequestDays: 10,
    conciliationDecisionDays: 15,
  };
}

/** Categories whose members answer for objectives and are evaluated by the Nucleo. */
export const MANAGER_CATEGORIES: readonly string[] = ['dirigente', 'eq'];

/**
 * The rules of a person's category: the exact category; otherwise (e.g. `segretario`) the managers'
 * rules for someone who answers for objectives and the staff rules for the others; as a last resort
 * the organisation's points with no criteria.
 */
export function resolveCategoryRules(
  rules: Pick<EvaluationRules, 'categories' | 'objectivesMax' | 'behavioursMax'>,
  category: string,
  answersForObjectives: boolean,
): CategoryRules {
  const byName = (name: string) => rules.categories.find((c) => c.category === name);
  const fallbacks = answersForObjectives ? MANAGER_CATEGORIES : ['dipendente'];
  const found = byName(category) ?? fallbacks.map(byName).find((c) => c !== undefined) ?? rules.categories[0];
  return (
    found ?? {
      category,
      objectivesMax: rules.objectivesMax,
      behavioursMax: rules.behavioursMax,
      criteria: [],
    }
  );
}

/** Problems with a category's criteria (the maxima must add up to the behaviours points), in English. */
export function checkCategoryRules(rules: CategoryRules): string[] {
  const problems: string[] = [];
  const sum = rules.criteria.reduce((s, c) => s + c.maxPoints, 0);
  if (Math.abs(sum - rules.behavioursMax) > 1e-9)
    problems.push(
      `${rules.category}: criteria maxima add up to ${sum}, behaviours points are ${rules.behavioursMax}`,
    );
  const seen = new Set<string>();
  for (const c of rules.criteria) {
    if (seen.has(c.criterion)) problems.push(`${rules.category}: criterion ${c.criterion} appears twice`);
    seen.add(c.criterion);
    if (!(c.maxPoints > 0))
      problems.push(`${rules.category}: criterion ${c.criterion} needs positive points`);
  }
  return problems;
}
