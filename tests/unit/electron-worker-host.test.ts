/** The long-lived worker's supervision, with real worker threads standing in for the engine. */
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { WorkerHost, type WorkerLike } from '../../electron/analysis/worker-host.js';

/**
 * A real worker that stays up and acts on each job's `summarySentences` as a command, so the
 * tests can ask one thread for different behaviours in turn.
 */
const SCRIPT = `
const { parentPort, threadId } = require('node:worker_threads');
let count = 0;
parentPort.on('message', (job) => {
  const reply = (body) => parentPort.postMessage({ id: job.id, ...body });
  count += 1;
  switch (job.options.summarySentences) {
    case 1: return reply({ ok: true, result: { thread: threadId, count } });
    case 2: return reply({ ok: false, error: 'no sources' });
    case 3: return setTimeout(() => { throw new Error('engine exploded'); }, 10);
    case 4: return process.exit(3);
    case 5: for (;;) {}
    case 6: return reply({ ok: true, result: { thread: 'many' } });
    case 7: return parentPort.postMessage(42);
    case 8: reply({ ok: true, result: { thread: threadId, count } }); throw new Error('late');
    case 9: return setTimeout(() => reply({ ok: true, result: { thread: threadId, count } }), 300);
  }
});`;

const CMD = { answer: 1, fail: 2, crash: 3, exit: 4, spin: 5, invalid: 6, garbage: 7, answerThenCrash: 8, slowAnswer: 9 } as const;
const job = (command: number) => ({ kind: 'analyse', sources: [], options: { summarySentences: command } });
const Result = z.object({ thread: z.number(), count: z.number() });
const options = { timeoutMs: 2000, label: 'Analysis', parse: (r: unknown) => Result.parse(r) };

const workers: Worker[] = [];
const spawnReal = (): Worker => {
  const worker = new Worker(SCRIPT, { eval: true });
  workers.push(worker);
  return worker;
};
const hosts: WorkerHost[] = [];
function host(spawn: () => WorkerLike = spawnReal, idleStopMs?: number): WorkerHost {
  const h = new WorkerHost(spawn, { idleStopMs });
  hosts.push(h);
  return h;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits until `worker` has exited (its threadId turns -1), or fails after two seconds. */
async function exited(worker: Worker): Promise<void> {
  for (let waited = 0; worker.threadId !== -1; waited += 10) {
    if (waited > 2000) throw new Error('the worker is still running');
    await sleep(10);
  }
}

afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
  await Promise.all(workers.splice(0).map((w) => w.terminate()));
});

