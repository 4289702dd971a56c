// Page metadata: title, publication date, author and site name, from what the markup states.
// One walk over the whole (unpruned) document gathers the evidence; each field then takes the first
// source, in a declared order, that yields a value.
import { attr, closest, collapse, rawText, walkElements, type AnyNode, type Element } from './dom.js';
import { parseDate, timeOfDay } from './dates.js';
import type { ElementFacts } from './facts.js';
import { kindOf } from '../../vocabulary/bodies.js';

export interface PageMetadata {
  title: string | null;
  /** 'YYYY-MM-DD'. */
  publishedAt: string | null;
  /** The time of day the same markup gave with the date ('11:00:09Z'), when it gave one. */
  publishedTime: string | null;
  author: string | null;
  siteName: string | null;
  /** The page's own address (og:url, link rel=canonical), absolute. */
  url: string | null;
}

interface Evidence {
  /** <meta> content by lowercase property, name and each itemprop; the first occurrence wins. */
  readonly meta: Map<string, string>;
  /** href of <link rel=canonical>. */
  readonly canonical: string | null;
  readonly titleTag: string | null;
  readonly h1: string | null;
  readonly jsonLd: readonly Record<string, unknown>[];
  /** datetime of <time> elements inside <article>/<main>, not marked as an update. */
  readonly articleTimes: readonly string[];
  /** datetime of the other <time> elements not marked as an update (pages that use no <article>). */
  readonly otherTimes: readonly string[];
  /** Elements with itemprop=datePublished that are not <meta> (their datetime/content attribute, else their text). */
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

/** A datePublished in JSON-LD that does not parse (a raw line break in a string, a trailing comma). */
const LOOSE_DATE_PUBLISHED = /"datePublished"\s*:\s*"([^"\n]{1,60})"/;

function parseJsonLd(text: string): Record<string, unknown>[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // invalid JSON-LD is common (trailing commas, HTML comments, raw line breaks): only its
    // datePublished, a short string, is still read
    const loose = LOOSE_DATE_PUBLISHED.exec(text);
    return loose ? [{ '@type': 'Article', datePublished: loose[1] }] : [];
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
  const otherTimes: string[] = [];
  const itempropDates: string[] = [];
  let canonical: string | null = null;
  const bylines: string[] = [];
  const authorElements: string[] = [];
  let titleTag: string | null = null;
  let h1: string | null = null;

  walkElements(root, (el) => {
    const itemprop = attr(el, 'itemprop').toLowerCase();
    // itemprop holds a list ('datePublished dateCreated')
    const itemprops = itemprop.split(/\s+/).filter(Boolean);
    if (el.name === 'meta') {
      const content = collapse(attr(el, 'content'));
      for (const key of [attr(el, 'property').toLowerCase(), attr(el, 'name').toLowerCase(), ...itemprops]) {
        if (key && content && !meta.has(key)) meta.set(key, content);
      }
      return false;
    }
    if (el.name === 'link') {
      if (canonical === null && attr(el, 'rel').toLowerCase().split(/\s+/).includes('canonical')) canonical = attr(el, 'href').trim() || null;
      return false;
    }
    if (el.name === 'script') {
      if (attr(el, 'type').toLowerCase() === 'application/ld+json') jsonLd.push(...parseJsonLd(rawText(el)));
      return false;
    }
    if (el.name === 'title' && titleTag === null) titleTag = collapse(rawText(el)) || null;
    if (el.name === 'h1' && h1 === null) h1 = collapse(rawText(el)) || null;
    if (itemprops.includes('datepublished') && hasRoom(itempropDates)) {
      itempropDates.push(attr(el, 'datetime') || attr(el, 'content') || collapse(rawText(el)).slice(0, MAX_BYLINE_CHARS));
    }
    if (el.name === 'time' && attr(el, 'datetime') && !isRevision(el)) {
      const times = closest(el, ARTICLE_WRAPPERS) ? articleTimes : otherTimes;
      if (hasRoom(times)) times.push(attr(el, 'datetime'));
    }
    const tokens = facts.tokens(el);
    if (hasRoom(bylines) && tokens.some((t) => BYLINE_TOKENS.has(t))) bylines.push(collapse(rawText(el)));
    const authorMarked = attr(el, 'rel') === 'author' || itemprop === 'author' || tokens.some((t) => AUTHOR_TOKENS.has(t));
    if (authorMarked && hasRoom(authorElements)) authorElements.push(collapse(rawText(el)));
    return true;
  });
  return { meta, canonical, titleTag, h1, jsonLd, articleTimes, otherTimes, itempropDates, bylines, authorElements };
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

/** A title cut at its last separator ('Headline | Site Name'); null when it has none after its start. */
function splitAtLastSeparator(title: string): { head: string; tail: string } | null {
  let best = -1;
  let sepLength = 0;
  for (const sep of TITLE_SEPARATORS) {
    const at = title.lastIndexOf(sep);
    if (at > best) [best, sepLength] = [at, sep.length];
  }
  return best <= 0 ? null : { head: title.slice(0, best).trim(), tail: title.slice(best + sepLength).trim() };
}

/** The headline without a trailing " | Site Name". */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const parts = splitAtLastSeparator(title);
  return parts && parts.head && looksLikeSiteName(parts.tail, siteName) ? parts.head : title;
}

