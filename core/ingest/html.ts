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
import { cleanByline, readPageMeta } from './html-meta.js';
import { toIsoDate } from './dates.js';

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

export function extractHtml(html: string, url?: string): HtmlArticle {
  // A silent console: jsdom otherwise reports every CSS it cannot parse on our stderr.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole(), ...(url ? { url } : {}) });
  try {
    const { document } = dom.window;
    const meta = readPageMeta(document);
    const fallbackBody = document.body?.cloneNode(true) as HTMLElement | undefined;
    const article = new Readability(document, { charThreshold: 250 }).parse();
    const purify = createDOMPurify(dom.window as unknown as WindowLike);
    let body = '';
    if (article?.content) body = blockText(purify.sanitize(article.content, { RETURN_DOM_FRAGMENT: true }));
    if (!body && fallbackBody) {
      fallbackBody.querySelectorAll(FURNITURE).forEach((el) => el.remove());
      body = blockText(fallbackBody);
    }
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
