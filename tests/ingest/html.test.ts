import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/ingest/html/index.js';
import { parseDate } from '../../src/ingest/html/dates.js';
import { stripSiteSuffix } from '../../src/ingest/html/metadata.js';
import { limitNesting, MAX_DEPTH } from '../../src/ingest/html/depth.js';

const P1 = 'The council approved the new budget on Tuesday evening, after a debate that lasted more than four hours.';
const P2 = 'Councillors from both groups argued over the cost of the new library, which has doubled since 2019.';
const P3 = 'The leader said the savings would come from merging back-office services, not from cutting staff.';
const P4 = 'Residents will be asked for their views on the plan at three public meetings early next year.';
const P5 = 'The opposition said it would table an amendment to protect funding for the two youth centres.';

function page(head: string, body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

const NEWS_PAGE = page(
  '<title>Council approves budget | Example News</title>',
  `<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
   <div class="layout">
     <div class="main-column">
       <article class="story">
         <h1>Council approves budget</h1>
         <div class="story-body">
           <p>${P1}</p><p>${P2}</p>
           <h2>Library costs</h2>
           <p>${P3}</p>
           <ul><li>Three meetings are planned in January and February.</li></ul>
           <p>${P4}</p>
         </div>
       </article>
       <div class="related-stories"><h3>Related</h3>
         <p>Teaser: the mayor announced a separate review of parking charges across the whole borough this week.</p>
         <ul><li><a href="/a">Parking charges to rise</a></li><li><a href="/b">New bus lanes open</a></li></ul>
       </div>
       <div id="comments" class="comments-area">
         <p>Great news, the library was badly needed in our part of town and I am glad they approved it.</p>
         <p>Another waste of taxpayers' money, they should have fixed the roads first before anything else.</p>
       </div>
     </div>
     <div class="sidebar"><p>Sign up for our newsletter to get the morning briefing straight to your inbox every day.</p></div>
   </div>
   <footer><p>Copyright 2024 Example News Ltd. All rights reserved. Registered in England and Wales.</p></footer>`,
);

describe('extractHtml: article text', () => {
  const doc = extractHtml(NEWS_PAGE);

  it('keeps the article paragraphs, heading and list item in document order, one block each', () => {
    expect(doc.text.split('\n\n')).toEqual([P1, P2, 'Library costs', P3, 'Three meetings are planned in January and February.', P4]);
  });

  it('leaves out navigation, related stories, comments, sidebar and footer', () => {
    for (const junk of ['Home', 'mayor announced', 'Parking charges', 'Great news', 'waste of taxpayers', 'newsletter', 'Copyright']) {
      expect(doc.text).not.toContain(junk);
    }
  });

  it('does not repeat the headline that is reported as the title', () => {
    expect(doc.title).toBe('Council approves budget');
    expect(doc.text.startsWith(P1)).toBe(true);
  });

  it('takes an article split into same-class chunks whole, without the ad rail between them', () => {
    const html = page(
      '',
      `<main><div class="chunk body-text"><p>${P1}</p><p>${P2}</p></div>
       <div class="ad-rail"><p>Advertisement: buy the new phone today with a special discount for readers of this site.</p></div>
       <div class="chunk body-text"><p>${P3}</p><p>${P4}</p><p>${P5}</p></div></main>`,
    );
    expect(extractHtml(html).text.split('\n\n')).toEqual([P1, P2, P3, P4, P5]);
  });

  it('reads an article typed straight into a div between <br> tags', () => {
    const html = page('', `<div class="row"><div class="col">${P1}<br><br>${P2}<br><br>${P3}</div><ul class="nav"><li><a href="/x">Archive</a></li></ul></div>`);
    expect(extractHtml(html).text.split('\n\n')).toEqual([P1, P2, P3]);
  });

  it('drops hidden nodes: hidden attribute, aria-hidden and display:none', () => {
    const html = page(
      '',
      `<article><p>${P1}</p><p hidden>Hidden by attribute, this sentence must not appear in the text.</p>
       <p aria-hidden="true">Hidden from assistive technology, this one must not appear either.</p>
       <div style="color: red; DISPLAY : none">Hidden by style, and this one must not appear either.</div><p>${P2}</p><p>${P3}</p></article>`,
    );
    const text = extractHtml(html).text;
    expect(text).toBe([P1, P2, P3].join('\n\n'));
  });

  it('decodes entities, turns NBSP into a space and collapses whitespace inside a block', () => {
    const html = page(
      '',
      `<article><p>Caf&eacute; owners&nbsp;&amp; staff  said\n\t&#8220;no&#8221; to the plan&#8217;s second\u00a0phase, which the council had proposed in March.</p><p>${P1}</p><p>${P2}</p></article>`,
    );
    const first = extractHtml(html).text.split('\n\n')[0];
    expect(first).toBe('Café owners & staff said “no” to the plan’s second phase, which the council had proposed in March.');
  });
});

describe('extractHtml: metadata', () => {
  it('takes datePublished from JSON-LD, not dateModified, whatever the order', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', dateModified: '2024-03-09T10:00:00Z', datePublished: '2024-03-07T18:30:00+01:00' });
    const doc = extractHtml(page(`<script type="application/ld+json">${ld}</script>`, `<article><p>${P1}</p></article>`));
    expect(doc.publishedAt).toBe('2024-03-07');
  });

  it('finds datePublished inside a JSON-LD @graph and prefers the article object', () => {
    const ld = JSON.stringify({
      '@graph': [
        { '@type': 'WebPage', datePublished: '2020-01-01' },
        { '@type': 'NewsArticle', datePublished: '2024-02-29', author: [{ '@type': 'Person', name: 'Ann Smith' }, { name: 'Bo Li' }] },
      ],
    });
    const doc = extractHtml(page(`<script type="application/ld+json">${ld}</script>`, `<p>${P1}</p>`));
    expect(doc.publishedAt).toBe('2024-02-29');
    expect(doc.author).toBe('Ann Smith, Bo Li');
  });

  it('uses article:published_time and never article:modified_time', () => {
    const head = '<meta property="article:modified_time" content="2023-12-01T08:00:00Z"><meta property="article:published_time" content="2023-11-30T22:15:00Z">';
    expect(extractHtml(page(head, `<p>${P1}</p>`)).publishedAt).toBe('2023-11-30');
    const onlyModified = '<meta property="article:modified_time" content="2023-12-01T08:00:00Z"><meta name="last-modified" content="2023-12-01">';
    expect(extractHtml(page(onlyModified, `<p>${P1}</p>`)).publishedAt).toBeNull();
  });

  it('uses a <time datetime> inside the article unless it is marked as an update', () => {
    const published = `<article><p class="meta">Published <time datetime="2022-06-05T09:00">5 June</time></p><p>${P1}</p></article>`;
    expect(extractHtml(page('', published)).publishedAt).toBe('2022-06-05');
    const updated = `<article><p class="meta">Updated <time datetime="2022-06-09T09:00">9 June</time></p><p>${P1}</p></article>`;
    expect(extractHtml(page('', updated)).publishedAt).toBeNull();
  });

  it('reads a dated byline up to its update note, and ignores copyright years', () => {
    const byline = `<article><div class="byline">By Jo Bloggs. Published 3 May 2019, updated 5 May 2019</div><p>${P1}</p></article><footer>© 2024</footer>`;
    const doc = extractHtml(page('', byline));
    expect(doc.publishedAt).toBe('2019-05-03');
    expect(extractHtml(page('', `<p>${P1}</p><div class="copyright">© 2021 Example Ltd</div>`)).publishedAt).toBeNull();
  });

  it('takes the title from og:title without the site suffix, and the site name from og:site_name', () => {
    const head = '<meta property="og:site_name" content="BBC News"><meta property="og:title" content="Storm closes bridges | BBC News"><title>Other</title>';
    const doc = extractHtml(page(head, '<h1>A different h1</h1>'));
    expect(doc.title).toBe('Storm closes bridges');
    expect(doc.siteName).toBe('BBC News');
  });

  it('falls back to <h1>, then to <title> with " - The Guardian" removed', () => {
    expect(extractHtml(page('<title>T</title>', '<h1>Rates rise again</h1>')).title).toBe('Rates rise again');
    expect(extractHtml(page('<title>Rates rise again - The Guardian</title>', '')).title).toBe('Rates rise again');
  });

  it('reads the author from meta author before a byline, without "By" and never a URL', () => {
    expect(extractHtml(page('<meta name="author" content="Jane Doe">', '<span class="author">By Someone Else</span>')).author).toBe('Jane Doe');
    expect(extractHtml(page('<meta name="author" content="https://facebook.com/x">', '<span class="author">By Sam Jones</span>')).author).toBe('Sam Jones');
  });
});

