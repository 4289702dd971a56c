/** Worker thread: runs extractArticle on inputs posted by the pool (workerPool.ts). */
import { parentPort } from 'node:worker_threads';
import { extractArticle, type Stage } from './extractArticle.js';
import type { WorkerReply, WorkerTask } from './workerPool.js';

parentPort!.on('message', (task: WorkerTask) => {
  const timings: Partial<Record<Stage, number>> = {};
  let reply: WorkerReply;
  try {
    const record = extractArticle(task.content, {
      id: task.id, source: task.source, fileName: task.source, maxBytes: task.maxBytes,
      onStage: (stage, ms) => { timings[stage] = (timings[stage] ?? 0) + ms; },
    });
    reply = { taskId: task.taskId, record, timings };
  } catch (e) {
    reply = { taskId: task.taskId, error: (e as Error).message ?? String(e), timings };
  }
  parentPort!.postMessage(reply);
});
