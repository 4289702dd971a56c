import { describe, expect, it } from 'vitest';
import { parseSidecar } from '../../src/ingest/sources/metadata.js';
import { extractArticle } from '../../src/pipeline/extractArticle.js';

describe('metadata sidecars', () => {
  it('reads JSON lines in our names and the scrapers’, keeps a stated time apart, and reports a broken line by number', () => {
    const text = [
      '{"id": "a", "url": "https://example.org/a", "publishedAt": "2024-03-05T09:30:00Z", "outlet": "Example Gazette"}',
      '{"path": "2024/b.html", "date_publish": "2024-03-06 10:00:00", "source_domain": "example.com", "authors": ["Ann Lee", "Raj Patel"]}',
      '{"id": "c", "date": "5 March 2024", "hostname": "news.example.net", "title": "Budget set"}',
      '{"id": "d", broken',
      '{"url": "https://example.org/e", "date_download": "2024-03-07T01:02:03Z"}',
      '{"outlet": "Nowhere"}',
    ].join('\n');
    const s = parseSidecar(text, 'meta.jsonl');
    expect(s.byId.get('a')).toEqual({ url: 'https://example.org/a', publishedAt: '2024-03-05', publishedTime: '09:30:00Z', outlet: 'Example Gazette' });
    expect(s.byPath.get('2024/b.html')).toEqual({ publishedAt: '2024-03-06', publishedTime: '10:00:00', outlet: 'example.com', author: 'Ann Lee, Raj Patel' });
    expect(s.byId.get('c')).toEqual({ publishedAt: '2024-03-05', outlet: 'news.example.net', title: 'Budget set' });
    // a row keyed by URL alone is for a crawl's pages (WARC), whose ids are hashes of their URLs
    expect(s.byUrl.get('https://example.org/e')).toEqual({ url: 'https://example.org/e', fetchedAt: '2024-03-07T01:02:03Z' });
    expect(s.problems).toEqual(['meta.jsonl line 4: not JSON', 'meta.jsonl line 6: no id, path or url column']);
  });

  it('reads CSV with a header row, quoted fields included', () => {
    const s = parseSidecar('id,publish_date,sitename,title\nx,2023-11-02,"Gazette, The","Council ""reset"" plan"\n', 'meta.csv');
    expect(s.byId.get('x')).toEqual({ publishedAt: '2023-11-02', outlet: 'Gazette, The', title: 'Council "reset" plan' });
  });
});

describe('an article with its metadata', () => {
  const body = 'The leader of Westshire Council said yesterday that the plan agreed last May would go ahead after a long debate.\n\n'
    + 'Councillors voted for it by a large majority.';

  it('anchors relative dates on the sidecar’s publication date and says where each fact came from', () => {
    const r = extractArticle(body, { metadata: { publishedAt: '2024-03-05', url: 'https://example.org/a', outlet: 'Example Gazette', title: 'Plan goes ahead' } });
    expect(r).toMatchObject({ publishedAt: '2024-03-05', publishedAtSource: 'meta', publishedAtOther: null, url: 'https://example.org/a',
      outlet: 'Example Gazette', title: 'Plan goes ahead', titleSource: 'meta' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['yesterday', '2024-03-04'], ['last May', '2023-05']]);
  });

  it('keeps both dates when the text and the sidecar disagree', () => {
    const r = extractArticle(`Published: 2 March 2024\n\n${body}`, { metadata: { publishedAt: '2024-03-05' } });
    expect(r).toMatchObject({ publishedAt: '2024-03-05', publishedAtSource: 'meta', publishedAtOther: { value: '2024-03-02', source: 'text' } });
  });

  it('gives a new provenance hash when only the metadata changes', () => {
    const a = extractArticle(body, { metadata: { publishedAt: '2024-03-05' } });
    const b = extractArticle(body, { metadata: { publishedAt: '2024-03-06' } });
    expect(a.provenance.inputSha256).not.toBe(b.provenance.inputSha256);
  });
});
