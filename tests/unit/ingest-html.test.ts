/**
 * Web pages: metadata from every place pages keep it, one paragraph per line whatever the
 * markup, and a page that can neither run code nor make the parser fetch anything.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBytes } from '../../core/ingest/index.js';

const page = (head: string, body: string): Uint8Array =>
  new TextEncoder().encode(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);

const ARTICLE = '<article><p>The first paragraph of the story says what happened on Tuesday.</p><p>The second paragraph adds what officials said afterwards.</p></article>';

describe('web page metadata', () => {
  it('reads JSON-LD inside @graph, with several authors', async () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Wire' }, { '@type': 'Report', headline: 'Situation update', datePublished: '2025-03-07T23:30:00-05:00', author: [{ '@type': 'Person', name: 'Ann Lee' }, { '@type': 'Person', name: 'Bo Chan' }] }] });
    const source = await ingestBytes(page(`<script type="application/ld+json">${ld}</script>`, ARTICLE), 'a.html');
    expect(source).toMatchObject({ title: 'Situation update', byline: 'Ann Lee, Bo Chan', publishedAt: '2025-03-07' });
  });

  it('falls back to <time datetime>, itemprop and Dublin Core', async () => {
    const timed = await ingestBytes(page('<title>Timed</title>', `<header><time datetime="2024-11-02T08:00:00Z">2 November</time></header>${ARTICLE}`), 't.html');
    expect(timed.publishedAt).toBe('2024-11-02');
    const itemprop = await ingestBytes(page('<meta itemprop="datePublished" content="2023-01-15"><meta name="DC.creator" content="By Kim Park">', ARTICLE), 'i.html');
    expect(itemprop).toMatchObject({ publishedAt: '2023-01-15', byline: 'Kim Park' });
  });

  it('ignores broken JSON-LD and impossible dates', async () => {
    const source = await ingestBytes(page('<script type="application/ld+json">{"datePublished": </script><meta property="article:published_time" content="2025-02-30">', ARTICLE), 'b.html');
    expect(source.publishedAt).toBeNull();
    expect(source.text).toContain('The first paragraph of the story');
  });
});

describe('web page text', () => {
  it('keeps one paragraph per line across line breaks, lists, quotes and tables', async () => {
    const body = `<article><h1>Casualty update</h1><p>Officials gave new figures on Friday<br>after a night of strikes.</p>
      <ul><li>Kyiv: 12 killed</li><li>Kharkiv: 3 <b>injured</b></li></ul>
      <blockquote>“We will rebuild,” the mayor said.</blockquote>
      <table><tr><th>City</th><th>Killed</th></tr><tr><td>Kyiv</td><td>12</td></tr></table>
      <p>Rescue work   continued
      through the morning.</p></article>`;
    const source = await ingestBytes(page('<title>Casualty update</title>', body), 'list.html');
    expect(source.text).toBe([
      'Casualty update', 'Officials gave new figures on Friday', 'after a night of strikes.', 'Kyiv: 12 killed', 'Kharkiv: 3 injured',
      '“We will rebuild,” the mayor said.', 'City Killed', 'Kyiv 12', 'Rescue work continued through the morning.',
    ].join('\n'));
  });
});

describe('a hostile page', () => {
  let server: Server;
  let base = '';
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('runs no script and loads no resource', async () => {
    const head = `<link rel="stylesheet" href="${base}/style.css"><script src="${base}/app.js"></script>`;
    const body = `<img src="${base}/pixel.gif"><iframe src="${base}/frame"></iframe>${ARTICLE}
      <script>document.querySelector('article').insertAdjacentHTML('beforeend', '<p>Injected by a script.</p>'); fetch('${base}/beacon');</script>
      <img src="x" onerror="document.body.append('Injected by onerror.')">`;
    const source = await ingestBytes(page(head, body), 'hostile.html');
    await new Promise((resolve) => setTimeout(resolve, 200)); // time for any stray request to arrive
    expect(source.text).not.toMatch(/Injected/);
    expect(source.text).toContain('The second paragraph adds what officials said afterwards.');
    expect(requests).toEqual([]);
  });
});
