import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LoginSchema, MeSchema } from './auth.schema.ts';
import { requireActor } from './authorize.ts';
import { getMe } from './get-me.ts';
import { login } from './login.ts';
import { deleteSession, SESSION_COOKIE } from './session-store.ts';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/auth/login',
    { schema: { tags: ['auth'], security: [], body: LoginSchema, response: { 200: MeSchema } } },
    async (request, reply) => {
      const session = await login(app.db, {
        ...request.body,
        address: request.ip,
        ttlHours: app.config.sessionTtlHours,
      });
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        expires: session.expiresAt,
      });
      return getMe(app.db, session.userId);
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], response: { 204: z.null() } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deleteSession(app.db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get('/me', { schema: { tags: ['auth'], response: { 200: MeSchema } } }, async (request) => {
    const actor = requireActor(request.actor);
    return getMe(app.db, actor.userId);
  });
};
