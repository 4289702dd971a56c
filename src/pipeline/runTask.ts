import path from 'node:path';
import { processArticle } from './processArticle.js';
import type { ProcessedArticle } from './records.js';
import { describeError, readInput } from './readInput.js';
import { writeAtomic } from './writeAtomic.js';
import type { BatchStage, WorkerReply, WorkerTask } from './workerPool.js';

/** One input read (unless given), processed and, with recordsDir, written, as a worker or the calling thread does it; never throws. */
export function runTask(task: WorkerTask): WorkerReply {
  const timings: Partial<Record<BatchStage, number>> = {};
  let bytes: number | null = null;
  let article: ProcessedArticle;
  try {
    const content = task.content ?? readInput(task.path ?? task.source, task.maxBytes);
    bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    article = processArticle(content, {
      id: task.id, source: task.source, fileName: task.fileName ?? task.source, maxBytes: task.maxBytes, timeoutMs: task.timeoutMs, metadata: task.metadata,
      onStage: (stage, ms) => { timings[stage] = (timings[stage] ?? 0) + ms; },
    });
  } catch (e) {
    return { taskId: task.taskId, bytes, error: describeError(e), timings };
  }
  if (!task.recordsDir) return { taskId: task.taskId, bytes, article, timings };
  const t0 = performance.now();
  try {
    writeAtomic(path.join(task.recordsDir, `${task.id}.json`), article.json);
  } catch (e) {
    return { taskId: task.taskId, bytes, error: `could not write the record: ${describeError(e)}`, timings };
  }
  timings.write = performance.now() - t0;
  const { json: _written, ...rest } = article;
  return { taskId: task.taskId, bytes, article: rest, timings };
}
