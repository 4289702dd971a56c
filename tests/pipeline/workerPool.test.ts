import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/pipeline/workerPool.js';

const ECHO = new URL('./workers/echo.mjs', import.meta.url);
const task = (content: string, timeoutMs = 30_000) => ({ id: content, source: content, content, maxBytes: 1e6, timeoutMs });

describe('WorkerPool', () => {
  it('answers every task in order of submission, several per worker', async () => {
    const pool = new WorkerPool(2, ECHO);
    const replies = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((c, i) => pool.run(task(c), i)));
    await pool.close();
    expect(replies.map((r) => ('error' in r ? r.error : null))).toEqual(['echo a', 'echo b', 'echo c', 'echo d', 'echo e']);
    expect(replies.map((r) => r.taskId)).toEqual([0, 1, 2, 3, 4]);
  });

  it('times out a task that hangs, replaces its worker and still answers the task queued behind it', async () => {
    const pool = new WorkerPool(1, ECHO);
    const [hung, behind] = await Promise.all([pool.run(task('hang', 500), 0), pool.run(task('after', 500), 1)]);
    await pool.close();
    expect(hung).toMatchObject({ taskId: 0, error: expect.stringMatching(/timed out after 500 ms/) });
    expect(behind).toMatchObject({ taskId: 1, error: 'echo after' });
  });

  it('close answers the tasks not yet done and stops at once', async () => {
    const pool = new WorkerPool(1, ECHO);
    const pending = ['slow', 'x', 'y', 'z'].map((c, i) => pool.run(task(c), i));
    const t0 = Date.now();
    await pool.close();
    const replies = await Promise.all(pending);
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(replies.every((r) => 'error' in r && r.error === 'worker pool closed')).toBe(true);
  });
});
