// Bundles the Electron side into dist/electron:
//  - main.js: ESM for Electron's Node; npm packages stay external (they ship in node_modules).
//  - preload.cjs: one CJS file with only `electron` external, because a sandboxed preload
//    cannot require anything else.
//  - analysis-worker.js: the engine for the worker thread, self-contained so it runs the same
//    from the repo and unpacked from the packaged app.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', logLevel: 'warning', sourcemap: false, legalComments: 'none' };

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.js',
    format: 'esm',
    target: 'node22',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    target: 'chrome134',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: ['electron/analysis/analysis-worker.ts'],
    outfile: 'dist/electron/analysis-worker.js',
    format: 'esm',
    target: 'node22',
    // Bundled CommonJS packages call require() for Node built-ins; give the ESM bundle one.
    banner: { js: "import { createRequire as __sitbriefRequire } from 'node:module'; const require = __sitbriefRequire(import.meta.url);" },
  }),
]);
