/**
 * Keeps one worker thread alive between jobs and supervises each job it runs. Starting a
 * worker costs the engine's cold start (module parse, JIT, the wink-nlp model) on every
 * analysis, so the thread is started on the first job and reused; jobs run one at a time in
 * the order they came. A job that runs past its time limit, a crash or an unexpected exit
 * ends that worker, the job gets a clear error, and the next job starts a fresh thread. A job
 * that merely fails (bad input) leaves the worker in service. A warm thread holds a few
 * hundred MB (the engine's heap, the language model, jsdom), so once no job has come for
 * `idleStopMs` it is stopped, never mid-job; the next job starts a fresh one. The worker is
 * injected (`spawn`), so the supervision is tested in Node with real workers.
 */
import { isReply, type WorkerJob } from './worker-protocol.js';

/** The part of worker_threads.Worker the host uses. */
export interface WorkerLike {
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  postMessage(message: unknown): void;
  terminate(): Promise<number>;
  /** An idle worker must not keep the process alive (the app quits, a test run ends). */
  ref?(): void;
  unref?(): void;
}

export interface JobOptions<T> {
  timeoutMs: number;
  /** Validates the worker's result (a crashed or confused worker must not hand main garbage). */
  parse(result: unknown): T;
  /** Names the job in error messages, e.g. "Analysis". */
  label: string;
  /** What the user can do about a job that ran too long, added to that message. */
  timeoutAdvice?: string;
}

export interface WorkerHostOptions {
  /** How long a thread may sit without a job before it is stopped to give its memory back. */
  idleStopMs?: number;
}

/** Long enough to keep the thread through a working session, short enough to free it after. */
export const IDLE_STOP_MS = 5 * 60_000;

/** Why a job failed, so a caller can word it for its own user (see the ingest service). */
export type JobFailure = 'failed' | 'timeout' | 'crashed' | 'exited' | 'invalid' | 'unstarted' | 'closed';

export class WorkerJobError extends Error {
  override readonly name = 'WorkerJobError';
  constructor(readonly failure: JobFailure, message: string, readonly detail: string = message) {
    super(message);
  }
}

interface Active {
  id: number;
  worker: WorkerLike;
  settle(outcome: { ok: true; result: unknown } | { ok: false; error: WorkerJobError }): void;
}

export class WorkerHost {
  #worker: WorkerLike | null = null;
  #active: Active | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #nextId = 1;
  #closed = false;
  /** Jobs handed to run() and not yet settled, running or queued. */
  #pending = 0;
  #idleTimer: ReturnType<typeof setTimeout> | null = null;
  readonly #idleStopMs: number;
  /** Threads started so far; the tests read it to tell reuse from a restart. */
  started = 0;
  /** Threads stopped for sitting idle. */
  idleStops = 0;

  constructor(
    private readonly spawn: () => WorkerLike,
    options: WorkerHostOptions = {},
  ) {
    this.#idleStopMs = options.idleStopMs ?? IDLE_STOP_MS;
  }

