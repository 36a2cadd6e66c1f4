import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../auth/actor.ts';
import { loadActor, SESSION_COOKIE } from '../auth/session-store.ts';
import { AppError } from '../errors/app-error.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Loads the caller from the session cookie, and refuses cross-site writes (CSRF: Origin check + SameSite). */
export const authPlugin = fp(async (app: FastifyInstance, opts: { allowedOrigins: string[] }) => {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await loadActor(app.db, token) : null;
    if (!SAFE.has(request.method) && request.actor) {
      const origin = request.headers.origin;
      const host = request.headers.host;
      const sameHost = !!origin && !!host && new URL(origin).host === host;
      if (origin && !sameHost && !opts.allowedOrigins.includes(origin)) {
        throw new AppError('forbidden', 'Cross-site request refused');
      }
    }
  });
});
