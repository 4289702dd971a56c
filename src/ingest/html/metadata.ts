// Page metadata: title, publication date, author and site name, from what the markup states.
// One walk over the whole (unpruned) document gathers the evidence; each field then takes the first
// source, in a declared order, that yields a value.
import { attr, closest, collapse, rawText, walkElements, type AnyNode, type Element } from './dom.js';
import { parseDate } from './dates.js';
import type { ElementFacts } from './facts.js';

export interface PageMetadata {
  title: string | null;
  publishedAt: string | null;
  author: string | null;
  siteName: string | null;
}

interface Evidence {
  /** <meta> content by lowercase property / name / itemprop; the first occurrence wins. */
  readonly meta: Map<string, string>;
  readonly titleTag: string | null;
  readonly h1: string | null;
  readonly jsonLd: readonly Record<string, unknown>[];
  /** datetime of <time> elements inside <article>/<main>, not marked as an update. */
  readonly articleTimes: readonly string[];
  /** Elements with itemprop=datePublished that are not <meta> (their datetime/content attribute). */
  readonly itempropDates: readonly string[];
  /** Text of byline-like elements (class/id byline, author, dateline; rel/itemprop author). */
  readonly bylines: readonly string[];
  readonly authorElements: readonly string[];
}

const ARTICLE_WRAPPERS: ReadonlySet<string> = new Set(['article', 'main']);
/** A date next to these words is a revision date, never the publication date. */
const REVISION_WORDS = /updated|modified|edited|revised/i;
const BYLINE_TOKENS: ReadonlySet<string> = new Set(['byline', 'dateline', 'date', 'published', 'posted', 'timestamp', 'pubdate']);
const AUTHOR_TOKENS: ReadonlySet<string> = new Set(['author', 'byline']);
/** Longer than this, a "byline" is a paragraph that happens to carry the class. */
const MAX_BYLINE_CHARS = 200;
const MAX_AUTHOR_CHARS = 100;
/** Evidence lists stop growing here: the first few bylines decide, and a page of thousands of
 *  nested "author" divs must not cost one text walk each. */
const MAX_EVIDENCE_ITEMS = 20;

const hasRoom = (list: readonly unknown[]): boolean => list.length < MAX_EVIDENCE_ITEMS;

function parseJsonLd(text: string): Record<string, unknown>[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return []; // invalid JSON-LD is common (trailing commas, HTML comments); it is just not evidence
  }
  // Flatten arrays and @graph containers iteratively: nesting depth is up to the page.
  const out: Record<string, unknown>[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (Array.isArray(item)) stack.push(...[...item].reverse());
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      out.push(record);
      if (record['@graph']) stack.push(record['@graph']);
    }
  }
  return out;
}

function gatherEvidence(root: AnyNode, facts: ElementFacts): Evidence {
  const meta = new Map<string, string>();
  const jsonLd: Record<string, unknown>[] = [];
  const articleTimes: string[] = [];
  const itempropDates: string[] = [];
  const bylines: string[] = [];
  const authorElements: string[] = [];
  let titleTag: string | null = null;
  let h1: string | null = null;

  walkElements(root, (el) => {
    const itemprop = attr(el, 'itemprop').toLowerCase();
    if (el.name === 'meta') {
      const key = (attr(el, 'property') || attr(el, 'name') || itemprop).toLowerCase();
      const content = collapse(attr(el, 'content'));
      if (key && content && !meta.has(key)) meta.set(key, content);
      return false;
    }
    if (el.name === 'script') {
      if (attr(el, 'type').toLowerCase() === 'application/ld+json') jsonLd.push(...parseJsonLd(rawText(el)));
      return false;
    }
    if (el.name === 'title' && titleTag === null) titleTag = collapse(rawText(el)) || null;
    if (el.name === 'h1' && h1 === null) h1 = collapse(rawText(el)) || null;
    if (itemprop === 'datepublished' && hasRoom(itempropDates)) itempropDates.push(attr(el, 'datetime') || attr(el, 'content'));
    if (el.name === 'time' && hasRoom(articleTimes) && closest(el, ARTICLE_WRAPPERS) && !isRevision(el)) {
      articleTimes.push(attr(el, 'datetime'));
    }
    const tokens = facts.tokens(el);
    if (hasRoom(bylines) && tokens.some((t) => BYLINE_TOKENS.has(t))) bylines.push(collapse(rawText(el)));
    const authorMarked = attr(el, 'rel') === 'author' || itemprop === 'author' || tokens.some((t) => AUTHOR_TOKENS.has(t));
    if (authorMarked && hasRoom(authorElements)) authorElements.push(collapse(rawText(el)));
    return true;
  });
  return { meta, titleTag, h1, jsonLd, articleTimes, itempropDates, bylines, authorElements };
}

function isRevision(el: Element): boolean {
  const marks = `${attr(el, 'class')} ${attr(el, 'itemprop')} ${el.parent ? rawText(el.parent).slice(0, MAX_BYLINE_CHARS) : ''}`;
  return REVISION_WORDS.test(marks);
}

