import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/index.js';
import { ingest } from '../../src/ingest/index.js';
import { ArticleRecordSchema, ManifestSchema, type ArticleRecord } from '../../src/schema/index.js';
import { CLI, ROOT, runCli, snapshot, tempDir, writeWarc } from './helpers.js';

const SCRAPINGHUB = path.resolve(ROOT, '..', 'shared', 'bench', 'scrapinghub', 'html');
const FIXTURES = path.join(ROOT, 'fixtures', 'articles');

const manifestOf = (out: string) => ManifestSchema.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')));
const recordsOf = (stdout: string): ArticleRecord[] => stdout.trim().split('\n').map((l) => ArticleRecordSchema.parse(JSON.parse(l)));

/** The fixtures' articles as pages of a crawl, at made-up addresses. */
const fixturePages = () => readdirSync(FIXTURES).sort().map((f) => ({
  url: `https://news.example.org/${f.replace(/\.txt$/, '')}`, body: readFileSync(path.join(FIXTURES, f), 'utf8'), contentType: 'text/plain; charset=utf-8',
}));

describe('WARC inputs', () => {
  it('gives the ScrapingHub pages the bodies of the pages themselves, so the same F1', async () => {
    expect(existsSync(SCRAPINGHUB), `needs ${SCRAPINGHUB} beside the checkout`).toBe(true);
    const files = readdirSync(SCRAPINGHUB).sort();
    const pages = files.map((f) => ({ url: `https://pages.example.org/${f.slice(0, 16)}`, html: gunzipSync(readFileSync(path.join(SCRAPINGHUB, f))) }));
    const warc = path.join(tempDir('warc-sh'), 'scrapinghub.warc.gz');
    await writeWarc(warc, pages.map((p) => ({ url: p.url, body: p.html, contentType: 'text/html; charset=utf-8' })));
    const r = spawnSync(process.execPath, [CLI, 'extract', warc, '--jsonl', '-', '--concurrency', '2'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(r.status, r.stderr).toBe(0);
    const bodies = new Map(recordsOf(r.stdout).map((rec) => [rec.url, rec.body]));
    // the bench (bench/html.mjs) scores exactly this: the cleaned text of the page
    for (const p of pages) {
      const doc = ingest(p.html, 'page.html');
      expect(bodies.get(p.url), p.url).toBe(cleanText(doc.text, { metadata: doc.metadata, fromHtml: true }).body);
    }
    expect(bodies.size).toBe(files.length);
    expect(r.stderr).toMatch(new RegExp(`scrapinghub\\.warc\\.gz: 1 warcinfo, ${files.length} request record\\(s\\) skipped`));
  });

  it('keeps the articles before the cut of a truncated .warc.gz, with one error entry saying where', async () => {
    const dir = tempDir('warc-cut');
    const whole = path.join(dir, 'whole.warc.gz');
    const pages = fixturePages();
    await writeWarc(whole, pages);
    const bytes = readFileSync(whole);
    const cut = path.join(dir, 'cut.warc.gz');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.7)));
    const out = path.join(dir, 'out');
    const r = runCli(['extract', cut, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const entries = manifestOf(out).inputs;
    const errors = entries.filter((e) => e.status === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ source: 'cut.warc.gz', error: expect.stringMatching(/^truncated or corrupt WARC file: record \d+ is cut short; the \d+ records before it were read$/) });
    expect(r.stderr).toContain(`error: cut.warc.gz: ${errors[0]!.error}`);
    const kept = entries.filter((e) => e.status === 'ok');
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(pages.length);
    // what was kept is what the whole file gives for the same pages
    const wholeOut = path.join(dir, 'whole-out');
    expect(runCli(['extract', whole, '--out', wholeOut]).status).toBe(0);
    const record = (folder: string, id: string) => {
      const { source, ...rest } = ArticleRecordSchema.parse(JSON.parse(readFileSync(path.join(folder, 'articles', `${id}.json`), 'utf8')));
      return { source: source.replace(/^\w+/, 'file'), ...rest };
    };
    for (const e of kept) expect(record(out, e.id!)).toEqual(record(wholeOut, e.id!));
  });

  it('says a file that is no WARC is none, and reads the rest of the folder', () => {
    const dir = tempDir('warc-junk');
    const input = path.join(dir, 'in');
    mkdirSync(input);
    writeFileSync(path.join(input, 'notes.warc'), 'These are my notes, not a web archive.\n');
    copyFileSync(path.join(FIXTURES, readdirSync(FIXTURES).sort()[0]!), path.join(input, 'article.txt'));
    const out = path.join(dir, 'out');
    expect(runCli(['extract', input, '--out', out]).status).toBe(0);
    expect(manifestOf(out).inputs.map((e) => [e.source, e.status, e.error ?? null])).toEqual([
      ['article.txt', 'ok', null],
      ['notes.warc', 'error', 'truncated or corrupt WARC file: record 1: not a WARC file (its first record has no WARC-Type); the 0 records before it were read'],
    ]);
  });

  it('reads a WARC inside a folder as its articles, each accounted for; a rerun reuses them and writes the same files', async () => {
    const dir = tempDir('warc-folder');
    const input = path.join(dir, 'in');
    mkdirSync(path.join(input, 'crawl'), { recursive: true });
    const pages = fixturePages();
    await writeWarc(path.join(input, 'crawl', 'day1.warc'), pages);
    writeFileSync(path.join(input, 'own.txt'), readFileSync(path.join(FIXTURES, readdirSync(FIXTURES).sort()[0]!)));
    const out = path.join(dir, 'out');
    expect(runCli(['extract', input, '--out', out, '--concurrency', '2']).status).toBe(0);
    const manifest = manifestOf(out);
    expect(manifest.counts).toMatchObject({ inputs: pages.length + 1, ok: pages.length + 1, skippedRecords: { request: pages.length, warcinfo: 1 } });
    const fromWarc = manifest.inputs.filter((e) => e.source.startsWith('crawl/day1.warc#'));
    expect(fromWarc).toHaveLength(pages.length);
    for (const e of fromWarc) {
      expect(e.id).toMatch(/^url-[0-9a-f]{12}$/);
      const record = ArticleRecordSchema.parse(JSON.parse(readFileSync(path.join(out, 'articles', `${e.id}.json`), 'utf8')));
      expect(record).toMatchObject({ source: e.source, fetchedAt: '2024-05-01T12:00:00Z', language: 'en' });
      expect(pages.map((p) => p.url)).toContain(record.url);
    }
    const first = snapshot(out);
    expect(runCli(['extract', input, '--out', out, '--concurrency', '1']).status).toBe(0);
    expect(manifestOf(out).run.reused).toBe(pages.length + 1);
    expect(snapshot(out)).toEqual(first);
  });
});

