import { describe, expect, it } from 'vitest';
import { DEFAULT_ACHIEVEMENT_RULES as defaults } from './evaluation-rules.schema.ts';
import { type IndicatorRule, scoreIndicator } from './indicator-achievement.ts';

const positive = (target: number | null): IndicatorRule => ({
  binary: false,
  polarity: 'positive',
  target,
  targetsByYear: null,
});
const negative = (target: number): IndicatorRule => ({ ...positive(target), polarity: 'negative' });
const binary: IndicatorRule = { ...positive(1), binary: true };

/** The seeds' real indicators (Cremona PEG 2019, Chieve Piano 2020) with plausible results. */
const cases: {
  seed: string;
  indicator: IndicatorRule;
  actual: number;
  achievement: number | null;
  explanation: string;
  rules?: Partial<typeof defaults>;
}[] = [
  {
    seed: '1011 Incremento visitatori, target +3%, +1,5%',
    indicator: positive(3),
    actual: 1.5,
    achievement: 50,
    explanation: '1,5 su 3 → 50%',
  },
  {
    seed: '1011, +4,2% beats the target',
    indicator: positive(3),
    actual: 4.2,
    achievement: 100,
    explanation: '4,2 su 3 → 140%, limitato al 100%',
  },
  {
    seed: '1011, visitors fell by 10%',
    indicator: positive(3),
    actual: -10,
    achievement: 0,
    explanation: '−10 su 3 → 0%',
  },
  {
    seed: '1011 as amended: 50.000 visitors',
    indicator: positive(50_000),
    actual: 45_000,
    achievement: 90,
    explanation: '45.000 su 50.000 → 90%',
  },
  {
    seed: '1299 sale mostre, target 247',
    indicator: positive(247),
    actual: 200,
    achievement: (100 * 200) / 247,
    explanation: '200 su 247 → 80,97%',
  },
  {
    seed: '1299 as amended: target 217',
    indicator: positive(217),
    actual: 200,
    achievement: (100 * 200) / 217,
    explanation: '200 su 217 → 92,17%',
  },
  {
    seed: '278 pubblico, target 91.690',
    indicator: positive(91_690),
    actual: 78_000,
    achievement: (100 * 78_000) / 91_690,
    explanation: '78.000 su 91.690 → 85,07%',
  },
  {
    seed: '278 as amended: target 78.000',
    indicator: positive(78_000),
    actual: 78_000,
    achievement: 100,
    explanation: '78.000 su 78.000 → 100%',
  },
  {
    seed: '1595 accordi, target 0',
    indicator: positive(0),
    actual: 3,
    achievement: 100,
    explanation: '3 ≥ 0 (target) → 100%',
  },
  {
    seed: '1528 ricorsi, negative, target 0,1 (Cremona’s workaround), none',
    indicator: negative(0.1),
    actual: 0,
    achievement: 100,
    explanation: '0 ≤ 0,1 (target, meno è meglio) → 100%',
  },
  {
    seed: '1528, negative, target 0 works: no appeals',
    indicator: negative(0),
    actual: 0,
    achievement: 100,
    explanation: '0 ≤ 0 (target, meno è meglio) → 100%',
  },
  {
    seed: '1528, negative, target 0, 0,5% appeals',
    indicator: negative(0),
    actual: 0.5,
    achievement: 0,
    explanation: '0,5 oltre il target 0 (meno è meglio) → 0%',
  },
  {
    seed: '1528, negative, target 1, 2% appeals',
    indicator: negative(1),
    actual: 2,
    achievement: 50,
    explanation: '2 oltre il target 1 (meno è meglio): 1 su 2 → 50%',
  },
  {
    seed: '1528, negative, linear method, target 1, 1,5%',
    indicator: negative(1),
    actual: 1.5,
    achievement: 50,
    rules: { negativeMethod: 'linear' },
    explanation: '1,5 oltre il target 1 (meno è meglio, metodo lineare): (2 × 1 − 1,5) / 1 → 50%',
  },
  {
    seed: '1528, negative, linear method, twice the target',
    indicator: negative(1),
    actual: 3,
    achievement: 0,
    rules: { negativeMethod: 'linear' },
    explanation: '3 oltre il target 1 (meno è meglio, metodo lineare): (2 × 1 − 3) / 1 → 0%',
  },
  {
    seed: '1613 Accordo di Programma, 1 = fatto',
    indicator: binary,
    actual: 1,
    achievement: 100,
    explanation: 'fatto (1) → 100%',
  },
  {
    seed: '1613, 0 = non fatto',
    indicator: binary,
    actual: 0,
    achievement: 0,
    explanation: 'non fatto (0) → 0%',
  },
  {
    seed: 'Chieve trasparenza, "Almeno 80%", 85%',
    indicator: positive(80),
    actual: 85,
    achievement: 100,
    explanation: '85 su 80 → 106,25%, limitato al 100%',
  },
  {
    seed: 'Chieve delibere digitali, "Almeno 80%", 60%',
    indicator: positive(80),
    actual: 60,
    achievement: 75,
    explanation: '60 su 80 → 75%',
  },
  {
    seed: 'Chieve regolamento, 100%, floor 30 and 25% reached',
    indicator: positive(100),
    actual: 25,
    achievement: 0,
    rules: { floor: 30 },
    explanation: '25 su 100 → 25%, sotto la soglia minima del 30% → 0%',
  },
  {
    seed: '1396 iniziative, cap 120 rewards over-achievement',
    indicator: positive(24),
    actual: 30,
    achievement: 120,
    rules: { cap: 120 },
    explanation: '30 su 24 → 125%, limitato al 120%',
  },
  {
    seed: 'an indicator without a target cannot be scored',
    indicator: positive(null),
    actual: 5,
    achievement: null,
    explanation: 'target non definito: grado non calcolabile',
  },
];

describe('indicator achievement: the rules of PRODUCT.md on the seeds’ indicators', () => {
  it.each(cases)('$seed', ({ indicator, actual, achievement, explanation, rules }) => {
    const score = scoreIndicator(indicator, actual, { ...defaults, ...rules });
    if (achievement === null) expect(score.achievement).toBeNull();
    else expect(score.achievement).toBeCloseTo(achievement, 10);
    expect(score.explanation).toBe(explanation);
  });

  it('a multi-year indicator uses the target of the measurement’s year', () => {
    const i: IndicatorRule = { ...positive(90), targetsByYear: { '2020': 95, '2021': 100 } };
    expect(scoreIndicator(i, 90, defaults, 2019).achievement).toBe(100);
    expect(scoreIndicator(i, 95, defaults, 2021).achievement).toBe(95);
  });

  it('achievement is unrounded: the API gives 80.97…, pages round it', () => {
    expect(scoreIndicator(positive(247), 200, defaults).achievement).toBe((100 * 200) / 247);
  });
});
