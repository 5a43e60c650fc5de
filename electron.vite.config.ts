import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The dev server (`npm run dev`) injects inline scripts and styles for hot reload, which the
 * strict Content-Security-Policy of index.html forbids. Loosen it there only; builds keep it.
 */
function devContentSecurityPolicy(): Plugin {
  return {
    name: 'vpoe-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*"),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // The workshop server for File > Host a workshop..., run in a utility process (ADR 0008).
          'workshop-host': resolve(__dirname, 'src/server/host-process.ts'),
        },
      },
    },
  },
  preload: {
    build: { outDir: 'out/preload' },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/renderer/index.html'),
          // The workshop's pages, served by the workshop server (src/server).
          workshop: resolve(__dirname, 'src/renderer/workshop.html'),
        },
      },
    },
    plugins: [react(), devContentSecurityPolicy()],
  },
});
