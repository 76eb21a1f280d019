/**
 * Content-Security-Policy headers for everything the app protocol serves.
 * The renderer's index.html carries the same policy in a meta tag; the header makes it hold
 * for every response (scripts, styles, fonts) even if a page forgets the tag.
 */

/** The app itself: only its own scripts, styles, fonts and images; no network, no frames. */
export const APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The hidden print page: a static document with its own inline stylesheet and nothing else.
 * Scripts are off in that window as well; the policy says so a second time.
 */
export const PRINT_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src data:",
  "font-src data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function securityHeaders(csp: string, contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}
