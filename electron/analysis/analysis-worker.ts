/**
 * Worker thread entry: stays up and runs the jobs main posts, one at a time, answering each
 * with one WorkerReply. Bundled to dist/electron/analysis-worker.mjs. The engine is imported
 * on first use, so a thread that is never asked to analyse does not load the language model.
 */
import { parentPort } from 'node:worker_threads';
import { PostedJobSchema, type WorkerJob, type WorkerReply } from './worker-protocol.js';

async function perform(job: WorkerJob): Promise<unknown> {
  switch (job.kind) {
    case 'analyse': {
      const { analyseSources } = await import('../../core/analyse/index.js');
      return analyseSources(job.sources, job.options);
    }
  }
}

async function answer(message: unknown): Promise<WorkerReply> {
  const id = typeof message === 'object' && message !== null && 'id' in message && typeof message.id === 'number' ? message.id : -1;
  const job = PostedJobSchema.safeParse(message);
  if (!job.success) return { id, ok: false, error: 'the job was malformed' };
  try {
    return { id, ok: true, result: await perform(job.data) };
  } catch (error) {
    return { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on('message', (message: unknown) => {
  void answer(message).then((reply) => parentPort?.postMessage(reply));
});
