import { mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync, writeSync, closeSync, copyFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBatch } from '../../src/index.js';
import { ArticleRecordSchema, EventSchema, ManifestSchema, RegistryOfficialSchema } from '../../src/schema/index.js';
import { ROOT, runCli, tempDir } from '../pipeline/helpers.js';

const article = readFileSync(path.join(ROOT, 'fixtures/articles/004_292243a208640bdb.txt'));

/** Every kind of input a real scrape can hold, with the reason the manifest must give (or 'ok'). */
function corpus(dir: string): Record<string, RegExp | 'ok'> {
  const expect: Record<string, RegExp | 'ok'> = {};
  const put = (name: string, content: string | Buffer, want: RegExp | 'ok') => { writeFileSync(path.join(dir, name), content); expect[name] = want; };
  put('empty.txt', '', /empty file/);
  put('spaces.txt', '   \n\t\n ', /no text/);
  put('million-spaces.txt', ' '.repeat(1_000_000), /no text/);
  put('million-newlines.txt', '\n'.repeat(1_000_000), /no text/);
  put('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), /binary/);
  put('doc.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64), Buffer.from('stream')]), /binary/);
  put('archive.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0, 0, 0, 0]), /binary/);
  put('random.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), /binary/);
  put('not-gzip.html.gz', Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4]), /corrupt gzip/);
  put('invalid-utf8.txt', Buffer.concat([article.subarray(0, 400), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), article.subarray(400)]), 'ok');
  put('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article.toString('utf8'), 'utf16le')]), 'ok');
  put('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(article.toString('utf8'), 'utf16le').swap16()]), 'ok');
  put('cp1252.txt', Buffer.from('The council said \x93we will act\x94 on the \xa32m plan, Cllr Ann Lee said.', 'latin1'), 'ok');
  put('latin1.txt', Buffer.from('Le maire de Caf\xe9ville, Cllr Ren\xe9 Dupont, said the plan was \x22ready\x22 for 2024.', 'latin1'), 'ok');
  put('one-long-line.txt', 'The council said the budget was balanced. '.repeat(120_000), 'ok');
  put('no-body.html', '<html><head><title>Only a title</title></head></html>', /HTML page without article text/);
  put('only-scripts.html', `<html><body>${'<script>var x = 1;</script>'.repeat(500)}</body></html>`, /HTML page without article text/);
  put('unclosed.html', `<html><body><article><p>The council's chief executive Paul Walker said the budget was balanced after months of work<div><p>Councillors approved it on Tuesday evening after a long debate in the chamber</article>`, 'ok');
  put('nested.html', `<html><body>${'<div>'.repeat(10_000)}<p>The council said the plan would be published in March after a consultation with residents and staff.</p>${'</div>'.repeat(10_000)}</body></html>`, 'ok');
  put('unclosed-quote.txt', `Cllr Ann Lee said: “This quote never closes and goes on.\n\n${article.toString()}`, 'ok');
  put('many-quotes.txt', `The council said ${'"'.repeat(10_000)} and more.`, 'ok');
  put('many-curly.txt', `The council said ${'“'.repeat(5_000)}${'’'.repeat(5_000)} done.`, 'ok');
  put('apostrophes.txt', `${"children's ".repeat(20_000)}said the council.`, 'ok');
  put('cllr-run.txt', `${'Cllr '.repeat(50_000)}Jones said the plan was sound.`, 'ok');
  put('capitals.txt', `${'Aa Bb '.repeat(50_000)}said the council.`, 'ok');
  put('digits.txt', `${'2024 '.repeat(50_000)}was the year.`, 'ok');
  put('months.txt', `${'March '.repeat(50_000)}came.`, 'ok');
  put('said-run.txt', `${'said '.repeat(50_000)}the council.`, 'ok');
  put('commas.txt', `The council${','.repeat(200_000)} said.`, 'ok');
  put('control-chars.txt', `The council\u0007 said \u001b[31mred\u001b[0m that the plan was fine and would go ahead in May.`, 'ok');
  put('name with spaces.txt', article, 'ok');
  put('ünïcödé-名前.txt', article, 'ok');
  put('-leading-dash.txt', article, 'ok');
  put('..dots.txt', article, /hidden file/);
  mkdirSync(path.join(dir, '.git')); writeFileSync(path.join(dir, '.git', 'HEAD'), 'ref: main'); expect['.git'] = /hidden folder/;
  put(`${'long'.repeat(50)}.txt`, article, 'ok');
  put('noextension', article, 'ok');
  put('page.htm', `<html><body><article><p>${article.toString().split('\n').join('</p><p>')}</p></article></body></html>`, 'ok');
  mkdirSync(path.join(dir, 'sub', 'deeper'), { recursive: true });
  writeFileSync(path.join(dir, 'sub', 'deeper', 'nested.txt'), article); expect['sub/deeper/nested.txt'] = 'ok';
  writeFileSync(path.join(dir, 'sub', 'empty.txt'), ''); expect['sub/empty.txt'] = /empty file/;
  // 50 MB, over the default 20 MB budget: refused before it is read
  const big = openSync(path.join(dir, 'fifty-mb.txt'), 'w');
  const chunk = Buffer.from('The council met again. '.repeat(45_000));
  for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(big, chunk);
  closeSync(big);
  expect['fifty-mb.txt'] = /too large/;
  const outside = mkdtempSync(path.join(os.tmpdir(), 'newsfacts-outside-'));
  writeFileSync(path.join(outside, 'secret.txt'), 'Cllr Secret Person said: “This must never be read.”');
  symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'link-outside.txt')); expect['link-outside.txt'] = /symbolic link/;
  symlinkSync('/etc/passwd', path.join(dir, 'passwd.txt')); expect['passwd.txt'] = /symbolic link/;
  symlinkSync(path.join(dir, 'missing-target'), path.join(dir, 'dangling.txt')); expect['dangling.txt'] = /symbolic link/;
  execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]); expect['pipe.txt'] = /not a regular file/;
  return expect;
}

