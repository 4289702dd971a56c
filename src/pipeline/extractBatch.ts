import { cpus } from 'node:os';
import PQueue from 'p-queue';
import type { ArticleRecord } from '../schema/index.js';
import { DEFAULT_MAX_BYTES, type Stage } from './extractArticle.js';
import { processRecord, type ProcessedArticle } from './processArticle.js';
import { describeError, readInput } from './readInput.js';
import { runTask } from './runTask.js';
import { assignIds, listInputs } from './inputs.js';
import { WorkerPool, type WorkerReply } from './workerPool.js';
import { PIPELINE_ID, sha256 } from '../version.js';

/** One input of a batch: a file to read, or content already in memory. */
export interface BatchInput {
  source: string;
  id?: string;
  path?: string;
  content?: string | Uint8Array;
  /** Set when the input must not be read; it becomes an error result with this reason. */
  skip?: string;
}

/** A processed input: its record (parsed from `json` when first read), the JSON itself, and its merge input. */
export type BatchRecord = ProcessedArticle & { source: string; id: string; bytes: number; reused: boolean; readonly record: ArticleRecord };
export type BatchResult = BatchRecord | { source: string; id: string; bytes: number | null; error: string };

function batchRecord(base: { source: string; id: string; bytes: number; reused: boolean }, article: ProcessedArticle, record?: ArticleRecord): BatchRecord {
  let parsed = record;
  return Object.defineProperty({ ...base, ...article }, 'record', {
    enumerable: true,
    get: () => (parsed ??= JSON.parse(article.json) as ArticleRecord),
  }) as BatchRecord;
}

export interface BatchOptions {
  /** Worker threads extracting at once; 0 runs everything on the calling thread (no time budget). Default: the number of cores. */
  workers?: number;
  /** Inputs larger than this are refused before being read. Default DEFAULT_MAX_BYTES (20 MB). */
  maxBytes?: number;
  /** Time budget per article with workers; a slower article fails and its worker is replaced. Default DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number;
  onStage?: (stage: Stage, ms: number) => void;
  /**
   * A record written by an earlier run, if any. It is used instead of extracting again when it was
   * made from the same bytes by the same pipeline (see PIPELINE_ID): incremental and resumed runs.
   */
  previous?: (id: string) => Promise<ArticleRecord | null>;
}

/** 30 s: a long article takes well under a second; this stops pathological input, not slow machines. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Runs extractArticle over a folder or a list of inputs. Files are read a few at a time ahead of
 * the workers (p-queue), results arrive as they finish, and only a window of them is held in
 * memory; a failed input yields an error result and the batch goes on.
 */
export async function* extractBatch(inputs: string | Iterable<BatchInput> | AsyncIterable<BatchInput>, options: BatchOptions = {}): AsyncGenerator<BatchResult> {
  const list = typeof inputs === 'string' ? await listInputs(inputs) : await withIds(inputs);
  const workers = options.workers ?? cpus().length;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const pool = workers > 0 ? new WorkerPool(workers, options.timeoutMs ?? DEFAULT_TIMEOUT_MS) : null;
  const window = Math.max(2, workers * 8);
  const queue = new PQueue({ concurrency: window });
  const done: BatchResult[] = [];
  let next = 0;
  let wake: (() => void) | null = null;
  const fill = () => {
    while (next < list.length && queue.size + queue.pending + done.length < window) {
      const taskId = next;
      const input = list[next++]!;
      void queue.add(async () => {
        done.push(await runOne(input, taskId, maxBytes, pool, options));
        wake?.();
      });
    }
  };
  try {
    fill();
    for (let yielded = 0; yielded < list.length;) {
      if (!done.length) await new Promise<void>((resolve) => { wake = resolve; });
      wake = null;
      while (done.length) {
        yielded++;
        const result = done.shift()!;
        fill();
        yield result;
      }
    }
  } finally {
    queue.clear();
    await pool?.close();
  }
}

async function withIds(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>): Promise<Array<BatchInput & { id: string }>> {
  const all: BatchInput[] = [];
  for await (const i of inputs) all.push(i);
  const named = assignIds(all);
  return named.map((n, k) => ({ ...n, id: all[k]!.id ?? n.id }));
}

async function runOne(input: BatchInput & { id: string }, taskId: number, maxBytes: number, pool: WorkerPool | null,
  { onStage, previous }: BatchOptions): Promise<BatchResult> {
  if (input.skip) return { source: input.source, id: input.id, bytes: null, error: input.skip };
  const path = input.path ?? input.source;
  let content = input.content;
  try {
    const before = await previous?.(input.id);
    if (before) {
      // an earlier record stands if it was made from these bytes by this pipeline
      content ??= readInput(path, maxBytes);
      if (before.provenance.pipeline === PIPELINE_ID && before.provenance.inputSha256 === sha256(content) && before.source === input.source) {
        return batchRecord({ source: input.source, id: input.id, bytes: byteLength(content), reused: true }, processRecord(before), before);
      }
    }
  } catch (e) {
    return { source: input.source, id: input.id, bytes: content === undefined ? null : byteLength(content), error: describeError(e) };
  }
  const task = { id: input.id, source: input.source, content, path, maxBytes };
  const reply: WorkerReply = pool ? await pool.run(task, taskId) : runTask({ ...task, taskId });
  if (onStage) for (const [stage, ms] of Object.entries(reply.timings)) onStage(stage as Stage, ms);
  return 'article' in reply
    ? batchRecord({ source: input.source, id: input.id, bytes: reply.bytes, reused: false }, reply.article)
    : { source: input.source, id: input.id, bytes: reply.bytes, error: reply.error };
}

const byteLength = (content: string | Uint8Array) => (typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength);
