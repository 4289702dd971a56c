// `npm run bench -- --redis`: the same batch through queue mode (issue #19) with 1, 2 and 4 worker
// processes, against the local run. It starts its own redis-server on a free port.
import { spawn, execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startRedis() {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code})`)));
    child.stdout.on('data', (d) => { if (/Ready to accept connections/.test(d.toString())) resolve(); });
  });
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGKILL') };
}

/** Articles a second of `newsfacts extract` over inDir, locally with `workers` threads or through the queue with `workers` worker processes. */
export async function queueFigures(cli, inDir, work, workerCounts = [1, 2, 4]) {
  const time = async (args) => {
    const t0 = performance.now();
    await execFileAsync(process.execPath, [cli, 'extract', inDir, '--force', '--quiet', '--no-report', ...args]);
    return performance.now() - t0;
  };
  const redis = await startRedis();
  const rows = [];
  try {
    for (const w of workerCounts) {
      rows.push({ mode: `local, ${w} thread${w > 1 ? 's' : ''}`, ms: await time(['--out', join(work, `local-${w}`), '--concurrency', String(w)]) });
      const workers = Array.from({ length: w }, () => spawn(process.execPath, [cli, 'worker', '--redis', redis.url, '--concurrency', '1'], { stdio: 'ignore' }));
      try {
        rows.push({ mode: `queue, ${w} worker process${w > 1 ? 'es' : ''} (1 thread each)`, ms: await time(['--out', join(work, `queue-${w}`), '--redis', redis.url]) });
      } finally {
        for (const p of workers) p.kill('SIGKILL');
      }
    }
  } finally {
    redis.stop();
  }
  return rows;
}
