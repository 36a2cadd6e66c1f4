import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { measurementEvidence } from '../db/schema/measurements.ts';
import { notFound } from '../errors/app-error.ts';

export async function readEvidence(db: DbOrTx, measurementId: string, evidenceId: string) {
  const [row] = await db
    .select()
    .from(measurementEvidence)
    .where(and(eq(measurementEvidence.id, evidenceId), eq(measurementEvidence.measurementId, measurementId)));
  if (!row) throw notFound('Evidence');
  return row;
}

/** RFC 6266 / 5987: an ASCII fallback and the UTF-8 name. */
export function contentDisposition(filename: string): string {
  const ascii =
    filename
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || 'allegato';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
