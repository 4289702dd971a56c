import { mergeInput, type MergeInput } from '../merge/index.js';
import type { ArticleRecord } from '../schema/index.js';

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

/**
 * The text of toJson (JSON.stringify with a two-space indent, and a final newline) in pieces, for
 * plain data: the merged files and the manifest of a large batch are written without ever being
 * one string of tens of MB.
 */
export function* jsonChunks(value: unknown): Generator<string> {
  yield* jsonValue(value, '');
  yield '\n';
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

export function processRecord(record: ArticleRecord): ProcessedArticle {
  return { json: toJson(record), ...summarise(record) };
}

/** What a batch keeps of a record whose file is already written: its merge input and counts. */
export function summarise(record: ArticleRecord): Omit<ProcessedArticle, 'json'> {
  return {
    merge: mergeInput(record),
    counts: { dates: record.dates.length, ratings: record.ratings.length, quotes: record.quotes.length },
  };
}
