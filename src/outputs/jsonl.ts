import { closeSync, openSync, readSync } from 'node:fs';
import { writeAtomic } from '../pipeline/writeAtomic.js';
import { ArticleRecordSchema } from '../schema/index.js';
import type { OutputFolder } from './read.js';

/** One article record a line, in id order, written to a temporary name and renamed. Returns the number of lines. */
export function writeJsonLines(folder: OutputFolder, file: string): number {
  let n = 0;
  writeAtomic(file, (function* () {
    for (const record of folder.records()) {
      n++;
      yield `${JSON.stringify(record)}\n`;
    }
  })());
  return n;
}

/**
 * Whether the file at `file` is JSON lines this tool wrote: its first line is a record. An empty file
 * is not known to be ours (a batch without records is the only way we write one), so it stays.
 */
export function isOwnJsonLines(file: string): boolean {
  const line = firstLine(file);
  if (!line) return false;
  try {
    return ArticleRecordSchema.safeParse(JSON.parse(line)).success;
  } catch {
    return false;
  }
}

/** The file's first line ('' for an empty file), read in pieces since one record's line can be megabytes; null when unreadable. */
function firstLine(file: string): string | null {
  let fd: number;
  try { fd = openSync(file, 'r'); } catch { return null; }
  try {
    const chunks: Buffer[] = [];
    const buf = Buffer.alloc(1 << 20);
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) {
      const nl = buf.subarray(0, n).indexOf(10);
      chunks.push(Buffer.from(buf.subarray(0, nl >= 0 ? nl : n)));
      if (nl >= 0) break;
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
