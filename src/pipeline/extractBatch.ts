import { createReadStream, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import PQueue from 'p-queue';
import type { ArticleRecord } from '../schema/index.js';
import type { MergeInput } from '../merge/index.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './limits.js';
import { ValuePool } from '../merge/intern.js';
import { processRecord, summarise, type ProcessedArticle } from './records.js';
import { describeError, readInput } from './readInput.js';
import { assignIds, FolderInputs, safeId } from './inputs.js';
import { WorkerPool, type BatchStage, type Executor, type WorkerReply } from './workerPool.js';
import { PIPELINE_ID } from '../version.js';
import { inputHash } from './provenance.js';
import type { ArticleMetadata } from '../ingest/sources/metadata.js';

/** One input of a batch: a file to read, or content already in memory. */
export interface BatchInput {
  source: string;
  id?: string;
  path?: string;
  content?: string | Uint8Array;
  /** Set when the input must not be read; it becomes an error result with this reason. */
  skip?: string;
  /** What a scraper kept beside it (URL, outlet, publication date …). */
  metadata?: ArticleMetadata;
  /** The name that tells text from HTML when the source does not ('article.html'). */
  fileName?: string;
}

/**
 * A processed input: its merge input and counts, its record's JSON (absent when the record was written
 * to `recordsDir`), and the record itself, parsed from the JSON or read back from its file when first asked.
 */
export type BatchRecord = Omit<ProcessedArticle, 'json'> & { json?: string; source: string; id: string; bytes: number; reused: boolean; readonly record: ArticleRecord };
export type BatchResult = BatchRecord | { source: string; id: string; bytes: number | null; error: string };

function batchRecord(base: { source: string; id: string; bytes: number; reused: boolean }, article: BatchRecordBody, recordsDir: string | undefined, record?: ArticleRecord): BatchRecord {
  let parsed = record;
  const json = () => article.json ?? readFileSync(path.join(recordsDir!, `${base.id}.json`), 'utf8');
  return Object.defineProperty({ ...base, ...article }, 'record', {
    enumerable: true,
    get: () => (parsed ??= JSON.parse(json()) as ArticleRecord),
  }) as BatchRecord;
}

type BatchRecordBody = Omit<ProcessedArticle, 'json'> & { json?: string };

export interface BatchOptions {
  /** Worker threads extracting at once; 0 runs everything on the calling thread (no time budget). Default: the number of cores. */
  workers?: number;
  /** Inputs larger than this are refused before being read. Default DEFAULT_MAX_BYTES (20 MB). */
  maxBytes?: number;
  /** Time budget per article with workers; a slower article fails and its worker is replaced. Default DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number;
  onStage?: (stage: BatchStage, ms: number) => void;
  /**
   * A record written by an earlier run, if any. It is used instead of extracting again when it was
   * made from the same bytes by the same pipeline (see PIPELINE_ID): incremental and resumed runs.
   */
  previous?: (id: string) => Promise<ArticleRecord | null>;
  /** Metadata for an input (the --meta sidecar), looked up by its id, source and URL; it adds to, and wins over, what the input itself carries. */
  metadata?: (input: { id: string; source: string; url?: string }) => ArticleMetadata | undefined;
  /** Called when a WARC file has been read, with its records that are no article, by kind. */
  onSkippedRecords?: (source: string, skipped: ReadonlyMap<string, number>) => void;
  /** Yield results in the order of the inputs (a stream of records), not as they finish. */
  ordered?: boolean;
  /** Called once the inputs are listed, with how many there are (for progress; a WARC file counts as one, its articles come on top). */
  onListed?: (total: number) => void;
  /**
   * What runs the tasks instead of a pool of `workers` threads (a queue's workers, say); the batch
   * closes it when it ends. It must write a record to `recordsDir` itself when asked to.
   */
  executor?: Executor;
  /** Aborting it ends the batch at once: articles in flight are dropped and the workers stopped. */
  signal?: AbortSignal;
  /**
   * Write each new record to `<recordsDir>/<id>.json` (atomically, on the worker that made it) instead
   * of sending its JSON back: the calling thread then holds only merge inputs. A record that cannot be
   * written is an error result.
   */
  recordsDir?: string;
}

/**
 * Runs extractArticle over a folder or a list of inputs. A window of articles is in flight ahead of
 * the workers (p-queue), each worker reads its own file, results arrive as they finish (in input order
 * with `ordered`) and only the window is held in memory; a failed input yields an error result and
 * the batch goes on. A WARC file of the folder is read as it is dispatched, one record at a time.
 */
export async function* extractBatch(inputs: string | Iterable<BatchInput> | AsyncIterable<BatchInput>, options: BatchOptions = {}): AsyncGenerator<BatchResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const listing = typeof inputs === 'string' ? await FolderInputs.read(inputs) : await withIds(inputs);
  options.onListed?.(listing.length);
  const source = expand(listing, maxBytes, options.onSkippedRecords);
  const { signal } = options;
  const workers = options.workers ?? cpus().length;
  const pool = options.executor ?? (workers > 0 ? new WorkerPool(workers) : null);
  const window = pool?.window ?? 2;
  const queue = new PQueue({ concurrency: window });
  const shared = new ValuePool();
  const done = new Map<number, BatchResult>();
  let dispatched = 0, yielded = 0, exhausted = false, pulling = false;
  let wake: (() => void) | null = null;
  const stop = () => wake?.();
  // pulls inputs while the window has room; one pull at a time, since reading a WARC record is asynchronous
  const fill = async () => {
    if (pulling) return;
    pulling = true;
    try {
      while (!exhausted && !signal?.aborted && dispatched - yielded < window) {
        const next = await source.next();
        if (next.done) { exhausted = true; break; }
        const taskId = dispatched++;
        void queue.add(async () => {
          done.set(taskId, await runOne(next.value, taskId, maxBytes, pool, shared, options));
          wake?.();
        });
      }
    } finally {
      pulling = false;
      wake?.();
    }
  };
  const ready = (): number | undefined => (options.ordered ? (done.has(yielded) ? yielded : undefined) : done.keys().next().value);
  try {
    signal?.addEventListener('abort', stop);
    void fill();
    while (!signal?.aborted && !(exhausted && yielded === dispatched)) {
      const key = ready();
      if (key === undefined) {
        await new Promise<void>((resolve) => { wake = resolve; });
        wake = null;
        continue;
      }
      const result = done.get(key)!;
      done.delete(key);
      yielded++;
      void fill();
      yield result;
    }
  } finally {
    signal?.removeEventListener('abort', stop);
    queue.clear();
    await source.return(undefined);
    await pool?.close();
  }
}

