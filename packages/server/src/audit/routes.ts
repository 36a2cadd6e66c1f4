import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../auth/authorize.ts';
import { OrgParams } from '../orgs/orgs.schema.ts';
import { AuditEntrySchema, presentAuditEntry } from './audit.presenter.ts';
import { listAuditEntries } from './list-audit-entries.ts';

const AuditQuerySchema = z.object({
  entityType: z.string().min(1).max(100).optional(),
  /** One id, or several separated by commas (an objective with its indicators and phases). */
  entityId: z
    .string()
    .min(1)
    .max(4000)
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.string().max(100)).max(100))
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.coerce.number().int().min(1).optional(),
});

/** The URL of the next page: the same query with `cursor` set to the last id of this one. */
function nextLink(url: string, cursor: number): string {
  const next = new URL(url, 'http://localhost');
  next.searchParams.set('cursor', String(cursor));
  return `<${next.pathname}${next.search}>; rel="next"`;
}

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/orgs/:orgId/audit',
    {
      schema: {
        tags: ['audit'],
        description:
          'Audit history of an organisation, newest first (by entry id, descending), a page at a time: ?limit= (50 unless given, at most 200), then the Link rel="next" header, whose cursor is the last id seen. Optionally of some items (entityId may list several ids separated by commas). Entries about evaluations and bonuses (entityType starting with "evaluation" or "bonus") are personal data and are never listed here.',
        params: OrgParams,
        querystring: AuditQuerySchema,
        response: { 200: z.array(AuditEntrySchema) },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      authorize(request.actor, 'audit.read', { orgId });
      const { entityType, entityId, limit, cursor } = request.query;
      const page = await listAuditEntries(app.db, { orgId, entityType, entityIds: entityId, limit, cursor });
      const last = page.rows.at(-1);
      if (page.hasMore && last) reply.header('Link', nextLink(request.url, last.id));
      return page.rows.map(presentAuditEntry);
    },
  );
};
