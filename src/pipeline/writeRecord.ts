import path from 'node:path';
import { describeError } from './readInput.js';
import { writeAtomic } from './writeAtomic.js';
import type { WorkerReply } from './workerPool.js';

/**
 * Writes the record of a reply to `<recordsDir>/<id>.json` and drops its JSON from the reply, so that
 * the batch holds only the merge input; a record that cannot be written makes an error reply. Done
 * where the record is made (a worker thread), or where a queue's worker sent it back.
 */
export function writeRecord(reply: WorkerReply, recordsDir: string, id: string): WorkerReply {
  if (!('article' in reply) || !('json' in reply.article)) return reply;
  const t0 = performance.now();
  const { json, ...article } = reply.article;
  try {
    writeAtomic(path.join(recordsDir, `${id}.json`), json);
  } catch (e) {
    return { taskId: reply.taskId, bytes: reply.bytes, error: `could not write the record: ${describeError(e)}`, timings: reply.timings };
  }
  return { ...reply, article, timings: { ...reply.timings, write: performance.now() - t0 } };
}