describe('extractHtml: the markup real pages carry (#20)', () => {
  it('reads the publication date from the places a page puts it, with its time of day apart', () => {
    // itemprop holds a list, and the meta's property is not one of the usual names
    const listed = '<meta property="article:published" itemprop="datePublished dateCreated" content="2019-11-19T11:00:09.000Z">';
    expect(extractHtml(page(listed, `<p>${P1}</p>`))).toMatchObject({ publishedAt: '2019-11-19', publishedTime: '11:00:09Z' });
    // an itemprop element with the date as its text only
    const spoken = `<article><span itemprop="datePublished">Fri 6:45 PM, Feb 16, 2018</span><p>${P1}</p></article>`;
    expect(extractHtml(page('', spoken))).toMatchObject({ publishedAt: '2018-02-16', publishedTime: null });
    // JSON-LD that does not parse (a raw line break in a string) still gives its datePublished
    const broken = `<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "one\ntwo", "datePublished": "01:38:07 PM IST Nov 20, 2019"}</script>`;
    expect(extractHtml(page(broken, `<p>${P1}</p>`)).publishedAt).toBe('2019-11-20');
    // a page without <article>: its <time datetime> is the last resort, not an update's
    expect(extractHtml(page('', `<div><time datetime="2019-11-19T10:36:00.000Z">1 day ago</time></div><p>${P1}</p>`)).publishedAt).toBe('2019-11-19');
    expect(extractHtml(page('', `<div>Updated <time datetime="2019-11-20T10:36:00Z">today</time></div><p>${P1}</p>`)).publishedAt).toBeNull();
  });

  it('keeps no time of day that a date-only feed writes as midnight UTC', () => {
    const head = '<meta property="article:published_time" content="2024-01-05T00:00:00Z">';
    expect(extractHtml(page(head, `<p>${P1}</p>`))).toMatchObject({ publishedAt: '2024-01-05', publishedTime: null });
  });

  it('takes the page’s address from og:url, else link rel=canonical, never a relative one', () => {
    expect(extractHtml(page('<meta property="og:url" content="https://example.org/a"><link rel="canonical" href="https://example.org/b">', `<p>${P1}</p>`)).url).toBe('https://example.org/a');
    expect(extractHtml(page('<link rel="canonical" href="https://example.org/b">', `<p>${P1}</p>`)).url).toBe('https://example.org/b');
    expect(extractHtml(page('<link rel="canonical" href="/b">', `<p>${P1}</p>`)).url).toBeNull();
  });

  it('cleans an author of handles, dates, reading times and form labels', () => {
    const author = (text: string) => extractHtml(page('', `<span class="author">${text}</span><p>${P1}</p>`)).author;
    expect(author('Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read')).toBe('Bryan DeArdo');
    expect(author('By Jo Bloggs | 18 November 2019')).toBe('Jo Bloggs');
    expect(author('Ann Lee, Updated 3 hours ago')).toBe('Ann Lee');
    expect(author('Nama (wajib)')).toBeNull();
    expect(author('Name (required)')).toBeNull();
    // a hyphenated name is a name
    expect(author('Jean-Paul Sartre')).toBe('Jean-Paul Sartre');
    expect(extractHtml(page('<meta property="og:site_name" content="The Gazette @gazette">', `<p>${P1}</p>`)).siteName).toBe('The Gazette');
  });
});

