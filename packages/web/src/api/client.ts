import { z } from 'zod';

/** One entry of a problem's `errors` (RFC 9457 extension used by the API). */
export type ProblemItem = { row?: number; column?: string; field?: string; message: string };

const ProblemSchema = z.object({
  title: z.string().optional(),
  status: z.number().optional(),
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

/** An API answer that is not 2xx, read from its application/problem+json body. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly errors: ProblemItem[];
  /** Seconds from the Retry-After header (429), when given. */
  readonly retryAfterSeconds: number | null;

  constructor(options: {
    status: number;
    title?: string;
    detail?: string;
    errors?: ProblemItem[];
    retryAfterSeconds?: number | null;
  }) {
    super(options.detail ?? options.title ?? `HTTP ${options.status}`);
    this.name = 'ApiError';
    this.status = options.status;
    this.title = options.title ?? '';
    this.detail = options.detail ?? '';
    this.errors = options.errors ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
  }
}

export const isApiError = (error: unknown, status?: number): error is ApiError =>
  error instanceof ApiError && (status === undefined || error.status === status);

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON; a FormData is sent as multipart. */
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
  /**
   * A large answer (the whole plan: 9 MB of JSON for 2,500 objectives) is checked against its schema
   * in development and tests only; in the production build it is taken as the server sent it, which
   * the server's own response schema checks in the same places (decision 015).
   */
  large?: boolean;
};

const API_BASE = '/api/v1';

function urlFor(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined) params.set(key, String(value));
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = Number(response.headers.get('Retry-After'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null;
  const body: unknown = await response.json().catch(() => null);
  const problem = ProblemSchema.safeParse(body);
  return new ApiError({
    status: response.status,
    ...(problem.success ? problem.data : { detail: response.statusText }),
    retryAfterSeconds,
  });
}

function encodeBody(body: unknown): { body?: BodyInit; contentType?: string } {
  if (body === undefined) return {};
  // The browser sets the multipart boundary itself.
  if (body instanceof FormData) return { body };
  return { body: JSON.stringify(body), contentType: 'application/json' };
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const { body, contentType } = encodeBody(options.body);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (contentType) headers['Content-Type'] = contentType;
  const response = await fetch(urlFor(path, options.query), {
    method: options.method ?? 'GET',
    credentials: 'same-origin',
    headers,
    body,
    signal: options.signal,
  });
  if (!response.ok) throw await toApiError(response);
  return response;
}

/**
 * The one way the web app calls the API: same-origin cookie session, JSON in and out, problem+json
 * errors thrown as ApiError, and the answer parsed with the schema of the contract.
 */
export async function api<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  const response = await send(path, options);
  const body: unknown = await response.json();
  if (options.large && import.meta.env.PROD) return body as z.output<S>;
  return schema.parse(body);
}

/** For answers without a body (204). */
export async function apiNoContent(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}

/** A path the API gave (a `next` in a body, a Link header), made relative to the API base as `api` takes it. */
export const apiRelative = (url: string): string =>
  url.startsWith(`${API_BASE}/`) ? url.slice(API_BASE.length) : url;

/**
 * A page of a list that grows (PRODUCT.md: `?limit=&cursor=` and `Link: <…>; rel="next"`): its items,
 * and the path of the next page from the Link header (for `api`/`apiPage`), null on the last page.
 */
export async function apiPage<S extends z.ZodType>(
  path: string,
  itemSchema: S,
  options: RequestOptions = {},
): Promise<{ items: z.output<S>[]; next: string | null }> {
  const response = await send(path, options);
  const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('Link') ?? '')?.[1];
  return { items: z.array(itemSchema).parse(await response.json()), next: next ? apiRelative(next) : null };
}
