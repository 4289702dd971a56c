import { extractArticle, type ArticleOptions } from './extractArticle.js';
import { processRecord, type ProcessedArticle } from './records.js';

/**
 * extractArticle plus the serialising and the merge input, all on the thread that extracts: a batch's
 * main thread then only moves bytes, and the workers are not kept waiting for it.
 */
export function processArticle(raw: string | Uint8Array, options: ArticleOptions): ProcessedArticle {
  return processRecord(extractArticle(raw, options));
}
