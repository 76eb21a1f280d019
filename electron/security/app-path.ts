/**
 * Maps an `app://sitbrief/…` request to a file inside the app's renderer folder.
 * The custom protocol replaces file:// so the renderer can only ever read its own build
 * output; this guard is what makes that true, so it refuses anything that could climb out
 * (`..`, encoded dots or slashes, backslashes, absolute or drive paths, NUL bytes).
 */
import { extname, isAbsolute, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'sitbrief';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const DOT_SEGMENT = /(?:^|[/\\])(?:\.|%2e){1,2}(?:[/\\?#]|$)/i;

/** The absolute file for `requestUrl` under `root`, or null when the request must be refused. */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  // The URL parser would quietly fold `/../` and `/%2e%2e/` into the path; our own pages never
  // ask for such paths, so a request that does is refused rather than reinterpreted.
  if (DOT_SEGMENT.test(requestUrl.replace(/^[a-z][a-z0-9+.-]*:\/\//i, ''))) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (url.username || url.password || url.port) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (/[\0\\]/.test(relative) || /%/.test(relative)) return null;
  relative = relative.replace(/^\//, '');
  if (relative === '') relative = 'index.html';
  if (isAbsolute(relative) || /^[a-zA-Z]:/.test(relative)) return null;
  if (relative.split('/').some((segment) => segment === '..' || segment === '.')) return null;
  const base = resolve(root);
  const target = resolve(base, relative);
  return target.startsWith(base + sep) ? target : null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type for a served file; unknown kinds are served as opaque bytes. */
export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
