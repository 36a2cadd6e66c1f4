import react from '@vitejs/plugin-react';
import * as vite from 'vite';
import { defineConfig } from 'vite';

// The API server (npm run dev -w @traguardo/server) listens on 3000; the Host header is kept as the
// browser sent it so the server's same-origin check accepts writes coming through the proxy.
const api = { target: 'http://localhost:3000', changeOrigin: false };

// @vitejs/plugin-react is hoisted to the repository root beside Vite 8 (which vitest pulls in), so it
// configures itself for Vite 8's Rolldown even when this package's Vite 7 runs it, and its dev
// transform then fails ("Missing field moduleType"). When the two disagree, Vite compiles JSX itself
// (automatic runtime): the build is the same, only React fast refresh is lost in development.
const reactPlugins = react();
const pluginExpectsRolldown = reactPlugins.some(
  (plugin) =>
    !!plugin &&
    typeof plugin === 'object' &&
    'name' in plugin &&
    plugin.name === 'vite:react:refresh-wrapper',
);
const viteIsRolldown = 'rolldownVersion' in vite;
const usePluginReact = pluginExpectsRolldown === viteIsRolldown;

export default defineConfig({
  plugins: usePluginReact ? reactPlugins : [],
  esbuild: usePluginReact ? undefined : { jsx: 'automatic' },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': api, '/trasparenza': api },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Below this size fonts and icons would become data: URLs; keep them as files (CSP allows both).
    assetsInlineLimit: 4096,
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      // React Server Components' "use client" lines mean nothing in a browser bundle, and zod's
      // misplaced /*#__PURE__*/ comments are dropped harmlessly: neither is ours to fix.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
});
