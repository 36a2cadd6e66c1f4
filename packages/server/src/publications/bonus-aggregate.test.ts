import { describe, expect, it } from 'vitest';
import { aggregateBonus, bandLabels, type EvaluatedPerson } from './bonus-aggregate.ts';

const staff = (total: number | null, bonusCents: number | null): EvaluatedPerson => ({
  group: 'staff',
  total,
  bonusCents,
});

describe('the published bonus aggregate', () => {
  it('labels the bands the Italian way', () => {
    expect(bandLabels([0, 60, 70, 80])).toEqual([
      'da 0 a 59,99 punti',
      'da 60 a 69,99 punti',
      'da 70 a 79,99 punti',
      'da 80 a 100 punti',
    ]);
  });

  it('counts staff per score band, with the money in total and on average', () => {
    const result = aggregateBonus({
      fundCents: 1_000_000,
      distributedCents: 1_000_000,
      paidAt: null,
      bandFloors: [60, 70, 80],
      people: [staff(55, 0), staff(65, 200_000), staff(85, 400_000), staff(92, 400_000)],
    });
    const group = result.groups.find((g) => g.group === 'staff');
    expect(group).toMatchObject({
      evaluated: 4,
      withheld: false,
      withBonus: 3,
      totalBonusCents: 1_000_000,
      averageBonusCents: 333_333,
      bandsUsed: 3,
      topBandPercent: 50,
    });
    expect(group?.bands.map((b) => b.count)).toEqual([1, 1, 0, 2]);
    expect(result.paid).toBe(false);
  });

  it('publishes only the size of a group too small to stay anonymous', () => {
    const result = aggregateBonus({
      fundCents: 500_000,
      distributedCents: 500_000,
      paidAt: '2021-07-01T00:00:00.000Z',
      bandFloors: null,
      people: [
        { group: 'managers', total: 95, bonusCents: 300_000 },
        { group: 'managers', total: 70, bonusCents: 200_000 },
      ],
    });
    const managers = result.groups.find((g) => g.group === 'managers');
    expect(managers).toMatchObject({ evaluated: 2, withheld: true, bands: [], totalBonusCents: null });
    expect(result.paid).toBe(true);
  });

  it('uses the default bands when the SMVP sets none', () => {
    const result = aggregateBonus({
      fundCents: null,
      distributedCents: null,
      paidAt: null,
      bandFloors: null,
      people: [staff(50, null), staff(75, null), staff(99, null)],
    });
    const group = result.groups[1];
    expect(group?.bands.map((b) => b.label)).toHaveLength(5);
    expect(group?.bands.map((b) => b.count)).toEqual([1, 0, 1, 0, 1]);
    expect(group?.totalBonusCents).toBeNull();
  });
});
