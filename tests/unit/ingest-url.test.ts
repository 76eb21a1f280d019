/**
 * Fetching sources by address, against a local HTTP server this test starts on 127.0.0.1
 * (and nothing else): content types, charsets, redirects and their limits, size cap, timeout,
 * HTTP errors and an unreachable server.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError, ingestUrl } from '../../core/ingest/index.js';
import { pdfOfParagraphs, pngBytes } from './ingest-fixtures.js';

const ARTICLE = '<!DOCTYPE html><html><head><title>Талks resume | Wire</title><meta property="article:published_time" content="2025-05-02"></head><body><nav><a href="/">Home</a></nav><article><h1>Talks resume in Geneva</h1><p>Київ і Москва погодилися продовжити переговори в Женеві наступного тижня.</p><p>The delegations met for six hours on Friday, officials said.</p></article></body></html>';
const PDF_LINES = ['Situation report', 'The delegations met for six hours on Friday, officials said.'];

let server: Server;
let base = '';
let pdf: Uint8Array;

function send(res: ServerResponse, status: number, type: string | null, body: string | Uint8Array): void {
  res.writeHead(status, type ? { 'content-type': type } : {});
  res.end(body);
}

beforeAll(async () => {
  pdf = await pdfOfParagraphs(PDF_LINES);
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/article') return send(res, 200, 'text/html; charset=windows-1251', iconv.encode(ARTICLE, 'windows-1251'));
    if (path === '/plain') return send(res, 200, 'text/plain', 'A plain wire report.\nSecond paragraph.');
    if (path === '/report.pdf') return send(res, 200, 'application/pdf', pdf);
    if (path === '/untyped') return send(res, 200, null, pdf);
    if (path === '/image') return send(res, 200, 'image/png', pngBytes());
    if (path === '/missing') return send(res, 404, 'text/html', '<p>Not here</p>');
    if (path === '/empty') return send(res, 200, 'text/plain', '');
    if (path.startsWith('/hop/')) {
      const n = Number(path.slice(5));
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/article' });
      return res.end();
    }
    if (path === '/to-file') {
      res.writeHead(301, { location: 'file:///etc/passwd' });
      return res.end();
    }
    if (path === '/big') {
      // No content-length: the cap must cut the stream off by counting.
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      const pump = (): void => {
        while (sent < 400 && res.write(chunk)) sent++;
        if (sent < 400) res.once('drain', pump);
        else res.end();
      };
      res.on('error', () => undefined);
      return pump();
    }
    if (path === '/declared-big') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(100 * 1024 * 1024) });
      res.on('error', () => undefined);
      return res.write('x');
    }
    if (path === '/slow') return; // never answers
    return send(res, 404, 'text/plain', 'no route');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function failure(run: Promise<unknown>): Promise<string> {
  const error = await run.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(IngestError);
  return (error as IngestError).message;
}

describe('ingestUrl', () => {
  it('fetches a web page, decodes its declared charset and reads the article and its metadata', async () => {
    const source = await ingestUrl(`${base}/article`);
    expect(source.kind).toBe('url');
    expect(source.origin).toBe(`${base}/article`);
    expect(source.text).toContain('Київ і Москва погодилися продовжити переговори в Женеві наступного тижня.');
    expect(source.text).not.toContain('Home');
    expect(source.publishedAt).toBe('2025-05-02');
  });

  it('fetches plain text and PDF, with or without a content type', async () => {
    expect((await ingestUrl(`${base}/plain`)).text).toBe('A plain wire report.\nSecond paragraph.');
    for (const path of ['/report.pdf', '/untyped']) expect((await ingestUrl(`${base}${path}`)).text).toBe(PDF_LINES.join('\n'));
  });

  it('follows redirects, re-checking each, up to the limit; the origin is the final address', async () => {
    expect((await ingestUrl(`${base}/hop/2`)).origin).toBe(`${base}/article`);
    expect(await failure(ingestUrl(`${base}/hop/9`, { maxRedirects: 3 }))).toBe('the address redirects more than 3 times');
    expect(await failure(ingestUrl(`${base}/to-file`))).toBe('only http and https addresses can be fetched, not file');
  });

  it('refuses addresses that are not http(s) or not addresses at all', async () => {
    expect(await failure(ingestUrl('file:///etc/passwd'))).toBe('only http and https addresses can be fetched, not file');
    expect(await failure(ingestUrl('javascript:alert(1)'))).toBe('only http and https addresses can be fetched, not javascript');
    expect(await failure(ingestUrl('http://'))).toBe('it is not a valid web address');
    expect(await failure(ingestUrl(`http://user:secret@127.0.0.1:1/`))).toBe('addresses with a user name or password in them are not fetched');
  });

  it('refuses content that is not a page, text or document', async () => {
    expect(await failure(ingestUrl(`${base}/image`))).toBe('the address returned image/png, not a web page, text, PDF or Word document');
  });

  it('reports HTTP errors and empty answers', async () => {
    expect(await failure(ingestUrl(`${base}/missing`))).toBe('the server answered 404 Not Found');
    expect(await failure(ingestUrl(`${base}/empty`))).toBe('the server sent an empty document');
  });

  it('cuts off a download at the size cap, whether or not the size is declared', async () => {
    expect(await failure(ingestUrl(`${base}/big`, { maxBytes: 1024 * 1024 }))).toBe('it is too large (more than the 1.0 MB limit)');
    expect(await failure(ingestUrl(`${base}/declared-big`))).toBe('it is too large (100 MB; the limit is 40 MB)');
  });

  it('gives up on a server that does not answer', async () => {
    expect(await failure(ingestUrl(`${base}/slow`, { timeoutMs: 300 }))).toBe('the server did not answer within 0.3 seconds');
  });

  it('reports a server that cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await failure(ingestUrl(`http://127.0.0.1:${port}/article`))).toBe('the server refused the connection');
    expect(await failure(ingestUrl('http://127.0.0.1:25/'))).toBe('the address uses a port that is reserved for other services');
  });
});
