import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize, authorizeInstanceAdmin, requireActor } from '../auth/authorize.ts';
import { PageQuerySchema, pageWindow, sendPage } from '../http/pagination.ts';
import { createOrg } from './create-org.ts';
import { getOrg, getOrgStructure } from './get-org.ts';
import { listOrgs } from './list-orgs.ts';
import {
  CreateOrgSchema,
  CreateUserSchema,
  OrgParams,
  OrgSchema,
  UnitSchema,
  UserSchema,
} from './orgs.schema.ts';
import { createUser, listUsers } from './users.ts';

const present = (o: z.infer<typeof OrgSchema>) => ({
  id: o.id,
  slug: o.slug,
  name: o.name,
  kind: o.kind,
  province: o.province,
  introduction: o.introduction,
});

export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/orgs',
    {
      schema: {
        tags: ['orgs'],
        description:
          'The organisations of the caller (all of them for the instance administrator), by name then id. Pages with ?limit=&cursor= and a Link rel="next" header; without limit, the whole list.',
        querystring: PageQuerySchema,
        response: { 200: z.array(OrgSchema) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const rows = await listOrgs(app.db, actor, pageWindow(request.query));
      return sendPage(request, reply, request.query, rows).map(present);
    },
  );

  app.post(
    '/orgs',
    { schema: { tags: ['orgs'], body: CreateOrgSchema, response: { 201: OrgSchema } } },
    async (request, reply) => {
      const actor = authorizeInstanceAdmin(request.actor);
      const org = await createOrg(app.db, { ...request.body, actorUserId: actor.userId });
      return reply.status(201).send(present(org));
    },
  );

  app.get(
    '/orgs/:orgId',
    {
      schema: {
        tags: ['orgs'],
        description:
          "The organisation with its units (by name, each with its manager's name). Its people are listed, a page at a time, by GET /orgs/{orgId}/people.",
        params: OrgParams,
        response: { 200: OrgSchema.extend({ units: z.array(UnitSchema) }) },
      },
    },
    async (request) => {
      authorize(request.actor, 'org.read', { orgId: request.params.orgId });
      const org = await getOrg(app.db, request.params.orgId);
      return { ...present(org), ...(await getOrgStructure(app.db, org.id)) };
    },
  );

  app.get(
    '/orgs/:orgId/users',
    {
      schema: {
        tags: ['orgs'],
        description:
          'The users of an organisation with their roles, by name then id. Pages with ?limit=&cursor= and a Link rel="next" header; without limit, the whole list.',
        params: OrgParams,
        querystring: PageQuerySchema,
        response: { 200: z.array(UserSchema) },
      },
    },
    async (request, reply) => {
      authorize(request.actor, 'users.read', { orgId: request.params.orgId });
      const rows = await listUsers(app.db, request.params.orgId, pageWindow(request.query));
      return sendPage(request, reply, request.query, rows);
    },
  );

  app.post(
    '/orgs/:orgId/users',
    { schema: { tags: ['orgs'], params: OrgParams, body: CreateUserSchema, response: { 201: UserSchema } } },
    async (request, reply) => {
      const actor = authorize(request.actor, 'users.manage', { orgId: request.params.orgId });
      const user = await createUser(app.db, {
        ...request.body,
        orgId: request.params.orgId,
        actorUserId: actor.userId,
      });
      return reply.status(201).send(user);
    },
  );
};
