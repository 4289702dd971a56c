import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { mergeInputs, type MergeInput } from '../merge/index.js';
import { OutputFolderError, readManifest } from '../outputs/read.js';
import { safeId } from '../pipeline/inputs.js';
import { summarise, toJson } from '../pipeline/records.js';
import { ArticleRecordSchema, type ArticleRecord, type Manifest, type ManifestEntry } from '../schema/index.js';
import { PIPELINE_ID } from '../version.js';
import type { MergeArgs } from './args.js';
import { buildManifest } from './manifest.js';
import { prepareOutput } from './outputFolder.js';
import { checkTargets, writeOutputs } from './runOutputs.js';
import { jsonChunks, removeStale, writeAtomic, writeMerged } from './writers.js';

/** One item of an input: a record with the text to write for it, or an error entry of its manifest. */
type Item = { entry: ManifestEntry; record: ArticleRecord; text: string } | { entry: ManifestEntry; record?: undefined };

/** Where a record id was first met, to tell a record met again (kept once) from another input under the same id. */
interface Owner { input: string; source: string; sha: string }

/**
 * Several runs' records into one output folder, equal to one run over all their inputs: the records
 * copied, the error entries kept, and the merged files, manifest and report made from them as extract
 * makes them. Only merge inputs are held; a record is read, copied and summarised one at a time.
 */
export async function runMerge(args: MergeArgs, log: (line: string) => void): Promise<Manifest> {
  const started = Date.now();
  const written = await prepareOutput(args.inputs, args.outDir, args.force);
  await checkTargets(args.outputs, args.outDir);
  const articlesDir = path.join(args.outDir, 'articles');
  const merged: MergeInput[] = [];
  const entries: ManifestEntry[] = [];
  const facts = { dates: 0, ratings: 0, quotes: 0 };
  const skippedRecords = new Map<string, number>();
  const owners = new Map<string, Owner>();
  const errorsSeen = new Set<string>();
  for (const input of args.inputs) {
    for await (const item of itemsOf(input, skippedRecords)) {
      if (!item.record) {
        // the same input's error, met in two runs, is one entry as in one run
        const key = `${item.entry.source}\0${item.entry.id}\0${item.entry.error}`;
        if (!errorsSeen.has(key)) entries.push(item.entry);
        errorsSeen.add(key);
        continue;
      }
      const { record } = item;
      const first = owners.get(record.id);
      if (first) {
        if (first.sha === record.provenance.inputSha256 && first.source === record.source) continue;
        log(`error: ${input}: record '${record.id}' was made from another input than the one of ${first.input}`);
        entries.push({ ...item.entry, status: 'error', error: `same record id as ${first.source} of ${first.input}, made from another input ('${record.id}')` });
        continue;
      }
      owners.set(record.id, { input, source: record.source, sha: record.provenance.inputSha256 });
      writeAtomic(path.join(articlesDir, `${record.id}.json`), item.text);
      const { merge, counts } = summarise(record);
      merged.push(merge);
      for (const k of ['dates', 'ratings', 'quotes'] as const) facts[k] += counts[k];
      entries.push(item.entry);
    }
  }
  await removeStale(args.outDir, articlesDir, new Set(owners.keys()), written);
  const t0 = performance.now();
  const batch = mergeInputs(merged);
  const mergeMs = performance.now() - t0;
  writeMerged(args.outDir, batch);
  const manifest = buildManifest({ entries, facts, skippedRecords }, batch, {
    reused: 0, interrupted: false, timingsMs: { merge: Math.round(mergeMs), total: Date.now() - started },
  });
  writeAtomic(path.join(args.outDir, 'manifest.json'), jsonChunks(manifest));
  await writeOutputs(args.outDir, args.outputs, log);
  return manifest;
}

/** The items of an input: an output folder (its manifest's entries and records) or a file of JSON lines records. */
async function* itemsOf(input: string, skippedRecords: Map<string, number>): AsyncGenerator<Item> {
  if ((await fs.stat(input)).isDirectory()) yield* folderItems(input, skippedRecords);
  else yield* jsonLinesItems(input);
}

async function* folderItems(dir: string, skippedRecords: Map<string, number>): AsyncGenerator<Item> {
  const manifest = readManifest(dir);
  for (const [kind, n] of Object.entries(manifest.counts.skippedRecords ?? {})) skippedRecords.set(kind, (skippedRecords.get(kind) ?? 0) + n);
  for (const entry of manifest.inputs) {
    if (entry.status !== 'ok' || !entry.id) { yield { entry }; continue; }
    const file = path.join(dir, 'articles', `${entry.id}.json`);
    const text = await fs.readFile(file, 'utf8').catch(() => {
      throw new OutputFolderError(`${file} is missing: its manifest lists it; run extract again on ${dir}'s input`);
    });
    // the file's own bytes: a record is copied, never written anew
    yield { entry, record: checkRecord(parseJson(text, file), file, entry.id), text };
  }
}

async function* jsonLinesItems(file: string): AsyncGenerator<Item> {
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    line++;
    if (!text.trim()) continue;
    const json = parseJson(text, `${file}:${line}`);
    const record = checkRecord(json, `${file}:${line}`);
    // as extract writes a record: its JSON with two-space indent
    yield { entry: { source: record.source, id: record.id, status: 'ok' }, record, text: toJson(json) };
  }
}

/** A record this version's pipeline made, under an id that is a safe file name (and, in a folder, its file's). */
function checkRecord(json: unknown, where: string, id?: string): ArticleRecord {
  const parsed = ArticleRecordSchema.safeParse(json);
  if (!parsed.success) throw new OutputFolderError(`${where} is not a newsfacts record (${parsed.error.issues[0]!.path.join('.') || 'top level'}: ${parsed.error.issues[0]!.message})`);
  const record = parsed.data;
  if (safeId(record.id) !== record.id || (id !== undefined && id !== record.id)) throw new OutputFolderError(`${where}: record id '${record.id}' is not the name of its file`);
  if (record.provenance.pipeline !== PIPELINE_ID) {
    throw new OutputFolderError(`${where} was made by pipeline ${record.provenance.pipeline}, this newsfacts is ${PIPELINE_ID}: run extract again on its input (unchanged records of this pipeline are reused)`);
  }
  return record;
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new OutputFolderError(`${where} is not JSON: give output folders of extract, or files of its --jsonl records (one a line)`);
  }
}
