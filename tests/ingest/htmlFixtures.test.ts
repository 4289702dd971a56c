// Issue #5: an HTML page feeds the same extractors as the text it was built around. Each page of
// fixtures/html/pages/ wraps the paragraphs of one real text fixture (fixtures/articles/<id>.txt) in
// the markup a site of that kind serves (see fixtures/html/README.md); the record of the page must
// give the text version's body and facts, and take its title and publication date from the markup.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractDates, InputError, type ArticleRecord } from '../../src/index.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

interface Gold {
  title: string | null;
  mustContain: string[];
  mustNotContain: string[];
}

interface PageCase {
  id: string;
  file: string;
  kind: string;
  encoding: string;
  /** The page's <h1> (and og:title), for a fixture whose gold has no title. */
  headline: string;
  /** What the page's JSON-LD states, checked against the page itself below. */
  datePublished: string;
  dateModified: string | null;
  /** Entities the article paragraphs of the page are written with (decoding is exercised). */
  entities: string[];
  /** Text of the page's captions, credits and alt text: never in the body. */
  captions: string[];
}

const PAGES: PageCase[] = [
  {
    id: '001_e2af29f4044893df', file: '001_e2af29f4044893df.html', kind: 'council press release (<article>)', encoding: 'utf-8',
    headline: "Herefordshire Council confirms publication of its Ofsted inspection of Local Authority Children's Services 2022",
    datePublished: '2022-09-21', dateModified: null,
    entities: ['&rsquo;', '&ldquo;', '&rdquo;', '&lsquo;', '&ndash;', '&pound;', '&nbsp;'],
    captions: ['Plough Lane offices', 'Herefordshire Council offices, Plough Lane, Hereford'],
  },
  {
    id: '002_552425eedcb00950', file: '002_552425eedcb00950.html.gz', kind: 'local news site, WordPress, gzip', encoding: 'utf-8',
    headline: 'Herefordshire children’s services commitment to improvement remains crucial, Ofsted says',
    datePublished: '2023-08-10', dateModified: '2023-08-14',
    entities: ['&rsquo;', '&lsquo;'],
    captions: ['three boys running on field', 'Image: Jordan Whitt', 'Jordan Whitt'],
  },
  {
    id: '003_0b8235c616c1b25d', file: '003_0b8235c616c1b25d.html', kind: 'council press release (content div), windows-1252', encoding: 'windows-1252',
    headline: 'Ofsted finds practice for children in care in Herefordshire has “improved at pace”',
    datePublished: '2025-07-17', dateModified: null,
    entities: ['&rsquo;', '&ldquo;', '&rdquo;', '&ndash;', '&nbsp;'],
    captions: ['Image for illustration only', 'Illustration of a family holding hands'],
  },
  {
    id: '004_292243a208640bdb', file: '004_292243a208640bdb.html', kind: 'BBC News article', encoding: 'utf-8',
    headline: "Improvements at Herefordshire Council's children's services 'too slow'",
    datePublished: '2023-11-09', dateModified: '2023-11-10',
    entities: ['&quot;', '&#39;'],
    captions: ['Director of Children', 'latest verdict was fair', 'pace and impact of improvement', 'Getty Images', 'Image caption', 'Image source'],
  },
];

const pageBytes = (p: PageCase): Buffer => readFileSync(`${FIXTURES}html/pages/${p.file}`);
const gold = (id: string): Gold => JSON.parse(readFileSync(`${FIXTURES}gold/${id}.json`, 'utf8')) as Gold;
const fromPage = (p: PageCase): ArticleRecord => extractArticle(pageBytes(p), { id: p.id, fileName: p.file });
const fromText = (id: string): ArticleRecord => extractArticle(readFileSync(`${FIXTURES}articles/${id}.txt`), { id, fileName: `${id}.txt` });

/** The page's source as text, for checks on the fixture itself (not through the pipeline). */
function pageSource(p: PageCase): string {
  const bytes = p.file.endsWith('.gz') ? gunzipSync(pageBytes(p)) : pageBytes(p);
  return new TextDecoder(p.encoding).decode(bytes);
}

