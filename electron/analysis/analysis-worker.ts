/**
 * Worker thread entry: runs the engine on the sources it was started with and posts back
 * one WorkerReply. Bundled to dist/electron/analysis-worker.mjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { analyseSources } from '../../core/analyse/index.js';
import { SourceDocSchema } from '../../core/model/briefing.js';
import type { WorkerReply } from './run-in-worker.js';

const JobSchema = z.object({
  sources: z.array(SourceDocSchema),
  options: z.object({ summarySentences: z.number().int().positive() }),
});

function run(): WorkerReply {
  const job = JobSchema.safeParse(workerData);
  if (!job.success) return { ok: false, error: 'the analysis job was malformed' };
  try {
    return { ok: true, result: analyseSources(job.data.sources, job.data.options) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.postMessage(run());
