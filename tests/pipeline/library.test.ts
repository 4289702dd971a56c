import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

describe('the package as a library', () => {
  it('imports as "newsfacts" and runs each stage alone', async () => {
    const lib = await import('newsfacts');
    const raw = readFileSync(path.join(ROOT, 'fixtures/articles/001_e2af29f4044893df.txt'));
    const record = lib.ArticleRecordSchema.parse(lib.extractArticle(raw, { id: '001' }));
    expect(record.publishedAt).toBe('2022-09-21');
    const cleaned = lib.cleanText(raw.toString('utf8'));
    expect(cleaned.body).toBe(record.body);
    expect(lib.extractDates('The meeting is on 29 September.', { publishedAt: '2022-09-21' })[0]?.value).toBe('2022-09-29');
    expect(lib.extractQuotes(record.body).length).toBe(record.quotes.length);
    expect(lib.mergeRecords([record]).officials.map((o: { name: string }) => o.name)).toContain('Diana Toynbee');
  });

  it('batch-processes an in-memory list of inputs', async () => {
    const { extractBatch } = await import('newsfacts');
    const results = [];
    for await (const r of extractBatch([{ source: 'a.txt', content: 'Cllr Ann Lee said: “We will act.”' }, { source: 'b.txt', content: '' }])) results.push(r);
    results.sort((x, y) => x.source.localeCompare(y.source));
    expect(results.map((r) => ('error' in r ? r.error : r.record.quotes[0]!.speaker))).toEqual(['Ann Lee', 'no text (empty or whitespace only)']);
  });

  it('stops an article at its time budget with a TimeoutError, in library mode too', async () => {
    const { extractArticle, extractBatch, TimeoutError, DEFAULT_TIMEOUT_MS } = await import('newsfacts');
    expect(DEFAULT_TIMEOUT_MS).toBe(30_000);
    // 20 MB of curly quote marks: the whole run takes seconds; a 1 s budget ends it long before
    const flood = Buffer.from('“‘’”'.repeat(Math.floor((20 * 1024 * 1024) / 12)));
    const t0 = performance.now();
    expect(() => extractArticle(flood, { fileName: 'flood.txt', timeoutMs: 1000 })).toThrow(TimeoutError);
    expect(performance.now() - t0).toBeLessThan(5000);
    // in a batch without worker threads, the same budget gives the article an error entry
    const results = [];
    for await (const r of extractBatch([{ source: 'flood.txt', content: flood }], { workers: 0, timeoutMs: 1000 })) results.push(r);
    expect(results).toEqual([expect.objectContaining({ error: 'timed out after 1000 ms (see the timeoutMs option)' })]);
  });
});
