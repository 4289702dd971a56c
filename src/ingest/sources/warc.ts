import { WARCParser, type WARCRecord } from 'warcio';
import { sha256 } from '../../version.js';
import type { ArticleMetadata } from './metadata.js';

/** One article of a WARC file (a `response` record holding HTML), or the reason a record or the file's rest is no article. */
export type WarcArticle =
  | { source: string; id: string; content: Uint8Array; fileName: string; metadata: ArticleMetadata }
  | { source: string; id: string; skip: string };

/** Payloads read as articles, by HTTP Content-Type, and the name that tells the ingest which; a response that names no type is tried as a page. */
const ARTICLE_TYPES: ReadonlyArray<{ pattern: RegExp; fileName: string }> = [
  { pattern: /^\s*(?:text\/html|application\/xhtml\+xml)\b/i, fileName: 'page.html' },
  // a crawl of plain-text articles (a wire feed, a corpus put in a WARC): read as text, as a .txt file is
  { pattern: /^\s*text\/plain\b/i, fileName: 'page.txt' },
  { pattern: /^\s*$/, fileName: 'page.html' },
];

/**
 * The articles of a WARC file (plain, or one gzip member a record, as Common Crawl writes them), as
 * they are read: a record is held only while it is handed on, never the file. A `response` record
 * whose payload is HTML (or plain text) is an article: its URL is `WARC-Target-URI`, its id a hash of that URL (as
 * for a JSON line), its source the file and the record's number, and `WARC-Date` is kept as
 * `fetchedAt` (the crawl's time; the publication date comes from the page). Other records are counted
 * in `skipped`, by kind ('request', 'response (HTTP 404)'). A file cut short (a truncated download) ends with one entry for the file saying
 * where; the articles before the cut stand.
 */
export async function* articlesFromWarc(stream: AsyncIterable<Uint8Array>, fileName: string, maxBytes: number, skipped = new Map<string, number>()): AsyncGenerator<WarcArticle> {
  const count = (kind: string) => skipped.set(kind, (skipped.get(kind) ?? 0) + 1);
  let n = 0;
  const parser = new WARCParser(stream);
  try {
    for await (const record of parser) {
      n++;
      const source = `${fileName}#${n}`;
      const kind = record.warcType;
      if (!kind) throw new Error(n === 1 ? 'not a WARC file (its first record has no WARC-Type)' : `record ${n} has no WARC-Type`);
      const contentType = record.httpHeaders?.headers.get('content-type') ?? '';
      const type = ARTICLE_TYPES.find((t) => t.pattern.test(contentType));
      if (kind !== 'response' || !type) {
        count(kind === 'response' ? 'response (not HTML or text)' : kind);
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
      yield { source, id, content, fileName: type.fileName, metadata: { ...(url ? { url } : {}), ...(fetchedAt ? { fetchedAt } : {}) } };
    }
    if (midMember(parser)) throw new TruncatedWarc(n + 1);
  } catch (e) {
    // the file itself could not be read (permission, a folder in its place): no record of it was
    const code = (e as NodeJS.ErrnoException).code;
    if (code && n === 0) { yield { source: fileName, id: `${fileName}-unreadable`, skip: `cannot read: ${(e as Error).message}` }; return; }
    const where = e instanceof TruncatedWarc ? `record ${e.record} is cut short` : `record ${n}: ${(e as Error).message}`;
    yield { source: fileName, id: `${fileName}-truncated`, skip: `truncated or corrupt WARC file: ${where}; the ${e instanceof TruncatedWarc ? e.record - 1 : n - 1} records before it were read` };
  }
}

class TruncatedWarc extends Error {
  constructor(readonly record: number) { super(`record ${record} is cut short`); }
}

/** The file ended inside a gzip member: the reader stops there as at the end of a record, without a word. */
function midMember(parser: WARCParser): boolean {
  const reader = (parser as unknown as { _reader: { compressed: string | null; inflator: { ended: boolean; strm?: { total_in: number } } | null } })._reader;
  return !!reader.compressed && !!reader.inflator && !reader.inflator.ended && (reader.inflator.strm?.total_in ?? 0) > 0;
}

/** A record whose block ended before its Content-Length: the reader leaves the rest of the limit unread. */
function cutShort(record: WARCRecord): boolean {
  // read after the content: the public `reader` getter refuses once decoding has started
  const reader = (record as unknown as { _reader: { limit?: number } })._reader;
  return typeof reader.limit === 'number' && reader.limit > 0;
}