function title(ev: Evidence, siteName: string | null): string | null {
  const raw = firstString([ev.meta.get('og:title'), ev.meta.get('twitter:title'), ev.h1, ev.titleTag]);
  return raw ? stripSiteSuffix(raw, siteName) : null;
}

// ---- publication date -------------------------------------------------------------------------

/** Meta keys that state the publication date. Never modified/updated keys, never crawl dates. */
const PUBLISHED_META_KEYS = [
  'article:published_time',
  'article:published',
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

/**
 * The publication date, from the first of these that gives one, most machine-readable first: a
 * <time> outside <article> and <main> comes last, after the bylines, as it may date anything on the page.
 */
function publishedAt(ev: Evidence): { date: string; time: string | null } | null {
  const sources: (() => readonly unknown[])[] = [
    () => articleObjects(ev.jsonLd).map((o) => o['datePublished']),
    () => PUBLISHED_META_KEYS.map((k) => ev.meta.get(k)),
    () => ev.itempropDates,
    () => ev.articleTimes,
    () => ev.bylines.filter((b) => b.length <= MAX_BYLINE_CHARS).map(beforeRevision),
    () => ev.otherTimes,
  ];
  for (const source of sources) {
    for (const value of source()) {
      const date = typeof value === 'string' ? parseDate(value) : null;
      if (date) return { date, time: timeOfDay(value as string) };
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

/**
 * What a byline carries besides the name, cut off where it starts; each with the page that showed it.
 * The name is what comes before the first of them.
 */
const BYLINE_TAILS: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /\s@\w/, reason: "a social handle after the name ('Bryan DeArdo @BryanDeArdo')" },
  { pattern: /\s(?:[•|·]|-{1,2}|–|—)\s/, reason: "a separator before the date or the reading time ('• 2 min read')" },
  { pattern: /\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/i, reason: "a date written month first ('Nov 18, 2019')" },
  { pattern: /\s\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i, reason: "a date written day first ('18 November 2019')" },
  { pattern: /\s\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/, reason: "a numeric date ('2019-11-18', '18/11/2019')" },
  { pattern: /,?\s(?:updated|published|posted)\b/i, reason: "a dateline label ('Updated 3 hours ago')" },
];
/** Labels of a comment form ('Nama (wajib)', 'Name (required)'): a page's form, not its author. */
const FORM_LABEL = /\((?:required|wajib|obligatoire|obligatorio|erforderlich|pflicht)\)|^(?:name|nama|nom|nombre|e-?mail|website)\s*\*?$/i;
const BY_PREFIX = /^by\s+/i;
const URL_LIKE = /^https?:|^www\./i;

/** A byline to the author's name: handles, dates, reading times and labels cut off; a form label or an address is no author. */
export function cleanAuthor(value: string): string | null {
  let name = collapse(value).replace(BY_PREFIX, '');
  if (FORM_LABEL.test(name)) return null;
  for (const { pattern } of BYLINE_TAILS) {
    const at = name.search(pattern);
    if (at > 0) name = name.slice(0, at);
  }
  name = name.replace(/[\s,;:|•·–—-]+$/, '');
  return name && name.length <= MAX_AUTHOR_CHARS && !URL_LIKE.test(name) && /\p{L}/u.test(name) ? name : null;
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
  for (const c of [ev.meta.get('og:site_name'), ...publisher]) {
    // a site name carries no handle or date either ('The Times @thetimes')
    const name = c ? cleanAuthor(c) : null;
    if (name) return name;
  }
  return bodyTitleTail(ev.titleTag);
}

/**
 * A public body's own page names it after its headline ('Our response to the CQC report :: Kelby Hospitals NHS Trust',
 * 'Leader elected | Westshire County Council'): a tail of capitalised words that says a kind of body. A newspaper's
 * name says none ('Kelby Gazette').
 */
function bodyTitleTail(titleTag: string | null): string | null {
  const tail = titleTag ? splitAtLastSeparator(titleTag)?.tail ?? '' : '';
  return BODY_NAME.test(tail) && kindOf(tail) !== 'other' && kindOf(tail) !== 'company' ? tail : null;
}
/** A name of a few capitalised words, with the small words names have. */
const BODY_NAME = /^\p{Lu}[\p{L}’'.&-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*\p{Lu}[\p{L}’'.&-]*){1,8}$/u;

/** The page's own address: og:url, else the canonical link; only an absolute http(s) address (a relative one says nothing without the page's). */
function canonicalUrl(ev: Evidence): string | null {
  for (const c of [ev.meta.get('og:url'), ev.canonical]) {
    if (c && /^https?:\/\/[^\s/]+/i.test(c)) return c;
  }
  return null;
}

export function extractMetadata(root: AnyNode, facts: ElementFacts): PageMetadata {
  const ev = gatherEvidence(root, facts);
  const site = siteName(ev);
  const published = publishedAt(ev);
  return {
    title: title(ev, site), publishedAt: published?.date ?? null, publishedTime: published?.time ?? null,
    author: author(ev), siteName: site, url: canonicalUrl(ev),
  };
}
