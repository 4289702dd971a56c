// A stand-in for the pool's worker: 'hang' never returns, 'slow' takes 200 ms, anything else is answered at once.
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (task) => {
  if (task.content === 'hang') for (;;);
  if (task.content === 'slow') { const end = Date.now() + 200; while (Date.now() < end); }
  parentPort.postMessage({ taskId: task.taskId, bytes: task.content.length, error: `echo ${task.content}`, timings: {} });
});
