/**
 * HTML to article text. jsdom parses the page with scripts off and no resource loading (its
 * defaults: no `runScripts`, no `resources`), Readability finds the article and drops the
 * navigation, ads and link lists, DOMPurify sanitises the article HTML before we walk it,
 * and the walk keeps one paragraph per line.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import createDOMPurify, { type WindowLike } from 'dompurify';
import { blockText } from './html-text.js';
import { IngestError } from './errors.js';
import { MAX_HTML_DEPTH, MAX_HTML_MARKUP_CHARS, READABILITY_MAX_DEPTH, describeBytes } from './limits.js';
import { readPageMeta } from './html-meta.js';
import { cleanByline, toIsoDate } from './meta-values.js';

export interface HtmlArticle {
  /** The headline (when known) on the first line, then the article, one paragraph per line. */
  text: string;
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
}

/** Page furniture removed when Readability finds no article and we fall back to the whole body. */
const FURNITURE = 'nav, header, footer, aside, form, menu, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';

function sameLine(a: string, b: string): boolean {
  const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}

/** A byline line at the top of the article ("By Jane Doe") is metadata, not article text. */
function withoutBylineLines(body: string, byline: string | null): string {
  const lines = body.split('\n');
  const isByline = (line: string): boolean =>
    line.length < 120 && ((byline !== null && sameLine(line.replace(/^by\s+/i, ''), byline)) || /^by\s+\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+){0,3}$/u.test(line));
  const head = lines.slice(0, 3);
  const kept = head.filter((line) => !isByline(line));
  return [...kept, ...lines.slice(3)].join('\n');
}

/**
 * Drops what never holds article text (scripts other than JSON-LD metadata, styles, inline SVG,
 * comments) before jsdom builds a DOM: on a real news page that is most of the bytes, and DOM
 * building is most of the time. The patterns end each element where the HTML parser would.
 */
export function withoutInertMarkup(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (whole, attrs: string) => (/application\/ld\+json/i.test(attrs) ? whole : ''))
    // Not self-closing ones (`<svg/>`): those have no end tag to stop at.
    .replace(/<(style|noscript|template|svg|iframe)\b[^>]*(?<!\/)>[\s\S]*?<\/\1\s*>/gi, '');
}

function parse(html: string, url?: string): JSDOM {
  // A silent console: jsdom otherwise reports every CSS it cannot parse on our stderr.
  return new JSDOM(html, { virtualConsole: new VirtualConsole(), ...(url ? { url } : {}) });
}

/** The whole page's text without its furniture, for pages Readability cannot or did not read. */
function bodyText(document: Document): string {
  const body = document.body;
  if (!body) return '';
  body.querySelectorAll(FURNITURE).forEach((el) => el.remove());
  return blockText(body);
}

function reparsedBodyText(markup: string, url?: string): string {
  const dom = parse(markup, url);
  try {
    return bodyText(dom.window.document);
  } finally {
    dom.window.close();
  }
}

/** Void elements and those whose end tag is optional (a new one closes the last) do not nest. */
const FLAT = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rt', 'rp', 'optgroup']);

/** The deepest nesting the markup asks for, counted from its tags without building a DOM. */
export function nestingDepth(markup: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of markup.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    if (FLAT.has(match[2]!.toLowerCase()) || match[3]) continue;
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

export function extractHtml(html: string, url?: string): HtmlArticle {
  const markup = withoutInertMarkup(html);
  if (markup.length > MAX_HTML_MARKUP_CHARS) {
    throw new IngestError(`the web page is too large to read (${describeBytes(markup.length)} of markup without scripts and styles; the limit is ${describeBytes(MAX_HTML_MARKUP_CHARS)})`);
  }
  const depth = nestingDepth(markup);
  if (depth > MAX_HTML_DEPTH) {
    throw new IngestError(`the web page is nested too deeply to read (more than ${MAX_HTML_DEPTH.toLocaleString('en')} levels of elements)`);
  }
  const dom = parse(markup, url);
  try {
    const { document } = dom.window;
    const meta = readPageMeta(document);
    // The article stays a DOM node (no serialising and re-parsing) and is sanitised in place.
    const article = depth > READABILITY_MAX_DEPTH ? null : new Readability<Node>(document, { charThreshold: 250, serializer: (node) => node }).parse();
    const purify = createDOMPurify(dom.window as unknown as WindowLike);
    let body = '';
    if (article?.content) body = blockText(purify.sanitize(article.content as Element, { IN_PLACE: true }));
    // Readability changes the document as it works, so after it the fallback parses the markup again.
    if (!body) body = article ? reparsedBodyText(markup, url) : bodyText(document);
    const byline = cleanByline(article?.byline) ?? meta.byline;
    body = withoutBylineLines(body, byline);
    const title = article?.title?.trim() || meta.title;
    const firstLine = body.split('\n', 1)[0] ?? '';
    const text = title && body && !sameLine(firstLine, title) ? `${title}\n${body}` : body;
    return {
      text,
      title: title ?? null,
      byline,
      publishedAt: toIsoDate(article?.publishedTime) ?? meta.publishedAt,
    };
  } finally {
    dom.window.close();
  }
}
