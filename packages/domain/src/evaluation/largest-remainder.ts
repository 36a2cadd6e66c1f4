/** One claimant of an apportionment: an integer weight (BigInt keeps the arithmetic exact). */
export type Claim = { key: string; weight: bigint };

export type Apportioned = {
  key: string;
  /** ⌊amount × weight / Σ weights⌋ */
  floor: bigint;
  /** amount × weight mod Σ weights: the fractional part, over the common denominator Σ weights. */
  remainder: bigint;
  /** 1 for the claimants that receive one of the units left after the floors. */
  extra: 0 | 1;
  share: bigint;
};

/**
 * Hamilton's largest remainder method: each claimant gets the floor of its exact quota, then the units
 * left over (fewer than the number of claimants) go one each to the largest fractional parts. The shares
 * add up to `amount` exactly. Equal remainders are ordered by `tieBreak` (it must be a total order on
 * keys so the result never depends on the input order). All arithmetic is on integers: no float drift.
 */
export function largestRemainder(
  amount: bigint,
  claims: Claim[],
  tieBreak: (a: string, b: string) => number,
): Apportioned[] {
  if (amount < 0n) throw new RangeError('amount must not be negative');
  if (claims.some((c) => c.weight < 0n)) throw new RangeError('weights must not be negative');
  const sum = claims.reduce((s, c) => s + c.weight, 0n);
  if (sum === 0n) return claims.map((c) => ({ key: c.key, floor: 0n, remainder: 0n, extra: 0, share: 0n }));
  const parts = claims.map((c) => ({
    key: c.key,
    floor: (amount * c.weight) / sum,
    remainder: (amount * c.weight) % sum,
  }));
  const left = amount - parts.reduce((s, p) => s + p.floor, 0n);
  const order = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? tieBreak(a.key, b.key) : a.remainder > b.remainder ? -1 : 1,
  );
  const winners = new Set(order.slice(0, Number(left)).map((p) => p.key));
  return parts.map((p) => {
    const extra = winners.has(p.key) ? 1 : 0;
    return { ...p, extra, share: p.floor + BigInt(extra) };
  });
}
