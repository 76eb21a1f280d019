/**
 * The bundled main process, started in plain Node on a stand-in `electron` module: what the
 * Electron binary would run, minus Chromium. It must open a corrupt store with a notice,
 * make one locked-down window on app://, serve the page with the CSP, register every IPC
 * channel behind the checks, build the demo brief through the real worker, read a dropped
 * file through the reader's worker, and load the exporters only once the page has loaded.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_CHANNELS } from '../../core/ipc/contract.js';
import { DEMO_TITLE } from '../../core/brief/demo.js';
import { repoRoot } from '../helpers/paths.js';
import { bundleImports } from '../../scripts/bundle-imports.mjs';

let appRoot: string;
let dataDir: string;
let probe: Record<string, unknown>;

beforeAll(() => {
  // A miniature app folder laid out like the packaged one: dist/, assets/, node_modules.
  appRoot = mkdtempSync(join(tmpdir(), 'sitbrief-main-'));
  dataDir = mkdtempSync(join(tmpdir(), 'sitbrief-main-data-'));
  writeFileSync(join(appRoot, 'package.json'), '{"type":"module"}');
  symlinkSync(join(repoRoot, 'node_modules'), join(appRoot, 'node_modules'));
  cpSync(join(repoRoot, 'assets', 'demo'), join(appRoot, 'assets', 'demo'), { recursive: true });
  cpSync(join(repoRoot, 'assets', 'fonts'), join(appRoot, 'assets', 'fonts'), { recursive: true });
  mkdirSync(join(appRoot, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html><title>probe page</title>');
  writeFileSync(join(dataDir, 'config.json'), '{"briefs": {"torn');
  const built = spawnSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', join(appRoot, 'dist', 'electron')], { cwd: repoRoot, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  const run = spawnSync(
    process.execPath,
    ['--import', join(repoRoot, 'tests/unit/fixtures/fake-electron-hook.mjs'), join(repoRoot, 'tests/unit/fixtures/electron-main-probe.mjs'), join(appRoot, 'dist', 'electron', 'main.js')],
    { cwd: appRoot, encoding: 'utf8', env: { ...process.env, SITBRIEF_DATA_DIR: dataDir }, timeout: 60_000 },
  );
  if (run.status !== 0) throw new Error(`main did not start: ${run.stderr}`);
  probe = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
}, 90_000);

afterAll(() => {
  rmSync(appRoot, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('bundled main process on a stand-in electron', () => {
  it('opens one locked-down window on the app protocol', () => {
    expect(probe.windowUrl).toBe('app://sitbrief/index.html');
    expect(probe.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(String((probe.webPreferences as { preload: string }).preload)).toMatch(/dist[\\/]electron[\\/]preload\.cjs$/);
    expect(probe.menu).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('serves the page with the CSP and refuses other hosts', () => {
    expect(probe.index).toMatchObject({ status: 200, body: '<!doctype html><title>probe page</title>' });
    expect((probe.index as { csp: string }).csp).toMatch(/^default-src 'none'; script-src 'self'/);
    expect(probe.missing).toBe(404);
    expect(probe.elsewhere).toBe(404);
  });

  it('registers every contract channel behind the sender and argument checks', () => {
    expect(probe.channels).toEqual(Object.values(API_CHANNELS).sort());
    expect(probe.untrusted).toEqual({ error: expect.stringMatching(/did not come from a Sitbrief window/) });
    expect(probe.invalid).toEqual({ error: expect.stringMatching(/invalid arguments/) });
    expect(probe.openJs).toBe(false);
  });

  it('backs up the corrupt store and reports it in AppInfo', () => {
    expect(probe.info).toMatchObject({ dataPath: dataDir, startupNotice: expect.stringMatching(/could not be read/) });
    expect(readdirSync(dataDir).some((n) => n.startsWith('config.json.corrupt-'))).toBe(true);
  });

  it('builds the demo brief through the worker and lists it under Recent briefs', () => {
    expect(probe.demo).toEqual({ title: DEMO_TITLE, summary: expect.any(Number) });
    expect((probe.demo as { summary: number }).summary).toBeGreaterThan(0);
    expect(probe.recent).toEqual([DEMO_TITLE]);
  });

  it('reads a dropped file in the reader thread it starts from dist/electron', () => {
    expect(probe.ingested).toEqual({ ok: true, kind: 'html', text: expect.stringContaining('The reader thread read this page for main.') });
  });

  it('starts without the exporters and warms them once the page has loaded', () => {
    expect(probe.loadedAtStart).toEqual([]);
    expect(probe.loadedAfterPageLoad).toEqual(['pdfmake']);
  });

  it('keeps the exporters\' packages out of the bundle\'s start and imports only what is shipped', () => {
    const dependencies = Object.keys((JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    const main = bundleImports(join(appRoot, 'dist', 'electron', 'main.js'));
    expect(main.startup).not.toContain('pdfmake');
    expect(main.startup).not.toContain('docx');
    expect(main.lazy).toEqual(expect.arrayContaining(['pdfmake', 'docx']));
    for (const entry of ['main.js', 'ingest-worker.mjs']) {
      const found = bundleImports(join(appRoot, 'dist', 'electron', entry));
      expect(found.missing).toEqual([]);
      // electron-builder ships dist/** and the production dependencies; electron is the runtime.
      for (const file of found.files) expect(file.startsWith(join(appRoot, 'dist', 'electron'))).toBe(true);
      expect([...found.startup, ...found.lazy].filter((name) => name !== 'electron' && !dependencies.includes(name))).toEqual([]);
    }
  });

  it('exports the brief as PDF and Word from the exporters chunk', () => {
    expect(probe.exported).toEqual({ pdf: { bytes: expect.any(Number), magic: '%PDF' }, docx: { bytes: expect.any(Number), magic: 'PK\u0003\u0004' } });
  });
});