describe('title suffixes and dates', () => {
  it('takes a public body named after the headline in the title as the site, with no site name stated; a newspaper’s name is not taken', () => {
    const own = extractHtml(page('<title>Our response to the inspection report :: Kelby Hospitals NHS Foundation Trust</title>', `<p>${P1}</p>`));
    expect([own.siteName, own.title]).toEqual(['Kelby Hospitals NHS Foundation Trust', 'Our response to the inspection report']);
    expect(extractHtml(page('<title>Leader elected at full council | Westshire County Council</title>', `<p>${P1}</p>`)).siteName).toBe('Westshire County Council');
    expect(extractHtml(page('<title>Leader elected at full council | Kelby Gazette</title>', `<p>${P1}</p>`)).siteName).toBeNull();
  });

  it('keeps a headline whose tail is part of the headline', () => {
    expect(stripSiteSuffix('Storm - what we know so far', null)).toBe('Storm - what we know so far');
    expect(stripSiteSuffix('Brexit deal agreed – Financial Times', null)).toBe('Brexit deal agreed');
    expect(stripSiteSuffix('Vote count | live updates from the count', 'Daily Planet')).toBe('Vote count | live updates from the count');
  });

  it('parses the common written forms and rejects impossible or partial dates', () => {
    expect(parseDate('2019-11-19T13:03:00Z')).toBe('2019-11-19');
    expect(parseDate('Tue, 19 Nov 2019 13:03:00 GMT')).toBe('2019-11-19');
    expect(parseDate('November 19th, 2019')).toBe('2019-11-19');
    expect(parseDate('2019-02-30')).toBeNull();
    expect(parseDate('© 2019')).toBeNull();
    expect(parseDate('Nov 2019')).toBeNull();
  });
});

