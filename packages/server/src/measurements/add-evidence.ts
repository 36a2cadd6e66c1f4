import type { Evidence } from '@traguardo/domain/achievement/measurement.schema';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { measurementEvidence } from '../db/schema/measurements.ts';
import { conflict, unprocessable } from '../errors/app-error.ts';
import { detectFileType } from './detect-file-type.ts';
import { assertMeasurable, type measurementScope } from './measurement-scope.ts';
import { presentEvidence } from './measurements.presenter.ts';

/** Attaches a file to a measurement, stored in the database with it; the type is read from its bytes. */
export async function addEvidence(
  db: Db,
  options: {
    scope: Awaited<ReturnType<typeof measurementScope>>;
    filename: string;
    content: Buffer;
    actorUserId: string;
  },
): Promise<Evidence> {
  const { scope, content } = options;
  assertMeasurable(scope);
  if (scope.measurementStatus === 'validated')
    throw conflict('The Nucleo has validated this measurement: record a new one to change its evidence');
  const type = detectFileType(content, options.filename);
  if (!type)
    throw unprocessable('file: accepted types are PDF, PNG, JPEG, xlsx, docx, ods, odt, csv and txt', [
      {
        field: 'file',
        message: 'file: accepted types are PDF, PNG, JPEG, xlsx, docx, ods, odt, csv and txt',
      },
    ]);
  const filename = safeFilename(options.filename, type.extension);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(measurementEvidence)
      .values({
        measurementId: scope.measurementId,
        filename,
        mimeType: type.mimeType,
        size: content.length,
        content,
      })
      .returning({
        id: measurementEvidence.id,
        filename: measurementEvidence.filename,
        mimeType: measurementEvidence.mimeType,
        size: measurementEvidence.size,
        createdAt: measurementEvidence.createdAt,
      });
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      orgId: scope.orgId,
      actorUserId: options.actorUserId,
      action: 'measurement.evidence.add',
      entityType: 'measurement_evidence',
      entityId: row.id,
      after: { ...presentEvidence(row), measurementId: scope.measurementId },
    });
    return presentEvidence(row);
  });
}

/** The name as uploaded, without a path or control characters, with the extension of what the file is. */
export function safeFilename(name: string, extension: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .split('')
    .filter((ch) => ch.charCodeAt(0) >= 32 && ch.charCodeAt(0) !== 127 && !'"<>|:*?'.includes(ch))
    .join('')
    .trim()
    .slice(0, 150);
  const stem = base.replace(/\.[^.]*$/, '') || 'allegato';
  return `${stem}.${extension}`;
}