  /** Runs `job` once the jobs before it are done; resolves with its parsed result. */
  run<T, J extends WorkerJob>(job: J, options: JobOptions<T>): Promise<T> {
    // Counted before anything yields, so an idle stop due this very moment leaves the thread be.
    this.#pending += 1;
    this.#cancelIdleStop();
    const result = this.#queue.then(() => this.#runNow(job, options));
    this.#queue = result.catch(() => undefined);
    const done = () => {
      this.#pending -= 1;
      if (this.#pending === 0) this.#scheduleIdleStop();
    };
    result.then(done, done);
    return result;
  }

  /** Stops the worker (app quit). A running job fails; queued and later jobs are refused. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#cancelIdleStop();
    const worker = this.#worker;
    this.#worker = null;
    this.#active?.settle({ ok: false, error: new WorkerJobError('closed', 'was cancelled: the app is closing.') });
    if (worker) await worker.terminate().catch(() => undefined);
  }

  #runNow<T>(job: WorkerJob, options: JobOptions<T>): Promise<T> {
    const { label } = options;
    if (this.#closed) return Promise.reject(new WorkerJobError('closed', `${label} was cancelled: the app is closing.`));
    let worker: WorkerLike;
    const reused = this.#worker !== null;
    try {
      worker = this.#worker ?? this.#start();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return Promise.reject(new WorkerJobError('unstarted', `${label} could not start: ${detail}`, detail));
    }
    return new Promise<T>((resolve, reject) => {
      const id = this.#nextId++;
      const timer = setTimeout(() => {
        this.#retire(worker);
        active.settle({
          ok: false,
          error: new WorkerJobError('timeout', `took longer than ${Math.round(options.timeoutMs / 1000)} s and was stopped.${options.timeoutAdvice ? ` ${options.timeoutAdvice}` : ''}`),
        });
      }, options.timeoutMs);
      const active: Active = {
        id,
        worker,
        settle: (outcome) => {
          if (this.#active !== active) return;
          this.#active = null;
          clearTimeout(timer);
          worker.unref?.();
          // A thread can die just after answering its last job, before main hears of it; the
          // job handed to it then fails through no fault of its own. It gets one fresh thread.
          const died = !outcome.ok && (outcome.error.failure === 'crashed' || outcome.error.failure === 'exited');
          if (died && reused && !this.#closed) return resolve(this.#runNow(job, options));
          if (!outcome.ok) return reject(labelled(outcome.error, label));
          try {
            resolve(options.parse(outcome.result));
          } catch {
            reject(new WorkerJobError('invalid', `${label} failed: the worker's result was not valid.`));
          }
        },
      };
      this.#active = active;
      worker.ref?.();
      try {
        worker.postMessage({ ...job, id });
      } catch (error) {
        // Something in the job cannot be copied to the thread: this job's fault, not the thread's.
        const detail = error instanceof Error ? error.message : String(error);
        active.settle({ ok: false, error: new WorkerJobError('failed', `failed: ${detail}`, detail) });
      }
    });
  }

  #start(): WorkerLike {
    const worker = this.spawn();
    this.started += 1;
    this.#worker = worker;
    // An uncaught error is followed by 'exit', and messages posted before it are delivered
    // before 'exit': waiting for it lets a reply that raced the crash still count.
    let crash: Error | null = null;
    worker.on('error', (error) => {
      crash = error;
    });
    worker.on('exit', (code) => {
      if (this.#worker === worker) this.#worker = null;
      const active = this.#active;
      if (active?.worker !== worker) return;
      active.settle({
        ok: false,
        error: crash
          ? new WorkerJobError('crashed', `crashed: ${crash.message}`, crash.message)
          : new WorkerJobError('exited', `stopped unexpectedly (exit code ${code}).`, `exit code ${code}`),
      });
    });
    worker.on('message', (message) => {
      const active = this.#active;
      if (!isReply(message) || active?.worker !== worker || message.id !== active.id) {
        // A worker that answers out of turn cannot be trusted with the next job either.
        this.#retire(worker);
        active?.settle({ ok: false, error: new WorkerJobError('invalid', 'failed: the worker sent an unexpected reply.') });
        return;
      }
      active.settle(message.ok ? message : { ok: false, error: new WorkerJobError('failed', `failed: ${message.error}`, message.error) });
    });
    worker.unref?.();
    return worker;
  }

  #scheduleIdleStop(): void {
    if (this.#closed || this.#worker === null) return;
    this.#cancelIdleStop();
    this.#idleTimer = setTimeout(() => {
      this.#idleTimer = null;
      const worker = this.#worker;
      if (this.#pending > 0 || this.#active !== null || worker === null) return;
      this.idleStops += 1;
      this.#retire(worker);
    }, this.#idleStopMs);
    // The timer must not keep the app (or a test run) alive any more than the idle thread does.
    this.#idleTimer.unref?.();
  }

  #cancelIdleStop(): void {
    if (this.#idleTimer === null) return;
    clearTimeout(this.#idleTimer);
    this.#idleTimer = null;
  }

  /** Takes `worker` out of service and stops it; the next job starts a fresh one. */
  #retire(worker: WorkerLike): void {
    if (this.#worker === worker) this.#worker = null;
    void worker.terminate().catch(() => undefined);
  }
}

/** The host words failures without knowing the job; the job's name goes in front. */
function labelled(error: WorkerJobError, label: string): WorkerJobError {
  return new WorkerJobError(error.failure, `${label} ${error.message}`, error.detail);
}
