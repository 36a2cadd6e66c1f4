import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The API tests run on PGlite always, and again on PostgreSQL when DATABASE_URL names a server
// (each test file creates and drops its own database there). In CI nothing may skip.
const postgresUrl = process.env.DATABASE_URL;
if (process.env.CI === 'true' && !postgresUrl) {
  throw new Error('CI=true needs DATABASE_URL: the API tests must also run on PostgreSQL');
}

const serverTests = {
  include: ['packages/server/src/**/*.test.ts', 'packages/server/test/**/*.test.ts'],
  environment: 'node' as const,
  testTimeout: 60_000,
  hookTimeout: 120_000,
  // PGlite instances are memory-hungry and the machine has 2 cores: a few files at a time.
  maxWorkers: 2,
};

// One runner for every layer, so `npm test` ends with one count. Projects:
// domain (pure unit), server (API through app.inject on a real database), web (jsdom), e2e (Chromium).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', include: ['packages/domain/src/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'server',
          ...serverTests,
          // Several processes cannot share one PGlite: that test exists for PostgreSQL only.
          exclude: ['packages/server/test/multi-process.test.ts'],
          env: { TEST_DATABASE_URL: '' },
          sequence: { groupOrder: 1 },
        },
      },
      ...(postgresUrl
        ? [
            {
              test: {
                name: 'server-pg',
                ...serverTests,
                env: { TEST_DATABASE_URL: postgresUrl },
                sequence: { groupOrder: 2 },
              },
            },
          ]
        : []),
      {
        resolve: {
          alias: {
            'design-react-kit': here('node_modules/design-react-kit/dist/index.js'),
            'bootstrap-italia': here('node_modules/bootstrap-italia/dist/bootstrap-italia.esm.js'),
          },
        },
        test: {
          name: 'web',
          include: ['packages/web/src/**/*.test.tsx', 'packages/web/src/**/*.test.ts'],
          environment: 'jsdom',
          css: false,
          // Its ESM build imports files without extensions, which Node cannot load: let Vite resolve them.
          server: { deps: { inline: ['design-react-kit'] } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // expect.poll gives up after 1 s by default: a browser waiting on a server that adopts an
          // amendment or renders a document on a busy 2-core CI machine needs longer (a CI run failed so).
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
          // Browser journeys last, one at a time, after the API tests have freed the cores.
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
