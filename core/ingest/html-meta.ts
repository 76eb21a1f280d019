/**
 * Title, byline and publication date from a page's metadata. Read before Readability runs,
 * because Readability rewrites the document; its own findings are the first choice and these
 * are the fallbacks for pages it does not cover (itemprop, Dublin Core, <time datetime>).
 */
import { toIsoDate } from './dates.js';

export interface PageMeta {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
}

const DATE_META = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]', 'meta[property="og:published_time"]',
  'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="publish-date"]', 'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]', 'meta[name="dc.date.issued"]', 'meta[name="DC.date.issued"]', 'meta[name="dcterms.issued"]',
  'meta[name="dc.date"]', 'meta[name="DC.date"]', 'meta[name="date"]',
];
const AUTHOR_META = ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="dc.creator"]', 'meta[name="DC.creator"]', 'meta[name="byl"]'];
const TITLE_META = ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="dc.title"]'];

function metaContent(doc: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every object in the page's JSON-LD blocks, flattening arrays and @graph. */
function jsonLdObjects(doc: Document): { [key: string]: Json }[] {
  const out: { [key: string]: Json }[] = [];
  const visit = (value: Json, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    out.push(value);
    const graph = value['@graph'];
    if (graph) visit(graph, depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json, 0);
    } catch {
      // A broken JSON-LD block is common and says nothing about the article: skip it.
    }
  }
  return out;
}

function personNames(value: Json | undefined): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const names = value.map(personNames).filter((n): n is string => Boolean(n));
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object' && typeof value.name === 'string') return value.name;
  return null;
}

/** "By Jane Doe and John Roe" → "Jane Doe and John Roe"; URLs (some sites put the author page there) are dropped. */
export function cleanByline(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').replace(/^by\s+/i, '').trim();
  if (!text || /^https?:\/\//i.test(text) || text.length > 200) return null;
  return text;
}

export function readPageMeta(doc: Document): PageMeta {
  const ld = jsonLdObjects(doc);
  const ldValue = (key: string): Json | undefined => ld.find((o) => o[key] !== undefined)?.[key];
  const ldDate = ldValue('datePublished');
  const timeElement = doc.querySelector('time[pubdate][datetime], article time[datetime], time[datetime]');
  const dates = [metaContent(doc, DATE_META), typeof ldDate === 'string' ? ldDate : null, timeElement?.getAttribute('datetime') ?? null];
  const ldHeadline = ldValue('headline');
  return {
    title: metaContent(doc, TITLE_META) ?? (typeof ldHeadline === 'string' ? ldHeadline : null) ?? (doc.title.trim() || null),
    byline: cleanByline(personNames(ldValue('author')) ?? metaContent(doc, AUTHOR_META)),
    publishedAt: dates.map(toIsoDate).find((d): d is string => d !== null) ?? null,
  };
}
