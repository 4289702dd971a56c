import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { CLI, ROOT } from '../pipeline/helpers.js';

/** Debian's redis-server: .ci/run installs it where it is missing. */
export const REDIS_SERVER = '/usr/bin/redis-server';

/** A port nobody listens on now, on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A process this test started, and its end. */
export interface Started { child: ChildProcess; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> }

function started(child: ChildProcess): Started {
  let output = '';
  child.stdout?.on('data', (d: Buffer) => { output += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { output += d.toString(); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, output })));
  return { child, exited };
}

/**
 * A redis-server of its own on a free port, nothing kept on disk, eviction off as BullMQ needs;
 * resolves once it accepts connections.
 */
export async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const redis = started(spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'],
    { stdio: ['ignore', 'pipe', 'pipe'] }));
  await new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer) => { if (/Ready to accept connections/.test(d.toString())) { redis.child.stdout!.off('data', onData); resolve(); } };
    redis.child.stdout!.on('data', onData);
    void redis.exited.then(({ code, output }) => reject(new Error(`redis-server exited (${code}): ${output.slice(-500)}`)));
  });
  return { url: `redis://127.0.0.1:${port}`, stop: () => stop(redis) };
}

/** `newsfacts worker` as a process of its own; `lockMs` short, so that a killed worker's jobs come back in seconds. */
export function startWorker(url: string, { concurrency = 1, lockMs = 2000 } = {}): Started {
  return started(spawn(process.execPath, [CLI, 'worker', '--redis', url, '--concurrency', String(concurrency), '--lock-ms', String(lockMs)],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }));
}

/** `newsfacts` with these arguments as a process of its own. */
export function startCli(args: string[]): Started {
  return started(spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }));
}

/** Stops a process (SIGKILL: nothing of it is needed any more) and waits for its end. */
export async function stop(p: Started): Promise<void> {
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  await p.exited;
}
