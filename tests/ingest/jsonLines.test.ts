import { describe, expect, it } from 'vitest';
import { articlesFromJsonLines } from '../../src/ingest/sources/jsonLines.js';

describe('articles from JSON lines', () => {
  it('reads the scrapers’ field names, keeps the title as the headline, and names each line', () => {
    const text = [
      JSON.stringify({ url: 'https://example.org/a', title: 'Budget set', text: 'The council set its budget.', publish_date: '2024-03-05T08:00:00', meta_site_name: 'Example News' }),
      JSON.stringify({ id: 'page-2', html: '<html><body><article><p>Councillors met.</p></article></body></html>', date_publish: '2024-03-06 10:00:00' }),
      JSON.stringify({ url: 'https://example.org/c', summary: 'no article text here' }),
      '',
      'not json',
    ].join('\n');
    const [a, b, c, d, ...rest] = articlesFromJsonLines(text, 'feed.jsonl', 'feed');
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ source: 'feed.jsonl:1', id: expect.stringMatching(/^url-[0-9a-f]{12}$/), content: 'Budget set\n\nThe council set its budget.',
      fileName: 'article.txt', metadata: { url: 'https://example.org/a', title: 'Budget set', publishedAt: '2024-03-05', outlet: 'Example News' } });
    expect(b).toMatchObject({ source: 'feed.jsonl:2', id: 'page-2', fileName: 'article.html', metadata: { publishedAt: '2024-03-06' } });
    expect(c).toMatchObject({ source: 'feed.jsonl:3', skip: expect.stringMatching(/has no text or html field/) });
    expect(d).toEqual({ source: 'feed.jsonl:5', id: 'feed-L5', skip: 'line 5 of feed.jsonl is not JSON' });
  });

  it('reads a .json file that holds one object over several lines', () => {
    const [only, ...rest] = articlesFromJsonLines('{\n  "id": "one",\n  "maintext": "The council met."\n}\n', 'story.json', 'story');
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ id: 'one', content: 'The council met.' });
  });
});
