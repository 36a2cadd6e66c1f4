import { constants as zlibConstants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

// The API server (npm run dev -w @traguardo/server) listens on 3000; the Host header is kept as the
// browser sent it so the server's same-origin check accepts writes coming through the proxy.
const api = { target: 'http://localhost:3000', changeOrigin: false };

export default defineConfig({
  plugins: [
    react(),
    // Each script, style and icon also as .br and .gz, compressed once at build time at the highest
    // levels: the server sends these files as they are (preCompressed) instead of compressing every
    // asset on every request (which delayed a cold plan page by ~0.3 s under load, issue 8).
    compression({
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      include: /\.(js|css|html|svg|json|webmanifest)$/,
      threshold: 1024,
    }),
  ],
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
