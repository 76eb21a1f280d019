import { describe, expect, it } from 'vitest';
import { newBriefing } from '../../core/brief/create.js';
import { briefToPrintHtml } from '../../core/export/print-html.js';
import { EXPORT_FILTERS, SOURCE_FILTERS } from '../../electron/dialog-filters.js';
import { APP_CSP, PRINT_CSP, securityHeaders } from '../../electron/security/csp.js';
import { PRINT_ORIGIN, PrintPages } from '../../electron/window/print-pages.js';
import { printOutcome } from '../../electron/window/print-outcome.js';

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
