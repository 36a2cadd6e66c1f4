import type { Db } from '../db/client.ts';

export type DemoLogin = { organization: string; role: string; email: string; password: string };

/**
 * Builds the two demo organisations from the seeds when missing (DEMO=1), or removes the demo
 * users when DEMO=0. Filled by the demo feature (src/demo/).
 */
export async function applyDemo(db: Db, enabled: boolean): Promise<DemoLogin[]> {
  const { syncDemo } = await import('../demo/sync-demo.ts');
  return syncDemo(db, enabled);
}
