import { formatEuro, formatNumberIt } from '../format/italian.ts';
import { type BonusRules, MIN_DIFFERENTIATED_INCREASE_PERCENT, type ScoreBand } from './default-rules.ts';
import { largestRemainder } from './largest-remainder.ts';
import { bandFor, checkScoreBands } from './score-bands.ts';

export type BonusCandidate = { personId: string; total: number | null; coefficient: number };

export type ExclusionReason = 'not_scored' | 'below_minimum' | 'band_zero' | 'zero_coefficient';

export type BonusItem = {
  personId: string;
  total: number | null;
  coefficient: number;
  /** The band's share of the maximum bonus when bands are set. */
  bandSharePercent: number | null;
  /** The person's weight: total × coefficient, or band share × coefficient with bands. */
  points: number;
  excluded: ExclusionReason | null;
  /** Among the best scores that get the CCNL art. 69 increase. */
  increased: boolean;
  /** Exact quotas in cents (with fractions) before rounding, for the calculation in words. */
  baseExactCents: number;
  increaseExactCents: number;
  bonusCents: number;
  /** Got one of the cents left over after rounding down (largest remainder). */
  roundedUp: boolean;
  explanation: string[];
};

export type BonusWarningCode = 'no_eligible' | 'undifferentiated' | 'increase_nobody' | 'not_scored';
export type BonusWarning = { code: BonusWarningCode; message: string };

export type BonusDistribution = {
  fundCents: number;
  /** Σ bonusCents: the fund exactly, or 0 when nobody is eligible. */
  totalCents: number;
  items: BonusItem[];
  eligible: number;
  increased: number;
  /** Part of the fund shared by score, and part paying the increase (exact cents). */
  baseFundExactCents: number;
  increaseFundExactCents: number;
  /** Average base premium per head among those eligible (exact cents); null when nobody is. */
  averageBaseExactCents: number | null;
  warnings: BonusWarning[];
};

// Fixed scales turn the decimal inputs into integers so the apportionment is exact.
const SCORE_SCALE = 100; // totals to the hundredth of a point
const COEF_SCALE = 10_000; // coefficients to four decimals
const PCT_SCALE = 100; // percentages to the hundredth
const EXACT_SCALE = 10_000n; // exact cents shown to four decimals

const toInt = (value: number, scale: number) => BigInt(Math.round(value * scale));
const ratio = (num: bigint, den: bigint) => (den === 0n ? 0 : Number((num * EXACT_SCALE) / den) / 10_000);

/** Problems with the bonus rules (English); the distribution refuses to run with any. */
export function checkBonusRules(rules: BonusRules): string[] {
  const problems: string[] = [];
  if (!(rules.minBonusScore >= 0 && rules.minBonusScore <= 100))
    problems.push('minBonusScore must be between 0 and 100');
  if (rules.scoreBands) problems.push(...checkScoreBands(rules.scoreBands));
  const share = rules.differentiatedSharePercent;
  const increase = rules.differentiatedIncreasePercent;
  if ((share === null) !== (increase === null))
    problems.push('the differentiated increase needs both the share of staff and the percentage');
  if (share !== null && !(share > 0 && share <= 100))
    problems.push('differentiatedSharePercent must be above 0 and at most 100');
  if (increase !== null && !(increase >= MIN_DIFFERENTIATED_INCREASE_PERCENT))
    problems.push(
      `differentiatedIncreasePercent must be at least ${MIN_DIFFERENTIATED_INCREASE_PERCENT} (CCNL art. 69)`,
    );
  return problems;
}

type Prepared = BonusCandidate & {
  band: ScoreBand | null;
  weight: bigint;
  coefInt: bigint;
  excluded: ExclusionReason | null;
};

