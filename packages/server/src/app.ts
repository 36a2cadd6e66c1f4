import { existsSync } from 'node:fs';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { authRoutes } from './auth/routes.ts';
import type { Db } from './db/client.ts';
import { PlanPdfs } from './documents/rendered-documents.ts';
import { featureRoutes } from './features.ts';
import { JsonResponseCache } from './http/cached-json.ts';
import { serverPath } from './paths.ts';
import { authPlugin } from './plugins/auth.ts';
import { errorsPlugin } from './plugins/errors.ts';
import { securityHeadersPlugin } from './plugins/security-headers.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: AppConfig;
    responseCache: JsonResponseCache;
    planPdfs: PlanPdfs;
  }
}

export type AppConfig = {
  sessionTtlHours: number;
  /** Origins allowed to write with a session cookie besides the server's own host. */
  allowedOrigins: string[];
  /** Serve the built web app (packages/web/dist) when present. */
  serveWeb: boolean;
  logLevel?: string;
  /** Upper bound of an uploaded file, bytes. */
  maxUploadBytes: number;
  /** Memory for built answers of big reads (plan, achievement, dashboard), gzipped bytes. */
  responseCacheBytes: number;
  /** Memory for the plan's rendered PDFs (documents/rendered-documents.ts), bytes. */
  documentCacheBytes: number;
  /** Check the big reads against their response schema as they are built (off in production). */
  validateBigResponses: boolean;
};

export const defaultConfig: AppConfig = {
  sessionTtlHours: 12,
  allowedOrigins: [],
  serveWeb: true,
  maxUploadBytes: 20 * 1024 * 1024,
  responseCacheBytes: 64 * 1024 * 1024,
  documentCacheBytes: 32 * 1024 * 1024,
  validateBigResponses: true,
};

const webDist = serverPath('..', 'web', 'dist');

export async function buildApp(db: Db, config: Partial<AppConfig> = {}): Promise<FastifyInstance> {
  const cfg = { ...defaultConfig, ...config };
  const app = Fastify({
    logger: cfg.logLevel && cfg.logLevel !== 'silent' ? { level: cfg.logLevel } : false,
    trustProxy: true,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', db);
  app.decorate('config', cfg);
  app.decorate(
    'responseCache',
    new JsonResponseCache(cfg.responseCacheBytes, { validates: cfg.validateBigResponses }),
  );
  app.decorate('planPdfs', new PlanPdfs(cfg.documentCacheBytes));

  await app.register(errorsPlugin);
  await app.register(securityHeadersPlugin);
  // Answers go out gzipped (or brotli) to clients that accept it; already-encoded ones pass through.
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: cfg.maxUploadBytes, files: 5 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Traguardo API',
        version: '1.0.0',
        description: 'Performance cycle of Italian local authorities',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'traguardo_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/v1/docs' });
  await app.register(authPlugin, { allowedOrigins: cfg.allowedOrigins });

  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/api/v1/status', { schema: { tags: ['status'] } }, async () => ({ status: 'ok' }));

  await app.register(authRoutes, { prefix: '/api/v1' });
  for (const routes of featureRoutes) await app.register(routes, { prefix: '/api/v1' });

  if (cfg.serveWeb && existsSync(webDist)) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      // The build writes .br and .gz beside each file (vite.config.ts): sent as they are.
      preCompressed: true,
      // Names under assets/ carry their content's hash: a browser keeps them for good. The app shell
      // (index.html) is asked again each time, so a new release is seen at once.
      setHeaders: (reply, path) =>
        reply.header(
          'cache-control',
          /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ),
    });
    // Client-side routes: every non-API GET that is not a file gets the app shell.
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/')) return reply.callNotFound();
      return reply.sendFile('index.html');
    });
  }
  return app;
}
