/**
 * The worker side of worker-protocol.ts: stays up, checks each job main posts against the
 * worker's schema, runs it and answers with one WorkerReply. A job that fails is answered
 * with its message; the thread stays in service.
 */
import { parentPort } from 'node:worker_threads';
import { z } from 'zod';
import type { WorkerReply } from './worker-protocol.js';

export function serveJobs<S extends z.ZodType>(schema: S, perform: (job: z.infer<S>) => Promise<unknown> | unknown): void {
  const answer = async (message: unknown): Promise<WorkerReply> => {
    // The id rides beside the job's own fields; the job schema leaves it out.
    const id = typeof message === 'object' && message !== null && 'id' in message && typeof message.id === 'number' ? message.id : -1;
    const job = schema.safeParse(message);
    if (!job.success) return { id, ok: false, error: 'the job was malformed' };
    try {
      return { id, ok: true, result: await perform(job.data) };
    } catch (error) {
      return { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
  parentPort?.on('message', (message: unknown) => {
    void answer(message).then((reply) => parentPort?.postMessage(reply));
  });
}
