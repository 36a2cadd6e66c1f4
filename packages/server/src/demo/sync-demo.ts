import type { DemoLogin } from '../bootstrap/demo.ts';
import type { Db } from '../db/client.ts';

// Placeholder until the demo feature lands: no demo organisations yet.
export async function syncDemo(_db: Db, _enabled: boolean): Promise<DemoLogin[]> {
  return [];
}
