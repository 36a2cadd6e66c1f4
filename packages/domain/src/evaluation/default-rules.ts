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
