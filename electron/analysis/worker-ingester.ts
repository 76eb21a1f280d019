/**
 * The app's `ingest` service: files and addresses are read in a worker thread of their own
 * (jsdom + Readability on a big page or pdf.js on a long PDF take seconds), so the window
 * never freezes and a source can be read while an analysis runs. Whatever goes wrong comes
 * back as an IngestError: one sentence the sources panel shows beside the file's name.
 */
import type { SourceDoc } from '../../core/model/briefing.js';
import { IngestError } from '../../core/ingest/index.js';
import { IngestOutcomeSchema, type IngestOutcome, type IngestRequest } from '../services/ingest-request.js';
import { WorkerJobError, type WorkerHost } from './worker-host.js';

/** Covers a slow server (core/ingest's own 20 s fetch limit) and then a long PDF. */
export const INGEST_TIME_LIMIT_MS = 45_000;

function readerFailure(error: unknown, timeoutMs: number): string {
  if (!(error instanceof WorkerJobError)) return `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  switch (error.failure) {
    case 'timeout':
      return `reading it took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`;
    case 'crashed':
    case 'exited':
      return `the reader stopped unexpectedly while reading it (${error.detail})`;
    case 'closed':
      return 'the app is closing';
    default:
      return `unexpected error: ${error.detail}`;
  }
}

export function createWorkerIngester(host: WorkerHost, timeoutMs = INGEST_TIME_LIMIT_MS) {
  return async (request: IngestRequest): Promise<SourceDoc> => {
    let outcome: IngestOutcome;
    try {
      outcome = await host.run({ kind: 'ingest', request }, { timeoutMs, label: 'Reading', parse: (result) => IngestOutcomeSchema.parse(result) });
    } catch (error) {
      throw new IngestError(readerFailure(error, timeoutMs), { cause: error });
    }
    if (!outcome.ok) throw new IngestError(outcome.error);
    return outcome.source;
  };
}
