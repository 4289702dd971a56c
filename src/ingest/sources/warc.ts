import { WARCParser, type WARCRecord } from 'warcio';
import { sha256 } from '../../version.js';
import type { ArticleMetadata } from './metadata.js';

/** One article of a WARC file (a `response` record holding HTML), or the reason a record or the file's rest is no article. */
export type WarcArticle =
  | { source: string; id: string; content: Uint8Array; fileName: string; metadata: ArticleMetadata }
  | { source: string; id: string; skip: string };

/** What the file held besides articles, by record type ('request: 12', 'response (not HTML): 3'), for the closing line. */
export type WarcSkipped = Map<string, number>;

/** An HTML page by its HTTP Content-Type; a response that names none is tried as a page (the ingest then says whether it holds text). */
const HTML_TYPES = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

/**
 * The articles of a WARC file (plain, or one gzip member a record, as Common Crawl writes them), as
 * they are read: a record is held only while it is handed on, never the file. A `response` record
 * whose payload is HTML is an article: its URL is `WARC-Target-URI`, its id a hash of that URL (as
 * for a JSON line), its source the file and the record's number, and `WARC-Date` is kept as
 * `fetchedAt` (the crawl's time; the publication date comes from the page). Other records are counted
 * in `skipped`. A file cut short (a truncated download) ends with one entry for the file saying
 * where; the articles before the cut stand.
 */
export async function* articlesFromWarc(stream: AsyncIterable<Uint8Array>, fileName: string, maxBytes: number, skipped: WarcSkipped = new Map()): AsyncGenerator<WarcArticle> {
  const count = (kind: string) => skipped.set(kind, (skipped.get(kind) ?? 0) + 1);
  let n = 0;
  try {
    for await (const record of new WARCParser(stream)) {
      n++;
      const source = `${fileName}#${n}`;
      const kind = record.warcType ?? 'untyped';
      const contentType = record.httpHeaders?.headers.get('content-type') ?? '';
      if (kind !== 'response' || (contentType && !HTML_TYPES.test(contentType))) {
        count(kind === 'response' ? 'response (not HTML)' : kind);
        await record.skipFully();
        continue;
      }
      const url = record.warcTargetURI ?? '';
      const id = url ? `url-${sha256(url).slice(0, 12)}` : `${fileName}-R${n}`;
      if (record.warcContentLength > maxBytes) {
        await record.skipFully();
        yield { source, id, skip: `too large: ${record.warcContentLength} bytes (limit ${maxBytes}; see --max-bytes)` };
        continue;
      }
      const content = await record.readFully(true);
      if (cutShort(record)) throw new TruncatedWarc(n);
      const status = Number(record.httpHeaders?.statusCode ?? 0);
      if (status && (status < 200 || status > 299)) {
        count(`response (HTTP ${status})`);
        continue;
      }
      const fetchedAt = record.warcDate;
      yield { source, id, content, fileName: 'page.html', metadata: { ...(url ? { url } : {}), ...(fetchedAt ? { fetchedAt } : {}) } };
    }
  } catch (e) {
    const where = e instanceof TruncatedWarc ? `record ${e.record} is cut short` : `unreadable after record ${n} (${(e as Error).message})`;
    yield { source: fileName, id: `${fileName}-truncated`, skip: `truncated or corrupt WARC file: ${where}; the ${n - 1} records before it were read` };
  }
}

class TruncatedWarc extends Error {
  constructor(readonly record: number) { super(`record ${record} is cut short`); }
}

/** A record whose block ended before its Content-Length: the reader leaves the rest of the limit unread. */
function cutShort(record: WARCRecord): boolean {
  // read after the content: the public `reader` getter refuses once decoding has started
  const reader = (record as unknown as { _reader: { limit?: number } })._reader;
  return typeof reader.limit === 'number' && reader.limit > 0;
}
