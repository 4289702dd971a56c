import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, InputError } from '../../src/index.js';
import type { ArticleRecord } from '../../src/schema/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const fromHtml = (file: string) => extractArticle(readFileSync(path.join(FIXTURES, 'html', file)), { id: file, fileName: file });
const fromText = (id: string) => extractArticle(readFileSync(path.join(FIXTURES, 'articles', `${id}.txt`)), { id, fileName: `${id}.txt` });
const facts = (r: ArticleRecord) => ({
  body: r.body,
  ratings: r.ratings.map((x) => [x.value, x.previous]),
  officials: r.officials.map((o) => [o.name, o.roles]),
  quotes: r.quotes.map((q) => [q.text.replace(/\s+/g, ' '), q.speaker]),
});

describe('HTML pages give the facts of their text versions', () => {
  it('press release: same body and facts; title and date from the page, not from dateModified', () => {
    const html = fromHtml('001_e2af29f4044893df.html'), text = fromText('001_e2af29f4044893df');
    expect(html).toMatchObject({ format: 'html', encoding: 'utf-8', publishedAt: '2022-09-21', siteName: 'Herefordshire Council' });
    expect(html.title).toBe(text.title);
    expect(facts(html)).toEqual(facts(text));
    expect(html.dates.map((d) => [d.text, d.value])).toEqual(text.dates.map((d) => [d.text, d.value]));
  });

  it('windows-1252 page with a figure: caption and alt text stay out of the body', () => {
    const html = fromHtml('004_292243a208640bdb.html'), text = fromText('004_292243a208640bdb');
    expect(html).toMatchObject({ format: 'html', encoding: 'windows-1252', publishedAt: '2023-10-27', siteName: 'BBC News' });
    expect(facts(html)).toEqual(facts(text));
    expect(html.body).not.toContain('latest verdict was fair');
  });

  it('the page’s publication date anchors the dates the text version could not', () => {
    const html = fromHtml('004_292243a208640bdb.html'), text = fromText('004_292243a208640bdb');
    const values = (r: ArticleRecord) => Object.fromEntries(r.dates.map((d) => [d.text, d.value]));
    expect(values(text)).toMatchObject({ 'last year': null, '26 and 27 September': 'XXXX-09-26', June: 'XXXX-06' });
    expect(values(html)).toMatchObject({ 'last year': '2022', '26 and 27 September': '2023-09-26', June: '2023-06', '2022': '2022' });
  });

  it('gzipped page: unpacked, same body and facts', () => {
    const html = fromHtml('002_552425eedcb00950.html.gz'), text = fromText('002_552425eedcb00950');
    expect(html).toMatchObject({ format: 'html', publishedAt: '2023-08-02', title: text.title });
    expect(facts(html)).toEqual(facts(text));
  });

  it('a page without article text is refused with a reason', () => {
    expect(() => extractArticle('<html><head><script>var a = 1;</script></head><body><script>track()</script></body></html>', { fileName: 'a.html' }))
      .toThrow(/HTML page without article text/);
    expect(() => extractArticle('<html><head><title>Nothing</title></head></html>', { fileName: 'b.html' })).toThrow(InputError);
    expect(() => extractArticle('<html><head><title>Nothing</title></head></html>', { fileName: 'b.html' })).toThrow(/no article text/);
  });
});
