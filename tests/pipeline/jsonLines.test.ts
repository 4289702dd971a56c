import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManifestSchema } from '../../src/schema/index.js';
import { byUrl, CLI, ROOT, runCli, tempDir, writeWarc } from './helpers.js';

const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'dev');

describe('JSON lines and WARC inputs', () => {
  it('gives the records of the folder run with --meta, from news-please and trafilatura JSON lines and from a WARC file', async () => {
    expect(existsSync(CORPUS), `needs ${CORPUS} beside the checkout`).toBe(true);
    const meta = readFileSync(path.join(CORPUS, 'meta.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; url: string; outlet: string; publishedAt: string | null });
    const raw = (id: string) => readFileSync(path.join(CORPUS, 'articles', `${id}.txt`), 'utf8');
    const dir = tempDir('jsonl');
    const newsPlease = path.join(dir, 'news-please.jsonl');
    writeFileSync(newsPlease, meta.map((m) => JSON.stringify({ url: m.url, maintext: raw(m.id), date_publish: m.publishedAt, source_domain: m.outlet })).join('\n'));
    const trafilatura = path.join(dir, 'trafilatura.ndjson');
    writeFileSync(trafilatura, meta.map((m) => JSON.stringify({ source: m.url, raw_text: raw(m.id), date: m.publishedAt, hostname: m.outlet })).join('\n'));
    // a crawl keeps URL and fetch time with each page; what it knows besides is a sidecar keyed by URL
    const warc = path.join(dir, 'crawl.warc.gz');
    await writeWarc(warc, meta.map((m) => ({ url: m.url, body: raw(m.id), contentType: 'text/plain; charset=utf-8' })));

    const folderOut = path.join(dir, 'folder');
    expect(runCli(['extract', path.join(CORPUS, 'articles'), '--out', folderOut, '--meta', path.join(CORPUS, 'meta.jsonl')]).status).toBe(0);
    const expected = byUrl(folderOut);
    for (const file of [newsPlease, trafilatura, warc]) {
      const out = path.join(dir, path.basename(file) + '-out');
      const r = runCli(['extract', file, '--out', out, ...(file === warc ? ['--meta', path.join(CORPUS, 'meta.jsonl')] : [])]);
      expect(r.status, r.stderr).toBe(0);
      expect(byUrl(out)).toEqual(expected);
    }
  });

  it('reads JSON lines from standard input, with a stable id per line and an error entry for a broken line', () => {
    const lines = [
      JSON.stringify({ id: 'first', text: 'Cllr Ann Lee, the council leader, said the budget for next year was balanced after a long debate.' }),
      '{"id": "broken", ',
      JSON.stringify({ text: 'The council’s chief executive said the plan would be reviewed in June after the consultation closes.' }),
    ].join('\n');
    const out = path.join(tempDir('jsonl-stdin'), 'out');
    const r = spawnSync(process.execPath, [CLI, 'extract', '-', '--out', out], { input: lines, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')));
    expect(manifest.inputs.map((i) => [i.source, i.id, i.status, i.error ?? null])).toEqual([
      ['stdin:1', 'first', 'ok', null],
      ['stdin:2', 'stdin-L2', 'error', 'line 2 of stdin is not JSON'],
      ['stdin:3', 'stdin-L3', 'ok', null],
    ]);
  });
});
