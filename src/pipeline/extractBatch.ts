import { promises as fs } from 'node:fs';
import { cpus } from 'node:os';
import PQueue from 'p-queue';
import type { ArticleRecord } from '../schema/index.js';
import { extractArticle, type ArticleOptions, type Stage } from './extractArticle.js';
import { assignIds, listInputs } from './inputs.js';

/** One input of a batch: a file to read, or content already in memory. */
export interface BatchInput {
  source: string;
  id?: string;
  path?: string;
  content?: string | Uint8Array;
}

export type BatchResult =
  | { source: string; id: string; bytes: number; record: ArticleRecord }
  | { source: string; id: string; bytes: number | null; error: string };

export interface BatchOptions extends Pick<ArticleOptions, 'maxBytes'> {
  /** Files read and processed at once; defaults to the number of cores. */
  concurrency?: number;
  onStage?: (stage: Stage, ms: number) => void;
}

/**
 * Runs extractArticle over a folder or a list of inputs. Results arrive as they finish; a failed
 * input yields an error result and the batch goes on.
 */
export async function* extractBatch(inputs: string | Iterable<BatchInput> | AsyncIterable<BatchInput>, options: BatchOptions = {}): AsyncGenerator<BatchResult> {
  const list = typeof inputs === 'string' ? await listInputs(inputs) : await withIds(inputs);
  const queue = new PQueue({ concurrency: Math.max(1, options.concurrency ?? cpus().length) });
  const done: BatchResult[] = [];
  let wake: (() => void) | null = null;
  for (const input of list) {
    void queue.add(async () => {
      done.push(await runOne(input, options));
      wake?.();
    });
  }
  let yielded = 0;
  while (yielded < list.length) {
    if (!done.length) await new Promise<void>((resolve) => { wake = resolve; });
    wake = null;
    while (done.length) { yielded++; yield done.shift()!; }
  }
}

async function withIds(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>): Promise<Array<BatchInput & { id: string }>> {
  const all: BatchInput[] = [];
  for await (const i of inputs) all.push(i);
  const named = assignIds(all);
  return named.map((n, k) => ({ ...n, id: all[k]!.id ?? n.id }));
}

async function runOne(input: BatchInput & { id: string }, options: BatchOptions): Promise<BatchResult> {
  let bytes: number | null = null;
  try {
    const raw = input.content ?? (await readLimited(input.path ?? input.source, options.maxBytes));
    bytes = typeof raw === 'string' ? Buffer.byteLength(raw) : raw.byteLength;
    const record = extractArticle(raw, {
      id: input.id, source: input.source, fileName: input.source, maxBytes: options.maxBytes, onStage: options.onStage,
    });
    return { source: input.source, id: input.id, bytes, record };
  } catch (e) {
    return { source: input.source, id: input.id, bytes, error: describe(e) };
  }
}

/** Checks the size before reading, so a huge file is refused without being loaded. */
async function readLimited(path: string, maxBytes = Infinity): Promise<Uint8Array> {
  const stat = await fs.stat(path);
  if (stat.size > maxBytes) throw new Error(`too large: ${stat.size} bytes (limit ${maxBytes}; see --max-bytes)`);
  return fs.readFile(path);
}

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'file disappeared before it could be read';
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return 'permission denied';
  if (err?.code === 'EISDIR') return 'is a directory';
  return err?.message ?? String(e);
}
