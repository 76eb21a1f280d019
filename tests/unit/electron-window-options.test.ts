import { describe, expect, it } from 'vitest';
import { mainWindowOptions, printWindowOptions } from '../../electron/window/window-options.js';

describe('window options', () => {
  it('locks the main window down and loads only our preload', () => {
    const { webPreferences, show } = mainWindowOptions('/app/dist/electron/preload.cjs');
    expect(show).toBe(false);
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      preload: '/app/dist/electron/preload.cjs',
    });
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('gives the print window no preload and no scripts', () => {
    const { webPreferences, show } = printWindowOptions();
    expect(show).toBe(false);
    expect(webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, javascript: false, webSecurity: true });
    expect(webPreferences?.preload).toBeUndefined();
  });
});
