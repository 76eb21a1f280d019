/**
 * Just enough ZIP to judge an archive before a library unpacks it: the central directory
 * (names and declared sizes, ZIP64 included) and a size-capped inflate of single entries.
 * The declared sizes let us refuse a ZIP bomb without inflating anything; the capped inflate
 * catches an archive whose directory lies about them.
 */
import { Buffer } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';
import { IngestError } from './errors.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 20_000;

const damaged = (): IngestError => new IngestError('the ZIP archive is damaged or incomplete');

function findEocd(buf: Buffer): number {
  const floor = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= floor; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw damaged();
}

function readU64(buf: Buffer, at: number): number {
  return Number(buf.readBigUInt64LE(at));
}

/** Sizes and offset of 0xFFFFFFFF in the directory live in the ZIP64 extra field, in this order. */
function applyZip64(buf: Buffer, extraStart: number, extraEnd: number, entry: ZipEntry): void {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = buf.readUInt16LE(at);
    const size = buf.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      if (entry.uncompressedSize === 0xffffffff) { entry.uncompressedSize = readU64(buf, field); field += 8; }
      if (entry.compressedSize === 0xffffffff) { entry.compressedSize = readU64(buf, field); field += 8; }
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = readU64(buf, field);
      return;
    }
    at += 4 + size;
  }
}

export function listZip(bytes: Uint8Array): ZipEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const eocd = findEocd(buf);
    let count = buf.readUInt16LE(eocd + 10);
    let offset = buf.readUInt32LE(eocd + 16);
    if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
      const record = readU64(buf, eocd - 12);
      if (buf.readUInt32LE(record) !== ZIP64_EOCD) throw damaged();
      count = readU64(buf, record + 32);
      offset = readU64(buf, record + 48);
    }
    if (count > MAX_ENTRIES) throw new IngestError(`the archive holds too many files (${count})`);
    const entries: ZipEntry[] = [];
    for (let at = offset, n = 0; n < count; n++) {
      if (buf.readUInt32LE(at) !== CENTRAL) throw damaged();
      const nameLength = buf.readUInt16LE(at + 28);
      const extraLength = buf.readUInt16LE(at + 30);
      const commentLength = buf.readUInt16LE(at + 32);
      const entry: ZipEntry = {
        name: buf.toString('utf8', at + 46, at + 46 + nameLength),
        method: buf.readUInt16LE(at + 10),
        compressedSize: buf.readUInt32LE(at + 20),
        uncompressedSize: buf.readUInt32LE(at + 24),
        localHeaderOffset: buf.readUInt32LE(at + 42),
      };
      applyZip64(buf, at + 46 + nameLength, at + 46 + nameLength + extraLength, entry);
      entries.push(entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw damaged(); // a RangeError from reading past the end: the directory points outside the file
  }
}

/** An entry's bytes, refusing to inflate beyond what the directory declared (`null` when it tries). */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Buffer | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const at = entry.localHeaderOffset;
    if (buf.readUInt32LE(at) !== LOCAL) throw damaged();
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const data = buf.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) return data.length <= entry.uncompressedSize ? data : null;
    if (entry.method !== 8) throw damaged();
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    if (error instanceof IngestError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw damaged();
  }
}
