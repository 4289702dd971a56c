import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Reads one input file, refusing it before reading when it is over `maxBytes`. Synchronous: it runs
 * in the worker that extracts the article (a worker has nothing else to do meanwhile), and on the
 * calling thread only when no pool is used or an earlier record must be checked against the bytes.
 */
export function readInput(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) throw new Error(`too large: ${size} bytes (limit ${maxBytes}; see --max-bytes)`);
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break; // the file shrank while being read: keep what is there
      read += n;
    }
    return read === size ? buffer : buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** A reason a person understands for an error met while reading or extracting one input. */
export function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'file disappeared before it could be read';
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return 'permission denied';
  if (err?.code === 'EISDIR') return 'is a directory';
  return err?.message ?? String(e);
}
