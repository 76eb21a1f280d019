/** Starts the built app under Playwright with a fresh data folder, or says why it cannot. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { electronBinary, missingElectronMessage } from '../../scripts/electron-binary.mjs';
import { repoRoot } from '../helpers/paths.js';

export const binary = electronBinary();
export const skipReason = `Electron binary not installed: ${missingElectronMessage('41.7.1')}`;

export interface RunningApp {
  app: ElectronApplication;
  page: Page;
  dataDir: string;
  close(): Promise<void>;
}

/** `storeFile` is written into the data folder before start, e.g. to simulate corruption. */
export async function launchApp(options: { storeFile?: string | Buffer } = {}): Promise<RunningApp> {
  if (!binary) throw new Error(skipReason);
  const dataDir = mkdtempSync(join(tmpdir(), 'sitbrief-electron-'));
  if (options.storeFile !== undefined) writeFileSync(join(dataDir, 'config.json'), options.storeFile);
  // Chromium refuses to run as root with its OS sandbox (CI runs as root); the renderer
  // sandbox that the app asks for (no Node in the page or preload) is unaffected.
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await _electron.launch({
    executablePath: binary,
    args: [...rootArgs, repoRoot],
    env: { ...process.env, SITBRIEF_DATA_DIR: dataDir },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return {
    app,
    page,
    dataDir,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