/** The page's JSON-LD article object (its @graph flattened). */
function jsonLdArticle(source: string): Record<string, unknown> {
  const objects: Record<string, unknown>[] = [];
  for (const m of source.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)) {
    const value = JSON.parse(m[1]!) as Record<string, unknown>;
    objects.push(value, ...((value['@graph'] as Record<string, unknown>[] | undefined) ?? []));
  }
  const article = objects.find((o) => /Article/.test(String(o['@type'])));
  if (!article) throw new Error('no JSON-LD article');
  return article;
}

const ws = (s: string): string => s.replace(/\s+/g, ' ').trim();
const dateFacts = (dates: readonly { text: string; value: string | null; endValue?: string | null }[]) =>
  dates.map((d) => ({ text: d.text, value: d.value, endValue: d.endValue ?? null }));
const ratingFacts = (r: ArticleRecord) => r.ratings.map((x) => ({ value: x.value, previous: x.previous }));
const officialFacts = (r: ArticleRecord) => r.officials.map((o) => ({ name: o.name, roles: o.roles }));
const quoteFacts = (r: ArticleRecord) => r.quotes.map((q) => ({ text: ws(q.text), speaker: q.speaker }));

describe.each(PAGES)('HTML page $file ($kind)', (p) => {
  const html = fromPage(p);
  const text = fromText(p.id);
  const g = gold(p.id);

  it('the fixture is what it claims: JSON-LD dates, entities in the article, bytes as stored', () => {
    const source = pageSource(p);
    const ld = jsonLdArticle(source);
    expect(String(ld['datePublished']).slice(0, 10)).toBe(p.datePublished);
    expect(ld['dateModified'] === undefined ? null : String(ld['dateModified']).slice(0, 10)).toBe(p.dateModified);
    for (const e of p.entities) expect(source).toContain(e);
    if (p.file.endsWith('.gz')) expect([...pageBytes(p).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    if (p.encoding === 'windows-1252') {
      expect(source).toContain('<meta charset="windows-1252">');
      expect(pageBytes(p).includes(0x92)).toBe(true); // ’ as windows-1252's single byte
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(pageBytes(p))).toThrow();
    }
  });

  it('is read as HTML, in the encoding the page is stored in', () => {
    expect(html.format).toBe('html');
    expect(html.encoding).toBe(p.encoding);
  });

  it('title: the gold title, or the page headline when the gold has none', () => {
    expect(html.title).toBe(g.title ?? p.headline);
    // 003's text has no headline line (gold title null); the page states one
    if (g.title === null) expect(text.title).toBeNull();
  });

  it('publishedAt is the JSON-LD datePublished, never the dateModified', () => {
    expect(html.publishedAt).toBe(p.datePublished);
    if (p.dateModified) expect(html.publishedAt).not.toBe(p.dateModified);
  });

  it('body: every mustContain of the gold, no mustNotContain, no caption, entities decoded', () => {
    for (const s of g.mustContain) expect(html.body).toContain(s);
    for (const s of g.mustNotContain) expect(html.body).not.toContain(s);
    for (const s of p.captions) expect(html.body).not.toContain(s);
    expect(html.body).not.toMatch(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i);
    expect(html.title).not.toMatch(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i);
  });

  it('body: the same paragraphs as the text version (whitespace normalised)', () => {
    expect(html.body.split('\n\n').map(ws)).toEqual(text.body.split('\n\n').map(ws));
  });

  it('dates: what the text version gives, anchored on the page’s publication date', () => {
    // The expectation computed explicitly: the text version's body, dated against the page's publishedAt
    // (relative and year-less dates resolve against it), as extractArticle keeps them (no vague references).
    const expected = extractDates(text.body, { publishedAt: html.publishedAt }).filter((d) => d.granularity !== 'reference');
    expect(dateFacts(html.dates)).toEqual(dateFacts(expected));
    // Where text and page have the same publishedAt, every date is the text version's.
    if (text.publishedAt === html.publishedAt) expect(dateFacts(html.dates)).toEqual(dateFacts(text.dates));
  });

  it('ratings (value, previous), officials (name, roles) and quotes (text, speaker) are the text version’s', () => {
    expect(ratingFacts(html)).toEqual(ratingFacts(text));
    expect(officialFacts(html)).toEqual(officialFacts(text));
    expect(quoteFacts(html)).toEqual(quoteFacts(text));
  });
});

describe('where page and text legitimately differ: the page states a publication date the text lacks', () => {
  it('002: no relative dates, so the page’s date changes none of them', () => {
    const p = PAGES[1]!;
    expect(fromText(p.id).publishedAt).toBeNull();
    expect(dateFacts(fromPage(p).dates)).toEqual([
      { text: 'July 2022', value: '2022-07', endValue: null },
      { text: 'June 2023', value: '2023-06', endValue: null },
    ]);
    expect(dateFacts(fromPage(p).dates)).toEqual(dateFacts(fromText(p.id).dates));
  });

  it('004: "last year", "26 and 27 September" and "June" resolve against 2023-11-09; "2022" is the same', () => {
    const p = PAGES[3]!;
    const html = fromPage(p);
    const text = fromText(p.id);
    // text version: the BBC stub '• Published' has no date, so nothing anchors them
    expect(text.publishedAt).toBeNull();
    expect(dateFacts(text.dates)).toEqual([
      { text: 'last year', value: null, endValue: null },
      { text: '26 and 27 September', value: 'XXXX-09-26', endValue: 'XXXX-09-27' },
      { text: 'June', value: 'XXXX-06', endValue: null },
      { text: '2022', value: '2022', endValue: null },
    ]);
    expect(dateFacts(html.dates)).toEqual([
      { text: 'last year', value: '2022', endValue: null },
      { text: '26 and 27 September', value: '2023-09-26', endValue: '2023-09-27' },
      { text: 'June', value: '2023-06', endValue: null },
      { text: '2022', value: '2022', endValue: null },
    ]);
    // and so the rating's 'when' ('last year deemed inadequate') is known from the page only
    expect(text.ratings.map((r) => r.when)).toEqual([null]);
    expect(html.ratings.map((r) => r.when)).toEqual(['2022']);
  });
});

describe('HTML pages without article text are refused with a clear InputError', () => {
  const refuse = (html: string, fileName: string): unknown => {
    try {
      extractArticle(Buffer.from(html), { id: 'x', fileName });
    } catch (e) {
      return e;
    }
    return null;
  };

  it('a page with only scripts', () => {
    const page =
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Loading…</title>' +
      '<script src="/app.js"></script><script>window.__STATE__={"article":{"id":1402}};</script></head>' +
      '<body><script>document.write("<p>" + window.__STATE__.article.id + "</p>");</script>' +
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Loading"}</script></body></html>';
    const error = refuse(page, 'scripts.html');
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe('HTML page without article text');
  });

  it('a page with no <body>, its <head> holding only meta, scripts and styles', () => {
    const page = '<!DOCTYPE html><html><head><meta charset="utf-8"><script>var a = 1;</script><style>p { color: red }</style></head></html>';
    const error = refuse(page, 'nobody.html');
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe('HTML page without article text');
  });

  // A page without <body> falls back to the whole document; <head> and <title> are metadata, never
  // article text (this once returned a record whose body was the <title>).
  it('a page with no <body> and a <title> with a site suffix', () => {
    const page =
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council news release | Herefordshire Council</title>' +
      '<meta property="og:title" content="Council news release"><script>var a = 1;</script></head></html>';
    const error = refuse(page, 'nobody-title.html');
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe('HTML page without article text');
  });

  // Refused by ingest, with the HTML reason, not later by the clean stage.
  it('a page with no <body> and a plain <title>', () => {
    const page = '<!DOCTYPE html><html><head><title>Page moved</title><meta http-equiv="refresh" content="0; url=/news/1402"></head></html>';
    const error = refuse(page, 'nobody-moved.html');
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe('HTML page without article text');
  });
});
