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
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${threadId}.tmp`);
  try {
    if (typeof content === 'string') writeFileSync(tmp, content);
    else writeChunks(tmp, content);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
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

/**
 * The text of toJson (JSON.stringify with a two-space indent, and a final newline) in pieces, for
 * plain data: the merged files and the manifest of a large batch are written without ever being
 * one string of tens of MB.
 */
export function* jsonChunks(value: unknown, indent = ''): Generator<string> {
  yield* jsonValue(value, indent);
  if (indent === '') yield '\n';
}

function* jsonValue(value: unknown, indent: string): Generator<string> {
  if (Array.isArray(value)) {
    if (!value.length) { yield '[]'; return; }
    const inner = indent + '  ';
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      yield* jsonValue(value[i] === undefined ? null : value[i], inner);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield indent + ']';
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (!entries.length) { yield '{}'; return; }
    const inner = indent + '  ';
    yield '{\n';
    for (let i = 0; i < entries.length; i++) {
      yield `${inner}${JSON.stringify(entries[i]![0])}: `;
      yield* jsonValue(entries[i]![1], inner);
      yield i < entries.length - 1 ? ',\n' : '\n';
    }
    yield indent + '}';
  } else {
    yield JSON.stringify(value);
  }
}
