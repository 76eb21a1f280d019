/**
 * Where the analysis worker bundle is on disk. In a packaged app the bundle is unpacked
 * next to the archive (electron-builder's asarUnpack), because worker_threads cannot be
 * relied on to load a script from inside app.asar; the path must point at the unpacked copy.
 */
import { join, sep } from 'node:path';

export const WORKER_FILE = 'analysis-worker.mjs';

export function analysisWorkerPath(bundleDir: string, packaged: boolean): string {
  const path = join(bundleDir, WORKER_FILE);
  return packaged ? path.replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`) : path;
}

export const INGEST_WORKER_FILE = 'ingest-worker.mjs';

/**
 * The source readers' worker. Unlike the engine's bundle it imports its packages from
 * node_modules, so it stays inside the archive beside them (Electron reads app.asar from
 * worker threads too); it is never redirected to the unpacked folder.
 */
export function ingestWorkerPath(bundleDir: string): string {
  return join(bundleDir, INGEST_WORKER_FILE);
}
