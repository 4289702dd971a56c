import { Worker } from 'node:worker_threads';
import type { Stage } from './extractArticle.js';
import type { ProcessedArticle } from './processArticle.js';

export interface WorkerTask {
  taskId: number;
  id: string;
  source: string;
  content: string | Uint8Array;
  maxBytes: number;
}

export type WorkerReply =
  | { taskId: number; article: ProcessedArticle; timings: Partial<Record<Stage, number>> }
  | { taskId: number; error: string; timings: Partial<Record<Stage, number>> };

interface Slot {
  worker: Worker;
  busy: { task: WorkerTask; resolve: (r: WorkerReply) => void; timer: NodeJS.Timeout } | null;
}

/**
 * A fixed set of worker threads, one article at a time each. A task that runs past its time budget
 * has its worker terminated (the only way to stop synchronous code) and replaced; a worker that
 * crashes is replaced too. Either way the task gets an error reply and the batch goes on.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<{ task: WorkerTask; resolve: (r: WorkerReply) => void }> = [];
  private closed = false;

  constructor(size: number, private readonly timeoutMs: number, private readonly script: URL = new URL('./worker.js', import.meta.url)) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  run(task: Omit<WorkerTask, 'taskId'>, taskId: number): Promise<WorkerReply> {
    if (this.closed) return Promise.resolve({ taskId, error: 'worker pool closed', timings: {} });
    return new Promise((resolve) => {
      this.waiting.push({ task: { ...task, taskId }, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script), busy: null };
    slot.worker.on('message', (reply: WorkerReply) => this.finish(slot, reply));
    slot.worker.on('error', (e) => this.fail(slot, `worker crashed: ${e.message}`));
    slot.worker.on('exit', (code) => { if (slot.busy) this.fail(slot, `worker exited with code ${code}`); });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy || !this.waiting.length) continue;
      const { task, resolve } = this.waiting.shift()!;
      const timer = setTimeout(() => this.fail(slot, `timed out after ${this.timeoutMs} ms (see the timeoutMs option)`), this.timeoutMs);
      slot.busy = { task, resolve, timer };
      slot.worker.postMessage(task);
    }
  }

  private finish(slot: Slot, reply: WorkerReply): void {
    const busy = slot.busy;
    if (!busy) return;
    clearTimeout(busy.timer);
    slot.busy = null;
    busy.resolve(reply);
    this.dispatch();
  }

  /** Replaces the worker and answers its task with an error. */
  private fail(slot: Slot, error: string): void {
    const busy = slot.busy;
    if (!busy) return;
    clearTimeout(busy.timer);
    slot.busy = null;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (!this.closed) this.slots[this.slots.indexOf(slot)] = this.spawn();
    busy.resolve({ taskId: busy.task.taskId, error, timings: {} });
    this.dispatch();
  }
}
