/** Worker thread: processes the inputs posted by the pool (workerPool.ts). */
import { parentPort } from 'node:worker_threads';
import { runTask } from './runTask.js';
import type { WorkerTask } from './workerPool.js';

parentPort!.on('message', (task: WorkerTask) => parentPort!.postMessage(runTask(task)));