describe('WorkerHost', () => {
  it('starts the worker on the first job and reuses it for the next', async () => {
    const h = host();
    expect(h.started).toBe(0);
    const first = await h.run(job(CMD.answer), options);
    const second = await h.run(job(CMD.answer), options);
    expect(second).toEqual({ thread: first.thread, count: 2 });
    expect(h.started).toBe(1);
  });

  it('runs jobs one at a time, in order, each with its own time limit', async () => {
    const h = host();
    // The slow job takes ~300 ms; the quick one has 250 ms of its own, counted from its start.
    const slow = h.run(job(CMD.slowAnswer), options);
    const quick = h.run(job(CMD.answer), { ...options, timeoutMs: 250 });
    await expect(slow).resolves.toMatchObject({ count: 1 });
    await expect(quick).resolves.toMatchObject({ count: 2 });
    expect(h.started).toBe(1);
  });

  it('reports a failed job and keeps the worker in service', async () => {
    const h = host();
    await expect(h.run(job(CMD.fail), options)).rejects.toThrow('Analysis failed: no sources');
    await expect(h.run(job(CMD.answer), options)).resolves.toMatchObject({ count: 2 });
    expect(h.started).toBe(1);
  });

  it('stops a job that runs past its limit, kills that worker, and gives the next job a fresh one', async () => {
    const h = host();
    const { thread } = await h.run(job(CMD.answer), options);
    const started = Date.now();
    await expect(h.run(job(CMD.spin), { ...options, timeoutMs: 300, timeoutAdvice: 'Try fewer sources.' })).rejects.toThrow(
      'Analysis took longer than 0 s and was stopped. Try fewer sources.',
    );
    expect(Date.now() - started).toBeLessThan(5000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(workers[0]!.threadId).toBe(-1);
    const next = await h.run(job(CMD.answer), options);
    expect(next.thread).not.toBe(thread);
    expect(next.count).toBe(1);
    expect(h.started).toBe(2);
  });

  it('reports a crash mid-job clearly and recovers with a new worker', async () => {
    const h = host();
    await expect(h.run(job(CMD.crash), options)).rejects.toMatchObject({ failure: 'crashed', message: 'Analysis crashed: engine exploded' });
    await expect(h.run(job(CMD.answer), options)).resolves.toMatchObject({ count: 1 });
    expect(h.started).toBe(2);
  });

  it('gives a job whose reused worker dies one fresh worker, then reports the crash', async () => {
    const h = host();
    await h.run(job(CMD.answer), options);
    await expect(h.run(job(CMD.crash), options)).rejects.toThrow('Analysis crashed: engine exploded');
    // The first thread, then the retry's; the job after that gets a third.
    expect(h.started).toBe(2);
    await expect(h.run(job(CMD.answer), options)).resolves.toMatchObject({ count: 1 });
    expect(h.started).toBe(3);
  });

  it('reports a worker that exits without answering, and recovers', async () => {
    const h = host();
    await expect(h.run(job(CMD.exit), options)).rejects.toThrow('Analysis stopped unexpectedly (exit code 3).');
    await expect(h.run(job(CMD.answer), options)).resolves.toMatchObject({ count: 1 });
  });

  it('refuses a result that does not validate', async () => {
    await expect(host().run(job(CMD.invalid), options)).rejects.toThrow("Analysis failed: the worker's result was not valid.");
  });

  it('retires a worker that sends something other than a reply', async () => {
    const h = host();
    await expect(h.run(job(CMD.garbage), options)).rejects.toThrow('Analysis failed: the worker sent an unexpected reply.');
    await expect(h.run(job(CMD.answer), options)).resolves.toMatchObject({ count: 1 });
    expect(h.started).toBe(2);
  });

  it('answers once when the worker replies and then crashes, and the next job still runs', async () => {
    const h = host();
    await expect(h.run(job(CMD.answerThenCrash), options)).resolves.toMatchObject({ count: 1 });
    await expect(h.run(job(CMD.answer), options)).resolves.toMatchObject({ count: 1 });
    expect(h.started).toBe(2);
  });

  it('refuses a job that cannot be sent to the thread, and keeps the thread', async () => {
    const h = host();
    await h.run(job(CMD.answer), options);
    const uncloneable = { ...job(CMD.answer), callback: () => undefined };
    await expect(h.run(uncloneable, options)).rejects.toMatchObject({ failure: 'failed', message: expect.stringMatching(/^Analysis failed: .*could not be cloned/) });
    await expect(h.run(job(CMD.answer), options)).resolves.toMatchObject({ count: 2 });
    expect(h.started).toBe(1);
  });

  it('reports a worker that cannot start', async () => {
    const h = host(() => {
      throw new Error('ENOENT analysis-worker.mjs');
    });
    await expect(h.run(job(CMD.answer), options)).rejects.toThrow('Analysis could not start: ENOENT analysis-worker.mjs');
  });

  it('on close, cancels the running job, stops the worker and refuses later jobs', async () => {
    const h = host();
    const running = h.run(job(CMD.spin), options);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await h.close();
    await expect(running).rejects.toThrow('Analysis was cancelled: the app is closing.');
    expect(workers[0]!.threadId).toBe(-1);
    await expect(h.run(job(CMD.answer), options)).rejects.toMatchObject({ failure: 'closed' });
  });
});

describe('WorkerHost idle stop', () => {
  it('stops a worker that sits idle and starts a fresh one for the next job', async () => {
    const h = host(spawnReal, 100);
    const first = await h.run(job(CMD.answer), options);
    expect(h.idleStops).toBe(0);
    await exited(workers[0]!);
    expect(h.idleStops).toBe(1);
    const next = await h.run(job(CMD.answer), options);
    expect(next).toEqual({ thread: expect.any(Number), count: 1 });
    expect(next.thread).not.toBe(first.thread);
    expect(h.started).toBe(2);
  });

  it('never stops a worker mid-job, and counts the quiet period from the last job', async () => {
    const h = host(spawnReal, 100);
    await h.run(job(CMD.answer), options);
    await sleep(60);
    // This job takes ~300 ms, three idle periods, and the next comes 60 ms after it ends.
    await expect(h.run(job(CMD.slowAnswer), options)).resolves.toMatchObject({ count: 2 });
    await sleep(60);
    await expect(h.run(job(CMD.answer), options)).resolves.toMatchObject({ count: 3 });
    expect(h.started).toBe(1);
    expect(h.idleStops).toBe(0);
  });

  it('keeps the worker while jobs are queued', async () => {
    const h = host(spawnReal, 50);
    const jobs = [h.run(job(CMD.slowAnswer), options), h.run(job(CMD.slowAnswer), options), h.run(job(CMD.answer), options)];
    await expect(Promise.all(jobs)).resolves.toMatchObject([{ count: 1 }, { count: 2 }, { count: 3 }]);
    expect(h.started).toBe(1);
    expect(h.idleStops).toBe(0);
  });

  it('runs a job that arrives at the moment of the idle stop, whichever comes first', async () => {
    for (const offset of [-2, 0, 2]) {
      const h = host(spawnReal, 80);
      await h.run(job(CMD.answer), options);
      // Timers of the same length fire in the order they were set: at offset 0 the host's
      // idle stop runs first and the job arrives while that thread is being terminated.
      const late = new Promise((resolve, reject) => setTimeout(() => h.run(job(CMD.answer), options).then(resolve, reject), 80 + offset));
      await expect(late).resolves.toMatchObject({ count: expect.any(Number) });
      if (offset < 0) expect([h.started, h.idleStops]).toEqual([1, 0]);
      if (offset === 0) expect([h.started, h.idleStops]).toEqual([2, 1]);
    }
  });

  it('leaves no idle timer behind after close', async () => {
    const h = host(spawnReal, 50);
    await h.run(job(CMD.answer), options);
    await h.close();
    await sleep(100);
    expect(h.idleStops).toBe(0);
  });
});
