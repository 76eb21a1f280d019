/**
 * The browser-test fixture: the built renderer in Chromium, with window.sitbrief routed to the
 * real main-side handlers (library, settings, engine, ingest, export) in this process.
 * Only the native dialogs and printing stand in, and the test chooses what they return.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { API_ARGS, API_CHANNELS, type ApiMethod, type MenuCommand, type SitbriefApi } from '../../core/ipc/contract.js';
import type { Briefing } from '../../core/model/briefing.js';
import { createApiHandlers, type MainServices } from '../../electron/services/api-handlers.js';
import { createLibrary } from '../../electron/services/library.js';
import { createSettings } from '../../electron/services/settings.js';
import { readSource } from '../../electron/services/ingest-request.js';
import { analyseSources } from '../../core/analyse/index.js';
import { demoSources } from '../../core/brief/demo.js';
import { repoRoot } from '../helpers/paths.js';
import { installBridge, type EncodedBytes } from './bridge-init.js';
import { serveStatic } from './static-server.js';

const METHODS = Object.keys(API_CHANNELS) as ApiMethod[];

export interface Harness {
  /** Temp folder of this test: the store lives here, and exports land here by default. */
  dir: string;
  /** Paths the "Add sources" dialog returns next. */
  pickPaths: string[];
  /** Where the save dialog saves next; null means the user cancels. Defaults to dir/<suggested name>. */
  savePath: string | null | undefined;
  printed: Briefing[];
  /** When set, analysis waits for this promise first (to see the "analysing" state). */
  analyseGate: Promise<void> | null;
  /** Holds every call of a method until the promise settles, to see the UI's in-between states. */
  gates: Partial<Record<ApiMethod, Promise<void>>>;
  /** When set, analysis fails with this message (the engine itself never stands in otherwise). */
  analyseError: string | null;
  /** Every API call the page made, by method name, in order. */
  calls: ApiMethod[];
  handlers: SitbriefApi;
  /** Opens the app (or reopens it: same store, fresh page state). */
  open(): Promise<void>;
  menu(command: MenuCommand, briefId?: string): Promise<void>;
}

function decode(arg: unknown): unknown {
  if (arg && typeof arg === 'object' && '__bytes' in arg && typeof (arg as EncodedBytes).__bytes === 'string') {
    return new Uint8Array(Buffer.from((arg as EncodedBytes).__bytes, 'base64'));
  }
  return arg;
}

async function createHarness(page: Page, dir: string, url: string): Promise<Harness> {
  const store = new Conf<Record<string, unknown>>({ cwd: dir, configName: 'sitbrief' });
  const harness: Harness = {
    dir,
    pickPaths: [],
    savePath: undefined,
    printed: [],
    analyseGate: null,
    gates: {},
    analyseError: null,
    calls: [],
    handlers: undefined as unknown as SitbriefApi,
    async open() {
      await page.goto(url);
      // Ready once the last brief (or the first-run demo) is open.
      await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    },
    async menu(command, briefId) {
      await page.evaluate((event) => (window as unknown as { __sitbriefMenu(e: unknown): void }).__sitbriefMenu(event), { command, briefId });
    },
  };
  const services: MainServices = {
    library: createLibrary(store),
    settings: createSettings(store),
    analyse: async (sources, options) => {
      await harness.analyseGate;
      if (harness.analyseError) throw new Error(harness.analyseError);
      return analyseSources(sources, options);
    },
    // Read in-process: the worker around it is tested in Node (electron-ingest-worker.test.ts).
    ingest: readSource,
    dialogs: {
      pickSourceFiles: async () => harness.pickPaths,
      chooseSavePath: async (name) => (harness.savePath === undefined ? join(dir, name) : harness.savePath),
    },
    print: async (brief) => {
      harness.printed.push(brief);
      return { ok: true };
    },
    openExternal: async () => true,
    appInfo: () => ({ version: '0.0.0-test', dataPath: dir, platform: process.platform, startupNotice: null }),
    demoSources: () => demoSources(join(repoRoot, 'assets', 'demo')),
  };
  harness.handlers = createApiHandlers(services);
  await page.exposeBinding('__sitbriefCall', async (_source, method: ApiMethod, rawArgs: unknown[]) => {
    harness.calls.push(method);
    await harness.gates[method];
    // The same argument check main runs, so the UI cannot send what main would refuse.
    const args = API_ARGS[method].parse(rawArgs.map(decode)) as unknown[];
    const handler = harness.handlers[method] as (...a: unknown[]) => Promise<unknown>;
    const started = Date.now();
    try {
      return await handler(...args);
    } finally {
      // SITBRIEF_E2E_TRACE=1 prints each call's time, to tell a slow handler from a slow page.
      if (process.env.SITBRIEF_E2E_TRACE) console.log(`${method} ${Date.now() - started} ms`);
    }
  });
  await page.addInitScript(installBridge, { methods: METHODS });
  return harness;
}

export const test = base.extend<{ harness: Harness }>({
  harness: async ({ page }, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'sitbrief-e2e-'));
    const server = await serveStatic(join(repoRoot, 'dist', 'renderer'));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    try {
      await use(await createHarness(page, dir, server.url));
      // Uncaught errors and CSP violations in the page fail the test that caused them.
      expect(errors.filter((e) => !/frame-ancestors/.test(e))).toEqual([]);
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
});

export { expect };
