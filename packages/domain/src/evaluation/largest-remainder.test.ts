import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestRemainder } from './largest-remainder.ts';

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('largest remainder', () => {
  it('gives the leftover units to the largest fractional parts', () => {
    // 100 × 1/3, 1/3, 1/3 → 33, 33, 33 and one unit left: the tie goes to the first key.
    const shares = largestRemainder(
      100n,
      [
        { key: 'c', weight: 1n },
        { key: 'a', weight: 1n },
        { key: 'b', weight: 1n },
      ],
      byKey,
    );
    expect(shares.map((s) => [s.key, Number(s.share)])).toEqual([
      ['c', 33],
      ['a', 34],
      ['b', 33],
    ]);
  });

  it('gives nothing when every weight is zero', () => {
    expect(largestRemainder(500n, [{ key: 'a', weight: 0n }], byKey)[0]?.share).toBe(0n);
  });

  it('always adds up to the amount, each share within one unit of its exact quota, whatever the order', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: 1, maxLength: 40 }),
        (amount, weights) => {
          const claims = weights.map((weight, i) => ({ key: `k${String(i).padStart(3, '0')}`, weight }));
          const sum = weights.reduce((s, w) => s + w, 0n);
          const shares = largestRemainder(amount, claims, byKey);
          const total = shares.reduce((s, x) => s + x.share, 0n);
          expect(total).toBe(sum === 0n ? 0n : amount);
          for (const s of shares) {
            const w = claims.find((c) => c.key === s.key)?.weight ?? 0n;
            if (sum > 0n) expect(s.share * sum - amount * w).toBeLessThan(sum);
          }
          const reversed = largestRemainder(amount, [...claims].reverse(), byKey);
          const asMap = (xs: typeof shares) => Object.fromEntries(xs.map((x) => [x.key, x.share]));
          expect(asMap(reversed)).toEqual(asMap(shares));
        },
      ),
      { numRuns: 200 },
    );
  });
});
