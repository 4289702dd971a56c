// Preloaded into `newsfacts extract` by bench/pipeline.mjs (node --import): when the process exits,
// writes its peak RSS (getrusage: the whole process, worker threads included) to the file named by
// NEWSFACTS_MAXRSS_FILE. The preload also runs in each worker thread; only the main thread reports.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.NEWSFACTS_MAXRSS_FILE;
if (isMainThread && file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
