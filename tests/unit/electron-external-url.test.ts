import { describe, expect, it } from 'vitest';
import { safeExternalUrl } from '../../electron/services/external-url.js';

describe('safeExternalUrl', () => {
  it.each([
    ['https://www.example.org/news/article?id=3#para', 'https://www.example.org/news/article?id=3#para'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://EXAMPLE.COM/Path', 'https://example.com/Path'],
    ['https://example.com:8443/x', 'https://example.com:8443/x'],
    ['https://example.com/search?q=%D0%9A%D0%B8%D1%97%D0%B2', 'https://example.com/search?q=%D0%9A%D0%B8%D1%97%D0%B2'],
  ])('allows %s', (input, expected) => {
    expect(safeExternalUrl(input)).toBe(expected);
  });

  it.each([
    ['javascript', 'javascript:alert(1)'],
    ['javascript in caps', 'JaVaScRiPt:alert(1)'],
    ['javascript disguised with a tab', 'java\tscript:alert(1)'],
    ['file', 'file:///etc/passwd'],
    ['file on Windows', 'file://C:/Windows/System32/calc.exe'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['mailto', 'mailto:someone@example.com'],
    ['smb share', 'smb://server/share'],
    ['custom protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['search-ms', 'search-ms:query=secret'],
    ['our own scheme', 'app://sitbrief/index.html'],
    ['ftp', 'ftp://example.com/file'],
    ['protocol-relative', '//evil.example/'],
    ['no scheme', 'www.example.com'],
    ['credentials that look like a host', 'https://www.bank.com@evil.example/'],
    ['user only', 'https://user@example.com/'],
    ['user and password', 'https://user:pass@example.com/'],
    ['leading space', ' https://example.com/'],
    ['trailing newline', 'https://example.com/\n'],
    ['embedded newline', 'https://exa\nmple.com/'],
    ['zero-width space', 'https://exa\u200Bmple.com/'],
    ['right-to-left override', 'https://example.com/\u202Efdp.exe'],
    ['non-breaking space', 'https://example.com/\u00A0x'],
    ['backslash host trick', 'https:\\\\evil.example\\'],
    ['backslash after host', 'https://example.com\\@evil.example/'],
    ['Cyrillic look-alike host', 'https://аpple.com/'],
    ['punycode host', 'https://xn--pple-43d.com/'],
    ['punycode subdomain', 'https://www.xn--80ak6aa92e.com/'],
    ['fullwidth letters', 'https://ｅｘａｍｐｌｅ.com/'],
    ['empty', ''],
    ['only scheme', 'https://'],
    ['very long', `https://example.com/${'a'.repeat(5000)}`],
  ])('refuses %s', (_name, input) => {
    expect(safeExternalUrl(input)).toBeNull();
  });
});
