/**
 * Printing: the brief's print HTML is loaded into a hidden, script-less, sandboxed window
 * and handed to the system print dialog. The window and its page are gone afterwards
 * whatever happened.
 */
import { BrowserWindow } from 'electron';
import type { Briefing } from '../../core/model/briefing.js';
import type { PrintResult } from '../../core/ipc/contract.js';
import { printWindowOptions } from './window-options.js';
import type { PrintPages } from './print-pages.js';
import { printOutcome } from './print-outcome.js';

export function createPrinter(pages: PrintPages, toHtml: (brief: Briefing) => string) {
  return async (brief: Briefing): Promise<PrintResult> => {
    let page: { id: string; url: string } | null = null;
    const options = printWindowOptions();
    // Restated here as the last word (see main.ts): no scripts, no Node, sandboxed.
    const window = new BrowserWindow({
      ...options,
      webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true, nodeIntegration: false, javascript: false, disableBlinkFeatures: 'Auxclick' },
    });
    try {
      page = pages.add(toHtml(brief));
      await window.loadURL(page.url);
      return await new Promise<PrintResult>((resolve) => {
        window.webContents.print({ printBackground: true }, (success, reason) => resolve(printOutcome(success, reason)));
      });
    } catch (error) {
      return { ok: false, error: `Printing failed: ${error instanceof Error ? error.message : String(error)}` };
    } finally {
      if (page) pages.remove(page.id);
      window.destroy();
    }
  };
}