function prepare(candidates: BonusCandidate[], rules: BonusRules): Prepared[] {
  return candidates.map((c) => {
    const band = c.total !== null && rules.scoreBands ? bandFor(c.total, rules.scoreBands) : null;
    const coefInt = toInt(c.coefficient, COEF_SCALE);
    let excluded: ExclusionReason | null = null;
    if (c.total === null) excluded = 'not_scored';
    else if (c.total < rules.minBonusScore) excluded = 'below_minimum';
    else if (rules.scoreBands && (band === null || band.sharePercent <= 0)) excluded = 'band_zero';
    else if (coefInt <= 0n) excluded = 'zero_coefficient';
    const basis = rules.scoreBands
      ? toInt(band?.sharePercent ?? 0, PCT_SCALE)
      : toInt(c.total ?? 0, SCORE_SCALE);
    return { ...c, band, coefInt, excluded, weight: excluded ? 0n : basis * coefInt };
  });
}

/**
 * CCNL art. 69: the best scores within the share of evaluated staff. The share is a maximum, so the count
 * is rounded down; people tied at the boundary are all left out, so equal scores are never treated
 * differently and the share is never exceeded.
 */
function pickIncreased(prepared: Prepared[], sharePercent: number): Set<string> {
  const evaluated = prepared.filter((p) => p.total !== null).length;
  const k = Number((BigInt(evaluated) * toInt(sharePercent, PCT_SCALE)) / (100n * BigInt(PCT_SCALE)));
  const ranked = prepared.filter((p) => p.excluded === null).sort((a, b) => (b.total ?? 0) - (a.total ?? 0));
  if (k <= 0 || ranked.length === 0) return new Set();
  if (k >= ranked.length) return new Set(ranked.map((p) => p.personId));
  const cutoff = ranked[k - 1]?.total ?? 0;
  const tiedAtBoundary = ranked[k]?.total === cutoff;
  return new Set(
    ranked
      .filter((p) => (p.total ?? 0) > cutoff || (!tiedAtBoundary && (p.total ?? 0) === cutoff))
      .map((p) => p.personId),
  );
}

/**
 * Shares a fund (integer cents) in proportion to total × coefficient (or band share × coefficient) among
 * those at or above the minimum score, with the optional CCNL art. 69 increase, in integer cents by
 * largest remainder so the shares add up to the fund exactly. See docs/decisions/007-bonus-distribution.md.
 * D.Lgs. 150/2009 art. 18: no bonus without differentiation — shares follow the scores, never equal by default.
 */
