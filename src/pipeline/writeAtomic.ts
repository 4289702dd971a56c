import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Writes to a temporary name in the same folder, then renames: a reader never sees half a file, and
 * a run killed mid-write leaves at most a '.*.tmp' file (swept by the next run). Synchronous: it runs
 * on the worker that made the record, or once per merged file at the end of a run. `content` may come
 * in pieces (see jsonChunks), written as they come.
 */
export function writeAtomic(file: string, content: string | Iterable<string>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = temporaryName(file);
  try {
    if (typeof content === 'string') writeFileSync(tmp, content);
    else writeChunks(tmp, content);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** The name a file has while it is written, beside it: '.<name>.<pid>-<thread>.tmp' (the next run sweeps a killed run's). */
export function temporaryName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${threadId}.tmp`);
}

/** Bytes gathered before each write. */
const CHUNK = 1 << 16;

function writeChunks(file: string, chunks: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    let pending = '';
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length >= CHUNK) { writeSync(fd, pending); pending = ''; }
    }
    writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
}
