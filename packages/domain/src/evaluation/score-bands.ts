import type { ScoreBand } from './default-rules.ts';

/** The band a total falls in: the one with the highest `minTotal` not above it; null below every band. */
export function bandFor(total: number, bands: ScoreBand[]): ScoreBand | null {
  let found: ScoreBand | null = null;
  for (const b of bands)
    if (total >= b.minTotal && (found === null || b.minTotal > found.minTotal)) found = b;
  return found;
}

/** Problems with a set of bands (English, for the rules form and the API). */
export function checkScoreBands(bands: ScoreBand[]): string[] {
  const problems: string[] = [];
  const seen = new Set<number>();
  for (const b of bands) {
    if (!(b.sharePercent >= 0 && b.sharePercent <= 100))
      problems.push(`band from ${b.minTotal}: share must be between 0 and 100 percent`);
    if (!(b.minTotal >= 0 && b.minTotal <= 100)) problems.push(`band from ${b.minTotal}: total out of 0–100`);
    if (seen.has(b.minTotal)) problems.push(`band from ${b.minTotal} appears twice`);
    seen.add(b.minTotal);
  }
  const sorted = [...bands].sort((a, b) => a.minTotal - b.minTotal);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (prev && cur && cur.sharePercent < prev.sharePercent)
      problems.push(`band from ${cur.minTotal} gives less than the band below it`);
  }
  return problems;
}
