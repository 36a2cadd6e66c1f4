/**
 * Compiles the server ahead into ES modules, dist/server.js and its PDF worker, for `npm start`: no TypeScript compiler
 * in the running process (about 90 MB less resident memory than tsx, measured for issue 8) and a faster
 * start. Packages from node_modules stay external except the workspace's own TypeScript
 * (@traguardo/domain) and mathjs, bundled in. Tests and `npm run dev` run the sources through tsx.
 */
import { build } from 'esbuild';

// Bundled, not loaded from node_modules: the workspace's own TypeScript, and mathjs, of which the
// formula language uses only the parser (tree-shaken here; loading the whole library costs ~90 MB).
const bundled = /^(@traguardo\/|mathjs(\/|$))/;

await build({
  // The PDF worker thread is a second entry: render-in-worker.ts starts dist/pdf-worker.js.
  entryPoints: { server: 'src/server.ts', 'pdf-worker': 'src/documents/pdf-worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  // Bundled CommonJS helpers need `require`; an ES module has none until it is made.
  banner: {
    js: "import { createRequire as __traguardoRequire } from 'node:module'; const require = __traguardoRequire(import.meta.url);",
  },
  plugins: [
    {
      name: 'external-node-modules',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          bundled.test(args.path) ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
