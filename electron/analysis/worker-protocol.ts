/**
 * What main and a worker thread say to each other. Main posts one job at a time with an id;
 * the worker answers that id with the result or why the job failed. Each worker checks its
 * jobs with its own zod schema (job-loop.ts); main checks replies here and results with the
 * caller's schema, so neither side acts on a message it did not expect.
 */

/** A job as main posts it, before the host adds the id; `kind` names what to do. */
export interface WorkerJob {
  kind: string;
}

/** What a worker posts back: its result or why the job failed. */
export type WorkerReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

export function isReply(message: unknown): message is WorkerReply {
  if (typeof message !== 'object' || message === null || !('ok' in message) || !('id' in message)) return false;
  if (typeof message.id !== 'number') return false;
  return message.ok === true ? 'result' in message : message.ok === false && typeof (message as { error?: unknown }).error === 'string';
}
