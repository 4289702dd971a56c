import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleRecordSchema, ManifestSchema } from '../../src/schema/index.js';
import { ROOT, runCli, tempDir } from './helpers.js';

function badInputFolder(): string {
  const dir = tempDir('in');
  copyFileSync(path.join(ROOT, 'fixtures/articles/002_552425eedcb00950.txt'), path.join(dir, 'good.txt'));
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'blank.txt'), '   \n\n  ');
  writeFileSync(path.join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  // windows-1252: curly quotes and a pound sign as single bytes
  writeFileSync(path.join(dir, 'latin.txt'), Buffer.from('The council said \x93we will act\x94 on the \xa32m plan, Cllr Ann Lee said.', 'latin1'));
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'sub', 'page.html'), '<html><head><title>Budget set | Local News</title></head><body><article><h1>Budget set</h1><p>The council’s chief executive Paul Walker said: “We have balanced the budget for next year.”</p><p>Councillors approved the plan on Tuesday after a long debate in the chamber.</p></article></body></html>');
  return dir;
}

describe('newsfacts extract', () => {
  it('reports bad files in the manifest and on stderr, and goes on with the rest', () => {
    const out = tempDir('out');
    const r = runCli(['extract', badInputFolder(), '--out', out, '--concurrency', '3']);
    expect(r.status).toBe(0);
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')));
    const status = Object.fromEntries(manifest.inputs.map((i) => [i.source, i.error ?? i.status]));
    expect(status).toMatchObject({ 'good.txt': 'ok', 'latin.txt': 'ok', 'sub/page.html': 'ok' });
    expect(status['empty.txt']).toMatch(/empty/);
    expect(status['blank.txt']).toMatch(/no text/);
    expect(status['image.png']).toMatch(/binary/);
    expect(manifest.counts).toMatchObject({ inputs: 6, ok: 3, errors: 3 });
    expect(r.stderr).toMatch(/error: image\.png: binary/);

    const latin = ArticleRecordSchema.parse(JSON.parse(readFileSync(path.join(out, 'articles/latin.json'), 'utf8')));
    expect(latin.encoding).toBe('windows-1252');
    expect(latin.quotes.map((q) => q.text)).toEqual(['we will act']);
    expect(latin.body).toContain('£2m');
  });

  it('reports a record it could not write as an error and leaves it out of the merge', () => {
    const input = tempDir('in');
    for (const name of ['a', 'b']) copyFileSync(path.join(ROOT, 'fixtures/articles/002_552425eedcb00950.txt'), path.join(input, `${name}.txt`));
    const out = tempDir('out');
    mkdirSync(path.join(out, 'articles', 'b.json'), { recursive: true }); // a folder where the record should go: the rename fails
    expect(runCli(['extract', input, '--out', out, '--force']).status).toBe(0);
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')));
    const b = manifest.inputs.find((i) => i.source === 'b.txt')!;
    expect(b.status).toBe('error');
    expect(b.error).toMatch(/could not write the record/);
    const events = JSON.parse(readFileSync(path.join(out, 'events.json'), 'utf8')) as Array<{ sources: Array<{ article: string }> }>;
    const cited = new Set(events.flatMap((e) => e.sources.map((s) => s.article)));
    expect(cited.has('a')).toBe(true);
    expect(cited.has('b')).toBe(false);
    expect(readdirSync(path.join(out, 'articles')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('exits 1 when nothing could be processed and 2 on bad arguments', () => {
    const empty = tempDir('none');
    writeFileSync(path.join(empty, 'empty.txt'), '');
    expect(runCli(['extract', empty, '--out', tempDir('out')]).status).toBe(1);
    const bad = runCli(['extract', empty, '--concurrency', 'zero']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--concurrency takes a whole number/);
    expect(runCli(['frobnicate']).status).toBe(2);
  });

  it('joins a --meta sidecar by id or path, warns of rows it cannot use, and refuses a missing one', () => {
    const input = tempDir('in');
    mkdirSync(path.join(input, 'sub'));
    copyFileSync(path.join(ROOT, 'fixtures/articles/002_552425eedcb00950.txt'), path.join(input, 'a.txt'));
    copyFileSync(path.join(ROOT, 'fixtures/articles/003_0b8235c616c1b25d.txt'), path.join(input, 'sub', 'b.txt'));
    const meta = path.join(tempDir('meta'), 'meta.csv');
    writeFileSync(meta, 'id,path,url,date_publish\na,,https://example.org/a,2022-09-21T08:00:00Z\n,sub/b.txt,https://example.org/b,2022-09-22\nzzz,,https://example.org/z,2022-09-23\n');
    const out = path.join(tempDir('out'), 'o');
    const r = runCli(['extract', input, '--out', out, '--meta', meta]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: .*meta\.csv: 1 row\(s\) name no input \(zzz\)/);
    const a = ArticleRecordSchema.parse(JSON.parse(readFileSync(path.join(out, 'articles/a.json'), 'utf8')));
    const b = ArticleRecordSchema.parse(JSON.parse(readFileSync(path.join(out, 'articles/sub__b.json'), 'utf8')));
    expect([a.url, a.publishedAt, a.publishedAtSource]).toEqual(['https://example.org/a', '2022-09-21', 'meta']);
    expect([b.url, b.publishedAt]).toEqual(['https://example.org/b', '2022-09-22']);
    const missing = runCli(['extract', input, '--out', path.join(tempDir('out'), 'o'), '--meta', path.join(input, 'nope.jsonl')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--meta .*nope\.jsonl: file not found/);
  });

  it('documents every option in --help', () => {
    const help = runCli(['--help']).stdout;
    for (const option of ['--out', '--meta', '--concurrency', '--max-bytes', '--quiet', '--gold', '--articles', '--problems', '--json', '--no-report',
      '--sqlite', '--csv', '--jsonl']) expect(help).toContain(option);
  });
});
