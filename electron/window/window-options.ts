/**
 * BrowserWindow options as plain data, so a unit test can pin every security setting.
 * Electron's defaults are already safe for most of these; spelling them out means an upgrade
 * or a careless edit cannot silently loosen them.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

const LOCKED_DOWN: WebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  disableBlinkFeatures: 'Auxclick',
};

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Sitbrief',
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    // Shown on ready-to-show so the user never sees an unpainted window.
    show: false,
    backgroundColor: '#f6f5f2',
    webPreferences: { ...LOCKED_DOWN, preload: preloadPath, spellcheck: true },
  };
}

/** The hidden window that renders a brief for the system print dialog: no preload, no scripts. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: { ...LOCKED_DOWN, javascript: false, spellcheck: false },
  };
}
