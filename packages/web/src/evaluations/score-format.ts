import { formatEuro, formatNumberIt } from '@traguardo/domain/format/italian';

/** Scores as the sheet prints them: two decimals, Italian form (87,50). */
export const formatScore = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : formatNumberIt(value, { fixed: 2 });

/** An achievement for display (unrounded in the API): 93,33%. */
export const formatAchievement = (value: number): string => `${formatNumberIt(value, { maxDecimals: 2 })}%`;

export const formatBonus = (cents: number | null | undefined): string =>
  cents === null || cents === undefined ? '' : formatEuro(cents);
