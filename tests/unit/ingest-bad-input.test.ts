/**
 * Bad input: every case ends in one IngestError with one clear sentence, never a crash, a
 * hang or a different error type. Fixtures are generated here, in a temp dir.
 */
import { mkdtempSync, rmSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestError, MAX_SOURCE_BYTES, ingestBytes, ingestFile, ingestText } from '../../core/ingest/index.js';
import { DOCX_SKELETON, docxOfParagraphs, pdfBytes, pdfOfParagraphs, pngBytes, zeroBomb, zipBytes } from './ingest-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'sitbrief-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The error a promise rejects with; fails the test if it resolves or rejects with anything but an IngestError. */
async function ingestFailure(run: () => Promise<unknown> | unknown): Promise<string> {
  let caught: unknown = null;
  try {
    await run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(IngestError);
  const message = (caught as IngestError).message;
  // One sentence: no line breaks, no stack, no library jargon.
  expect(message).not.toMatch(/\n|Error:|undefined|null|\bat\s+\S+\s+\(/);
  return message;
}

describe('bad input gets one clear IngestError', () => {
  it('an empty file', async () => {
    const path = join(dir, 'empty.txt');
    writeFileSync(path, '');
    expect(await ingestFailure(() => ingestFile(path))).toBe('the file is empty');
  });

  it('a file of blanks, and an empty paste', async () => {
    expect(await ingestFailure(() => ingestBytes(utf8(' \n\t\r\n  \n'), 'blank.txt'))).toBe('it contains no text');
    expect(await ingestFailure(() => ingestText('   \n  '))).toBe('it contains no text');
  });

  it('a PNG renamed .txt', async () => {
    expect(await ingestFailure(() => ingestBytes(pngBytes(), 'photo.txt'))).toBe('it is a PNG image, not a text document');
  });

  it('binary data with no known signature', async () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(await ingestFailure(() => ingestBytes(noise, 'data.txt'))).toMatch(/not a text document/);
  });

  it('a file named .pdf or .docx that is neither', async () => {
    expect(await ingestFailure(() => ingestBytes(utf8('just some words'), 'report.pdf'))).toBe('it is named .pdf but its content is not a PDF');
    expect(await ingestFailure(() => ingestBytes(utf8('just some words'), 'report.docx'))).toBe('it is named .docx but its content is not a Word (.docx) document');
  });

  it('a 50 MB file is refused from its size, before it is read', async () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, 50 * 1024 * 1024); // sparse: no 50 MB written to disk
    expect(await ingestFailure(() => ingestFile(path))).toBe('it is too large (50 MB; the limit is 40 MB)');
  });

  it('50 MB of bytes from the renderer is refused without decoding them', async () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    expect(await ingestFailure(() => ingestBytes(bytes, 'huge.txt'))).toBe('it is too large (50 MB; the limit is 40 MB)');
    expect(MAX_SOURCE_BYTES).toBeLessThan(60 * 1024 * 1024); // below the IPC cap, so the ingester says why
  });

  it('a paste longer than the text cap', async () => {
    expect(await ingestFailure(() => ingestText('word '.repeat(2_100_000)))).toMatch(/^its text is too long \(10,500,000 characters; the limit is 10,000,000\)$/);
  });

  it('broken HTML still gives its text; HTML with no text gives an error', async () => {
    const broken = '<html><body><div><p>First paragraph with <b>unclosed bold<p>Second paragraph <i>with <a href="x">an unclosed link<table><tr><td>cell';
    const source = await ingestBytes(utf8(broken), 'broken.html');
    expect(source.text).toContain('First paragraph with unclosed bold');
    expect(source.text).toContain('Second paragraph with an unclosed link');
    expect(await ingestFailure(() => ingestBytes(utf8('<html><head><script>alert(1)</script></head><body><img src=x></body></html>'), 'empty.html'))).toBe('it contains no text');
  });

  it('a web page with more markup than can be read in reasonable time', async () => {
    const page = `<html><body>${'<div><span>cell</span></div>'.repeat(160_000)}</body></html>`;
    expect(await ingestFailure(() => ingestBytes(utf8(page), 'huge.html'))).toBe('the web page is too large to read (4.3 MB of markup without scripts and styles; the limit is 4.0 MB)');
  });

  it('a page nested absurdly deep is refused before parsing; a merely deep one is read without Readability', async () => {
    const nested = (depth: number): Uint8Array => utf8(`<html><body>${'<div>'.repeat(depth)}<p>Deep inside the page.</p>${'</div>'.repeat(depth)}</body></html>`);
    expect(await ingestFailure(() => ingestBytes(nested(50_000), 'deep.html'))).toBe('the web page is nested too deeply to read (more than 1,000 levels of elements)');
    expect((await ingestBytes(nested(500), 'deep.html')).text).toBe('Deep inside the page.');
  });

  it('a Word document whose text parts alone are too big to parse', async () => {
    const big = zipBytes([...DOCX_SKELETON, { name: 'word/document.xml', deflated: zeroBomb(1), declaredSize: 100 * 1024 * 1024 }]);
    expect(await ingestFailure(() => ingestBytes(big, 'long.docx'))).toBe("the Word document's text would unpack to 100 MB (the limit is 64 MB)");
  });

  it('a truncated PDF', async () => {
    const pdf = await pdfOfParagraphs(['A report that will be cut short.', 'It has two paragraphs.']);
    expect(await ingestFailure(() => ingestBytes(pdf.slice(0, Math.floor(pdf.length / 3)), 'cut.pdf'))).toMatch(/^the PDF is damaged or incomplete/);
  });

  it('a password-protected PDF', async () => {
    const pdf = await pdfBytes({ content: ['Confidential assessment.'], userPassword: 'secret', ownerPassword: 'owner' });
    expect(await ingestFailure(() => ingestBytes(pdf, 'locked.pdf'))).toMatch(/^the PDF is password-protected/);
  });

  it('a scanned (image-only) PDF', async () => {
    const image = `data:image/png;base64,${Buffer.from(pngBytes(64)).toString('base64')}`;
    const pdf = await pdfBytes({ content: [{ image, width: 400 }, { image, width: 400 }] });
    expect(await ingestFailure(() => ingestBytes(pdf, 'scan.pdf'))).toMatch(/^the PDF has no text layer \(it looks scanned/);
  });

  it('a ZIP that is not a Word document, and an Excel workbook named .docx', async () => {
    const zip = zipBytes([{ name: 'notes.txt', data: utf8('hello') }]);
    expect(await ingestFailure(() => ingestBytes(zip, 'notes.docx'))).toBe('it is a ZIP archive, not a Word (.docx) document');
    const xlsx = zipBytes([...DOCX_SKELETON.slice(0, 1), { name: 'xl/workbook.xml', data: utf8('<workbook/>') }]);
    expect(await ingestFailure(() => ingestBytes(xlsx, 'figures.docx'))).toBe('it is an Excel workbook, not a Word (.docx) document');
  });

  it('a damaged ZIP', async () => {
    const docx = await docxOfParagraphs(['Title', 'Body.']);
    expect(await ingestFailure(() => ingestBytes(docx.slice(0, docx.length - 40), 'cut.docx'))).toBe('the ZIP archive is damaged or incomplete');
  });

  it('a DOCX zip bomb is refused from its ZIP directory, before anything is unpacked', async () => {
    // 1 GB of zeros in about a megabyte, declared honestly in the directory.
    const bomb = zipBytes([
      ...DOCX_SKELETON,
      { name: 'word/document.xml', data: utf8('<w:document/>') },
      { name: 'word/media/image1.png', deflated: zeroBomb(1024), declaredSize: 1024 * 1024 * 1024 },
    ]);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(await ingestFailure(() => ingestBytes(bomb, 'bomb.docx'))).toBe('the Word document would unpack to 1024 MB (the limit is 300 MB); it may be a ZIP bomb');
  });

  it('a DOCX zip bomb whose directory understates the sizes is stopped while unpacking', async () => {
    const liar = zipBytes([...DOCX_SKELETON, { name: 'word/document.xml', deflated: zeroBomb(64), declaredSize: 2048 }]);
    expect(await ingestFailure(() => ingestBytes(liar, 'liar.docx'))).toMatch(/unpacks to more than its ZIP directory declares; it may be a ZIP bomb$/);
  });

  it('a missing file, and a folder', async () => {
    expect(await ingestFailure(() => ingestFile(join(dir, 'nope.txt')))).toBe('no such file');
    expect(await ingestFailure(() => ingestFile(dir))).toBe('it is not a file');
  });

  it('an old .doc or an encrypted Word file', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await ingestFailure(() => ingestBytes(ole, 'old.doc'))).toMatch(/^it is an old-style Office file \(\.doc\) or a password-protected Word document/);
  });
});
