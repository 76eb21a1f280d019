/**
 * Bytes to text for plain-text and HTML sources. Order of trust: a byte-order mark, then a
 * charset the source declares (HTTP header, <meta>) unless the bytes contradict it, then
 * UTF-16 without a mark, then valid UTF-8, then the single-byte code pages news in our
 * languages actually arrives in (Windows-1251, KOI8-R/U, Latin-1/Windows-1252).
 * chardet proposes the code page; a plausibility check on the decoded words settles it,
 * because short Cyrillic texts are where chardet confuses Windows-1251 and KOI8.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { analyse } from 'chardet';

export interface DecodedText {
  text: string;
  /** The iconv-lite name of the encoding used, e.g. "windows-1251". */
  encoding: string;
}

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** chardet's names mapped to the decoder we use; ISO-8859-1 is read as its Windows superset, as browsers do. */
const CHARDET_TO_ICONV: Record<string, string> = {
  'windows-1251': 'windows-1251',
  'KOI8-R': 'koi8-u',
  'ISO-8859-5': 'iso-8859-5',
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  'ISO-8859-2': 'iso-8859-2',
  'windows-1250': 'windows-1250',
  'ISO-8859-9': 'windows-1254',
  'windows-1254': 'windows-1254',
};

/** Always weighed, whatever chardet says: the code pages our users' sources come in. */
const ALWAYS_TRIED = ['windows-1251', 'koi8-u', 'windows-1252'];

/** Enough bytes to tell code pages apart; decoding a whole 40 MB file four times to choose would not be. */
const SAMPLE_BYTES = 16 * 1024;

export function bomEncoding(bytes: Uint8Array): string | null {
  const bom = BOMS.find((b) => b.bytes.every((value, i) => bytes[i] === value));
  return bom?.encoding ?? null;
}

/** Maps a declared charset label to a decoder name, or null when we do not know it. */
export function charsetFromLabel(label: string | null | undefined): string | null {
  const name = label?.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!name) return null;
  if (['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'us-ascii', 'ascii', 'cp1252'].includes(name)) return 'windows-1252';
  if (name === 'koi8-r' || name === 'koi8r') return 'koi8-u';
  return iconv.encodingExists(name) ? name : null;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function decodeWith(bytes: Uint8Array, encoding: string): DecodedText {
  return { text: iconv.decode(toBuffer(bytes), encoding), encoding };
}

/** Share of the bytes at one parity covered by its two commonest values. */
function topTwoShare(bytes: Uint8Array, parity: 0 | 1): { share: number; zeros: number } {
  const counts = new Uint32Array(256);
  let n = 0;
  for (let i = parity; i < bytes.length; i += 2, n++) counts[bytes[i]!]!++;
  const sorted = [...counts].sort((a, b) => b - a);
  return { share: n ? ((sorted[0] ?? 0) + (sorted[1] ?? 0)) / n : 0, zeros: counts[0] ?? 0 };
}

/**
 * UTF-16 without a mark: in text of one or two scripts the high byte of each code unit takes
 * very few values (0x00 for ASCII, 0x04 for Cyrillic), while the low byte varies.
 */
function utf16WithoutBom(bytes: Uint8Array): string | null {
  if (bytes.length < 4) return null;
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES) & ~1);
  const even = topTwoShare(sample, 0);
  const odd = topTwoShare(sample, 1);
  if (odd.share > 0.85 && odd.zeros > 0 && even.share < 0.6) return 'utf-16le';
  if (even.share > 0.85 && even.zeros > 0 && odd.share < 0.6) return 'utf-16be';
  return null;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * How much a decoding reads like prose: words that keep to one script and are cased like
 * words (lower, Capitalised or UPPER) count for, mixed-script or mixed-case words and stray
 * symbols against. A wrong code page turns "Київ" into "йИ©Б" or "Êè¿â", which fails both.
 */
export function plausibility(text: string): number {
  let score = 0;
  for (const match of text.matchAll(/\p{L}+|[^\p{L}\p{N}\p{P}\s]/gu)) {
    const word = match[0];
    if (!/\p{L}/u.test(word)) {
      score -= 2;
      continue;
    }
    const letters = [...word];
    const cyrillic = letters.filter((c) => CYRILLIC.test(c)).length;
    const latin = letters.filter((c) => LATIN.test(c)).length;
    const rest = letters.slice(1).join('');
    const cased = rest === rest.toLowerCase() || word === word.toUpperCase();
    const accented = letters.filter((c) => c > '\u007f').length;
    const oddLatin = latin > 0 && accented * 2 > letters.length && letters.length > 2;
    score += (cyrillic > 0 && latin > 0) || !cased || oddLatin ? -letters.length : letters.length;
  }
  return score;
}

function guessSingleByte(bytes: Uint8Array): string {
  const sample = toBuffer(bytes.subarray(0, SAMPLE_BYTES));
  const proposed = analyse(sample)
    .map((match) => CHARDET_TO_ICONV[match.name])
    .filter((name): name is string => Boolean(name));
  const candidates = [...new Set([...proposed.slice(0, 3), ...ALWAYS_TRIED])];
  const scored = candidates.map((encoding) => ({ encoding, score: plausibility(iconv.decode(sample, encoding)) }));
  const first = scored[0]!;
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a), first);
  // chardet's choice stands unless another reads clearly better: near-ties (Latin-1 against
  // Latin-2 on French, say) are chardet's call, a wrong Cyrillic code page is not close.
  return best.score > first.score + Math.max(5, Math.abs(first.score) * 0.1) ? best.encoding : first.encoding;
}

