/** The app's `analyse` service: each analysis in a fresh worker thread, supervised. */
import { Worker } from 'node:worker_threads';
import { BriefContentSchema, type AnalysisOptions, type BriefContent, type SourceDoc } from '../../core/model/briefing.js';
import { runInWorker } from './run-in-worker.js';

export const ANALYSIS_TIME_LIMIT_MS = 60_000;
/** Large enough for a big corpus; small enough that a runaway analysis cannot take the machine. */
const WORKER_HEAP_MB = 2048;

export function createWorkerAnalyser(workerPath: string, timeoutMs = ANALYSIS_TIME_LIMIT_MS) {
  return (sources: SourceDoc[], options: AnalysisOptions): Promise<BriefContent> =>
    runInWorker(
      () => new Worker(workerPath, { workerData: { sources, options }, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }),
      { timeoutMs, label: 'Analysis', parse: (result) => BriefContentSchema.parse(result) },
    );
}
