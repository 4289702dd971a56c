import { mergeInput, type MergeInput } from '../merge/index.js';
import type { ArticleRecord } from '../schema/index.js';
import { extractArticle, type ArticleOptions } from './extractArticle.js';

/** An article ready for the batch's edges: its record as written, and what the merge needs of it. */
export interface ProcessedArticle {
  /** The record as stable JSON (see toJson): the bytes a writer puts on disk. */
  json: string;
  merge: MergeInput;
  counts: { dates: number; ratings: number; quotes: number };
}

/** Stable JSON: two-space indent and a final newline, so reruns give byte-identical files. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

export function processRecord(record: ArticleRecord): ProcessedArticle {
  return {
    json: toJson(record),
    merge: mergeInput(record),
    counts: { dates: record.dates.length, ratings: record.ratings.length, quotes: record.quotes.length },
  };
}

/**
 * extractArticle plus the serialising and the merge input, all on the thread that extracts: a batch's
 * main thread then only moves bytes, and the workers are not kept waiting for it.
 */
export function processArticle(raw: string | Uint8Array, options: ArticleOptions): ProcessedArticle {
  return processRecord(extractArticle(raw, options));
}