describe('extractHtml: junk input does not throw', () => {
  it('handles a fragment without <html> or <body>', () => {
    const doc = extractHtml(`<p>${P1}</p><p>${P2}</p>`);
    expect(doc.text).toBe(`${P1}\n\n${P2}`);
  });

  it('returns empty text for a page of scripts only', () => {
    const doc = extractHtml('<script>var a = "<p>not text</p>";</script><script type="application/ld+json">{broken</script>');
    expect(doc).toEqual({ text: '', title: null, publishedAt: null, publishedTime: null, author: null, siteName: null, url: null });
  });

  it('handles unclosed tags', () => {
    const doc = extractHtml(`<html><body><div class="article"><p>${P1}<p>${P2}<div><b>${P3}`);
    expect(doc.text.split('\n\n')).toEqual([P1, P2, P3]);
  });

  it('handles 10,000 nested divs without overflowing the stack', () => {
    const depth = 10_000;
    const html = `<html><body>${'<div class="x">'.repeat(depth)}<p>${P1}</p><p>${P2}</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(extractHtml(html).text).toBe(`${P1}\n\n${P2}`);
  });

  it('handles empty input and plain text', () => {
    expect(extractHtml('').text).toBe('');
    expect(extractHtml('just some words, no markup at all').text).toBe('just some words, no markup at all');
  });
});

describe('limitNesting', () => {
  it('leaves an ordinary page untouched, unclosed paragraphs included', () => {
    const page = `<html><body><article>${'<div><p>Text<p>more</div>'.repeat(300)}${'<p>para'.repeat(2000)}</article></body></html>`;
    expect(limitNesting(page)).toBe(page);
  });

  it('unwraps elements nested deeper than MAX_DEPTH, keeping their text', () => {
    const depth = MAX_DEPTH * 4;
    const page = `<body>${'<div>'.repeat(depth)}The council said it would appeal.${'</div>'.repeat(depth)}</body>`;
    const limited = limitNesting(page);
    expect(limited.match(/<div>/g)!.length).toBe(MAX_DEPTH - 1); // <body> is the first level
    expect(limited.match(/<\/div>/g)!.length).toBe(MAX_DEPTH - 1);
    expect(extractHtml(page).text).toContain('The council said it would appeal.');
  });
});
