/**
 * The app's `analyse` service: the engine in a long-lived worker thread (see worker-host.ts),
 * started on the first analysis and kept warm for the next until it sits idle.
 */
import { Worker } from 'node:worker_threads';
import { BriefContentSchema, type AnalysisOptions, type BriefContent, type SourceDoc } from '../../core/model/briefing.js';
import { WorkerHost, type WorkerHostOptions } from './worker-host.js';

export const ANALYSIS_TIME_LIMIT_MS = 60_000;
/** Large enough for a big corpus; small enough that a runaway analysis cannot take the machine. */
const WORKER_HEAP_MB = 2048;

/** A host for the worker bundle at `workerPath`; each host keeps its own thread. */
export function workerHost(workerPath: string, options?: WorkerHostOptions): WorkerHost {
  return new WorkerHost(() => new Worker(workerPath, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }), options);
}

export function createWorkerAnalyser(host: WorkerHost, timeoutMs = ANALYSIS_TIME_LIMIT_MS) {
  return (sources: SourceDoc[], options: AnalysisOptions): Promise<BriefContent> =>
    host.run(
      { kind: 'analyse', sources, options: { summarySentences: options.summarySentences } },
      { timeoutMs, label: 'Analysis', timeoutAdvice: 'Try fewer or shorter sources.', parse: (result) => BriefContentSchema.parse(result) },
    );
}
