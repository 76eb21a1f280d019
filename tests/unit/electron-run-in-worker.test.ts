import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runInWorker, type WorkerLike } from '../../electron/analysis/run-in-worker.js';

/** A real worker thread running `body` (CommonJS, with parentPort in scope). */
function inlineWorker(body: string): () => Worker {
  return () => new Worker(`const { parentPort } = require('node:worker_threads');\n${body}`, { eval: true });
}

const options = { timeoutMs: 2000, label: 'Analysis', parse: (r: unknown) => z.object({ n: z.number() }).parse(r) };

describe('runInWorker', () => {
  it('returns the parsed result', async () => {
    await expect(runInWorker(inlineWorker('parentPort.postMessage({ ok: true, result: { n: 42 } });'), options)).resolves.toEqual({ n: 42 });
  });

  it('reports an error the job returned', async () => {
    await expect(runInWorker(inlineWorker("parentPort.postMessage({ ok: false, error: 'no sources' });"), options)).rejects.toThrow('Analysis failed: no sources');
  });

  it('reports a worker that throws', async () => {
    await expect(runInWorker(inlineWorker("throw new Error('engine exploded');"), options)).rejects.toThrow('Analysis crashed: engine exploded');
  });

  it('reports a worker that exits without answering', async () => {
    await expect(runInWorker(inlineWorker('process.exit(3);'), options)).rejects.toThrow('Analysis stopped unexpectedly (exit code 3).');
  });

  it('stops a worker that runs past the time limit, and says so', async () => {
    let worker: Worker | null = null;
    const spawn = () => (worker = inlineWorker('for (;;) {}')());
    const started = Date.now();
    await expect(runInWorker(spawn, { ...options, timeoutMs: 300 })).rejects.toThrow(/took longer than 0 s and was stopped/);
    expect(Date.now() - started).toBeLessThan(5000);
    // terminate() was called: the thread is gone.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(worker!.threadId).toBe(-1);
  });

  it('refuses a result that does not validate', async () => {
    await expect(runInWorker(inlineWorker("parentPort.postMessage({ ok: true, result: { n: 'many' } });"), options)).rejects.toThrow("the worker's result was not valid");
  });

  it('refuses a reply that is not a WorkerReply', async () => {
    await expect(runInWorker(inlineWorker('parentPort.postMessage(42);'), options)).rejects.toThrow('unexpected reply');
  });

  it('reports a worker that cannot start', async () => {
    const spawn = (): WorkerLike => {
      throw new Error('ENOENT analysis-worker.js');
    };
    await expect(runInWorker(spawn, options)).rejects.toThrow('Analysis could not start: ENOENT analysis-worker.js');
  });

  it('answers once even when the worker both replies and then crashes', async () => {
    const result = runInWorker(inlineWorker("parentPort.postMessage({ ok: true, result: { n: 1 } }); throw new Error('late');"), options);
    await expect(result).resolves.toEqual({ n: 1 });
  });
});