/** What a batch dispatches from, in order: a folder's compact listing, or a caller's list. */
interface Inputs { readonly length: number; at(i: number): BatchInput & { id: string } }

async function withIds(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>): Promise<Inputs> {
  const all: BatchInput[] = [];
  for await (const i of inputs) all.push(i);
  const named: Array<(BatchInput & { id: string }) | undefined> = assignIds(all).map((n, k) => ({ ...n, id: all[k]!.id ?? n.id }));
  all.length = 0;
  return {
    length: named.length,
    at(i) {
      const input = named[i]!;
      named[i] = undefined; // a dispatched input (its content, perhaps) is not held for the rest of a long batch
      return input;
    },
  };
}

const WARC = /\.warc(?:\.gz)?$/i;

/**
 * The inputs in order, a WARC file's articles in its place. Their ids are hashes of their URLs: one
 * met again (the same page crawled twice) is an error entry naming the first.
 */
async function* expand(list: Inputs, maxBytes: number, onSkipped: BatchOptions['onSkippedRecords']): AsyncGenerator<BatchInput & { id: string }> {
  const owners = new Map<string, string>();
  for (let i = 0; i < list.length; i++) {
    const input = list.at(i);
    if (input.skip || input.content !== undefined || !WARC.test(input.source)) { yield input; continue; }
    const { articlesFromWarc } = await import('../ingest/sources/warc.js');
    const stream = createReadStream(input.path ?? input.source);
    const skipped = new Map<string, number>();
    try {
      for await (const article of articlesFromWarc(stream, input.source, maxBytes, skipped)) {
        const id = safeId(article.id);
        const first = owners.get(id);
        if (first !== undefined) { yield { source: article.source, id: safeId(article.source), skip: `same record id as ${first} ('${id}')` }; continue; }
        owners.set(id, article.source);
        yield { ...article, id };
      }
      onSkipped?.(input.source, skipped);
    } finally {
      stream.destroy();
    }
  }
}

async function runOne(input: BatchInput & { id: string }, taskId: number, maxBytes: number, pool: Executor | null, shared: ValuePool,
  options: BatchOptions): Promise<BatchResult> {
  const { onStage, previous, recordsDir } = options;
  if (input.skip) return { source: input.source, id: input.id, bytes: null, error: input.skip };
  const filePath = input.path ?? input.source;
  const sidecar = options.metadata?.({ id: input.id, source: input.source, url: input.metadata?.url });
  const metadata = sidecar ? { ...input.metadata, ...sidecar } : input.metadata;
  let content = input.content;
  try {
    const before = await previous?.(input.id);
    if (before) {
      // an earlier record stands if it was made from these bytes by this pipeline
      content ??= readInput(filePath, maxBytes);
      if (before.provenance.pipeline === PIPELINE_ID && before.provenance.inputSha256 === inputHash(content, metadata) && before.source === input.source) {
        // with recordsDir its file is already there: no JSON to make
        const reused = recordsDir ? summarise(before) : processRecord(before);
        share(reused.merge, input.id, shared);
        return batchRecord({ source: input.source, id: input.id, bytes: byteLength(content), reused: true }, reused, recordsDir, before);
      }
    }
  } catch (e) {
    return { source: input.source, id: input.id, bytes: content === undefined ? null : byteLength(content), error: describeError(e) };
  }
  const task = { id: input.id, source: input.source, content, path: filePath, maxBytes, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, recordsDir, metadata,
    ...(input.fileName ? { fileName: input.fileName } : {}) };
  // without a pool the extractors run here, loaded on first use: a thread that only dispatches never loads them
  const reply: WorkerReply = pool ? await pool.run(task, taskId) : (await import('./runTask.js')).runTask({ ...task, taskId });
  if (onStage) for (const [stage, ms] of Object.entries(reply.timings)) onStage(stage as BatchStage, ms);
  if ('article' in reply) share(reply.article.merge, input.id, shared);
  return 'article' in reply
    ? batchRecord({ source: input.source, id: input.id, bytes: reply.bytes, reused: false }, reply.article, recordsDir)
    : { source: input.source, id: input.id, bytes: reply.bytes, error: reply.error };
}

/**
 * The batch may hold every merge input until the end: their small values become shared copies, and
 * the id the one string the manifest entry holds too. The input itself is the article's own (its id
 * is unique, so pooling it would only grow the pool).
 */
function share(merge: MergeInput, id: string, shared: ValuePool): void {
  merge.id = id;
  merge.events = shared.intern(merge.events);
  merge.officials = shared.intern(merge.officials);
}

const byteLength = (content: string | Uint8Array) => (typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength);
