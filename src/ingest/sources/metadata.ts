import { parse as parseCsv } from 'csv-parse/sync';
import { extractDates } from '../../extract/dates/index.js';
import { timeOfDay } from '../html/dates.js';

/** What a scraper keeps beside an article's text. */
export interface ArticleMetadata {
  url?: string;
  /** A calendar date, 'YYYY-MM-DD'. */
  publishedAt?: string;
  /** The time of day a publication date gave with it, as written ('10:00:00Z', '09:24+01:00'). */
  publishedTime?: string;
  outlet?: string;
  title?: string;
  author?: string;
  /** When a crawler fetched the page (WARC-Date, news-please's date_download): not the publication date. */
  fetchedAt?: string;
}

type Field = Exclude<keyof ArticleMetadata, 'publishedTime'> | 'id' | 'path';

/**
 * The column names each field goes by: ours, news-please's, trafilatura's --json, newspaper4k's and
 * common spellings; the first column a row has wins.
 */
export const METADATA_COLUMNS: Readonly<Record<Field, readonly string[]>> = {
  id: ['id', 'article_id'],
  path: ['path', 'file', 'filename', 'localpath'],
  url: ['url', 'canonical_url', 'source_url', 'link', 'source'],
  publishedAt: ['publishedAt', 'published_at', 'date_publish', 'publish_date', 'datePublished', 'pubdate', 'date'],
  outlet: ['outlet', 'source_domain', 'sitename', 'site_name', 'meta_site_name', 'hostname', 'publisher'],
  title: ['title', 'headline'],
  author: ['author', 'authors', 'byline'],
  fetchedAt: ['fetchedAt', 'fetched_at', 'date_download', 'crawled_at', 'warc_date'],
};

/** A sidecar's rows by article id, by path (relative to the input folder) and by URL (for a crawl's pages), and a line for each row it could not use. */
export interface MetadataSidecar {
  byId: Map<string, ArticleMetadata>;
  byPath: Map<string, ArticleMetadata>;
  byUrl: Map<string, ArticleMetadata>;
  problems: string[];
}

/**
 * Reads a metadata sidecar: JSON lines (one object a line), or CSV with a header row when the file
 * name ends in '.csv'. A row without an id or path, or a line that is not JSON, is reported by its
 * line number and left out; the other rows stand. Throws for a CSV that cannot be parsed at all.
 */
export function parseSidecar(text: string, fileName: string): MetadataSidecar {
  const out: MetadataSidecar = { byId: new Map(), byPath: new Map(), byUrl: new Map(), problems: [] };
  const rows: Array<[line: number, row: unknown]> = [];
  if (/\.csv$/i.test(fileName)) {
    const records = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, info: true }) as Array<{ record: Record<string, string>; info: { lines: number } }>;
    for (const { record, info } of records) rows.push([info.lines, record]);
  } else {
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      try {
        rows.push([i + 1, JSON.parse(line)]);
      } catch {
        out.problems.push(`${fileName} line ${i + 1}: not JSON`);
      }
    });
  }
  for (const [line, row] of rows) {
    if (!row || typeof row !== 'object' || Array.isArray(row)) { out.problems.push(`${fileName} line ${line}: not an object`); continue; }
    const { metadata, id, path, badDate } = parseSidecarRow(row as Record<string, unknown>);
    if (!id && !path && !metadata.url) { out.problems.push(`${fileName} line ${line}: no id, path or url column`); continue; }
    if (badDate) out.problems.push(`${fileName} line ${line}: publication date '${badDate}' is not a calendar date (left out)`);
    if (id) out.byId.set(id, metadata);
    if (path) out.byPath.set(path.replace(/\\/g, '/').replace(/^\.\//, ''), metadata);
    if (metadata.url) out.byUrl.set(metadata.url, metadata);
  }
  return out;
}

/** One row's metadata, id and path, under any of the column names of METADATA_COLUMNS; `badDate`: a publication date that is no calendar date. */
export function parseSidecarRow(row: Record<string, unknown>): { metadata: ArticleMetadata; id?: string; path?: string; badDate?: string } {
  const get = (field: Field) => valueOf(row, METADATA_COLUMNS[field]);
  const metadata: ArticleMetadata = {};
  for (const field of ['url', 'outlet', 'title', 'author', 'fetchedAt'] as const) {
    const v = get(field);
    if (v) metadata[field] = v;
  }
  const published = get('publishedAt');
  const day = published ? calendarDay(published) : undefined;
  if (day) metadata.publishedAt = day;
  const time = published && day ? timeOfDay(published) : null;
  if (time) metadata.publishedTime = time;
  const id = get('id'), path = get('path');
  return { metadata, ...(id ? { id } : {}), ...(path ? { path } : {}), ...(published && !day ? { badDate: published } : {}) };
}

/** The first of the columns the row has, as text: a list (news-please's authors) is joined. */
function valueOf(row: Record<string, unknown>, columns: readonly string[]): string | undefined {
  for (const c of columns) {
    const v = row[c];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (typeof v === 'number') return String(v);
    if (Array.isArray(v) && v.length) return v.filter((x) => typeof x === 'string').join(', ') || undefined;
  }
  return undefined;
}

/** '2019-03-25T10:00:00Z', '2019-03-25 10:00', '25 March 2019' and 'March 25, 2019' are all 2019-03-25. */
function calendarDay(value: string): string | undefined {
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T\s]|$)/.exec(value);
  if (iso) return iso[1];
  const day = extractDates(value).find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value ?? ''));
  return day?.value ?? undefined;
}