describe('a batch of bad inputs', () => {
  const input = tempDir('bad');
  const expected = corpus(input);
  const out = tempDir('bad-out');
  const run = runCli(['extract', input, '--out', out, '--concurrency', '2']);

  it('has at least 40 kinds of input', () => {
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(40);
  });

  it('ends normally and accounts for every file with a record or a reason', () => {
    expect(run.status, run.stderr).toBe(0);
    const manifest = ManifestSchema.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')));
    const got = Object.fromEntries(manifest.inputs.map((i) => [i.source, i.status === 'ok' ? 'ok' : i.error!]));
    expect(Object.keys(got).sort()).toEqual(Object.keys(expected).sort());
    for (const [source, want] of Object.entries(expected)) {
      if (want === 'ok') expect(got[source], source).toBe('ok');
      else expect(got[source], source).toMatch(want);
    }
  });

  it('writes only valid files, all inside the output folder, and never reads through a link', () => {
    const articles = readdirSync(path.join(out, 'articles'));
    for (const name of articles) {
      expect(name).toMatch(/^[^/\\\0.-][^/\\\0]*\.json$/);
      const record = ArticleRecordSchema.parse(JSON.parse(readFileSync(path.join(out, 'articles', name), 'utf8')));
      for (const q of record.quotes) expect(record.body.slice(q.start, q.end)).toBe(q.text);
      expect(record.body).not.toContain('must never be read');
    }
    EventSchema.array().parse(JSON.parse(readFileSync(path.join(out, 'events.json'), 'utf8')));
    RegistryOfficialSchema.array().parse(JSON.parse(readFileSync(path.join(out, 'officials.json'), 'utf8')));
  });

  it('reports a file that disappears before it is read', async () => {
    const dir = tempDir('gone');
    copyFileSync(path.join(ROOT, 'fixtures/articles/004_292243a208640bdb.txt'), path.join(dir, 'here.txt'));
    const results = [];
    for await (const r of extractBatch([{ source: 'here.txt', path: path.join(dir, 'here.txt') }, { source: 'gone.txt', path: path.join(dir, 'gone.txt') }], { workers: 0 })) results.push(r);
    const gone = results.find((r) => r.source === 'gone.txt')!;
    expect('error' in gone && gone.error).toBe('file disappeared before it could be read');
  });
});
