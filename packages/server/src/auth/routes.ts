import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ChangePasswordSchema, LoginSchema, MeSchema } from './auth.schema.ts';
import { requireActor } from './authorize.ts';
import { changePassword } from './change-password.ts';
import { getMe } from './get-me.ts';
import { login } from './login.ts';
import { deleteSession, SESSION_COOKIE } from './session-store.ts';

function setSessionCookie(reply: FastifyReply, secure: boolean, session: { token: string; expiresAt: Date }) {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: session.expiresAt,
  });
}

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
      // Rotation: whatever session the browser carried before is ended; the new id replaces it.
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await deleteSession(app.db, previous);
      setSessionCookie(reply, request.protocol === 'https', session);
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

  app.post(
    '/me/password',
    { schema: { tags: ['auth'], body: ChangePasswordSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const session = await changePassword(app.db, {
        ...request.body,
        userId: actor.userId,
        ttlHours: app.config.sessionTtlHours,
      });
      setSessionCookie(reply, request.protocol === 'https', session);
      return reply.status(204).send(null);
    },
  );

  app.get('/me', { schema: { tags: ['auth'], response: { 200: MeSchema } } }, async (request) => {
    const actor = requireActor(request.actor);
    return getMe(app.db, actor.userId);
  });
};
