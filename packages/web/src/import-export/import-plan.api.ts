import { z } from 'zod';
import { ApiError } from '../api/client.ts';

// Mirrors ImportResultSchema (packages/server/src/import-export/import-export.schema.ts).
const IssueSchema = z.object({ row: z.number(), column: z.string(), message: z.string() });
export type ImportIssue = z.infer<typeof IssueSchema>;

export const ImportResultSchema = z.object({
  planId: z.string(),
  counts: z.object({
    strategicLines: z.number(),
    objectives: z.number(),
    indicators: z.number(),
    units: z.number(),
    people: z.number(),
    changeRequests: z.number(),
  }),
  created: z.object({ units: z.number(), people: z.number() }),
  warnings: z.array(IssueSchema),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

const ProblemSchema = z.object({
  title: z.string().optional(),
  detail: z.string().optional(),
  errors: z
    .array(
      z.object({
        row: z.number().optional(),
        column: z.string().optional(),
        field: z.string().optional(),
        message: z.string(),
      }),
    )
    .optional(),
});

export type ImportRequest = {
  orgId: string;
  title: string;
  kind: string;
  year: number;
  endYear: number | null;
  file: File;
};

/** Where an upload stands: bytes on their way, then the server reading and writing the plan. */
export type UploadProgress = { phase: 'uploading'; loaded: number; total: number } | { phase: 'processing' };

/** The browser could not reach the server (offline, connection dropped). */
export class NetworkError extends Error {
  constructor() {
    super('network error');
    this.name = 'NetworkError';
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function toApiError(xhr: XMLHttpRequest): ApiError {
  const problem = ProblemSchema.safeParse(parseJson(xhr.responseText));
  return new ApiError({
    status: xhr.status,
    ...(problem.success ? problem.data : { detail: xhr.statusText }),
  });
}

/**
 * POST /orgs/{orgId}/plans/import as multipart. XMLHttpRequest rather than fetch because only it
 * reports upload progress, which a clerk needs to see on a 20 MB workbook. Resolves with the 201
 * answer; rejects with ApiError (problem+json), NetworkError, or an AbortError when `signal` aborts.
 */
export function uploadPlan(
  request: ImportRequest,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<ImportResult> {
  const form = new FormData();
  form.set('title', request.title);
  form.set('kind', request.kind);
  form.set('year', String(request.year));
  if (request.endYear !== null) form.set('endYear', String(request.endYear));
  // Text fields first, file last: the order the API documents.
  form.set('file', request.file, request.file.name);

  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/orgs/${encodeURIComponent(request.orgId)}/plans/import`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      const total = event.lengthComputable ? event.total : request.file.size;
      onProgress({ phase: 'uploading', loaded: event.loaded, total });
    };
    xhr.upload.onload = () => onProgress({ phase: 'processing' });
    xhr.onload = () => {
      if (xhr.status === 201) {
        const parsed = ImportResultSchema.safeParse(parseJson(xhr.responseText));
        if (parsed.success) resolve(parsed.data);
        else reject(new ApiError({ status: 500, detail: 'unexpected answer' }));
      } else {
        reject(toApiError(xhr));
      }
    };
    xhr.onerror = () => reject(new NetworkError());
    xhr.onabort = () => reject(new DOMException('upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    onProgress({ phase: 'uploading', loaded: 0, total: request.file.size });
    xhr.send(form);
  });
}

export const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
