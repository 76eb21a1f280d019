/**
 * What a source really is. The content decides where it can (magic bytes), the file name only
 * where content cannot tell (text vs. Markdown): a PNG renamed `.txt` is still a PNG, and a
 * saved web page named `.txt` is still HTML.
 */
import { Buffer } from 'node:buffer';
import { extname } from 'node:path';
import { IngestError } from './errors.js';

export type SourceFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

interface Signature {
  magic: string;
  offset?: number;
  what: string;
}

/** Formats we cannot read, named so the message says what the file is. Byte strings are latin1. */
const FOREIGN: Signature[] = [
  { magic: '\x89PNG\r\n\x1a\n', what: 'a PNG image' },
  { magic: '\xff\xd8\xff', what: 'a JPEG image' },
  { magic: 'GIF8', what: 'a GIF image' },
  { magic: 'WEBP', offset: 8, what: 'a WebP image' },
  { magic: 'II*\x00', what: 'a TIFF image' },
  { magic: 'MM\x00*', what: 'a TIFF image' },
  { magic: 'ftyp', offset: 4, what: 'a video or audio file' },
  { magic: 'ID3', what: 'an MP3 audio file' },
  { magic: 'OggS', what: 'an Ogg audio file' },
  { magic: '\x1f\x8b', what: 'a gzip archive' },
  { magic: 'Rar!', what: 'a RAR archive' },
  { magic: '7z\xbc\xaf\x27\x1c', what: 'a 7-Zip archive' },
  { magic: '\x7fELF', what: 'a program' },
  { magic: 'SQLite format 3\x00', what: 'a database file' },
  { magic: '\x00\x01\x00\x00', what: 'a font file' },
  { magic: 'OTTO', what: 'a font file' },
  { magic: 'wOFF', what: 'a font file' },
  { magic: 'wOF2', what: 'a font file' },
  { magic: '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1', what: 'an old-style Office file (.doc) or a password-protected Word document; save it as .docx without a password' },
  { magic: '{\\rtf', what: 'an RTF document; save it as .docx or .txt' },
];

const EXTENSIONS: Record<string, SourceFormat> = {
  '.txt': 'text', '.text': 'text', '': 'text',
  '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

function startsWith(bytes: Uint8Array, magic: string, offset = 0): boolean {
  if (bytes.length < offset + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[offset + i] !== magic.charCodeAt(i)) return false;
  return true;
}

/** `%PDF-` may follow a little junk (some generators prepend a header); readers accept it within 1 KB. */
function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, 'PK\x03\x04') || startsWith(bytes, 'PK\x05\x06');
}

/** Markup at the very start (after a BOM, blanks and comments) that only HTML documents open with. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString('latin1').toLowerCase();
  const start = head.replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '').replace(/^(\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, '');
  return /^<(!doctype html|html|head|body|meta|title)[\s>/]/.test(start);
}

/**
 * Decoded text must not carry control characters other than tabs, line and page breaks, nor
 * undecodable bytes: that is what binary data looks like once decoded as text. Checked on the
 * decoded text (not the bytes) because UTF-16 is full of NUL bytes by design.
 */
export function isBinaryText(text: string): boolean {
  const sample = text.slice(0, 65536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) control++;
  }
  return control > Math.max(2, sample.length * 0.01);
}

function formatName(format: SourceFormat): string {
  return format === 'pdf' ? 'a PDF' : format === 'docx' ? 'a Word (.docx) document' : 'a text document';
}

/** Decides the reader for `bytes`, or throws an IngestError saying what the file is instead. */
export function sniffFormat(bytes: Uint8Array, name: string): SourceFormat {
  const ext = extname(name).toLowerCase();
  const claimed = EXTENSIONS[ext];
  if (isPdf(bytes)) return 'pdf';
  if (isZip(bytes)) return 'docx';
  const foreign = FOREIGN.find((s) => startsWith(bytes, s.magic, s.offset));
  if (foreign) throw new IngestError(`it is ${foreign.what}, not ${formatName(claimed === 'pdf' || claimed === 'docx' ? claimed : 'text')}`);
  if (claimed === 'pdf' || claimed === 'docx') throw new IngestError(`it is named ${ext} but its content is not ${formatName(claimed)}`);
  if (claimed === 'html' || looksLikeHtml(bytes)) return 'html';
  // Anything else is read as text; the decoder and isBinaryText refuse what is not.
  return claimed ?? 'text';
}

