import { WorkerPool } from '../workerPool.js';
import { redacted, redisConnection } from './connection.js';
import { jobTask, type ArticleJob, type JobResult } from './job.js';
import { MAX_STALLED, QUEUE_NAME } from './settings.js';

export interface QueueWorkerOptions {
  /** Articles extracted at once, each on a worker thread. */
  concurrency: number;
  /** How long a job stays taken without word from this process (see DEFAULT_LOCK_MS). */
  lockMs: number;
  log: (line: string) => void;
}

/**
 * The worker side of queue mode: takes jobs from the queue and runs each as a local run does, on a
 * pool of worker threads with the same size limit and time budget (a job carries both), so that a
 * too big, too slow or crashing article gives the same error. An article's error is a result, not a
 * failure: only a job whose worker goes away is tried again. The threads leave this process's event
 * loop free to renew the jobs' locks while they extract.
 */
export async function startQueueWorker(url: string, { concurrency, lockMs, log }: QueueWorkerOptions): Promise<{ close: () => Promise<void> }> {
  const { Worker } = await import('bullmq');
  const connection = await redisConnection(url);
  const pool = new WorkerPool(concurrency);
  let taskId = 0;
  const worker = new Worker<ArticleJob, JobResult>(QUEUE_NAME, async (job) => {
    const { taskId: _id, ...result } = await pool.run(jobTask(job.data), taskId++);
    return result;
  }, {
    connection,
    // twice the threads: the next job is at hand when one ends
    concurrency: concurrency * 2,
    lockDuration: lockMs, stalledInterval: lockMs, maxStalledCount: MAX_STALLED,
  });
  worker.on('error', (e) => log(`worker: ${e.message}`));
  await worker.waitUntilReady();
  log(`worker: ${concurrency} thread(s) on queue ${QUEUE_NAME} at ${redacted(url)}`);
  return {
    // waits for the jobs in hand; a second stop (process.exit) leaves them to go back to the queue when their locks expire
    close: async () => {
      await worker.close();
      await pool.close();
    },
  };
}
