import { processArticle } from './processArticle.js';
import { describeError, readInput } from './readInput.js';
import { writeRecord } from './writeRecord.js';
import type { BatchStage, WorkerReply, WorkerTask } from './workerPool.js';

/** One input read (unless given), processed and, with recordsDir, written, as a worker or the calling thread does it; never throws. */
export function runTask(task: WorkerTask): WorkerReply {
  const timings: Partial<Record<BatchStage, number>> = {};
  let bytes: number | null = null;
  let reply: WorkerReply;
  try {
    const content = task.content ?? readInput(task.path ?? task.source, task.maxBytes);
    bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    const article = processArticle(content, {
      id: task.id, source: task.source, fileName: task.fileName ?? task.source, maxBytes: task.maxBytes, timeoutMs: task.timeoutMs, metadata: task.metadata,
      onStage: (stage, ms) => { timings[stage] = (timings[stage] ?? 0) + ms; },
    });
    reply = { taskId: task.taskId, bytes, article, timings };
  } catch (e) {
    return { taskId: task.taskId, bytes, error: describeError(e), timings };
  }
  return task.recordsDir ? writeRecord(reply, task.recordsDir, task.id) : reply;
}