/**
 * UTF-8 with a few bad bytes (a file cut mid-character, one stray Latin-1 byte) is still UTF-8:
 * a code page guess would garble every other non-ASCII letter to save one. Single-byte text
 * makes valid multi-byte sequences only by accident, so valid ones far outnumber bad ones
 * only in real UTF-8.
 */
function mostlyUtf8(bytes: Uint8Array): string | null {
  const text = toBuffer(bytes).toString('utf8');
  let bad = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) bad++;
    else if (code > 0x7f) good++;
  }
  return good > 0 && good >= bad * 10 ? text : null;
}

const singleByteCache = new Map<string, boolean>();

/** A code page with one character per byte: its high half decodes to 128 characters. */
function isSingleByte(encoding: string): boolean {
  let known = singleByteCache.get(encoding);
  if (known === undefined) {
    known = iconv.decode(Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i)), encoding).length === 128;
    singleByteCache.set(encoding, known);
  }
  return known;
}

/**
 * Whether to trust a declared charset. Pages lie about it (templates copied between sites):
 * one that says UTF-8 but is not, or says a single-byte code page while its bytes are valid
 * UTF-8 with non-ASCII characters in them, is read by its bytes; valid multi-byte UTF-8 does not
 * happen by accident in prose.
 */
function trustDeclared(declared: string, bytes: Uint8Array, utf8: boolean): boolean {
  if (declared === 'utf-8') return utf8;
  return !(utf8 && isSingleByte(declared) && bytes.some((byte) => byte > 0x7f));
}

/** Decodes text bytes; `declared` is a charset label from the HTTP header or the document. */
export function decodeText(bytes: Uint8Array, declared?: string | null): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return decodeWith(bytes, bom);
  const declaredEncoding = charsetFromLabel(declared);
  const utf8 = isUtf8(bytes);
  if (declaredEncoding && trustDeclared(declaredEncoding, bytes, utf8)) return decodeWith(bytes, declaredEncoding);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decodeWith(bytes, utf16);
  if (utf8) return { text: toBuffer(bytes).toString('utf8'), encoding: 'utf-8' };
  const lenient = mostlyUtf8(bytes);
  if (lenient !== null) return { text: lenient, encoding: 'utf-8' };
  return decodeWith(bytes, guessSingleByte(bytes));
}

/**
 * The charset an HTML document declares in its first kilobyte (<meta charset> or http-equiv),
 * as browsers prescan it. A <meta> that says UTF-16 is read as UTF-8, as the HTML standard
 * prescribes: the prescan could not have read it in UTF-16 bytes, so the page was re-saved.
 */
export function htmlDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
  return label && /^utf-?16/i.test(label) ? 'utf-8' : label;
}
