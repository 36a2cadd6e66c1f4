import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { sendDocument } from '../documents/send-document.ts';
import { serverPath } from '../paths.ts';
import {
  findPublishedOrganization,
  listPublishedPlans,
  loadLivePublication,
  loadPublishedVersion,
} from './load-published.ts';
import {
  REPORT_DOCUMENTS,
  renderPublishedReport,
  renderPublishedVersionDocument,
  VERSION_DOCUMENTS,
} from './public-documents.ts';
import { renderAccessibilityPage, renderNotFoundPage } from './render-accessibility-page.ts';
import { renderIndexPage } from './render-index-page.ts';
import { ASSETS } from './render-layout.ts';
import { renderPlanPage } from './render-plan-page.ts';
import { renderVersionPage } from './render-version-page.ts';

const bootstrapItalia = join(
  dirname(createRequire(import.meta.url).resolve('bootstrap-italia/package.json')),
  'dist',
);
const css = readFileSync(serverPath('src/publications/assets/trasparenza.css'), 'utf8');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE_CACHE = 'public, max-age=300';

const page = (reply: FastifyReply, body: string) =>
  reply.type('text/html; charset=utf-8').header('Cache-Control', PAGE_CACHE).send(body);
const notFoundPage = (reply: FastifyReply) =>
  reply.status(404).type('text/html; charset=utf-8').send(renderNotFoundPage());

type PlanParams = { org: string; planId: string };

/**
 * Amministrazione Trasparente › Performance: public pages, no login, server-rendered from what
 * each publication froze. Wrapped with fastify-plugin so that its routes stay at the root
 * (/trasparenza/...) although features.ts registers every feature under /api/v1.
 */
export const publicPageRoutes = fp(async (app: FastifyInstance) => {
  // Bootstrap Italia's stylesheet and fonts, nothing else from its folder.
  await app.register(fastifyStatic, {
    root: bootstrapItalia,
    prefix: `${ASSETS}/bi/`,
    decorateReply: false,
    allowedPath: (path) => /^\/(css\/[\w.-]+\.css|fonts\/[\w/.-]+\.(woff2?|ttf))$/.test(path),
    maxAge: '1d',
  });
  app.get(`${ASSETS}/trasparenza.css`, { schema: { hide: true } }, (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('Cache-Control', 'public, max-age=86400').send(css),
  );

  app.get('/trasparenza/accessibilita', { schema: { hide: true } }, (_request, reply) =>
    page(reply, renderAccessibilityPage()),
  );

  app.get<{ Params: { org: string } }>(
    '/trasparenza/:org/performance',
    { schema: { hide: true } },
    async (request, reply) => {
      const org = await findPublishedOrganization(app.db, request.params.org);
      if (!org) return notFoundPage(reply);
      return page(reply, renderIndexPage(org, await listPublishedPlans(app.db, org.id)));
    },
  );

  const live = async (params: PlanParams) => {
    if (!UUID.test(params.planId)) return null;
    const org = await findPublishedOrganization(app.db, params.org);
    return org ? loadLivePublication(app.db, { orgId: org.id, planId: params.planId }) : null;
  };

  app.get<{ Params: PlanParams }>(
    '/trasparenza/:org/performance/:planId',
    { schema: { hide: true } },
    async (request, reply) => {
      const publication = await live(request.params);
      if (!publication) return notFoundPage(reply);
      return page(reply, renderPlanPage(publication.content, publication.publishedAt));
    },
  );

  const version = async (params: PlanParams & { version?: string }) => {
    const publication = await live(params);
    const number = params.version === undefined ? undefined : Number(params.version);
    if (!publication || (number !== undefined && !Number.isInteger(number))) return null;
    const plan = await loadPublishedVersion(app.db, publication, number);
    return plan ? { publication, plan } : null;
  };

  app.get<{ Params: PlanParams & { version: string } }>(
    '/trasparenza/:org/performance/:planId/versioni/:version',
    { schema: { hide: true } },
    async (request, reply) => {
      const found = await version(request.params);
      const body = found && renderVersionPage(found.publication.content, found.plan);
      return body ? page(reply, body) : notFoundPage(reply);
    },
  );

  for (const name of VERSION_DOCUMENTS)
    app.get<{ Params: PlanParams & { version: string } }>(
      `/trasparenza/:org/performance/:planId/versioni/:version/${name}`,
      { schema: { hide: true } },
      async (request, reply) => {
        const found = await version(request.params);
        const doc = found ? await renderPublishedVersionDocument(found.publication, found.plan, name) : null;
        if (!doc) return notFoundPage(reply);
        reply.header('Cache-Control', PAGE_CACHE);
        return sendDocument(reply, doc);
      },
    );

  // Anything else under /trasparenza is a missing page, not the web app's shell.
  app.get('/trasparenza/*', { schema: { hide: true } }, (_request, reply) => notFoundPage(reply));

  for (const name of REPORT_DOCUMENTS)
    app.get<{ Params: PlanParams }>(
      `/trasparenza/:org/performance/:planId/${name}`,
      { schema: { hide: true } },
      async (request, reply) => {
        // The Relazione reports on the version in force when published: the latest one.
        const found = await version(request.params);
        const doc = found ? await renderPublishedReport(found.publication, found.plan, name) : null;
        if (!doc) return notFoundPage(reply);
        reply.header('Cache-Control', PAGE_CACHE);
        return sendDocument(reply, doc);
      },
    );
});
