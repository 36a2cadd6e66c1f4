/**
 * At most `max` tasks at once; the others wait in arrival order. Long PDF renders go through one
 * of these (pdf.ts): each holds a few hundred MB while it runs, so two at once on a small server
 * would double the peak instead of finishing the first sooner (the work is CPU-bound either way).
 */
export function createLimiter(max: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
      active++;
      try {
        return await task();
      } finally {
        release();
      }
    },
    /** How many run and how many wait, for tests and diagnostics. */
    stats: () => ({ active, waiting: waiting.length }),
  };
}
