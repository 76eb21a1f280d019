/**
 * Title, byline and publication date from a page's metadata. Read before Readability runs,
 * because Readability rewrites the document; its own findings are the first choice and these
 * are the fallbacks for pages it does not cover (itemprop, Dublin Core, <time datetime>).
 */
import { cleanByline, toIsoDate } from './meta-values.js';

export interface PageMeta {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
}

const DATE_META = [
  'article:published_time', 'datepublished', 'og:published_time', 'pubdate', 'publishdate', 'publish-date',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'date',
];
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'byl'];
const TITLE_META = ['og:title', 'twitter:title', 'dc.title'];

/** One pass over the page's <meta> elements: name, property and itemprop keys (lower-cased) to content. */
function metaIndex(doc: Document): Map<string, string> {
  const index = new Map<string, string>();
  for (const meta of doc.getElementsByTagName('meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

function metaContent(index: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const value = index.get(key);
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
  // Tag-name walks, not selectors: jsdom's selector engine costs a tenth of a second on a big page.
  for (const script of doc.getElementsByTagName('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
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

export function readPageMeta(doc: Document): PageMeta {
  const meta = metaIndex(doc);
  const ld = jsonLdObjects(doc);
  const ldValue = (key: string): Json | undefined => ld.find((o) => o[key] !== undefined)?.[key];
  const ldDate = ldValue('datePublished');
  const times = [...doc.getElementsByTagName('time')].filter((t) => t.hasAttribute('datetime'));
  const timeElement = times.find((t) => t.hasAttribute('pubdate')) ?? times.find((t) => t.closest('article')) ?? times[0];
  const dates = [metaContent(meta, DATE_META), typeof ldDate === 'string' ? ldDate : null, timeElement?.getAttribute('datetime') ?? null];
  const ldHeadline = ldValue('headline');
  return {
    title: metaContent(meta, TITLE_META) ?? (typeof ldHeadline === 'string' ? ldHeadline : null) ?? (doc.title.trim() || null),
    byline: cleanByline(personNames(ldValue('author')) ?? metaContent(meta, AUTHOR_META)),
    publishedAt: dates.map(toIsoDate).find((d): d is string => d !== null) ?? null,
  };
}
