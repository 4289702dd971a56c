/** Worker thread: processes the inputs posted by the pool (workerPool.ts). */
// (first: every pattern the extractors run is compiled after it)
import './regexpCompilation.js';
import { parentPort } from 'node:worker_threads';
import { COLLECT_EVERY, collectGarbage } from './memory.js';
import { runTask } from './runTask.js';
import type { WorkerTask } from './workerPool.js';

let done = 0;
parentPort!.on('message', (task: WorkerTask) => {
  parentPort!.postMessage(runTask(task));
  if (++done % COLLECT_EVERY === 0) collectGarbage();
});
