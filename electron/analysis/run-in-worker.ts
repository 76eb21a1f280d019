/**
 * Supervises one job in a worker thread: the result, or a clear error when the worker
 * throws, crashes, exits early or runs past its time limit (then it is terminated). Main
 * never waits on the engine itself, so a pathological corpus cannot freeze the window.
 * The worker is injected (`spawn`), so the supervision is tested in Node with real workers.
 */

/** The part of worker_threads.Worker the supervisor uses. */
export interface WorkerLike {
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

/** What a worker posts back: its result or why it failed. */
export type WorkerReply = { ok: true; result: unknown } | { ok: false; error: string };

export interface RunOptions<T> {
  timeoutMs: number;
  /** Validates the worker's result (a crashed or confused worker must not hand main garbage). */
  parse(result: unknown): T;
  /** Names the job in error messages, e.g. "Analysis". */
  label: string;
}

function isReply(message: unknown): message is WorkerReply {
  if (typeof message !== 'object' || message === null || !('ok' in message)) return false;
  return message.ok === true ? 'result' in message : message.ok === false && typeof (message as { error?: unknown }).error === 'string';
}

export function runInWorker<T>(spawn: () => WorkerLike, options: RunOptions<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let worker: WorkerLike;
    const finish = (outcome: () => T) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate().catch(() => undefined);
      try {
        resolve(outcome());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const fail = (message: string) => finish(() => {
      throw new Error(message);
    });
    const timer = setTimeout(
      () => fail(`${options.label} took longer than ${Math.round(options.timeoutMs / 1000)} s and was stopped. Try fewer or shorter sources.`),
      options.timeoutMs,
    );
    try {
      worker = spawn();
    } catch (error) {
      settled = true;
      clearTimeout(timer);
      reject(new Error(`${options.label} could not start: ${error instanceof Error ? error.message : String(error)}`));
      return;
    }
    worker.on('message', (message) => {
      if (!isReply(message)) return fail(`${options.label} failed: the worker sent an unexpected reply.`);
      if (!message.ok) return fail(`${options.label} failed: ${message.error}`);
      const { result } = message;
      finish(() => {
        try {
          return options.parse(result);
        } catch {
          throw new Error(`${options.label} failed: the worker's result was not valid.`);
        }
      });
    });
    // An uncaught error is followed by 'exit', and messages posted before it are delivered
    // before 'exit': waiting for it lets a reply that raced the crash still count.
    let crash: Error | null = null;
    worker.on('error', (error) => {
      crash = error;
    });
    worker.on('exit', (code) =>
      fail(crash ? `${options.label} crashed: ${crash.message}` : `${options.label} stopped unexpectedly (exit code ${code}).`),
    );
  });
}
