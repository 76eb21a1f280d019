// Bundles the Electron side into dist/electron:
//  - main.js: ESM for Electron's Node; npm packages stay external (they ship in node_modules).
//    Split into chunks (main-chunks/) so what main imports on first use (the PDF and Word
//    exporters, electron/services/exporters.ts) and its packages stay out of the app's start.
//  - preload.cjs: one CJS file with only `electron` external, because a sandboxed preload
//    cannot require anything else.
//  - analysis-worker.mjs: the engine for the worker thread, self-contained so it runs the same
//    from the repo and unpacked from the packaged app.
//  - ingest-worker.mjs: the source readers' thread; like main.js its npm packages stay
//    external, because jsdom and pdf.js load files of their own from node_modules. It is split
//    into chunks (ingest-chunks/) so each reader's packages load on first use, as core/ingest
//    intends: one file would import jsdom, pdf.js and mammoth up front (seconds per thread).
// `--outdir DIR` and `--only NAME` let tests build one bundle into a temp folder.
import { rmSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist/electron' }, only: { type: 'string' } } });
const common = { bundle: true, platform: 'node', logLevel: 'warning', sourcemap: false, legalComments: 'none' };

const bundles = {
  main: {
    entryPoints: ['electron/main.ts'],
    outfile: 'main.js',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    chunks: 'main-chunks',
  },
  preload: {
    entryPoints: ['electron/preload.ts'],
    outfile: 'preload.cjs',
    format: 'cjs',
    target: 'chrome134',
    external: ['electron'],
  },
  'analysis-worker': {
    entryPoints: ['electron/analysis/analysis-worker.ts'],
    outfile: 'analysis-worker.mjs',
    format: 'esm',
    target: 'node22',
    // Bundled CommonJS packages call require() for Node built-ins; give the ESM bundle one.
    banner: { js: "import { createRequire as __sitbriefRequire } from 'node:module'; const require = __sitbriefRequire(import.meta.url);" },
  },
  'ingest-worker': {
    entryPoints: ['electron/analysis/ingest-worker.ts'],
    outfile: 'ingest-worker.mjs',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    chunks: 'ingest-chunks',
  },
};

const chosen = values.only ? { [values.only]: bundles[values.only] } : bundles;
if (Object.values(chosen).some((b) => b === undefined)) {
  console.error(`Unknown bundle "${values.only}"; choose one of: ${Object.keys(bundles).join(', ')}`);
  process.exit(1);
}
function options({ chunks, outfile, ...bundle }) {
  if (!chunks) return { ...common, ...bundle, outfile: join(values.outdir, outfile) };
  rmSync(join(values.outdir, chunks), { recursive: true, force: true });
  return {
    ...common,
    ...bundle,
    splitting: true,
    outdir: values.outdir,
    entryNames: basename(outfile, extname(outfile)),
    chunkNames: `${chunks}/[name]-[hash]`,
    // Chunks share their entry's extension: .mjs is ESM anywhere, .js by package.json's "type".
    outExtension: { '.js': extname(outfile) },
  };
}

await Promise.all(Object.values(chosen).map((bundle) => build(options(bundle))));
