/**
 * The source reader's thread entry: reads each file or address main posts (see job-loop.ts).
 * Built to dist/electron/ingest-worker.mjs with its packages left as imports, as main.js is:
 * jsdom and pdf.js find their own files (pdf.js's fonts and CMaps, jsdom's helpers) from
 * node_modules, which a self-contained bundle would cut them off from.
 */
import { z } from 'zod';
import { IngestRequestSchema, readSourceOutcome } from '../services/ingest-request.js';
import { serveJobs } from './job-loop.js';

serveJobs(z.object({ kind: z.literal('ingest'), request: IngestRequestSchema }), (job) => readSourceOutcome(job.request));
