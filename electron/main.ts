/**
 * Main process: lifecycle, the one window, the app:// protocol, the store, the menu and the
 * IPC wiring. Logic lives in plain modules beside this file; this one only connects them
 * to Electron.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, type IpcMainInvokeEvent } from 'electron';
import ElectronStore, { type Options as ElectronStoreOptions } from 'electron-store';
import { MENU_CHANNEL, type AppInfo, type MenuEvent } from '../core/ipc/contract.js';
import { demoSources } from '../core/brief/demo.js';
import { briefToPrintHtml } from '../core/export/print-html.js';
import { createApiHandlers } from './services/api-handlers.js';
import { warmExporters } from './services/exporters.js';
import { createLibrary } from './services/library.js';
import { createSettings } from './services/settings.js';
import { observeLibrary } from './services/observed-library.js';
import { openStoreWithBackup } from './services/store-open.js';
import { backupBeforeMigration, storeFilePath, storeOptions, type StoreShape } from './services/store-schema.js';
import { safeExternalUrl } from './services/external-url.js';
import { registerApi, isTrustedSender } from './ipc/register-api.js';
import { createWorkerAnalyser, workerHost } from './analysis/worker-analyser.js';
import { createWorkerIngester } from './analysis/worker-ingester.js';
import { createDialogs } from './dialogs.js';
import { menuTemplate } from './menu-template.js';
import { APP_ENTRY_URL } from './security/app-path.js';
import { denyAllPermissions, hardenApp } from './security/harden-contents.js';
import { registerAppScheme, serveAppProtocol } from './window/app-protocol.js';
import { PrintPages } from './window/print-pages.js';
import { createPrinter } from './window/printer.js';
import { mainWindowOptions } from './window/window-options.js';
import { analysisWorkerPath, ingestWorkerPath } from './analysis/worker-path.js';
import { holdCloseUntilSaved } from './window/close-guard.js';

const here = dirname(fileURLToPath(import.meta.url));
const appRoot = join(here, '..', '..');
const paths = {
  renderer: join(appRoot, 'dist', 'renderer'),
  preload: join(here, 'preload.cjs'),
  worker: analysisWorkerPath(here, app.isPackaged),
  ingestWorker: ingestWorkerPath(here),
  demo: join(appRoot, 'assets', 'demo'),
};

// Tests and portable use give each run its own data folder; it must be set before anything
// (the single-instance lock, the store) reads userData.
if (process.env.SITBRIEF_DATA_DIR) app.setPath('userData', resolve(process.env.SITBRIEF_DATA_DIR));
const isDev = !app.isPackaged && process.env.SITBRIEF_DEV === '1';

app.enableSandbox();
registerAppScheme();

const log = (message: string) => console.warn(`[sitbrief] ${message}`);
/** After the page has loaded: long enough for its opening calls (settings, library, brief). */
const EXPORT_WARM_DELAY_MS = 1500;

async function openExternal(url: string): Promise<boolean> {
  const safe = safeExternalUrl(url);
  if (safe === null) {
    log(`refused to open ${JSON.stringify(url.slice(0, 200))} in the browser`);
    return false;
  }
  await shell.openExternal(safe);
  return true;
}

const windowIds = new Set<number>();
let quitting = false;
let mainWindow: BrowserWindow | null = null;
/** The engine's thread and the source reader's, each started on first use and kept warm until it sits idle. */
const analysisHost = workerHost(paths.worker);
const ingestHost = workerHost(paths.ingestWorker);

function sendMenuEvent(event: MenuEvent): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  if (target && windowIds.has(target.webContents.id)) target.webContents.send(MENU_CHANNEL, event);
}

function createMainWindow(): BrowserWindow {
  const options = mainWindowOptions(paths.preload);
  // The security flags are restated at the call site as the last word, so no edit elsewhere
  // can loosen them (and so static checkers such as electronegativity can see them).
  const window = new BrowserWindow({
    ...options,
    webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' },
  });
  const id = window.webContents.id;
  windowIds.add(id);
  window.once('ready-to-show', () => window.show());
  // Without this a page that fails to load would leave an invisible window and no message.
  window.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    if (!isMainFrame) return;
    log(`the app page failed to load (${code} ${description}): ${url}`);
    if (!window.isDestroyed() && !window.isVisible()) window.show();
  });
  holdCloseUntilSaved(window, () => window.webContents.send(MENU_CHANNEL, { command: 'prepare-close' } satisfies MenuEvent));
  window.on('closed', () => {
    windowIds.delete(id);
    if (mainWindow === window) mainWindow = null;
    // A held close cancels a quit in progress; finish it once the window has saved and gone.
    if (quitting) app.quit();
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function start(): void {
  const storeDir = app.getPath('userData');
  const storeFile = storeFilePath(storeDir);
  backupBeforeMigration(storeFile);
  const opened = openStoreWithBackup(storeFile, () =>
    // storeOptions carries the store format version for migrations, which electron-store's
    // types leave out (it would default to the app version); the runtime honours it.
    new ElectronStore<StoreShape>({ ...storeOptions(), cwd: storeDir } as ElectronStoreOptions<StoreShape>),
  );
  if (opened.notice) log(opened.notice);

  const refreshMenu = () => {
    const template = menuTemplate({
      platform: process.platform,
      isDev,
      recent: library.list(),
      send: sendMenuEvent,
      quit: () => app.quit(),
      showAbout: () => {
        const options = { type: 'info' as const, title: 'About Sitbrief', message: `Sitbrief ${app.getVersion()}`, detail: `Turns news articles about a developing situation into a cited policy brief.\n\nData folder: ${storeDir}` };
        void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  const library = observeLibrary(createLibrary(opened.store), refreshMenu);
  const printPages = new PrintPages();
  const appInfo: AppInfo = { version: app.getVersion(), dataPath: storeDir, platform: process.platform, startupNotice: opened.notice };

  const settings = createSettings(opened.store);
  const handlers = createApiHandlers({
    library,
    settings,
    analyse: createWorkerAnalyser(analysisHost),
    ingest: createWorkerIngester(ingestHost),
    dialogs: createDialogs(() => mainWindow, () => app.getPath('documents')),
    print: createPrinter(printPages, briefToPrintHtml),
    openExternal,
    appInfo: () => appInfo,
    demoSources: () => demoSources(paths.demo),
  });
  registerApi(ipcMain, handlers, (event: IpcMainInvokeEvent) => isTrustedSender(event, windowIds));

  denyAllPermissions(session.defaultSession);
  // The page never talks to the network or the disk directly; main fetches URLs for it.
  session.defaultSession.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'file://*/*'] },
    (_details, callback) => callback({ cancel: true }),
  );
  serveAppProtocol(paths.renderer, printPages);
  refreshMenu();
  mainWindow = createMainWindow();
  // The exporters load on first use; warm them once the page is up and its first calls are
  // answered, so neither the start nor the first export waits for them.
  mainWindow.webContents.once('did-finish-load', () => {
    setTimeout(() => {
      const last = settings.get().lastBriefId;
      warmExporters(last ? library.get(last) : null).catch((error: unknown) => log(`could not prepare the exporters: ${error instanceof Error ? error.message : String(error)}`));
    }, EXPORT_WARM_DELAY_MS).unref();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  hardenApp(app, { openInBrowser: openExternal, log });
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', () => {
    void analysisHost.close();
    void ingestHost.close();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });
  app.whenReady().then(start).catch((error: unknown) => {
    dialog.showErrorBox('Sitbrief could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
