import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManifestSchema } from '../../src/schema/index.js';
import { recordCount, ROOT, runCliOk, snapshot, tempDir } from '../pipeline/helpers.js';
import { writeBatch } from '../reliability/batch.js';
import { startCli, startRedis, startWorker, stop, type Started } from './processes.js';

const N = 2000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A module of the built package: the queue's name holds the fingerprint of dist/, which the workers run. */
const built = (module: string) => import(pathToFileURL(path.join(ROOT, 'dist', module)).href);

describe('queue mode: extract --redis and newsfacts worker processes on a real redis-server', () => {
  let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
  const processes: Started[] = [];
  const worker = () => { const w = startWorker(redis!.url); processes.push(w); return w; };

  beforeAll(async () => { redis = await startRedis(); });
  afterAll(async () => {
    await Promise.all(processes.map(stop));
    await redis?.stop();
  });

  it(`${N} articles through three workers, one killed with SIGKILL mid-run and another started: the output folder equals a local run's`, async () => {
    const input = tempDir('queue-in');
    writeBatch(input, N, 5);
    const local = tempDir('queue-local');
    runCliOk(['extract', input, '--out', local, '--concurrency', '2', '--quiet']);

    const [killed] = [worker(), worker(), worker()];
    const out = tempDir('queue-out');
    const run = startCli(['extract', input, '--out', out, '--redis', redis!.url, '--quiet']);
    processes.push(run);
    let ended = false;
    void run.exited.then(() => { ended = true; });
    while (!ended && recordCount(out) < N / 4) await sleep(50);
    const atKill = recordCount(out);
    killed!.child.kill('SIGKILL');
    worker();
    const done = await run.exited;
    expect(done.code, done.output.slice(-2000)).toBe(0);
    expect((await killed!.exited).signal).toBe('SIGKILL');
    expect(atKill, 'the worker was killed before the run ended').toBeLessThan(N);
    expect(snapshot(out)).toEqual(snapshot(local));
  }, 900_000);

  it('an article that fails is one error entry as in a local run, and a job delivered twice gives one record', async () => {
    const input = tempDir('queue-faults-in');
    writeBatch(input, 6, 11);
    const limits = ['--max-bytes', '20000', '--timeout-ms', '30000'];
    writeFileSync(path.join(input, 'huge.txt'), 'The council met on Tuesday. '.repeat(1000));
    writeFileSync(path.join(input, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const local = tempDir('queue-faults-local');
    runCliOk(['extract', input, '--out', local, '--concurrency', '1', '--quiet', ...limits]);

    // the first delivery of one job: taken by this test (no other worker running), which then goes silent as a killed worker would
    await Promise.all(processes.splice(0).map(stop));
    const [{ articleJob, jobId }, { QUEUE_NAME }, { Queue, Worker }, { Redis }] =
      await Promise.all([built('pipeline/queue/job.js'), built('pipeline/queue/settings.js'), import('bullmq'), import('ioredis')]);
    const connection = new Redis(redis!.url, { maxRetriesPerRequest: null });
    const queue = new Queue(QUEUE_NAME, { connection });
    const taker = new Worker(QUEUE_NAME, null, { connection, lockDuration: 1000 });
    try {
      const source = 'article-00000.txt';
      const job = articleJob({ id: 'article-00000', source, maxBytes: 20000, timeoutMs: 30000 }, readFileSync(path.join(input, source)));
      await queue.add('article', job, { jobId: jobId(job) });
      const first = await taker.getNextJob('silent-worker');
      expect(first?.id).toBe(jobId(job));

      worker();
      const out = tempDir('queue-faults-out');
      const run = startCli(['extract', input, '--out', out, '--redis', redis!.url, '--quiet', ...limits]);
      processes.push(run);
      const done = await run.exited;
      expect(done.code, done.output.slice(-2000)).toBe(0);
      // the first delivery, back too late, can no longer finish the job the second one finished
      await expect(first!.moveToCompleted({ bytes: 1, error: 'late', timings: {} }, 'silent-worker')).rejects.toThrow();

      expect(snapshot(out)).toEqual(snapshot(local));
      const manifest = ManifestSchema.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')));
      expect(manifest.inputs.filter((i) => i.status === 'error').map((i) => [i.source, i.error?.split(':')[0]])).toEqual([['huge.txt', 'too large'], ['image.png', expect.any(String)]]);
      expect(manifest.inputs.filter((i) => i.source === source)).toHaveLength(1);
      expect(recordCount(out)).toBe(6);
    } finally {
      await taker.close(true);
      await queue.close();
      connection.disconnect();
    }
  }, 300_000);
});
