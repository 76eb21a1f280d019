/** The worker bundle is found beside main in development and in app.asar.unpacked when packaged. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKER_FILE, analysisWorkerPath } from '../../electron/analysis/worker-path.js';

describe('analysisWorkerPath', () => {
  const packagedDir = join('/opt', 'Sitbrief', 'resources', 'app.asar', 'dist', 'electron');

  it('points at the unpacked copy in a packaged app', () => {
    expect(analysisWorkerPath(packagedDir, true)).toBe(join('/opt', 'Sitbrief', 'resources', 'app.asar.unpacked', 'dist', 'electron', WORKER_FILE));
  });

  it('leaves a development path alone, even one that mentions app.asar', () => {
    expect(analysisWorkerPath(packagedDir, false)).toBe(join(packagedDir, WORKER_FILE));
    expect(analysisWorkerPath('/work/sitbrief/dist/electron', true)).toBe(join('/work/sitbrief/dist/electron', WORKER_FILE));
  });

  it('is an .mjs bundle, so loading it needs no package.json from inside the archive', () => {
    expect(WORKER_FILE.endsWith('.mjs')).toBe(true);
  });
});
