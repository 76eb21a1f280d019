/**
 * The seed article saved as a cluttered web page, a PDF and a Word document must ingest to the
 * same paragraphs as the plain text, with none of the page furniture, and analyse to the same
 * quotes and speakers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, beforeAll } from 'vitest';
import type { SourceDoc } from '../../core/model/briefing.js';
import { ingestBytes } from '../../core/ingest/index.js';
import { analyseSources } from '../../core/analyse/index.js';
import { seedArticle } from '../helpers/paths.js';
import { docxOfParagraphs, pdfOfParagraphs } from './ingest-fixtures.js';

const seedText = readFileSync(seedArticle, 'utf8');
const seedParagraphs = seedText.split('\n').map((l) => l.trim()).filter(Boolean);
const HEADLINE = 'Trump tells Putin to stop after deadly Kyiv strike';

/** Strings that only the page furniture contains; none may reach the text. */
const CLUTTER = ['Subscribe now', 'Sign in', 'Advertisement', 'BUY ONE GET ONE', 'Most read', 'Celebrity chef', 'SCRIPT RAN', 'Cookie settings', '© 2025 Example Daily', 'tracking()'];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Short lines without a full stop are the article's section headings. */
function isHeading(line: string): boolean {
  return line.length < 80 && !/[.!?"”]$/.test(line);
}

function seedAsHtml(): string {
  const body = seedParagraphs.map((p) => (isHeading(p) ? `<h2>${escapeHtml(p)}</h2>` : `<p>${escapeHtml(p)}</p>`)).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${HEADLINE} | Example Daily</title>
<meta property="og:title" content="${HEADLINE}">
<meta property="article:published_time" content="2025-04-24T09:30:00+03:00">
<meta name="author" content="Jane Reporter">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${HEADLINE}","datePublished":"2025-04-24T09:30:00+03:00","author":{"@type":"Person","name":"Jane Reporter"}}</script>
<script>window.tracking = function tracking() {}; document.title = 'SCRIPT RAN';</script>
<link rel="stylesheet" href="https://example.invalid/style.css">
</head><body>
<header class="site-header"><nav class="menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe now</a> <a href="/login">Sign in</a></nav></header>
<div class="ad ad-banner" id="top-ad">Advertisement: BUY ONE GET ONE free on garden furniture</div>
<main><article class="article-body">
<h1>${HEADLINE}</h1>
<div class="byline">By Jane Reporter</div>
${body}
</article>
<aside class="related sidebar"><h3>Most read</h3><ul>
<li><a href="/a">Celebrity chef opens restaurant on the moon</a></li>
<li><a href="/b">Celebrity chef wins award for the third time</a></li>
<li><a href="/c">Celebrity chef retires from television</a></li></ul></aside>
</main>
<script>document.body.insertAdjacentHTML('beforeend', '<p>SCRIPT RAN and added this paragraph to the page.</p>');</script>
<footer class="site-footer"><p>© 2025 Example Daily. <a href="/cookies">Cookie settings</a></p></footer>
</body></html>`;
}

function linesOf(source: SourceDoc): string[] {
  return source.paragraphs.map((p) => source.text.slice(p.start, p.end));
}

function quotesOf(source: SourceDoc): { text: string; speaker: string | null }[] {
  return analyseSources([source], { summarySentences: 5 }).quotes.map((q) => ({ text: q.text, speaker: q.speaker.name }));
}

describe('the seed article in every format', () => {
  const sources: Record<'txt' | 'html' | 'pdf' | 'docx', SourceDoc | null> = { txt: null, html: null, pdf: null, docx: null };

  beforeAll(async () => {
    sources.txt = await ingestBytes(new TextEncoder().encode(seedText), 'kyiv-strike.txt');
    sources.html = await ingestBytes(new TextEncoder().encode(seedAsHtml()), 'kyiv-strike.html');
    sources.pdf = await ingestBytes(await pdfOfParagraphs(seedParagraphs), 'kyiv-strike.pdf');
    sources.docx = await ingestBytes(await docxOfParagraphs(seedParagraphs, HEADLINE), 'kyiv-strike.docx');
  });

  it.each(['txt', 'html', 'pdf', 'docx'] as const)('%s keeps every paragraph as a line of its own and none of the clutter', (format) => {
    const source = sources[format]!;
    const lines = linesOf(source);
    for (const paragraph of seedParagraphs) expect(lines).toContain(paragraph);
    for (const clutter of CLUTTER) expect(source.text).not.toContain(clutter);
    // Nothing else than the article (and, for the web page, its headline) is kept.
    expect(lines.length).toBeLessThanOrEqual(seedParagraphs.length + 1);
  });

  it('reads the web page metadata: headline, byline and publication date', () => {
    const html = sources.html!;
    expect(html.kind).toBe('html');
    expect(html.title).toBe(HEADLINE);
    expect(html.byline).toBe('Jane Reporter');
    expect(html.publishedAt).toBe('2025-04-24');
    expect(linesOf(html)[0]).toBe(HEADLINE);
  });

  it('takes the Word and PDF titles from their document properties', () => {
    expect(sources.docx!.title).toBe(HEADLINE);
    expect(sources.docx!.byline).toBe('Test Writer');
    expect(sources.pdf!.title).toBe(seedParagraphs[0]);
  });

  it('finds the same quotes and speakers in every format as in the plain text', () => {
    const expected = quotesOf(sources.txt!);
    expect(expected.length).toBeGreaterThan(0); // the engine finds the article's quotes at all
    for (const format of ['html', 'pdf', 'docx'] as const) expect({ format, quotes: quotesOf(sources[format]!) }).toEqual({ format, quotes: expected });
  });
});