describe('--jsonl', () => {
  it('writes one record a line to stdout in input order, and only to stdout without --out', () => {
    const dir = tempDir('jsonl-out');
    const r = spawnSync(process.execPath, [CLI, 'extract', FIXTURES, '--jsonl', '-', '--concurrency', '2'], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const records = recordsOf(r.stdout);
    expect(records.map((rec) => rec.source)).toEqual(readdirSync(FIXTURES).sort());
    expect(readdirSync(dir)).toEqual([]); // no output folder
    expect(r.stderr).not.toContain('{');
    // with --out the folder holds the same records
    const out = path.join(dir, 'out');
    const both = spawnSync(process.execPath, [CLI, 'extract', FIXTURES, '--jsonl', '-', '--out', out], { encoding: 'utf8' });
    expect(both.status, both.stderr).toBe(0);
    for (const rec of recordsOf(both.stdout)) expect(JSON.parse(readFileSync(path.join(out, 'articles', `${rec.id}.json`), 'utf8'))).toEqual(rec);
    expect(both.stdout).toBe(r.stdout);
  });

  it('composes with a pipe: JSON lines in on stdin, records out, an error on stderr only', () => {
    const lines = [
      JSON.stringify({ url: 'https://example.org/a', text: 'Cllr Ann Lee, the council leader, said the budget for next year was balanced after a long debate in the chamber.' }),
      '{"broken": ',
    ].join('\n');
    const r = spawnSync(process.execPath, [CLI, 'extract', '-', '--jsonl', '-'], { input: lines, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const urlId = `url-${createHash('sha256').update('https://example.org/a').digest('hex').slice(0, 12)}`;
    expect(recordsOf(r.stdout).map((rec) => [rec.id, rec.url])).toEqual([[urlId, 'https://example.org/a']]);
    expect(r.stderr).toContain('error: stdin:2: line 2 of stdin is not JSON');
  });
});
