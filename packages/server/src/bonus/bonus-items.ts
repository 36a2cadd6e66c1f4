import { BonusItemSchema } from '@traguardo/domain/evaluation/evaluation.schema';
import { z } from 'zod';

/**
 * What `bonus_distributions.items` stores: the contract's {personId, total, bonusCents} plus the
 * calculation in words and the flags of each item (names are joined at read time, never stored).
 */
export const StoredItemSchema = BonusItemSchema.omit({ name: true, category: true });
export type StoredItem = z.infer<typeof StoredItemSchema>;

export const StoredWarningsSchema = z.array(z.object({ code: z.string(), message: z.string() }));

export function parseStoredItems(value: unknown): StoredItem[] {
  return z.array(StoredItemSchema).parse(value);
}
