import { DeleteQuerySchema } from '@traguardo/domain/plan/plan-authoring.schema';
import {
  CreateUnitSchema,
  UnitItemSchema,
  UpdateUnitSchema,
} from '@traguardo/domain/plan/units-people.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../auth/authorize.ts';
import { PageQuerySchema, pageWindow, sendPage } from '../http/pagination.ts';
import { OrgParams } from '../orgs/orgs.schema.ts';
import { createUnit } from './create-unit.ts';
import { deleteUnit } from './delete-unit.ts';
import { listUnits } from './list-units.ts';
import { updateUnit } from './update-unit.ts';

const UnitParams = OrgParams.extend({ unitId: z.string().uuid() });

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/orgs/:orgId/units',
    {
      schema: {
        tags: ['people'],
        description:
          'The units of an organisation, flat (parentId gives the tree), by name then id. Pages with ?limit=&cursor= and a Link rel="next" header; without limit, the whole list.',
        params: OrgParams,
        querystring: PageQuerySchema,
        response: { 200: z.array(UnitItemSchema) },
      },
    },
    async (request, reply) => {
      authorize(request.actor, 'org.read', { orgId: request.params.orgId });
      const rows = await listUnits(app.db, request.params.orgId, pageWindow(request.query));
      return sendPage(request, reply, request.query, rows);
    },
  );

  app.post(
    '/orgs/:orgId/units',
    {
      schema: {
        tags: ['people'],
        params: OrgParams,
        body: CreateUnitSchema,
        response: { 201: UnitItemSchema },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const actor = authorize(request.actor, 'people.manage', { orgId });
      const unit = await createUnit(app.db, { orgId, input: request.body, actorUserId: actor.userId });
      return reply.status(201).send(unit);
    },
  );

  app.patch(
    '/orgs/:orgId/units/:unitId',
    {
      schema: {
        tags: ['people'],
        params: UnitParams,
        body: UpdateUnitSchema,
        response: { 200: UnitItemSchema },
      },
    },
    async (request) => {
      const { orgId, unitId } = request.params;
      const actor = authorize(request.actor, 'people.manage', { orgId });
      return updateUnit(app.db, { orgId, unitId, changes: request.body, actorUserId: actor.userId });
    },
  );

  app.delete(
    '/orgs/:orgId/units/:unitId',
    { schema: { tags: ['people'], params: UnitParams, querystring: DeleteQuerySchema } },
    async (request, reply) => {
      const { orgId, unitId } = request.params;
      const actor = authorize(request.actor, 'people.manage', { orgId });
      await deleteUnit(app.db, {
        orgId,
        unitId,
        rowVersion: request.query.rowVersion,
        actorUserId: actor.userId,
      });
      return reply.status(204).send();
    },
  );
};
