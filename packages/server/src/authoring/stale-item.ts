import { AppError } from '../errors/app-error.ts';

/**
 * Optimistic locking: the editor saved from an older version of the item. Nothing is written;
 * the problem carries the item as it is now (`current`) so the page can show what changed.
 */
export async function assertFresh(
  expected: number,
  actual: number,
  current: () => unknown | Promise<unknown>,
): Promise<void> {
  if (expected === actual) return;
  throw new AppError(
    'conflict',
    'The item was changed by someone else since you opened it: review it and save again',
    { extra: { current: await current() } },
  );
}
