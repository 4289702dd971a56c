/** Worker thread: processes the inputs posted by the pool (workerPool.ts). */
import { parentPort } from 'node:worker_threads';
import type { Stage } from './extractArticle.js';
import { processArticle } from './processArticle.js';
import type { WorkerReply, WorkerTask } from './workerPool.js';

parentPort!.on('message', (task: WorkerTask) => {
  const timings: Partial<Record<Stage, number>> = {};
  let reply: WorkerReply;
  try {
    const article = processArticle(task.content, {
      id: task.id, source: task.source, fileName: task.source, maxBytes: task.maxBytes,
      onStage: (stage, ms) => { timings[stage] = (timings[stage] ?? 0) + ms; },
    });
    reply = { taskId: task.taskId, article, timings };
  } catch (e) {
    reply = { taskId: task.taskId, error: (e as Error).message ?? String(e), timings };
  }
  parentPort!.postMessage(reply);
});
