/**
 * Nothing lost on a crash: a child process saves a large brief in a loop through conf and
 * the real library, is killed with SIGKILL mid-save, and the store must then open cleanly
 * with the brief at the last acknowledged version or the one being written, never torn.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLibrary } from '../../electron/services/library.js';
import { openStoreWithBackup } from '../../electron/services/store-open.js';
import { storeFilePath, storeOptions, type StoreShape } from '../../electron/services/store-schema.js';
import { repoRoot } from '../helpers/paths.js';

const ROUNDS = 3;
/** Kill delays after the first acknowledged save, spread over a save's duration (about 0.1–0.5 s here). */
const KILL_DELAYS_MS = [0, 40, 150];
const dirs: string[] = [];
// The child is bundled once (packages stay in node_modules), so each start is plain node.
const bundleDir = join(repoRoot, '.tmp', `kill-test-${process.pid}`);
const childScript = join(bundleDir, 'save-loop.mjs');
beforeAll(async () => {
  mkdirSync(bundleDir, { recursive: true });
  await build({ entryPoints: [join(repoRoot, 'tests/unit/fixtures/electron-save-loop.ts')], outfile: childScript, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
});
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs the save loop until it has acknowledged `savesBeforeKill` saves, then kills it a few ms into the next. */
function saveThenKill(dir: string, savesBeforeKill: number, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dir], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let acknowledged = 0;
    let stderr = '';
    let killing = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      for (const match of chunk.matchAll(/saved (\d+)/g)) acknowledged = Number(match[1]);
      if (!killing && acknowledged >= savesBeforeKill) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(acknowledged) : reject(new Error(`save loop ended without being killed: ${stderr}`))));
  });
}

describe('store survives SIGKILL mid-save', () => {
  it(`keeps an intact brief over ${ROUNDS} kills`, async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const dir = mkdtempSync(join(tmpdir(), 'sitbrief-kill-'));
      dirs.push(dir);
      const acknowledged = await saveThenKill(dir, 1, KILL_DELAYS_MS[round] ?? 0);
      const { store, notice } = openStoreWithBackup(storeFilePath(dir), () => new Conf<StoreShape>({ ...storeOptions(), cwd: dir }));
      expect(notice, `round ${round}: store was torn`).toBeNull();
      const brief = createLibrary(store).get('brief-kill-test');
      expect(brief, `round ${round}: brief missing`).not.toBeNull();
      // The last save the child confirmed, or the one it was killed in (rename done, ack not yet printed).
      expect([acknowledged, acknowledged + 1, acknowledged + 2]).toContain(brief!.version);
      expect(brief!.title).toBe(`v${brief!.version}`);
      expect(brief!.sources[0]?.text.length).toBeGreaterThan(500_000);
      expect(readdirSync(dir).filter((n) => n.includes('corrupt'))).toEqual([]);
    }
  }, 120_000);
});
