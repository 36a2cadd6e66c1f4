import { DeleteQuerySchema } from '@traguardo/domain/plan/plan-authoring.schema';
import {
  CreatePersonSchema,
  PeopleImportResultSchema,
  PersonItemSchema,
  UpdatePersonSchema,
} from '@traguardo/domain/plan/units-people.schema';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../auth/authorize.ts';
import { unprocessable } from '../errors/app-error.ts';
import { PageQuerySchema, pageWindow, sendPage } from '../http/pagination.ts';
import { OrgParams } from '../orgs/orgs.schema.ts';
import { createPerson } from './create-person.ts';
import { deletePerson } from './delete-person.ts';
import { importPeople } from './import-people.ts';
import { listPeople } from './list-people.ts';
import { readStaffCsv } from './read-staff-csv.ts';
import { readUploadedText } from './read-uploaded-text.ts';
import { updatePerson } from './update-person.ts';

const PersonParams = OrgParams.extend({ personId: z.string().uuid() });

export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/orgs/:orgId/people',
    {
      schema: {
        tags: ['people'],
        description:
          'The people (staff) of an organisation, by name then id. Pages with ?limit=&cursor= and a Link rel="next" header; without limit, the whole list.',
        params: OrgParams,
        querystring: PageQuerySchema,
        response: { 200: z.array(PersonItemSchema) },
      },
    },
    async (request, reply) => {
      authorize(request.actor, 'org.read', { orgId: request.params.orgId });
      reply.header('Cache-Control', 'no-store');
      const rows = await listPeople(app.db, request.params.orgId, pageWindow(request.query));
      return sendPage(request, reply, request.query, rows);
    },
  );

  app.post(
    '/orgs/:orgId/people',
    {
      schema: {
        tags: ['people'],
        params: OrgParams,
        body: CreatePersonSchema,
        response: { 201: PersonItemSchema },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const actor = authorize(request.actor, 'people.manage', { orgId });
      const person = await createPerson(app.db, { orgId, input: request.body, actorUserId: actor.userId });
      return reply.status(201).send(person);
    },
  );

  app.patch(
    '/orgs/:orgId/people/:personId',
    {
      schema: {
        tags: ['people'],
        params: PersonParams,
        body: UpdatePersonSchema,
        response: { 200: PersonItemSchema },
      },
    },
    async (request) => {
      const { orgId, personId } = request.params;
      const actor = authorize(request.actor, 'people.manage', { orgId });
      return updatePerson(app.db, { orgId, personId, changes: request.body, actorUserId: actor.userId });
    },
  );

  app.delete(
    '/orgs/:orgId/people/:personId',
    { schema: { tags: ['people'], params: PersonParams, querystring: DeleteQuerySchema } },
    async (request, reply) => {
      const { orgId, personId } = request.params;
      const actor = authorize(request.actor, 'people.manage', { orgId });
      await deletePerson(app.db, {
        orgId,
        personId,
        rowVersion: request.query.rowVersion,
        actorUserId: actor.userId,
      });
      return reply.status(204).send();
    },
  );

  app.post(
    '/orgs/:orgId/people/import',
    {
      schema: {
        tags: ['people'],
        params: OrgParams,
        consumes: ['multipart/form-data'],
        response: { 201: PeopleImportResultSchema },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const actor = authorize(request.actor, 'people.manage', { orgId });
      const table = readStaffCsv(await readUploadedText(request));
      if (table.errors.length > 0)
        throw unprocessable(
          `${table.errors.length} problem(s) in the file: nothing was imported`,
          table.errors,
        );
      return reply.status(201).send(await importPeople(app.db, { orgId, table, actorUserId: actor.userId }));
    },
  );
};
