/** The real engine in a real, long-lived worker thread, from the same esbuild bundle the app ships. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoSources } from '../../core/brief/demo.js';
import { createWorkerAnalyser, workerHost } from '../../electron/analysis/worker-analyser.js';
import type { WorkerHost } from '../../electron/analysis/worker-host.js';
import { repoRoot } from '../helpers/paths.js';

let outdir: string;
beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'sitbrief-worker-'));
  // The bundle is ESM; in the app, package.json's "type": "module" says so.
  writeFileSync(join(outdir, 'package.json'), '{"type":"module"}');
  const built = spawnSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', outdir, '--only', 'analysis-worker'], { cwd: repoRoot, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`worker bundle failed: ${built.stderr}`);
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

let host: WorkerHost;
afterEach(() => host.close());

describe('analysis worker bundle', () => {
  it('analyses the demo sources off the main thread and returns a valid brief content', async () => {
    const sources = await demoSources(join(repoRoot, 'assets', 'demo'));
    host = workerHost(join(outdir, 'analysis-worker.mjs'));
    const analyse = createWorkerAnalyser(host);
    const content = await analyse(sources, { summarySentences: 3 });
    expect(content.summary.length).toBeGreaterThan(0);
    expect(content.summary.length).toBeLessThanOrEqual(3);
    expect(content.actors.length).toBeGreaterThan(0);
    const ids = new Set(sources.map((s) => s.id));
    for (const item of content.summary) {
      expect(item.cites.length).toBeGreaterThan(0);
      for (const cite of item.cites) expect(ids.has(cite.source)).toBe(true);
    }
    // The second analysis runs in the same, already warm thread, and gives the same brief.
    const again = await analyse(sources, { summarySentences: 3 });
    expect(host.started).toBe(1);
    expect(again.summary.map((s) => s.text)).toEqual(content.summary.map((s) => s.text));
  });

  it('turns a malformed job into a clear error instead of a crash', async () => {
    host = workerHost(join(outdir, 'analysis-worker.mjs'));
    const analyse = createWorkerAnalyser(host);
    // Deliberately not a SourceDoc: the worker validates what it is given, and stays in service.
    await expect(analyse([{ id: 'x' }] as never, { summarySentences: 3 })).rejects.toThrow('Analysis failed: the job was malformed');
    await expect(analyse([], { summarySentences: 3 })).resolves.toMatchObject({ summary: [] });
    expect(host.started).toBe(1);
  });
});
