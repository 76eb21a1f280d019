/**
 * A source to read, as one message: file contents, a file on disk or an address. Main hands
 * these to the ingest worker (the HTML, PDF and Word readers take seconds on big inputs and
 * must not freeze the window); Node tests and the browser harness read them in-process with
 * the same function the worker runs.
 */
import { z } from 'zod';
import { SourceDocSchema, type SourceDoc } from '../../core/model/briefing.js';
import { IngestError, ingestBytes, ingestFile, ingestUrl } from '../../core/ingest/index.js';

export const IngestRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bytes'), name: z.string(), bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes expected') }),
  z.object({ kind: z.literal('file'), path: z.string() }),
  z.object({ kind: z.literal('url'), url: z.string() }),
]);
export type IngestRequest = z.infer<typeof IngestRequestSchema>;

/** The source, or the one sentence the reader said about why it cannot be read. */
export const IngestOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), source: SourceDocSchema }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type IngestOutcome = z.infer<typeof IngestOutcomeSchema>;

/** Reads the source in this thread; throws IngestError for anything the user can act on. */
export function readSource(request: IngestRequest): Promise<SourceDoc> {
  switch (request.kind) {
    case 'bytes':
      return ingestBytes(request.bytes, request.name);
    case 'file':
      return ingestFile(request.path);
    case 'url':
      return ingestUrl(request.url);
  }
}

/** `readSource` as a message: an IngestError becomes its sentence; other errors still throw. */
export async function readSourceOutcome(request: IngestRequest): Promise<IngestOutcome> {
  try {
    return { ok: true, source: await readSource(request) };
  } catch (error) {
    if (error instanceof IngestError) return { ok: false, error: error.message };
    throw error;
  }
}
