/**
 * One print job in a hidden window: load the brief's print page, hand it to the system print
 * dialog, and always clean up. Both waits are bounded: a page that never finishes loading, or
 * a print call whose callback never comes, ends the job with a message the status bar can
 * show instead of leaving an invisible window and a "Printing…" that never ends. The window
 * is injected, so this is tested in Node with a stand-in.
 */
import type { PrintResult } from '../../core/ipc/contract.js';
import type { PrintPages } from './print-pages.js';
import { printOutcome } from './print-outcome.js';

/** The part of BrowserWindow a print job uses. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  webContents: { print(options: { printBackground: boolean }, callback: (success: boolean, failureReason: string) => void): void };
  destroy(): void;
}

export interface PrintLimits {
  /** For the page to load: it is a small local document, so this only trips when something is wrong. */
  loadMs: number;
  /** For the print callback: it includes the person choosing a printer in the dialog. */
  printMs: number;
}

export const PRINT_LIMITS: PrintLimits = { loadMs: 20_000, printMs: 10 * 60_000 };

function duration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 120_000) return `${Math.round(ms / 1000)} s`;
  return `${Math.round(ms / 60_000)} minutes`;
}

class PrintTimeout extends Error {}

function within<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new PrintTimeout(message)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export async function runPrintJob(window: PrintWindow, pages: PrintPages, html: string, limits: PrintLimits = PRINT_LIMITS): Promise<PrintResult> {
  const page = pages.add(html);
  try {
    await within(window.loadURL(page.url), limits.loadMs, `the page to print did not finish loading within ${duration(limits.loadMs)}`);
    return await within(
      new Promise<PrintResult>((resolve) => {
        window.webContents.print({ printBackground: true }, (success, reason) => resolve(printOutcome(success, reason)));
      }),
      limits.printMs,
      `the print dialog did not answer within ${duration(limits.printMs)}, so the job was abandoned`,
    );
  } catch (error) {
    return { ok: false, error: `Printing failed: ${error instanceof Error ? error.message : String(error)}.` };
  } finally {
    pages.remove(page.id);
    window.destroy();
  }
}
