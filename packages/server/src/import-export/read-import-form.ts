import { IMPORT_LIMITS } from '@traguardo/domain/import/import-limits';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import { type ImportForm, ImportFormSchema } from './import-export.schema.ts';

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;

/** The multipart import form: one `file` and its text fields, validated; 413 over the size limit. */
export async function readImportForm(
  request: FastifyRequest,
  maxBytes: number,
): Promise<ImportForm & { file: { filename: string; bytes: Buffer } }> {
  if (!request.isMultipart()) throw new AppError('bad_request', 'send the file as multipart/form-data');
  const limit = Math.min(maxBytes, IMPORT_LIMITS.fileBytes);
  const fields: Record<string, unknown> = {};
  let file: { filename: string; bytes: Buffer } | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: limit, files: 1, fields: 10 } })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file') file = { filename: part.filename, bytes };
      } else {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    if (error instanceof Error && 'statusCode' in error && error.statusCode === 413)
      throw new AppError('payload_too_large', `the file is larger than ${size(limit)}`);
    throw error;
  }
  if (!file || file.bytes.length === 0)
    throw new AppError('bad_request', 'file: a spreadsheet is required', {
      errors: [{ field: 'file', message: 'file: a spreadsheet is required' }],
    });
  const parsed = ImportFormSchema.safeParse(fields);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => {
      const field = i.path.join('.');
      return { field, message: `${field}: ${i.message}` };
    });
    throw new AppError('bad_request', errors.map((e) => e.message).join('; '), { errors });
  }
  return { ...parsed.data, file };
}
