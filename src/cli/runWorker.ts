import { startQueueWorker } from '../pipeline/queue/worker.js';
import type { WorkerArgs } from './args.js';

/**
 * `newsfacts worker`: extracts the queued articles until SIGINT or SIGTERM, then finishes the jobs in
 * hand and exits; a second signal exits at once (those jobs are taken again once their locks expire).
 */
export async function runWorker(args: WorkerArgs, log: (line: string) => void): Promise<void> {
  const worker = await startQueueWorker(args.redis, { concurrency: args.concurrency, lockMs: args.lockMs, log });
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      process.on('SIGINT', () => process.exit(130)).on('SIGTERM', () => process.exit(143));
      log('worker: stopping once the jobs in hand are done (again to quit at once)');
      resolve();
    };
    process.on('SIGINT', stop).on('SIGTERM', stop);
  });
  await worker.close();
}
