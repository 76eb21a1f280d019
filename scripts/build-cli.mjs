// Bundles the CLI into dist/cli/sitbrief.js for the package's `bin`; dependencies stay external.
import { build } from 'esbuild';

await build({
  entryPoints: ['core/cli/main.ts'],
  outfile: 'dist/cli/sitbrief.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
