import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppPath } from '../../electron/security/app-path.js';

const root = resolve('/opt/sitbrief/dist/renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://sitbrief/index.html', join(root, 'index.html')],
    ['app://sitbrief/', join(root, 'index.html')],
    ['app://sitbrief', join(root, 'index.html')],
    ['app://sitbrief/assets/index-abc123.js', join(root, 'assets', 'index-abc123.js')],
    ['app://sitbrief/assets/index.js?v=2#top', join(root, 'assets', 'index.js')],
    ['app://sitbrief/fonts/My%20Font.woff2', join(root, 'fonts', 'My Font.woff2')],
  ])('serves %s', (url, expected) => {
    expect(resolveAppPath(root, url)).toBe(expected);
  });

  it.each([
    ['plain dot-dot', 'app://sitbrief/../../etc/passwd'],
    ['dot-dot inside', 'app://sitbrief/assets/../../secret.txt'],
    ['encoded dots', 'app://sitbrief/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded dots', 'app://sitbrief/%2E%2E/secret'],
    ['encoded slash', 'app://sitbrief/..%2f..%2fetc%2fpasswd'],
    ['encoded backslash', 'app://sitbrief/..%5c..%5cwindows%5cwin.ini'],
    ['raw backslash', 'app://sitbrief/..\\..\\windows\\win.ini'],
    ['double-encoded dots', 'app://sitbrief/%252e%252e/%252e%252e/etc/passwd'],
    ['absolute path', 'app://sitbrief//etc/passwd'],
    ['encoded absolute path', 'app://sitbrief/%2fetc%2fpasswd'],
    ['drive letter', 'app://sitbrief/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://sitbrief/c%3a%5cboot.ini'],
    ['null byte', 'app://sitbrief/index.html%00.png'],
    ['malformed escape', 'app://sitbrief/%E0%A4%A'],
    ['other host', 'app://evil/index.html'],
    ['look-alike host', 'app://sitbrief.evil.com/index.html'],
    ['credentials', 'app://user:pw@sitbrief/index.html'],
    ['port', 'app://sitbrief:8080/index.html'],
    ['file scheme', 'file:///etc/passwd'],
    ['https scheme', 'https://sitbrief/index.html'],
    ['not a URL', 'index.html'],
    ['root itself via dot', 'app://sitbrief/.'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('never returns a path outside the root for any of a few thousand odd paths', () => {
    const pieces = ['..', '%2e%2e', '%2e.', '.%2e', '%252e', 'a', '%2f', '%5c', '\\', '/', '.', '%00', 'C:', '~'];
    let checked = 0;
    for (const a of pieces) for (const b of pieces) for (const c of pieces) {
      const out = resolveAppPath(root, `app://sitbrief/${a}/${b}/${c}`);
      if (out !== null) expect(out.startsWith(root + '/')).toBe(true);
      checked += 1;
    }
    expect(checked).toBe(pieces.length ** 3);
  });
});

describe('contentTypeFor', () => {
  it('knows the renderer build’s file kinds and treats the rest as bytes', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/f.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/blob.bin')).toBe('application/octet-stream');
  });
});
