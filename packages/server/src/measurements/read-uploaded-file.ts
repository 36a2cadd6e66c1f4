import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';

/** The one `file` field of a multipart request, refused with 413 beyond `maxBytes`. */
export async function readUploadedFile(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ filename: string; content: Buffer }> {
  if (!request.isMultipart()) throw new AppError('bad_request', 'send the file as multipart/form-data');
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (part?.fieldname !== 'file')
    throw new AppError('unprocessable', 'file: missing', {
      errors: [{ field: 'file', message: 'file: missing' }],
    });
  try {
    return { filename: part.filename, content: await part.toBuffer() };
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('payload_too_large', `file: larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
    throw error;
  }
}
