import type { Queue, QueueEvents } from 'bullmq';
import { describeError, readInput } from '../readInput.js';
import type { Executor, WorkerReply, WorkerTask } from '../workerPool.js';
import { writeRecord } from '../writeRecord.js';
import { redisConnection } from './connection.js';
import { articleJob, jobId, type ArticleJob, type JobResult } from './job.js';
import { ATTEMPTS, BACKOFF_MS, EVENTS_MAX, QUEUE_NAME, QUEUE_WINDOW } from './settings.js';

/** A job's end: its result, or why it failed for good (retries and stalls used up). */
type Outcome = { result: JobResult } | { failed: string };

/**
 * How often the jobs waited for are looked at in Redis, besides their events: an event can be missed
 * (a reconnection, a trimmed stream), a job's state cannot.
 */
const SWEEP_MS = 5_000;

/**
 * The batch's tasks as jobs of the queue, for the workers of `newsfacts worker`: extract's side of
 * queue mode. The input is read here and travels in its job; the record comes back in the job's
 * result and is written here, and the job is then removed, so that Redis holds only the window's
 * articles and results. Results are collected by listening to the queue's events (QueueEvents) rather
 * than by a BullMQ flow: a parent job over millions of children would itself be a huge job, and the
 * merge needs this machine's disk anyway.
 */
export class QueueExecutor implements Executor {
  readonly window = QUEUE_WINDOW;
  private readonly waiting = new Map<string, { job: ArticleJob; settle: (outcome: Outcome) => void }>();
  private readonly sweep: NodeJS.Timeout;

  private constructor(private readonly queue: Queue<ArticleJob, JobResult>, private readonly events: QueueEvents) {
    events.on('completed', ({ jobId: id, returnvalue }) => {
      // QueueEvents hands the result as the worker returned it, or as its JSON text
      const result = (typeof returnvalue === 'string' ? JSON.parse(returnvalue) : returnvalue) as JobResult;
      this.waiting.get(id)?.settle({ result });
    });
    // a failed attempt that will be retried is no end: the job's state tells
    events.on('failed', ({ jobId: id }) => { if (this.waiting.has(id)) void this.check(id); });
    this.sweep = setInterval(() => { for (const id of this.waiting.keys()) void this.check(id); }, SWEEP_MS);
  }

  /** Connects to the Redis server at `url`; fails at once when it cannot be reached. */
  static async open(url: string): Promise<QueueExecutor> {
    const { Queue, QueueEvents } = await import('bullmq');
    const connection = await redisConnection(url);
    const queue = new Queue<ArticleJob, JobResult>(QUEUE_NAME, { connection, streams: { events: { maxLen: EVENTS_MAX } } });
    const events = new QueueEvents(QUEUE_NAME, { connection });
    // errors are retried by the client; the jobs waited for are looked at again by the sweep
    queue.on('error', () => undefined);
    events.on('error', () => undefined);
    await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
    return new QueueExecutor(queue, events);
  }

  async run(task: Omit<WorkerTask, 'taskId'>, taskId: number): Promise<WorkerReply> {
    let content: string | Uint8Array;
    try {
      // as a local worker thread reads it: the same limit, the same error
      content = task.content ?? readInput(task.path ?? task.source, task.maxBytes);
    } catch (e) {
      return { taskId, bytes: null, error: describeError(e), timings: {} };
    }
    const job = articleJob(task, content);
    const id = jobId(job);
    const outcome = await new Promise<Outcome>((settle) => {
      this.waiting.set(id, { job, settle });
      void this.add(id, job);
    });
    this.waiting.delete(id);
    // the record is on this disk now (or in this batch's hands): the job has nothing more to give
    await this.queue.remove(id).catch(() => undefined);
    if ('failed' in outcome) return { taskId, bytes: null, error: `failed in the queue: ${outcome.failed}`, timings: {} };
    const reply = { ...outcome.result, taskId } as WorkerReply;
    return task.recordsDir ? writeRecord(reply, task.recordsDir, task.id) : reply;
  }

  async close(): Promise<void> {
    clearInterval(this.sweep);
    for (const { settle } of this.waiting.values()) settle({ failed: 'the run stopped' });
    this.waiting.clear();
    await Promise.allSettled([this.events.close(), this.queue.close()]);
  }

  /** Adds the job (a no-op when a job of that id is there, done or not), then looks whether it has already ended. */
  private async add(id: string, job: ArticleJob): Promise<void> {
    try {
      await this.queue.add('article', job, {
        jobId: id, attempts: ATTEMPTS, backoff: { type: 'exponential', delay: BACKOFF_MS }, removeOnComplete: false, removeOnFail: false,
      });
    } catch {
      return; // Redis unreachable for now: the sweep adds it again
    }
    await this.check(id);
  }

  /** Settles a job that has ended; adds again one that is gone (another run on the same queue removed it). */
  private async check(id: string): Promise<void> {
    const waiting = this.waiting.get(id);
    if (!waiting) return;
    try {
      const state = await this.queue.getJobState(id);
      if (state === 'unknown') { await this.add(id, waiting.job); return; }
      if (state !== 'completed' && state !== 'failed') return;
      const job = await this.queue.getJob(id);
      if (!job) return;
      waiting.settle(state === 'completed' ? { result: job.returnvalue } : { failed: job.failedReason });
    } catch {
      // Redis unreachable for now: the next sweep looks again
    }
  }
}
