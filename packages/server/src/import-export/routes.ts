import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../auth/authorize.ts';
import { OrgParams } from '../orgs/orgs.schema.ts';
import { planScope } from '../plans/plan-scope.ts';
import { PlanParams } from '../plans/routes.ts';
import { EXPORT_FORMATS, exportPlan } from './export-plan.ts';
import { ExportQuerySchema, ImportResultSchema } from './import-export.schema.ts';
import { importPlan } from './import-plan.ts';
import { readImportForm } from './read-import-form.ts';

export const importExportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/orgs/:orgId/plans/import',
    {
      schema: {
        tags: ['plans'],
        description:
          'Multipart form: file (.xlsx, .xls, .ods, .csv, .tsv in the import layout), title, year; optional kind, endYear. All or nothing: 422 lists every bad row.',
        consumes: ['multipart/form-data'],
        params: OrgParams,
        response: { 201: ImportResultSchema },
      },
    },
    async (request, reply) => {
      const actor = authorize(request.actor, 'plan.create', { orgId: request.params.orgId });
      const form = await readImportForm(request, app.config.maxUploadBytes);
      const result = await importPlan(app.db, {
        orgId: request.params.orgId,
        actorUserId: actor.userId,
        file: form.file,
        title: form.title,
        kind: form.kind,
        startYear: form.year,
        endYear: form.endYear ?? form.year,
      });
      return reply.status(201).send(result);
    },
  );

  for (const format of EXPORT_FORMATS) {
    app.get(
      `/plans/:planId/export.${format}`,
      { schema: { tags: ['plans'], params: PlanParams, querystring: ExportQuerySchema } },
      async (request, reply) => {
        const scope = await planScope(app.db, request.params.planId);
        authorize(request.actor, 'plan.read', { orgId: scope.orgId });
        const file = await exportPlan(app.db, {
          planId: scope.planId,
          version: request.query.version,
          format,
        });
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          .header('cache-control', 'no-store')
          .send(file.body);
      },
    );
  }
};
