import { formatNumber } from '@traguardo/domain/format/italian';
import { z } from 'zod';

/**
 * The bonus data the law asks to publish (D.Lgs. 33/2013 art. 20): the fund allocated and paid,
 * and the distribution in aggregate, separately for managers and staff, with its degree of
 * differentiation. Never a person: no names, no individual score or share. A group smaller than
 * MIN_PUBLIC_GROUP_SIZE shows no breakdown, since its "aggregate" would be a person's own data.
 */
export const MIN_PUBLIC_GROUP_SIZE = 3;

export const PUBLIC_GROUPS = {
  managers: 'Dirigenti e titolari di Elevata Qualificazione',
  staff: 'Personale dipendente',
} as const;
export type PublicGroup = keyof typeof PUBLIC_GROUPS;
const GROUP_ORDER: PublicGroup[] = ['managers', 'staff'];

/** Default bands when the SMVP sets none: lower bounds of the score bands, in points. */
export const DEFAULT_BAND_FLOORS = [0, 60, 70, 80, 90];

export type EvaluatedPerson = { group: PublicGroup; total: number | null; bonusCents: number | null };

export const BandCountSchema = z.object({ label: z.string(), count: z.number().int(), percent: z.number() });
export type BandCount = z.infer<typeof BandCountSchema>;

export const GroupAggregateSchema = z.object({
  group: z.enum(['managers', 'staff']),
  label: z.string(),
  evaluated: z.number().int(),
  /** True when the group is too small to publish anything but its size. */
  withheld: z.boolean(),
  bands: z.array(BandCountSchema),
  withBonus: z.number().int().nullable(),
  totalBonusCents: z.number().int().nullable(),
  averageBonusCents: z.number().int().nullable(),
  /** How many bands hold somebody, and the share of the group in the highest band of the scale. */
  bandsUsed: z.number().int().nullable(),
  topBandPercent: z.number().nullable(),
});
export type GroupAggregate = z.infer<typeof GroupAggregateSchema>;

export const BonusAggregateSchema = z.object({
  fundCents: z.number().int().nullable(),
  distributedCents: z.number().int().nullable(),
  paid: z.boolean(),
  paidAt: z.string().nullable(),
  groups: z.array(GroupAggregateSchema),
});
export type BonusAggregate = z.infer<typeof BonusAggregateSchema>;

export function bandLabels(floors: number[]): string[] {
  return floors.map((from, i) => {
    const next = floors[i + 1];
    return next === undefined
      ? `da ${formatNumber(from)} a 100 punti`
      : `da ${formatNumber(from)} a ${formatNumber(next - 0.01)} punti`;
  });
}

function bandIndex(floors: number[], total: number): number {
  let index = 0;
  floors.forEach((from, i) => {
    if (total >= from) index = i;
  });
  return index;
}

function groupAggregate(group: PublicGroup, people: EvaluatedPerson[], floors: number[]): GroupAggregate {
  const base = { group, label: PUBLIC_GROUPS[group], evaluated: people.length };
  if (people.length < MIN_PUBLIC_GROUP_SIZE)
    return {
      ...base,
      withheld: true,
      bands: [],
      withBonus: null,
      totalBonusCents: null,
      averageBonusCents: null,
      bandsUsed: null,
      topBandPercent: null,
    };
  const scored = people.filter((p): p is EvaluatedPerson & { total: number } => p.total !== null);
  const counts = floors.map(() => 0);
  for (const p of scored) {
    const i = bandIndex(floors, p.total);
    counts[i] = (counts[i] ?? 0) + 1;
  }
  const labels = bandLabels(floors);
  const percent = (n: number) => (scored.length === 0 ? 0 : (100 * n) / scored.length);
  const bands = counts.map((count, i) => ({ label: labels[i] ?? '', count, percent: percent(count) }));
  const paid = people.filter((p) => p.bonusCents !== null);
  const totalBonusCents = paid.length === 0 ? null : paid.reduce((s, p) => s + (p.bonusCents ?? 0), 0);
  const withBonus = paid.length === 0 ? null : paid.filter((p) => (p.bonusCents ?? 0) > 0).length;
  return {
    ...base,
    withheld: false,
    bands,
    withBonus,
    totalBonusCents,
    averageBonusCents:
      totalBonusCents === null || !withBonus ? null : Math.round(totalBonusCents / withBonus),
    bandsUsed: counts.filter((c) => c > 0).length,
    topBandPercent: scored.length === 0 ? null : percent(counts.at(-1) ?? 0),
  };
}

export function aggregateBonus(input: {
  fundCents: number | null;
  distributedCents: number | null;
  paidAt: string | null;
  people: EvaluatedPerson[];
  bandFloors: number[] | null;
}): BonusAggregate {
  const floors = [...new Set(input.bandFloors?.length ? [0, ...input.bandFloors] : DEFAULT_BAND_FLOORS)].sort(
    (a, b) => a - b,
  );
  return {
    fundCents: input.fundCents,
    distributedCents: input.distributedCents,
    paid: input.paidAt !== null,
    paidAt: input.paidAt,
    groups: GROUP_ORDER.map((g) =>
      groupAggregate(
        g,
        input.people.filter((p) => p.group === g),
        floors,
      ),
    ),
  };
}
