/**
 * The analysis thread's entry: runs the engine on each job main posts (see job-loop.ts).
 * Bundled self-contained to dist/electron/analysis-worker.mjs and unpacked beside the app
 * archive when packaged (worker-path.ts).
 */
import { z } from 'zod';
import { analyseSources } from '../../core/analyse/index.js';
import { SourceDocSchema } from '../../core/model/briefing.js';
import { serveJobs } from './job-loop.js';

const AnalyseJobSchema = z.object({
  kind: z.literal('analyse'),
  sources: z.array(SourceDocSchema),
  options: z.object({ summarySentences: z.number().int().positive() }),
});

serveJobs(AnalyseJobSchema, (job) => analyseSources(job.sources, job.options));
