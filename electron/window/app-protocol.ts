/**
 * The `app://` protocol: the renderer's files from dist/renderer (through the path guard)
 * and pending print pages, every response with a Content-Security-Policy header.
 * Used instead of file:// so the page has a real origin and cannot read the disk.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME, contentTypeFor, resolveAppPath } from '../security/app-path.js';
import { APP_CSP, PRINT_CSP, securityHeaders } from '../security/csp.js';
import { PRINT_HOST, type PrintPages } from './print-pages.js';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function refuse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders(APP_CSP, 'text/plain; charset=utf-8') });
}

export function serveAppProtocol(rendererDir: string, printPages: PrintPages): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET') return refuse(405, 'Method not allowed');
    const url = new URL(request.url);
    if (url.host === PRINT_HOST) {
      const page = printPages.lookup(url.pathname);
      return page === null ? refuse(404, 'Not found') : new Response(page, { headers: securityHeaders(PRINT_CSP, 'text/html; charset=utf-8') });
    }
    if (url.host !== APP_HOST) return refuse(404, 'Not found');
    const path = resolveAppPath(rendererDir, request.url);
    if (path === null) return refuse(403, 'Forbidden');
    try {
      const body = await readFile(path);
      return new Response(body, { headers: securityHeaders(APP_CSP, contentTypeFor(path)) });
    } catch {
      return refuse(404, 'Not found');
    }
  });
}
