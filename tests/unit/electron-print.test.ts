import { describe, expect, it } from 'vitest';
import { newBriefing } from '../../core/brief/create.js';
import { briefToPrintHtml } from '../../core/export/print-html.js';
import { EXPORT_FILTERS, SOURCE_FILTERS } from '../../electron/dialog-filters.js';
import { APP_CSP, PRINT_CSP, securityHeaders } from '../../electron/security/csp.js';
import { PRINT_ORIGIN, PrintPages } from '../../electron/window/print-pages.js';
import { printOutcome } from '../../electron/window/print-outcome.js';
import { PRINT_LIMITS, runPrintJob, type PrintWindow } from '../../electron/window/print-job.js';

describe('PrintPages', () => {
  it('serves a page at its own URL until it is removed', () => {
    const pages = new PrintPages();
    const html = briefToPrintHtml(newBriefing({ title: 'Print me' }));
    const { id, url } = pages.add(html);
    expect(url).toBe(`${PRINT_ORIGIN}/${id}.html`);
    expect(pages.lookup(new URL(url).pathname)).toBe(html);
    pages.remove(id);
    expect(pages.lookup(new URL(url).pathname)).toBeNull();
  });

  it.each(['/', '/index.html', '/../index.html', '/00000000-0000-0000-0000-000000000000.html', '/x.html'])('serves nothing at %s', (path) => {
    const pages = new PrintPages();
    pages.add('<p>secret</p>');
    expect(pages.lookup(path)).toBeNull();
  });
});

describe('printOutcome', () => {
  it('says what happened in words the status bar can show', () => {
    expect(printOutcome(true, '')).toEqual({ ok: true });
    expect(printOutcome(false, 'cancelled')).toEqual({ ok: false, error: 'Printing was cancelled.' });
    expect(printOutcome(false, 'failed')).toEqual({ ok: false, error: 'Printing failed: failed.' });
    expect(printOutcome(false, '')).toEqual({ ok: false, error: 'Printing failed: the printer reported an error.' });
  });
});

describe('content security policies', () => {
  const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

  it('start from nothing and never allow inline or remote scripts', () => {
    for (const csp of [APP_CSP, PRINT_CSP]) {
      const d = directives(csp);
      expect(d.get('default-src')).toEqual(["'none'"]);
      expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
      expect(d.get('script-src') ?? ["'none'"]).not.toContain("'unsafe-inline'");
    }
    expect(directives(PRINT_CSP).has('script-src')).toBe(false);
    expect(directives(APP_CSP).get('connect-src')).toEqual(["'none'"]);
  });

  it('go out with every response', () => {
    expect(securityHeaders(APP_CSP, 'text/html')).toMatchObject({ 'Content-Security-Policy': APP_CSP, 'X-Content-Type-Options': 'nosniff', 'Content-Type': 'text/html' });
  });
});

describe('dialog filters', () => {
  it('offer every source type the ingester reads, then all files', () => {
    expect(SOURCE_FILTERS[0]?.extensions.sort()).toEqual(['docx', 'htm', 'html', 'md', 'pdf', 'txt']);
    expect(SOURCE_FILTERS.at(-1)).toEqual({ name: 'All files', extensions: ['*'] });
  });

  it('save each export with its own extension', () => {
    expect(Object.fromEntries(Object.entries(EXPORT_FILTERS).map(([k, v]) => [k, v[0]?.extensions]))).toEqual({ pdf: ['pdf'], docx: ['docx'], md: ['md'] });
  });
});

describe('runPrintJob', () => {
  const html = briefToPrintHtml(newBriefing({ title: 'Print me' }));
  const limits = { loadMs: 60, printMs: 60 };

  /** A stand-in window: loading and the print callback do what the test says. */
  function fakeWindow(behaviour: { load: 'ok' | 'never' | Error; print: [boolean, string] | 'never' }) {
    const seen = { loaded: [] as string[], printed: 0, destroyed: 0, lateCallback: null as null | (() => void) };
    const window: PrintWindow = {
      loadURL(url) {
        seen.loaded.push(url);
        if (behaviour.load === 'ok') return Promise.resolve();
        if (behaviour.load === 'never') return new Promise<void>(() => undefined);
        return Promise.reject(behaviour.load);
      },
      webContents: {
        print(_options, callback) {
          seen.printed += 1;
          if (behaviour.print === 'never') seen.lateCallback = () => callback(true, '');
          else callback(...behaviour.print);
        },
      },
      destroy() {
        seen.destroyed += 1;
      },
    };
    return { window, seen };
  }

  it('prints the page it served and then closes the window and forgets the page', async () => {
    const pages = new PrintPages();
    const { window, seen } = fakeWindow({ load: 'ok', print: [true, ''] });
    await expect(runPrintJob(window, pages, html, limits)).resolves.toEqual({ ok: true });
    expect(seen.printed).toBe(1);
    expect(seen.destroyed).toBe(1);
    expect(pages.lookup(new URL(seen.loaded[0]!).pathname)).toBeNull();
  });

  it('gives up on a page that never finishes loading, with a clear message, and closes the window', async () => {
    const pages = new PrintPages();
    const { window, seen } = fakeWindow({ load: 'never', print: [true, ''] });
    await expect(runPrintJob(window, pages, html, limits)).resolves.toEqual({
      ok: false,
      error: 'Printing failed: the page to print did not finish loading within 60 ms.',
    });
    expect(seen.printed).toBe(0);
    expect(seen.destroyed).toBe(1);
    expect(pages.lookup(new URL(seen.loaded[0]!).pathname)).toBeNull();
  });

  it('abandons a print whose callback never comes, closes the window, and ignores a late answer', async () => {
    const pages = new PrintPages();
    const { window, seen } = fakeWindow({ load: 'ok', print: 'never' });
    await expect(runPrintJob(window, pages, html, limits)).resolves.toEqual({
      ok: false,
      error: 'Printing failed: the print dialog did not answer within 60 ms, so the job was abandoned.',
    });
    expect(seen.destroyed).toBe(1);
    seen.lateCallback?.();
    expect(seen.destroyed).toBe(1);
  });

  it('reports a page that fails to load, and what the printer said when it refuses', async () => {
    const failing = fakeWindow({ load: new Error('ERR_ABORTED (-3)'), print: [true, ''] });
    await expect(runPrintJob(failing.window, new PrintPages(), html, limits)).resolves.toEqual({ ok: false, error: 'Printing failed: ERR_ABORTED (-3).' });
    expect(failing.seen.destroyed).toBe(1);
    const cancelled = fakeWindow({ load: 'ok', print: [false, 'cancelled'] });
    await expect(runPrintJob(cancelled.window, new PrintPages(), html, limits)).resolves.toEqual({ ok: false, error: 'Printing was cancelled.' });
    expect(cancelled.seen.destroyed).toBe(1);
  });

  it('allows the person time to choose a printer, and a local page only a short time to load', () => {
    expect(PRINT_LIMITS.printMs).toBeGreaterThanOrEqual(5 * 60_000);
    expect(PRINT_LIMITS.loadMs).toBeLessThanOrEqual(30_000);
  });
});
