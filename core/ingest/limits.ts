/**
 * The ingest limits, in one place so the messages, the docs and the tests agree.
 * The file cap sits below the IPC cap (60 MB, core/ipc/contract.ts) so that a big file
 * reaches the ingester and gets a sentence saying why, rather than a bare IPC rejection.
 */
const MB = 1024 * 1024;

/** Largest source file, upload or download accepted: 40 MB. Checked before anything is decoded. */
export const MAX_SOURCE_BYTES = 40 * MB;

/**
 * Longest extracted text accepted: 10 million characters (a few thousand pages). Guards the
 * analysis against pastes and documents that are small on disk but huge once unpacked.
 */
export const MAX_TEXT_CHARS = 10_000_000;

/** Total uncompressed size a .docx may declare in its ZIP directory before we refuse to open it. */
export const MAX_DOCX_EXPANDED_BYTES = 300 * MB;

/**
 * Uncompressed XML (the parts mammoth parses) a .docx may hold: 64 MB is far beyond any real
 * document's text, and parsing more would keep the reader busy for minutes.
 */
export const MAX_DOCX_XML_BYTES = 64 * MB;

/**
 * Markup a web page may have once scripts, styles and SVG are dropped: 4 MB. Real pages are a
 * few hundred KB by then; building a DOM for more would take minutes, which looks like a hang.
 */
export const MAX_HTML_MARKUP_CHARS = 4 * MB;

/** Fetching a URL: whole-request timeout, and how many redirects are followed. */
export const URL_TIMEOUT_MS = 20_000;
export const URL_MAX_REDIRECTS = 5;

/** "41.5 MB": sizes in messages, in the same units as the caps above. */
export function describeBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MB) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / MB;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

/** The one sentence for any source over the byte cap; `bytes` is null when a download was cut off at the cap. */
export function tooLargeMessage(bytes: number | null, limit = MAX_SOURCE_BYTES): string {
  return bytes === null
    ? `it is too large (more than the ${describeBytes(limit)} limit)`
    : `it is too large (${describeBytes(bytes)}; the limit is ${describeBytes(limit)})`;
}

/**
 * How deep a web page's elements may nest: 1,000 levels. Real pages stay under 100; the HTML
 * parser's cost grows with the square of the depth, so 50,000 nested <div>s take minutes.
 */
export const MAX_HTML_DEPTH = 1000;

/**
 * Deeper than this (100 levels), Readability's time grows out of hand (seconds per hundred
 * levels), so such pages are read whole, minus their furniture, without it.
 */
export const READABILITY_MAX_DEPTH = 100;
