/**
 * What main and the worker thread say to each other. Main posts one job at a time with an id;
 * the worker answers that id with the result or why the job failed. The worker checks jobs
 * with zod (see analysis-worker.ts); main checks replies here and results with the caller's
 * schema, so neither side acts on a message it did not expect.
 */
import { z } from 'zod';
import { SourceDocSchema } from '../../core/model/briefing.js';

export const WorkerJobSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('analyse'),
    sources: z.array(SourceDocSchema),
    options: z.object({ summarySentences: z.number().int().positive() }),
  }),
]);
export type WorkerJob = z.infer<typeof WorkerJobSchema>;

/** A job as posted: the job and the id its reply must carry. */
export const PostedJobSchema = z.intersection(WorkerJobSchema, z.object({ id: z.number().int() }));

/** What a worker posts back: its result or why the job failed. */
export type WorkerReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

export function isReply(message: unknown): message is WorkerReply {
  if (typeof message !== 'object' || message === null || !('ok' in message) || !('id' in message)) return false;
  if (typeof message.id !== 'number') return false;
  return message.ok === true ? 'result' in message : message.ok === false && typeof (message as { error?: unknown }).error === 'string';
}
