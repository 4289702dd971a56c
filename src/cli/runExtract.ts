import path from 'node:path';
import { promises as fs } from 'node:fs';
import { mergeInputs, type MergedBatch, type MergeInput } from '../merge/index.js';
import { extractBatch, type BatchInput, type BatchResult } from '../pipeline/extractBatch.js';
import { safeId } from '../pipeline/inputs.js';
import { ArticleRecordSchema, type ArticleRecord, type Manifest, type ManifestEntry } from '../schema/index.js';
import { COLLECT_EVERY, collectGarbage } from '../pipeline/memory.js';
import type { ArticleMetadata, MetadataSidecar } from '../ingest/sources/metadata.js';
import { UsageError, type ExtractArgs } from './args.js';
import { buildManifest } from './manifest.js';
import { checkInput, prepareOutput } from './outputFolder.js';
import { checkTargets, writeOutputs } from './runOutputs.js';
import { jsonChunks, removeStale, writeAtomic, writeMerged } from './writers.js';

export interface RunSummary { ok: number; errors: number; reused: number; interrupted: boolean; manifest: Manifest; errorKinds: Map<string, number> }

/** Where a run reports: `log` a line for stderr, `progress` a line to show in place (a terminal), `emit` a record's line for stdout (--jsonl), resolved when it may write the next. */
export interface RunIo {
  log: (line: string) => void;
  stop?: AbortSignal;
  progress?: (line: string) => void;
  emit?: (line: string) => Promise<void>;
}

/**
 * The batch run: every input to a record or an error entry, then the merged files and the manifest.
 * The workers write the records; this thread keeps only their merge inputs. Records of unchanged
 * inputs are reused (unless args.force); a stop signal ends the run at once, keeping the records
 * written, without rewriting the merged files. With --jsonl each record is also emitted, in input
 * order; without an output folder that is all (the merged files need the whole batch).
 */
export async function runExtract(args: ExtractArgs, { log, stop, progress, emit }: RunIo): Promise<RunSummary> {
  const outDir = args.outDir;
  if (!outDir && args.inputDir !== '-') await checkInput(args.inputDir);
  const written = outDir ? await prepareOutput([args.inputDir], outDir, args.force) : new Set<string>();
  if (outDir) await checkTargets(args.outputs, outDir, args.inputDir);
  const articlesDir = outDir ? path.join(outDir, 'articles') : undefined;
  if (articlesDir) await fs.mkdir(articlesDir, { recursive: true });
  const inputs = await inputsOf(args.inputDir);
  const sidecar = args.meta ? await readSidecar(args.meta, log) : null;
  const timings: Record<string, number> = {};
  const merged: MergeInput[] = [];
  const counted = { dates: 0, ratings: 0, quotes: 0 };
  const entries: ManifestEntry[] = [];
  const started = Date.now();
  const errorKinds = new Map<string, number>();
  const skippedRecords = new Map<string, number>();
  let total = 0, lastProgress = started, reused = 0;

  // loaded only here: a local run does not pay for BullMQ's start-up
  const executor = args.redis ? await (await import('../pipeline/queue/executor.js')).QueueExecutor.open(args.redis) : undefined;
  for await (const result of extractBatch(inputs, {
    ...(executor ? { executor } : {}), workers: args.concurrency, maxBytes: args.maxBytes, timeoutMs: args.timeoutMs, recordsDir: articlesDir, signal: stop, ordered: !!emit,
    onListed: (n) => { total = n; },
    onSkippedRecords: (source, skipped) => {
      if (skipped.size) log(`${source}: ${[...skipped].map(([kind, n]) => `${n} ${kind}`).join(', ')} record(s) skipped (no article)`);
      for (const [kind, n] of skipped) skippedRecords.set(kind, (skippedRecords.get(kind) ?? 0) + n);
    },
    ...(sidecar ? { metadata: sidecar.lookup } : {}),
    onStage: (stage, ms) => { timings[stage] = (timings[stage] ?? 0) + ms; },
    previous: args.force || !articlesDir ? undefined : (id) => readRecord(path.join(articlesDir, `${id}.json`)),
  })) {
    entries.push(record(result, merged, counted, log));
    if (emit && 'record' in result) await emit(`${JSON.stringify(result.record)}\n`);
    if ('error' in result) {
      const kind = errorKind(result.error);
      errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
    }
    if (entries.length % COLLECT_EVERY === 0) collectGarbage();
    if ('record' in result && result.reused) reused++;
    if (progress && Date.now() - lastProgress > 250) {
      lastProgress = Date.now();
      progress(progressLine(entries.length, total, Date.now() - started, entries.length - merged.length));
    }
  }
  const interrupted = stop?.aborted === true;

  let batch: MergedBatch | null = null;
  if (!interrupted && outDir && articlesDir) {
    await removeStale(outDir, articlesDir, new Set(merged.map((r) => r.id)), written);
    collectGarbage(); // the merge's structures then reuse the space the extraction left
    const t0 = performance.now();
    batch = mergeInputs(merged);
    timings.merge = performance.now() - t0;
    writeMerged(outDir, batch);
  }

  const manifest = buildManifest({ entries, facts: counted, skippedRecords }, batch, {
    reused, interrupted,
    timingsMs: Object.fromEntries(Object.entries({ ...timings, total: Date.now() - started }).map(([k, v]) => [k, Math.round(v)])),
  });
  const { ok } = manifest.counts;
  if (outDir) {
    writeAtomic(path.join(outDir, 'manifest.json'), jsonChunks(manifest));
    // from the files just written, as `newsfacts report` and `export` would: one way to read an output folder
    if (!interrupted) await writeOutputs(outDir, args.outputs, log);
  }
  const unused = sidecar?.unused() ?? [];
  if (unused.length && !interrupted) log(`warning: ${args.meta}: ${unused.length} row(s) name no input (${unused.slice(0, 3).join(', ')}${unused.length > 3 ? ', …' : ''})`);
  return { ok, errors: manifest.counts.errors, reused, interrupted, manifest, errorKinds };
}

