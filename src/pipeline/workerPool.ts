import type { ArticleMetadata } from '../ingest/sources/metadata.js';
import { Worker } from 'node:worker_threads';
import type { Stage } from './extractArticle.js';
import type { ProcessedArticle } from './records.js';

/** The extraction stages, and the writing of a record when the worker does it. */
export type BatchStage = Stage | 'write';

export interface WorkerTask {
  taskId: number;
  id: string;
  source: string;
  /** The input's bytes or text; when absent the worker reads `path` itself, so the main thread only moves results. */
  content?: string | Uint8Array;
  path?: string;
  maxBytes: number;
  /** The article's time budget: extraction stops itself at it (the pool's timer, set to it too, is the backstop for a thread that hangs). */
  timeoutMs: number;
  /** What a scraper kept beside the article (the --meta sidecar). */
  metadata?: ArticleMetadata;
  /** The name that tells text from HTML, when the source does not (a line of a JSON lines file). */
  fileName?: string;
  /** When set, the record is written to `<recordsDir>/<id>.json` here and not sent back. */
  recordsDir?: string;
}

/** `bytes`: the input's size, null when it could not be read. */
export type WorkerReply =
  | { taskId: number; bytes: number; article: ProcessedArticle | Omit<ProcessedArticle, 'json'>; timings: Partial<Record<BatchStage, number>> }
  | { taskId: number; bytes: number | null; error: string; timings: Partial<Record<BatchStage, number>> };

/** Runs a batch's tasks: a pool of threads here (WorkerPool), or the workers of a queue (queue/executor.ts). */
export interface Executor {
  run(task: Omit<WorkerTask, 'taskId'>, taskId: number): Promise<WorkerReply>;
  /** Stops it; tasks not yet answered get an error reply. */
  close(): Promise<void>;
  /** Tasks worth having in flight at once, so that it never waits for the batch. */
  readonly window: number;
}

interface Pending { task: WorkerTask; resolve: (r: WorkerReply) => void }

interface Slot {
  worker: Worker;
  /** Tasks posted to the worker, in order; the first is running, and only it is timed. */
  posted: Pending[];
  timer: NodeJS.Timeout | null;
}

/**
 * A worker's heap limit. V8 sizes its first collection by the limit, so a worker left at the default
 * (a quarter of the machine's memory) lets garbage pile up to hundreds of MB before collecting it.
 * 256 MB holds any article the time budget lets finish (a 7 MB article takes over a minute); an
 * article that needs more fails with 'worker crashed: … out of memory' and the batch goes on.
 */
const WORKER_HEAP_MB = 256;

/**
 * Tasks posted to a worker ahead of the one it runs: the next is already in its queue when one
 * finishes, so the worker does not wait for the main thread to read the reply and send more.
 */
const PREFETCH = 2;

/**
 * A fixed set of worker threads. A task that runs past its time budget has its worker terminated
 * (the only way to stop synchronous code) and replaced; a worker that crashes is replaced too.
 * Either way the task gets an error reply, the tasks queued behind it are sent again, and the batch
 * goes on.
 */
export class WorkerPool implements Executor {
  private readonly slots: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private closed = false;
  /** Eight tasks a worker: reading and answering overlap with the extraction. */
  readonly window: number;

  constructor(size: number, private readonly script: URL = new URL('./worker.js', import.meta.url)) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
    this.window = Math.max(2, size * 8);
  }

  run(task: Omit<WorkerTask, 'taskId'>, taskId: number): Promise<WorkerReply> {
    if (this.closed) return Promise.resolve({ taskId, bytes: null, error: 'worker pool closed', timings: {} });
    return new Promise((resolve) => {
      this.waiting.push({ task: { ...task, taskId }, resolve });
      this.dispatch();
    });
  }

  /** Stops the workers; tasks not yet answered get an error reply. */
  async close(): Promise<void> {
    this.closed = true;
    const closed = (p: Pending) => p.resolve({ taskId: p.task.taskId, bytes: null, error: 'worker pool closed', timings: {} });
    this.waiting.splice(0).forEach(closed);
    await Promise.all(this.slots.map((slot) => {
      clearTimeout(slot.timer!);
      slot.posted.splice(0).forEach(closed);
      return this.retire(slot);
    }));
  }

  /** Terminates a worker whose events no longer matter (an error it still emits is ignored, not thrown). */
  private retire(slot: Slot): Promise<number> {
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => undefined);
    return slot.worker.terminate();
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }), posted: [], timer: null };
    slot.worker.on('message', (reply: WorkerReply) => this.finish(slot, reply));
    slot.worker.on('error', (e) => this.fail(slot, `worker crashed: ${e.message}`));
    slot.worker.on('exit', (code) => { if (slot.posted.length) this.fail(slot, `worker exited with code ${code}`); });
    return slot;
  }

  private dispatch(): void {
    if (this.closed) return;
    for (let depth = 1; depth <= PREFETCH; depth++) {
      for (const slot of this.slots) {
        if (slot.posted.length >= depth || !this.waiting.length) continue;
        const pending = this.waiting.shift()!;
        slot.posted.push(pending);
        slot.worker.postMessage(pending.task);
        if (slot.posted.length === 1) this.startTimer(slot);
      }
    }
  }

  private startTimer(slot: Slot): void {
    const { timeoutMs } = slot.posted[0]!.task;
    slot.timer = setTimeout(() => this.fail(slot, `timed out after ${timeoutMs} ms (see the timeoutMs option)`), timeoutMs);
  }

  private finish(slot: Slot, reply: WorkerReply): void {
    const head = slot.posted[0];
    if (!head || head.task.taskId !== reply.taskId) return;
    clearTimeout(slot.timer!);
    slot.posted.shift();
    if (slot.posted.length) this.startTimer(slot);
    head.resolve(reply);
    this.dispatch();
  }

  /** Replaces the worker, answers its running task with an error and queues the others again. */
  private fail(slot: Slot, error: string): void {
    const [head, ...queued] = slot.posted;
    if (!head) return;
    clearTimeout(slot.timer!);
    slot.posted = [];
    void this.retire(slot);
    if (!this.closed) this.slots[this.slots.indexOf(slot)] = this.spawn();
    this.waiting.unshift(...queued);
    head.resolve({ taskId: head.task.taskId, bytes: null, error, timings: {} });
    this.dispatch();
  }
}
