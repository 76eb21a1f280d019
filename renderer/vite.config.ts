/** Builds the renderer into dist/renderer with relative asset paths, so file:// loading works in Electron. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    // The CSP forbids inline scripts and allows fonts only from 'self', so nothing may be
    // inlined as data: — the brief's Roboto files (app.css @font-face) are emitted as files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
