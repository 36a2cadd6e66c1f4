import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, errorStatus, errorTitle, type ProblemItem } from '../errors/app-error.ts';

const PROBLEM = 'application/problem+json; charset=utf-8';

function problem(
  status: number,
  title: string,
  detail: string,
  errors?: ProblemItem[],
  extra?: Record<string, unknown>,
) {
  return {
    type: status >= 500 ? 'about:blank' : `https://traguardo.example/problems/${status}`,
    title,
    status,
    detail,
    ...(errors && errors.length > 0 ? { errors } : {}),
    ...extra,
  };
}

/** One handler writes every error as RFC 9457 problem+json and never leaks a stack trace. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      for (const [k, v] of Object.entries(error.options.headers ?? {})) reply.header(k, v);
      return reply
        .status(error.status)
        .type(PROBLEM)
        .send(
          problem(
            error.status,
            errorTitle[error.code],
            error.message,
            error.options.errors,
            error.options.extra,
          ),
        );
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((v) => {
        const where = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
        const field = [error.validationContext, where].filter(Boolean).join('.');
        return { field, message: `${field}: ${v.message ?? 'invalid'}` };
      });
      return reply
        .status(400)
        .type(PROBLEM)
        .send(problem(400, errorTitle.bad_request, errors.map((e) => e.message).join('; '), errors));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return reply
        .status(500)
        .type(PROBLEM)
        .send(problem(500, 'Internal Server Error', 'An unexpected error occurred'));
    }
    // 415 and 405 are not in the API's vocabulary: a wrong content type is a bad request.
    const status = error.statusCode === 415 || error.statusCode === 405 ? 400 : (error.statusCode ?? 500);
    if (status >= 500) {
      request.log.error({ err: error }, 'unhandled error');
      return reply
        .status(500)
        .type(PROBLEM)
        .send(problem(500, 'Internal Server Error', 'An unexpected error occurred'));
    }
    // Fastify's own 4xx: malformed JSON, body too large, wrong content type.
    const code = (Object.entries(errorStatus).find(([, s]) => s === status)?.[0] ??
      'bad_request') as keyof typeof errorTitle;
    return reply
      .status(status)
      .type(PROBLEM)
      .send(problem(status, errorTitle[code], error.message));
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .status(404)
      .type(PROBLEM)
      .send(
        problem(404, errorTitle.not_found, `No route for ${request.method} ${request.url.split('?')[0]}`),
      );
  });
});
