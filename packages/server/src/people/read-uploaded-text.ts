import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';

/**
 * The text of the uploaded `file` field. UTF-8 (with or without BOM) as the product asks; a file
 * that is not valid UTF-8 is read as Windows-1252, which is how Excel on Windows saves CSV.
 */
export async function readUploadedText(request: FastifyRequest): Promise<string> {
  if (!request.isMultipart()) throw new AppError('bad_request', 'file: send the CSV as multipart/form-data');
  const file = await request.file();
  if (file?.fieldname !== 'file') throw new AppError('bad_request', 'file: no file uploaded');
  const buffer = await file.toBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('windows-1252').decode(buffer);
  }
}
