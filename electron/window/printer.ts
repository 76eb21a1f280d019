/**
 * Printing: the brief's print HTML is loaded into a hidden, script-less, sandboxed window
 * and handed to the system print dialog (print-job.ts bounds the waits and cleans up).
 */
import { BrowserWindow } from 'electron';
import type { Briefing } from '../../core/model/briefing.js';
import type { PrintResult } from '../../core/ipc/contract.js';
import { printWindowOptions } from './window-options.js';
import type { PrintPages } from './print-pages.js';
import { runPrintJob } from './print-job.js';

export function createPrinter(pages: PrintPages, toHtml: (brief: Briefing) => string) {
  return async (brief: Briefing): Promise<PrintResult> => {
    let html: string;
    try {
      html = toHtml(brief);
    } catch (error) {
      return { ok: false, error: `Printing failed: ${error instanceof Error ? error.message : String(error)}.` };
    }
    const options = printWindowOptions();
    // Restated here as the last word (see main.ts): no scripts, no Node, sandboxed.
    const window = new BrowserWindow({
      ...options,
      webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true, nodeIntegration: false, javascript: false, disableBlinkFeatures: 'Auxclick' },
    });
    return runPrintJob(window, pages, html);
  };
}