export function distributeBonus(
  fundCents: number,
  candidates: BonusCandidate[],
  rules: BonusRules,
): BonusDistribution {
  if (!Number.isSafeInteger(fundCents) || fundCents < 0)
    throw new RangeError('fundCents must be a whole number ≥ 0');
  const problems = checkBonusRules(rules);
  if (problems.length > 0) throw new RangeError(problems.join('; '));
  const ids = new Set(candidates.map((c) => c.personId));
  if (ids.size !== candidates.length) throw new RangeError('a person appears twice');

  const prepared = prepare(candidates, rules);
  const eligible = prepared.filter((p) => p.excluded === null);
  const n = BigInt(eligible.length);
  const W = eligible.reduce((s, p) => s + p.weight, 0n);
  const increasePct = rules.differentiatedIncreasePercent;
  const increased =
    rules.differentiatedSharePercent !== null && increasePct !== null
      ? pickIncreased(prepared, rules.differentiatedSharePercent)
      : new Set<string>();
  const incInt = increasePct === null ? 0n : toInt(increasePct, PCT_SCALE);
  const ONE = 100n * BigInt(PCT_SCALE) * BigInt(COEF_SCALE); // 100% × coefficient 1, in scaled units
  const selectedCoef = eligible.filter((p) => increased.has(p.personId)).reduce((s, p) => s + p.coefInt, 0n);

  // base_i = F·w_i·n / (W·(n + p·C)), increase_i = F·p·W·c_i / (W·(n + p·C)): see decision 007.
  const claims = eligible.map((p) => ({
    key: p.personId,
    base: p.weight * n * ONE,
    increase: increased.has(p.personId) ? incInt * W * p.coefInt : 0n,
  }));
  const U = W * (n * ONE + incInt * selectedCoef);
  const fund = BigInt(fundCents);
  const totalsById = new Map(prepared.map((p) => [p.personId, p.total ?? 0]));
  const apportioned = largestRemainder(
    fund,
    claims.map((c) => ({ key: c.key, weight: c.base + c.increase })),
    // Equal remainders: the higher total first, then the person id — a fixed order, whatever the input order.
    (a, b) => (totalsById.get(b) ?? 0) - (totalsById.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const byId = new Map(apportioned.map((a) => [a.key, a]));
  const claimById = new Map(claims.map((c) => [c.key, c]));

  const baseFundExactCents = ratio(fund * W * n * ONE, U);
  const increaseFundExactCents = U === 0n ? 0 : fundCents - baseFundExactCents;
  const averageBaseExactCents = n > 0n ? ratio(fund * W * ONE, U) : null;
  const context: ExplainContext = {
    rules,
    fundCents,
    totalPoints: Number(W) / Number(rules.scoreBands ? PCT_SCALE * COEF_SCALE : SCORE_SCALE * COEF_SCALE),
    baseFundExactCents,
    increaseFundExactCents,
    averageBaseExactCents,
    withIncrease: increased.size > 0,
  };

  const items: BonusItem[] = prepared.map((p) => {
    const a = byId.get(p.personId);
    const c = claimById.get(p.personId);
    const item: BonusItem = {
      personId: p.personId,
      total: p.total,
      coefficient: p.coefficient,
      bandSharePercent: p.band?.sharePercent ?? null,
      points: Number(p.weight) / Number(rules.scoreBands ? PCT_SCALE * COEF_SCALE : SCORE_SCALE * COEF_SCALE),
      excluded: p.excluded,
      increased: increased.has(p.personId) && p.excluded === null,
      baseExactCents: c ? ratio(fund * c.base, U) : 0,
      increaseExactCents: c ? ratio(fund * c.increase, U) : 0,
      bonusCents: a ? Number(a.share) : 0,
      roundedUp: a?.extra === 1,
      explanation: [],
    };
    item.explanation = explainItem(item, context, a?.remainder === 0n);
    return item;
  });

  const totalCents = items.reduce((s, i) => s + i.bonusCents, 0);
  return {
    fundCents,
    totalCents,
    items,
    eligible: eligible.length,
    increased: items.filter((i) => i.increased).length,
    baseFundExactCents,
    increaseFundExactCents,
    averageBaseExactCents,
    warnings: warningsFor(items, rules),
  };
}

/** The warnings of a distribution, from its items (also for a stored one, with the rules in force). */
export function warningsFor(
  items: Pick<BonusItem, 'excluded' | 'bonusCents' | 'increased'>[],
  rules: Pick<BonusRules, 'differentiatedSharePercent'>,
): BonusWarning[] {
  const warnings: BonusWarning[] = [];
  const paid = items.filter((i) => i.excluded === null);
  const notScored = items.filter((i) => i.excluded === 'not_scored').length;
  if (notScored > 0)
    warnings.push({
      code: 'not_scored',
      message: `${notScored} ${notScored === 1 ? 'scheda non è completa ed è esclusa' : 'schede non sono complete e sono escluse'} dalla ripartizione.`,
    });
  if (paid.length === 0)
    warnings.push({
      code: 'no_eligible',
      message: 'Nessuna persona raggiunge il punteggio minimo: il fondo non è ripartito.',
    });
  else if (paid.length > 1 && paid.every((i) => Math.abs(i.bonusCents - (paid[0]?.bonusCents ?? 0)) <= 1))
    warnings.push({
      code: 'undifferentiated',
      message:
        'Le quote risultano tutte uguali: il premio non è differenziato (D.Lgs. 150/2009 art. 18). Verificare le valutazioni.',
    });
  if (rules.differentiatedSharePercent !== null && paid.length > 0 && !paid.some((i) => i.increased))
    warnings.push({
      code: 'increase_nobody',
      message:
        'Nessuno riceve la maggiorazione: la quota di personale è troppo piccola o i migliori punteggi sono a pari merito al limite della quota.',
    });
  return warnings;
}

type ExplainContext = {
  rules: BonusRules;
  fundCents: number;
  totalPoints: number;
  baseFundExactCents: number;
  increaseFundExactCents: number;
  averageBaseExactCents: number | null;
  withIncrease: boolean;
};

const num = (n: number) => formatNumberIt(n, { maxDecimals: 4 });
const pts = (n: number) => formatNumberIt(n, { fixed: 2 });
const exactEuro = (cents: number) => `${formatNumberIt(cents / 100, { maxDecimals: 4 })} €`;

/** The calculation in words for one person (Italian). */
function explainItem(item: BonusItem, ctx: ExplainContext, isExact: boolean): string[] {
  const { rules } = ctx;
  const t = item.total === null ? '' : pts(item.total);
  switch (item.excluded) {
    case 'not_scored':
      return ['Scheda di valutazione non ancora completa: esclusa dalla ripartizione.'];
    case 'below_minimum':
      return [
        `Punteggio totale ${t}, inferiore al minimo di ${pts(rules.minBonusScore)} previsto per il premio: nessuna quota.`,
      ];
    case 'band_zero':
      return [
        item.bandSharePercent === null
          ? `Punteggio totale ${t}, al di sotto della prima fascia: nessuna quota.`
          : `Punteggio totale ${t}: fascia con lo 0% del premio: nessuna quota.`,
      ];
    case 'zero_coefficient':
      return [`Punteggio totale ${t}, coefficiente 0: nessuna quota.`];
    default:
      break;
  }
  const lines: string[] = [];
  const band = rules.scoreBands ? bandFor(item.total ?? 0, rules.scoreBands) : null;
  if (band)
    lines.push(
      `Punteggio totale ${t}: fascia da ${num(band.minTotal)} punti, ${num(band.sharePercent)}% del premio massimo.`,
    );
  else
    lines.push(
      rules.minBonusScore > 0
        ? `Punteggio totale ${t}, pari o superiore al minimo di ${pts(rules.minBonusScore)}: ammesso al premio.`
        : `Punteggio totale ${t}.`,
    );
  const basis = band ? `${num(band.sharePercent)}%` : t;
  lines.push(
    `Peso nella ripartizione: ${basis} × coefficiente ${num(item.coefficient)} = ${num(item.points)} su ${num(ctx.totalPoints)} complessivi.`,
  );
  if (ctx.withIncrease) {
    lines.push(
      `Quota base: ${exactEuro(ctx.baseFundExactCents)} (parte del fondo ripartita per punteggio; ${exactEuro(ctx.increaseFundExactCents)} finanziano la maggiorazione) × ${num(item.points)} / ${num(ctx.totalPoints)} = ${exactEuro(item.baseExactCents)}.`,
    );
    if (item.increased && ctx.averageBaseExactCents !== null)
      lines.push(
        `Maggiorazione (CCNL Funzioni Locali 21/05/2018 art. 69, migliori punteggi entro il ${num(rules.differentiatedSharePercent ?? 0)}% del personale valutato): ${num(rules.differentiatedIncreasePercent ?? 0)}% del premio medio pro capite di ${exactEuro(ctx.averageBaseExactCents)}${item.coefficient === 1 ? '' : ` × coefficiente ${num(item.coefficient)}`} = ${exactEuro(item.increaseExactCents)}.`,
      );
  } else {
    lines.push(
      `Quota: ${formatEuro(ctx.fundCents)} × ${num(item.points)} / ${num(ctx.totalPoints)} = ${exactEuro(item.baseExactCents)}.`,
    );
  }
  const rounding = isExact
    ? 'importo esatto'
    : item.roundedUp
      ? 'arrotondato per eccesso: uno dei centesimi residui va ai resti più alti'
      : 'arrotondato per difetto al centesimo';
  lines.push(`Importo assegnato: ${formatEuro(item.bonusCents)} (${rounding}).`);
  return lines;
}
