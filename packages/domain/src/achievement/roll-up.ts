import { formatNumberIt as n, formatPercentIt as pct } from './italian-numbers.ts';

export type RollUpItem = { achievement: number | null; weight: number | null };
export type Figure = { achievement: number | null; measured: number; total: number; explanation: string };
export type Noun = { one: string; many: string };

export const INDICATORS: Noun = { one: 'indicatore', many: 'indicatori' };
export const OBJECTIVES: Noun = { one: 'obiettivo', many: 'obiettivi' };

/** Terms spelled out in an explanation; beyond this the sum is summarised. */
const SPELLED_OUT = 8;

const counted = (measured: number, total: number, noun: Noun) =>
  `${measured} ${measured === 1 ? noun.one : noun.many} rilevat${measured === 1 ? 'o' : 'i'} su ${total}`;

/**
 * Σ wᵢ·achᵢ / Σ wᵢ over the measured items (weight 1 where none); unmeasured items are left out,
 * and nothing measured gives null, never 0. `lowest` is the "all targets must be met" method.
 */
export function rollUp(
  items: readonly RollUpItem[],
  noun: Noun,
  method: 'weighted' | 'lowest' = 'weighted',
): Figure {
  let measured = 0;
  let weightSum = 0;
  let weighted = 0;
  let lowest = Number.POSITIVE_INFINITY;
  let plainSum = 0;
  for (const item of items) {
    if (item.achievement === null) continue;
    measured++;
    const w = item.weight ?? 1;
    weightSum += w;
    weighted += w * item.achievement;
    plainSum += item.achievement;
    if (item.achievement < lowest) lowest = item.achievement;
  }
  const total = items.length;
  if (measured === 0)
    return { achievement: null, measured, total, explanation: `nessun ${noun.one} rilevato (0 su ${total})` };
  const count = counted(measured, total, noun);
  if (method === 'lowest')
    return {
      achievement: lowest,
      measured,
      total,
      explanation: `il più basso dei risultati (tutti i target devono essere raggiunti) → ${pct(lowest)}; ${count}`,
    };
  // Every measured weight 0: a plain mean rather than 0/0.
  const achievement = weightSum > 0 ? weighted / weightSum : plainSum / measured;
  return {
    achievement,
    measured,
    total,
    explanation: `${describeSum(items, weightSum)} → ${pct(achievement)}; ${count}`,
  };
}

function describeSum(items: readonly RollUpItem[], weightSum: number): string {
  const terms = items.filter((i) => i.achievement !== null);
  if (weightSum <= 0) return `media semplice (pesi nulli) di ${terms.length}`;
  if (terms.length === 1) return `${pct(terms[0]?.achievement ?? 0)} (unico rilevato)`;
  if (terms.length > SPELLED_OUT) return `media ponderata (pesi in totale ${n(weightSum)})`;
  const sum = terms.map((i) => `${pct(i.achievement ?? 0)} × ${n(i.weight ?? 1)}`).join(' + ');
  return `(${sum}) / ${n(weightSum)}`;
}