const ARTICLE_TYPES = /article|posting|report|blog/i;

/** JSON-LD objects, article-like types first: a page often also describes its WebSite and Organization. */
function articleObjects(jsonLd: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const isArticle = (o: Record<string, unknown>): boolean => ARTICLE_TYPES.test(String(o['@type'] ?? ''));
  return [...jsonLd.filter(isArticle), ...jsonLd.filter((o) => !isArticle(o))];
}

function firstString(values: readonly unknown[]): string | null {
  for (const v of values) if (typeof v === 'string' && v.trim()) return collapse(v);
  return null;
}

// ---- title ------------------------------------------------------------------------------------

/** Separators between a headline and the site name: "Headline | BBC News", "Headline - The Guardian". */
const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » '] as const;
/** A site name is short: longer tails are part of the headline ("Storm - what we know so far"). */
const MAX_SITE_SUFFIX_WORDS = 4;
/** Every word of a site-name tail is capitalized or a domain ("BBC News", "nytimes.com"). */
const SITE_WORD = /^(?:[\p{Lu}\p{N}&]|[\p{Ll}]+\.[\p{Ll}]{2,})/u;

function looksLikeSiteName(tail: string, siteName: string | null): boolean {
  if (siteName && tail.toLowerCase() === siteName.toLowerCase()) return true;
  const words = tail.split(' ').filter(Boolean);
  return words.length > 0 && words.length <= MAX_SITE_SUFFIX_WORDS && words.every((w) => SITE_WORD.test(w));
}

/** The headline without a trailing " | Site Name". */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  let best = -1;
  let sepLength = 0;
  for (const sep of TITLE_SEPARATORS) {
    const at = title.lastIndexOf(sep);
    if (at > best) [best, sepLength] = [at, sep.length];
  }
  if (best <= 0) return title;
  const head = title.slice(0, best).trim();
  const tail = title.slice(best + sepLength).trim();
  return head && looksLikeSiteName(tail, siteName) ? head : title;
}

function title(ev: Evidence, siteName: string | null): string | null {
  const raw = firstString([ev.meta.get('og:title'), ev.meta.get('twitter:title'), ev.h1, ev.titleTag]);
  return raw ? stripSiteSuffix(raw, siteName) : null;
}

// ---- publication date -------------------------------------------------------------------------

/** Meta keys that state the publication date. Never modified/updated keys, never crawl dates. */
const PUBLISHED_META_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'article.published',
  'pubdate',
  'publishdate',
  'publish-date',
  'parsely-pub-date',
  'dc.date.issued',
  'sailthru.date',
] as const;

function publishedAt(ev: Evidence): string | null {
  const sources: (() => readonly unknown[])[] = [
    () => articleObjects(ev.jsonLd).map((o) => o['datePublished']),
    () => PUBLISHED_META_KEYS.map((k) => ev.meta.get(k)),
    () => ev.itempropDates,
    () => ev.articleTimes,
    () => ev.bylines.filter((b) => b.length <= MAX_BYLINE_CHARS).map(beforeRevision),
  ];
  for (const source of sources) {
    for (const value of source()) {
      const date = typeof value === 'string' ? parseDate(value) : null;
      if (date) return date;
    }
  }
  return null;
}

/** "Published 3 May 2019, updated 5 May 2019" -> "Published 3 May 2019, ". */
function beforeRevision(byline: string): string {
  const at = byline.search(REVISION_WORDS);
  return at < 0 ? byline : byline.slice(0, at);
}

// ---- author and site name ---------------------------------------------------------------------

const BY_PREFIX = /^by\s+/i;
const URL_LIKE = /^https?:|^www\./i;

function cleanAuthor(value: string): string | null {
  const name = collapse(value).replace(BY_PREFIX, '');
  return name && name.length <= MAX_AUTHOR_CHARS && !URL_LIKE.test(name) ? name : null;
}

function jsonLdNames(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items
    .map((item) => (typeof item === 'string' ? item : item && typeof item === 'object' ? (item as Record<string, unknown>)['name'] : null))
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '');
}

function author(ev: Evidence): string | null {
  const fromJsonLd = articleObjects(ev.jsonLd)
    .map((o) => jsonLdNames(o['author']).join(', '))
    .filter(Boolean);
  const candidates = [ev.meta.get('author'), ...fromJsonLd, ev.meta.get('article:author'), ...ev.authorElements];
  for (const c of candidates) {
    const name = c ? cleanAuthor(c) : null;
    if (name) return name;
  }
  return null;
}

function siteName(ev: Evidence): string | null {
  const publisher = articleObjects(ev.jsonLd).flatMap((o) => jsonLdNames(o['publisher']));
  return firstString([ev.meta.get('og:site_name'), ...publisher]);
}

export function extractMetadata(root: AnyNode, facts: ElementFacts): PageMetadata {
  const ev = gatherEvidence(root, facts);
  const site = siteName(ev);
  return { title: title(ev, site), publishedAt: publishedAt(ev), author: author(ev), siteName: site };
}
