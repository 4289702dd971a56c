import type { Stage } from './extractArticle.js';
import { processArticle } from './processArticle.js';
import { describeError, readInput } from './readInput.js';
import type { WorkerReply, WorkerTask } from './workerPool.js';

/** One input read (unless given) and processed, as a worker or the calling thread does it; never throws. */
export function runTask(task: WorkerTask): WorkerReply {
  const timings: Partial<Record<Stage, number>> = {};
  let bytes: number | null = null;
  try {
    const content = task.content ?? readInput(task.path ?? task.source, task.maxBytes);
    bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    const article = processArticle(content, {
      id: task.id, source: task.source, fileName: task.source, maxBytes: task.maxBytes,
      onStage: (stage, ms) => { timings[stage] = (timings[stage] ?? 0) + ms; },
    });
    return { taskId: task.taskId, bytes, article, timings };
  } catch (e) {
    return { taskId: task.taskId, bytes, error: describeError(e), timings };
  }
}
