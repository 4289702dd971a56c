import { cleanText } from '../clean/index.js';
import { ArticleContext } from '../extract/context/index.js';
import { extractDates } from '../extract/dates/index.js';
import { extractEvents } from '../extract/events/index.js';
import { extractOfficials } from '../extract/officials/index.js';
import { extractQuotes } from '../extract/quotes/index.js';
import { extractRatings } from '../extract/ratings/index.js';
import { ingest, InputError } from '../ingest/index.js';
import { detectLanguage } from '../ingest/language.js';
import type { ArticleRecord, FactSource } from '../schema/index.js';
import { PIPELINE_ID } from '../version.js';
import { inputHash } from './provenance.js';
import { Deadline } from '../extract/shared/deadline.js';
import type { ArticleMetadata } from '../ingest/sources/metadata.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './limits.js';

export interface ArticleOptions {
  /** Record id; defaults to 'article'. The batch derives it from the file name. */
  id?: string;
  /** Where the input came from, copied into the record. */
  source?: string;
  /** File name, used to tell HTML from text by extension and to unpack '.gz'. */
  fileName?: string;
  /** Inputs larger than this many bytes fail with an error instead of being processed. */
  maxBytes?: number;
  /** Time budget in milliseconds (default 30 s); past it, extraction stops with a TimeoutError. */
  timeoutMs?: number;
  /** What a scraper kept beside the text (the --meta sidecar): URL, outlet, publication date, title, author. */
  metadata?: ArticleMetadata;
  /** Receives the milliseconds each stage took (for the manifest and benchmarks). */
  onStage?: (stage: Stage, ms: number) => void;
}

export type Stage = 'ingest' | 'clean' | 'language' | 'dates' | 'ratings' | 'people' | 'officials' | 'quotes' | 'events';

/**
 * One article, raw text or HTML (string or bytes), to its record. Throws InputError for input that is
 * not an article, TimeoutError when it takes longer than timeoutMs.
 */
export function extractArticle(raw: string | Uint8Array, options: ArticleOptions = {}): ArticleRecord {
  const size = typeof raw === 'string' ? raw.length : raw.byteLength;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > maxBytes) throw new InputError(`too large: ${size} bytes (limit ${maxBytes}; see the maxBytes option)`);
  const deadline = new Deadline(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const time = <T>(stage: Stage, f: () => T): T => {
    deadline.check();
    if (!options.onStage) return f();
    const t0 = performance.now();
    const out = f();
    options.onStage(stage, performance.now() - t0);
    return out;
  };
  const doc = time('ingest', () => ingest(raw, options.fileName ?? ''));
  const meta = options.metadata ?? {};
  const outlet = meta.outlet ?? doc.metadata.siteName ?? null;
  const cleaned = time('clean', () => cleanText(doc.text, { metadata: doc.metadata, fromHtml: doc.format === 'html', deadline, outlet }));
  const { body } = cleaned;
  if (!body.trim()) throw new InputError('no article text: every line was boilerplate or the title');
  const published = publicationDate(cleaned.publishedAt, doc.metadata.publishedAt, meta.publishedAt);
  const publishedAt = published.value;
  const publishedTime = published.source === 'meta' ? meta.publishedTime : published.source === 'html' ? doc.metadata.publishedTime : null;
  const title = cleaned.title ?? meta.title ?? null;
  const language = time('language', () => detectLanguage(body));
  // the extractors read English only: on another language they find nothing true, so they are not run
  const skipped = language.language === 'en' ? null
    : `not English (${language.language}; ${Math.round(language.englishShare * 100)}% of its first ${language.words} words are English function words): dates, ratings, officials, quotes and events are not extracted`;
  const facts = skipped ? NO_FACTS : englishFacts(body, { title, publishedAt, outlet, time, deadline });
  deadline.check();
  return {
    id: options.id ?? 'article',
    source: options.source ?? options.fileName ?? '',
    format: doc.format,
    encoding: doc.encoding,
    title,
    titleSource: cleaned.title ? (cleaned.title === doc.metadata.title ? 'html' : 'text') : meta.title ? 'meta' : null,
    publishedAt,
    publishedTime: publishedTime ?? null,
    publishedAtSource: published.source,
    publishedAtOther: published.other,
    publishedAfter: cleaned.publishedAfter,
    url: meta.url ?? doc.metadata.url ?? null,
    outlet,
    author: doc.metadata.author ?? meta.author ?? null,
    siteName: doc.metadata.siteName,
    fetchedAt: meta.fetchedAt ?? null,
    language: language.language,
    skipped,
    body,
    removed: cleaned.removed,
    ...facts,
    provenance: { inputSha256: inputHash(raw, options.metadata), pipeline: PIPELINE_ID },
  };
}

type Facts = Pick<ArticleRecord, 'dates' | 'ratings' | 'officials' | 'quotes' | 'events'>;
const NO_FACTS: Facts = { dates: [], ratings: [], officials: [], quotes: [], events: [] };

/** The extractors that read English, in order, each timed as its stage. */
function englishFacts(body: string, { title, publishedAt, outlet, time, deadline }:
  { title: string | null; publishedAt: string | null; outlet: string | null; time: <T>(stage: Stage, f: () => T) => T; deadline: Deadline }): Facts {
  // 'now' and 'recently' (PRESENT_REF, PAST_REF) place nothing on a calendar: the record keeps calendar dates
  const dates = time('dates', () => extractDates(body, { publishedAt, deadline }).filter((d) => d.granularity !== 'reference'));
  const context = new ArticleContext(body, { title, publishedAt, outlet, deadline });
  const ratings = time('ratings', () => extractRatings(context, { dates }));
  time('people', () => context.people);
  const officials = time('officials', () => extractOfficials(context));
  const quotes = time('quotes', () => extractQuotes(context, { ratings }));
  const events = time('events', () => extractEvents(context, { dates, ratings, officials, quotes }));
  return { dates, ratings, officials, quotes, events };
}

/**
 * The publication date and where it came from. The sidecar's date wins: a scraper reads it from the
 * page's markup or feed, where a date in the text may be an update line, a dateline or a related
 * story's. For the same reason the page's markup (JSON-LD, meta tags, itemprop, <time>) comes
 * before a date its visible text states. When the page states another than the sidecar, that one is
 * kept as `other`.
 */
function publicationDate(cleaned: string | null, markup: string | null, meta: string | undefined): { value: string | null; source: FactSource | null; other: { value: string; source: FactSource } | null } {
  const page = markup ? { value: markup, source: 'html' as FactSource } : cleaned ? { value: cleaned, source: 'text' as FactSource } : null;
  if (!meta) return { value: page?.value ?? null, source: page?.source ?? null, other: null };
  const agrees = !page || meta.startsWith(page.value) || page.value.startsWith(meta);
  return { value: meta, source: 'meta', other: agrees ? null : page };
}
