import { describe, expect, it } from 'vitest';
import { type BonusRules, EXAMPLE_SCORE_BANDS } from './default-rules.ts';
import { type BonusCandidate, checkBonusRules, distributeBonus } from './distribute-bonus.ts';

const NONE: BonusRules = {
  minBonusScore: 0,
  scoreBands: null,
  differentiatedSharePercent: null,
  differentiatedIncreasePercent: null,
};
const FUND = 1_000_000; // 10.000,00 €
const people = (...totals: (number | null)[]): BonusCandidate[] =>
  totals.map((total, i) => ({ personId: `p${String(i).padStart(2, '0')}`, total, coefficient: 1 }));
const cents = (d: ReturnType<typeof distributeBonus>) => d.items.map((i) => i.bonusCents);

describe('bonus shared in proportion to total × coefficient, to the cent', () => {
  it.each([
    // Hand calculation: 10.000,00 € × total / 314,75; floors 301.826 + 277.998 + 229.547 + 190.627 = 999.998
    // cents; the 2 cents left go to the largest remainders (,8467 and ,4821).
    [
      'four people, 10.000,00 €',
      FUND,
      people(95, 87.5, 72.25, 60),
      NONE,
      [301_827, 277_998, 229_547, 190_628],
    ],
    // 100,00 € among three equal totals: 33,33 each and 1 cent left: equal remainders and equal totals,
    // so the lowest person id gets it.
    ['three equal totals, 100,00 €', 10_000, people(80, 80, 80), NONE, [3_334, 3_333, 3_333]],
    // Equal remainders, different totals: the higher total gets the cent. 1 € × 50/150 and 100/150...
    // 0,01 € among 60 and 60 (remainders equal) → first id.
    ['one cent, two equal totals', 1, people(60, 60), NONE, [1, 0]],
    // Minimum 60: the 55 gets nothing; 10.000,00 € × 90/160 = 5.625,00 and × 70/160 = 4.375,00 exactly.
    ['minimum score 60', FUND, people(90, 55, 70), { ...NONE, minBonusScore: 60 }, [562_500, 0, 437_500]],
    // At the minimum counts: 60 ≥ 60. 1.000,00 € × 60/150 = 400,00, × 90/150 = 600,00.
    [
      'a total equal to the minimum is eligible',
      100_000,
      people(60, 90),
      { ...NONE, minBonusScore: 60 },
      [40_000, 60_000],
    ],
    // Coefficient 0,5 (part-time): weights 80 × 0,5 = 40 and 80 → 1.200,00 € × 40/120 = 400,00, × 80/120 = 800,00.
    [
      'a part-time coefficient halves the weight',
      120_000,
      [
        { personId: 'a', total: 80, coefficient: 0.5 },
        { personId: 'b', total: 80, coefficient: 1 },
      ],
      NONE,
      [40_000, 80_000],
    ],
    // Bands: 95 and 85 → 100%, 72 → 75%, 65 → 50%, 55 → 0%: 10.000,00 € × share / 325; floors leave 1 cent,
    // the two 100% shares tie on the remainder and the higher total (95) gets it.
    [
      'score bands turn a total into a share of the maximum',
      FUND,
      people(95, 85, 72, 65, 55),
      { ...NONE, scoreBands: EXAMPLE_SCORE_BANDS },
      [307_693, 307_692, 230_769, 153_846, 0],
    ],
    // A sheet without a total is left out; the others share the whole fund.
    ['an unscored sheet is left out', 90_000, people(60, null, 30), NONE, [60_000, 0, 30_000]],
  ])('%s', (_case, fund, candidates, rules, expected) => {
    const d = distributeBonus(fund, candidates, rules);
    expect(cents(d)).toEqual(expected);
    expect(d.totalCents).toBe(fund);
  });

  it('gives an equal remainder’s cent to the higher total', () => {
    // 0,01 € between 40 × 1,5 = 60 and 60 × 1: equal weights and remainders; the higher total (60) wins,
    // even though its id sorts last.
    const d = distributeBonus(
      1,
      [
        { personId: 'a', total: 40, coefficient: 1.5 },
        { personId: 'z', total: 60, coefficient: 1 },
      ],
      NONE,
    );
    expect(cents(d)).toEqual([0, 1]);
  });

  it('ties are broken the same way whatever the order of the people', () => {
    const forward = distributeBonus(10_000, people(80, 80, 80), NONE);
    const backward = distributeBonus(10_000, [...people(80, 80, 80)].reverse(), NONE);
    const asMap = (d: typeof forward) => Object.fromEntries(d.items.map((i) => [i.personId, i.bonusCents]));
    expect(asMap(backward)).toEqual(asMap(forward));
  });

  it('shares nothing when nobody reaches the minimum, and says so', () => {
    const d = distributeBonus(FUND, people(40, 50), { ...NONE, minBonusScore: 60 });
    expect([d.totalCents, ...cents(d)]).toEqual([0, 0, 0]);
    expect(d.warnings.map((w) => w.code)).toEqual(['no_eligible']);
  });

  it('warns when every share is equal: no bonus without differentiation (art. 18)', () => {
    expect(distributeBonus(10_000, people(80, 80, 80), NONE).warnings.map((w) => w.code)).toEqual([
      'undifferentiated',
    ]);
    expect(distributeBonus(FUND, people(95, 87.5), NONE).warnings).toEqual([]);
  });

  it('writes the calculation in words for each person', () => {
    const d = distributeBonus(FUND, people(95, 87.5, 72.25, 60, 40), { ...NONE, minBonusScore: 50 });
    expect(d.items[0]?.explanation).toEqual([
      'Punteggio totale 95,00, pari o superiore al minimo di 50,00: ammesso al premio.',
      'Peso nella ripartizione: 95,00 × coefficiente 1 = 95 su 314,75 complessivi.',
      'Quota: 10.000,00 € × 95 / 314,75 = 3.018,2685 €.',
      'Importo assegnato: 3.018,27 € (arrotondato per eccesso: uno dei centesimi residui va ai resti più alti).',
    ]);
    expect(d.items[1]?.explanation.at(-1)).toBe(
      'Importo assegnato: 2.779,98 € (arrotondato per difetto al centesimo).',
    );
    expect(d.items[4]?.explanation).toEqual([
      'Punteggio totale 40,00, inferiore al minimo di 50,00 previsto per il premio: nessuna quota.',
    ]);
  });
});

