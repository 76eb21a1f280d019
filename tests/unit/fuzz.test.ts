/**
 * Bounded fuzzing of the ingesters and the whole engine: seeded random bytes and random
 * adversarial text. Each input must end in a SourceDoc or one IngestError (never another
 * exception), within 5 s, and the heap must not grow without bound. The seed is fixed so a
 * failure can be replayed; raise FUZZ_ROUNDS locally for a longer run.
 */
import { describe, expect, it } from 'vitest';
import { IngestError, ingestBytes, sourceFromText } from '../../core/ingest/index.js';
import { analyseSources } from '../../core/analyse/index.js';

const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 12);
const LIMIT_MS = 5_000;

/** mulberry32: a tiny seeded PRNG, so every run feeds the same inputs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = ['"', '“', '”', "'", '‘', '’', '.', ' ', '\n', 'said', ' He ', 'President ', 'Kyiv', '12', 'at least', 'killed', '<div>', '</p>', '<script>', '%PDF-', 'PK\u0003\u0004', 'Mr.', 'U.S.', '—', 'Thursday', 'However,', 'remains unclear', '\u0000', '\uFFFD', 'Київ', '(', ')'];

function randomText(next: () => number, length: number): string {
  let out = '';
  while (out.length < length) out += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
  return out;
}

function randomBytes(next: () => number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(next() * 256);
  return bytes;
}

async function within<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

describe('fuzzing', () => {
  it('every ingester answers random bytes with a SourceDoc or one IngestError, quickly', async () => {
    const next = prng(0x5175);
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of ['noise.txt', 'noise.html', 'noise.pdf', 'noise.docx', 'noise.md', 'noise']) {
        const bytes = randomBytes(next, 1 + Math.floor(next() * 64 * 1024));
        // Some rounds start with a real magic number so the format readers themselves are reached.
        if (name.endsWith('.pdf') && round % 2 === 0) bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
        if (name.endsWith('.docx') && round % 2 === 0) bytes.set([0x50, 0x4b, 0x03, 0x04]);
        const { value, ms } = await within(async () => {
          try {
            return await ingestBytes(bytes, name);
          } catch (error) {
            return error;
          }
        });
        if (!(value instanceof IngestError)) expect(value, `${name} round ${round}`).toHaveProperty('text');
        expect(ms, `${name} round ${round}`).toBeLessThan(LIMIT_MS);
      }
    }
  });

  it('the engine finishes on random adversarial text with every cite inside its source', async () => {
    const next = prng(0xb41ef);
    const heapBefore = process.memoryUsage().heapUsed;
    for (let round = 0; round < ROUNDS; round++) {
      const text = randomText(next, 2_000 + Math.floor(next() * 60_000)).replace(/\u0000/g, ' ');
      if (!text.trim()) continue;
      const source = sourceFromText(text, { origin: `fuzz-${round}`, kind: 'text', publishedAt: '2025-04-24' });
      const { value: brief, ms } = await within(async () => analyseSources([source], { summarySentences: 5 }));
      expect(ms, `round ${round}`).toBeLessThan(LIMIT_MS);
      for (const item of [...brief.summary, ...brief.quotes, ...brief.figures, ...brief.timeline, ...brief.questions]) {
        for (const cite of item.cites) {
          expect(cite.start).toBeGreaterThanOrEqual(0);
          expect(cite.end).toBeLessThanOrEqual(source.text.length);
          expect(cite.start).toBeLessThanOrEqual(cite.end);
        }
      }
    }
    // Generous, but catches a leak that keeps every round's work alive.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(512 * 1024 * 1024);
  });

  it('deeply nested HTML is read or refused, never a hang', async () => {
    for (const depth of [50, 500, 5_000]) {
      const html = `<html><body>${'<div>'.repeat(depth)}<p>"We will hold," the mayor said on Monday.</p>${'</div>'.repeat(depth)}</body></html>`;
      const { value, ms } = await within(async () => {
        try {
          return await ingestBytes(new TextEncoder().encode(html), 'nested.html');
        } catch (error) {
          return error;
        }
      });
      expect(ms, `depth ${depth}`).toBeLessThan(LIMIT_MS);
      if (!(value instanceof IngestError)) expect((value as { text: string }).text).toContain('We will hold');
    }
  });
});