/** The --meta sidecar, read and checked before the run: a row it cannot use is a warning, an unreadable file an error. */
async function readSidecar(file: string, log: (line: string) => void) {
  // loaded here: it reads dates with the extractor, which the batch's main thread otherwise never loads
  const { parseSidecar } = await import('../ingest/sources/metadata.js');
  let sidecar: MetadataSidecar;
  try {
    sidecar = parseSidecar(await fs.readFile(file, 'utf8'), file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UsageError(`--meta ${file}: ${err.code === 'ENOENT' ? 'file not found' : err.message}`);
  }
  for (const problem of sidecar.problems) log(`warning: ${problem}`);
  const used = new Set<ArticleMetadata>();
  return {
    lookup: ({ id, source, url }: { id: string; source: string; url?: string }) => {
      const meta = sidecar.byPath.get(source) ?? sidecar.byId.get(id) ?? (url ? sidecar.byUrl.get(url) : undefined);
      if (meta) used.add(meta);
      return meta;
    },
    // a row is named once, by the first of its keys
    unused: () => [...new Map([...sidecar.byId, ...sidecar.byPath, ...sidecar.byUrl].reverse().map(([key, m]) => [m, key])).entries()]
      .filter(([m]) => !used.has(m)).map(([, key]) => key).reverse(),
  };
}

/** '1,200 of 5,000 files, 640/s, 6 s left, 3 errors'; past the count of files (a WARC file's articles come on top), '6,400 articles, 640/s, 3 errors'. */
function progressLine(done: number, total: number, ms: number, errors: number): string {
  const rate = done / Math.max(ms / 1000, 0.001);
  const left = rate > 0 ? Math.ceil((total - done) / rate) : 0;
  const time = left >= 120 ? `${Math.round(left / 60)} min` : `${left} s`;
  const errorCount = `${errors} error${errors === 1 ? '' : 's'}`;
  if (done > total) return `${done.toLocaleString('en')} articles, ${Math.round(rate)}/s, ${errorCount}`;
  return `${done.toLocaleString('en')} of ${total.toLocaleString('en')} files, ${Math.round(rate)}/s, ${time} left, ${errorCount}`;
}

/** An error's kind for the closing summary: its message up to the first detail ('too large: 21 MB …' is 'too large'). */
const errorKind = (error: string) => error.split(/[:(]/)[0]!.trim();

const JSON_LINES = /\.(?:jsonl|ndjson|json)$/i;

/**
 * What the batch reads: a folder or a file by its path; a JSON lines file (or standard input that
 * starts with '{') as the articles of its lines; other standard input as one article.
 */
async function inputsOf(input: string): Promise<string | BatchInput[]> {
  if (input !== '-' && !JSON_LINES.test(input)) return input;
  const content = input === '-' ? await readStdin() : await fs.readFile(input);
  const text = content.toString('utf8');
  if (input === '-' && !text.trimStart().startsWith('{')) return [{ source: '-', id: 'stdin', content }];
  const name = input === '-' ? 'stdin' : path.basename(input);
  const { articlesFromJsonLines } = await import('../ingest/sources/jsonLines.js');
  const owner = new Map<string, string>();
  return articlesFromJsonLines(text, name, name.replace(JSON_LINES, '')).map((a) => {
    const id = safeId(a.id);
    const first = owner.get(id);
    if (first !== undefined) return { source: a.source, id: safeId(a.source), skip: `same record id as ${first} ('${id}')` };
    owner.set(id, a.source);
    // as the UTF-8 bytes the line held, so that the record says so, as it would for a file
    return 'skip' in a ? { source: a.source, id, skip: a.skip }
      : { source: a.source, id, content: Buffer.from(a.content, 'utf8'), fileName: a.fileName, metadata: a.metadata };
  });
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A record an earlier run wrote, or null when there is none or it does not validate (it is then redone). */
async function readRecord(file: string): Promise<ArticleRecord | null> {
  try {
    const parsed = ArticleRecordSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The manifest entry of one input; of a record (written by its worker), only what the merge and the counts need is kept. */
function record(result: BatchResult, merged: MergeInput[], counted: Record<'dates' | 'ratings' | 'quotes', number>, log: (line: string) => void): ManifestEntry {
  if ('error' in result) {
    log(`error: ${result.source}: ${result.error}`);
    return { source: result.source, id: result.id, status: 'error', error: result.error, ...(result.bytes !== null ? { bytes: result.bytes } : {}) };
  }
  merged.push(result.merge);
  counted.dates += result.counts.dates;
  counted.ratings += result.counts.ratings;
  counted.quotes += result.counts.quotes;
  return { source: result.source, id: result.id, status: 'ok', bytes: result.bytes };
}