describe('CCNL art. 69: the best scores get a bonus increased over the average', () => {
  const ten = people(98, 95, 90, 85, 80, 75, 70, 65, 60, 50);
  const rules: BonusRules = { ...NONE, differentiatedSharePercent: 20, differentiatedIncreasePercent: 30 };

  it('gives the top 20% of ten people 30% of the average base premium on top, to the cent', () => {
    // n = 10 eligible, Σ totals = 768, p = 0,3, two people increased:
    // base fund = F·n/(n + p·2) = 10.000 × 10/10,6 = 9.433,9623 €; average base = 943,3962 €;
    // increase = 0,3 × 943,3962 = 283,0189 €. 98 → 9.433,9623 × 98/768 + 283,0189 = 1.486,8318 €.
    const d = distributeBonus(FUND, ten, rules);
    expect(cents(d)).toEqual([
      148_683, 144_998, 110_554, 104_412, 98_270, 92_129, 85_987, 79_845, 73_703, 61_419,
    ]);
    expect(d.totalCents).toBe(FUND);
    expect(d.items.filter((i) => i.increased).map((i) => i.personId)).toEqual(['p00', 'p01']);
    expect(d.averageBaseExactCents).toBeCloseTo(94_339.6226, 3);
    const top = d.items[0];
    expect(top?.increaseExactCents).toBeCloseTo(28_301.8867, 3);
    expect((top?.increaseExactCents ?? 0) / (d.averageBaseExactCents ?? 1)).toBeCloseTo(0.3, 6);
    expect(top?.explanation).toContain(
      'Maggiorazione (CCNL Funzioni Locali 21/05/2018 art. 69, migliori punteggi entro il 20% del personale valutato): 30% del premio medio pro capite di 943,3962 € = 283,0189 €.',
    );
  });

  it('rounds the share of staff down: 20% of four people is nobody', () => {
    const d = distributeBonus(FUND, people(98, 95, 90, 85), rules);
    expect(d.increased).toBe(0);
    expect(d.warnings.map((w) => w.code)).toContain('increase_nobody');
  });

  it('leaves out everyone tied at the boundary of the share', () => {
    // 20% of 10 = 2 places; 95 and 95 tie for the second place, so only 98 gets the increase.
    const d = distributeBonus(FUND, people(98, 95, 95, 85, 80, 75, 70, 65, 60, 50), rules);
    expect(d.items.filter((i) => i.increased).map((i) => i.personId)).toEqual(['p00']);
    expect(d.totalCents).toBe(FUND);
  });

  it('counts the share on evaluated staff but picks only among those eligible', () => {
    // 10 evaluated → 2 places; the minimum 55 leaves the 50 out of the bonus, not out of the count.
    const d = distributeBonus(FUND, ten, { ...rules, minBonusScore: 55 });
    expect(d.items.filter((i) => i.increased).map((i) => i.personId)).toEqual(['p00', 'p01']);
    expect(d.items[9]?.bonusCents).toBe(0);
    expect(d.totalCents).toBe(FUND);
  });

  it('refuses an increase below 30% and half-configured options', () => {
    expect(checkBonusRules({ ...rules, differentiatedIncreasePercent: 25 })).toEqual([
      'differentiatedIncreasePercent must be at least 30 (CCNL art. 69)',
    ]);
    expect(checkBonusRules({ ...rules, differentiatedIncreasePercent: null })).toContain(
      'the differentiated increase needs both the share of staff and the percentage',
    );
    expect(() => distributeBonus(FUND, ten, { ...rules, differentiatedIncreasePercent: 10 })).toThrow(
      RangeError,
    );
  });
});
