/**
 * Files and addresses read in the worker thread, from the same bundle the app ships, through
 * the API handlers main registers: the source comes back validated, a reader's refusal keeps
 * its sentence, and a read that runs too long is stopped without taking the next one with it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newBriefing } from '../../core/brief/create.js';
import { exportBrief } from '../../core/export/index.js';
import type { SitbriefApi } from '../../core/ipc/contract.js';
import { workerHost } from '../../electron/analysis/worker-analyser.js';
import { createWorkerIngester } from '../../electron/analysis/worker-ingester.js';
import type { WorkerHost } from '../../electron/analysis/worker-host.js';
import { ingestWorkerPath } from '../../electron/analysis/worker-path.js';
import { createApiHandlers, type MainServices } from '../../electron/services/api-handlers.js';
import { repoRoot, seedArticle } from '../helpers/paths.js';

let outdir: string;
let bundle: string;
let server: Server;
let pageUrl: string;
let page: string;

/** The seed article as a web page with site furniture around it, for Readability to strip. */
function articlePage(): string {
  const paragraphs = readFileSync(seedArticle, 'utf8').split(/\n+/).filter((p) => p.trim());
  const [title = '', ...body] = paragraphs;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>Subscribe to our newsletter</footer></body></html>`;
}

beforeAll(async () => {
  // Laid out like the app: the bundle beside the packages it imports.
  outdir = mkdtempSync(join(tmpdir(), 'sitbrief-ingest-worker-'));
  writeFileSync(join(outdir, 'package.json'), '{"type":"module"}');
  symlinkSync(join(repoRoot, 'node_modules'), join(outdir, 'node_modules'));
  const built = spawnSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', join(outdir, 'dist'), '--only', 'ingest-worker'], { cwd: repoRoot, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`worker bundle failed: ${built.stderr}`);
  bundle = ingestWorkerPath(join(outdir, 'dist'));
  page = articlePage();
  server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  pageUrl = `http://127.0.0.1:${address.port}/world/strike.html`;
});
afterAll(async () => {
  rmSync(outdir, { recursive: true, force: true });
  await new Promise((resolve) => server.close(resolve));
});

/** Hosts made by a test; each is closed after it. The reading tests share one warm thread. */
const hosts: WorkerHost[] = [];
afterAll(() => Promise.all(hosts.map((h) => h.close())));

/** The real handlers with the worker ingester; the services ingest never touches stay out. */
function handlers(host: WorkerHost, timeoutMs?: number): SitbriefApi {
  const unused = new Proxy({} as MainServices['library'] & MainServices['settings'], { get: () => { throw new Error('not used by ingest'); } });
  return createApiHandlers({
    library: unused,
    settings: unused,
    analyse: () => Promise.reject(new Error('not used by ingest')),
    ingest: createWorkerIngester(host, timeoutMs),
    dialogs: { pickSourceFiles: async () => [join(outdir, 'missing.pdf'), join(outdir, 'page.html')], chooseSavePath: async () => null },
    print: async () => ({ ok: true }),
    openExternal: async () => false,
    appInfo: () => { throw new Error('not used by ingest'); },
    demoSources: async () => [],
  } satisfies MainServices);
}

function newHost(idleStopMs?: number): WorkerHost {
  const host = workerHost(bundle, { idleStopMs });
  hosts.push(host);
  return host;
}

describe('reading sources in the worker', () => {
  let warm: WorkerHost;
  beforeAll(() => {
    warm = newHost();
  });

  it('reads a web page, a PDF and a Word file in one warm thread', async () => {
    const api = handlers(warm);
    const html = await api.ingestFile('strike.html', new TextEncoder().encode(page));
    expect(html).toMatchObject({ ok: true, source: { kind: 'html', origin: 'strike.html' } });
    if (!html.ok) return;
    expect(html.source.text).not.toMatch(/Subscribe to our newsletter/);
    expect(html.source.text.length).toBeGreaterThan(500);
    expect(html.source.paragraphs.length).toBeGreaterThan(2);

    const brief = { ...newBriefing({ title: 'Worker read-back check' }) };
    for (const format of ['pdf', 'docx'] as const) {
      const result = await api.ingestFile(`brief.${format}`, await exportBrief(brief, format));
      expect(result).toMatchObject({ ok: true, source: { kind: format } });
      if (result.ok) expect(result.source.text).toContain('Worker read-back check');
    }
    expect(warm.started).toBe(1);
  });

  it('keeps the reader\'s own sentence for a file it refuses, and stays in service', async () => {
    const api = handlers(warm);
    await expect(api.ingestFile('empty.txt', new Uint8Array())).resolves.toEqual({ ok: false, name: 'empty.txt', error: 'the file is empty' });
    const torn = await api.ingestFile('torn.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj <<'));
    expect(torn).toMatchObject({ ok: false, name: 'torn.pdf', error: expect.stringMatching(/^the PDF is damaged|^the PDF cannot be read/) });
    writeFileSync(join(outdir, 'page.html'), page);
    const picked = await api.pickSourceFiles();
    expect(picked).toEqual([
      { ok: false, name: 'missing.pdf', error: 'no such file' },
      expect.objectContaining({ ok: true, source: expect.objectContaining({ kind: 'html', origin: join(outdir, 'page.html') }) }),
    ]);
    expect(warm.started).toBe(1);
  });

  it('fetches an address in the worker', async () => {
    const result = await handlers(warm).fetchUrl(pageUrl);
    expect(result).toMatchObject({ ok: true, source: { kind: 'url', origin: pageUrl } });
    expect(warm.started).toBe(1);
  });

  it('stops a read that runs past its limit and reads the next file in a fresh thread', async () => {
    // 50 ms is less than the thread's own start-up, so this read cannot finish in time.
    const host = newHost();
    const api = handlers(host, 50);
    await expect(api.ingestFile('strike.html', new TextEncoder().encode(page))).resolves.toEqual({
      ok: false,
      name: 'strike.html',
      error: 'reading it took longer than 0 s and was stopped',
    });
    expect(host.started).toBe(1);
    // The same host, now with room to finish: a fresh thread answers.
    const roomy = createWorkerIngester(host);
    await expect(roomy({ kind: 'bytes', name: 'note.txt', bytes: new TextEncoder().encode('A short note.') })).resolves.toMatchObject({ kind: 'text', text: 'A short note.' });
    expect(host.started).toBe(2);
  });

  it('stops the reader thread once it sits idle and reads the next file in a fresh one', async () => {
    const host = newHost(150);
    const read = createWorkerIngester(host);
    const note = (text: string) => read({ kind: 'bytes', name: 'note.txt', bytes: new TextEncoder().encode(text) });
    await expect(note('First note.')).resolves.toMatchObject({ text: 'First note.' });
    for (let waited = 0; host.idleStops === 0 && waited < 3000; waited += 25) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(host.idleStops).toBe(1);
    await expect(note('Second note.')).resolves.toMatchObject({ text: 'Second note.' });
    expect(host.started).toBe(2);
  });
});
