import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../pipeline/helpers.js';
import { prng } from './batch.js';

/** What the manifest must say about one input: 'ok', an error whose reason matches, or nothing ('absent': not an input). */
export type Expectation = { kind: string; want: 'ok' | RegExp | 'absent' };

const ARTICLE = readFileSync(path.join(ROOT, 'fixtures/articles/004_292243a208640bdb.txt'));
const ARTICLE_TEXT = ARTICLE.toString('utf8');
/** Plain ASCII apart from the characters that differ between encodings (curly quotes, £, é). */
const WESTERN = 'Councillors in Caf\u00e9ville agreed the \u00a32m plan on 3 May 2024.\n\n'
  + 'Cllr Ren\u00e9e Dupont, the council leader, said: \u201cWe will act on the report\u2019s findings.\u201d\n\n'
  + 'The council\u2019s chief executive said the plan would be reviewed in June.\n';

/**
 * Writes a bad-input corpus into `dir` (which must exist and be empty) and returns, per source
 * (path relative to dir, '/' separators), the kind of input and what the manifest must say.
 * `outside` is a folder outside `dir`, for the target of a symbolic link.
 */
export function writeCorpus(dir: string, outside: string): Record<string, Expectation> {
  const expected: Record<string, Expectation> = {};
  const put = (name: string, content: string | Uint8Array, kind: string, want: Expectation['want']) => {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
    expected[name] = { kind, want };
  };
  const rand = prng(6);
  const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(rand() * 256));

  // nothing in it
  put('empty.txt', '', 'empty', /^empty file$/);
  put('whitespace.txt', ' \t \n\r\n  \u00a0\n', 'whitespace only', /no text \(empty or whitespace only\)/);
  put('million-spaces.txt', ' '.repeat(1_000_000), 'a million spaces', /no text \(empty or whitespace only\)/);
  put('million-newlines.txt', '\n'.repeat(1_000_000), 'a million newlines', /no text \(empty or whitespace only\)/);

  // binary
  put('image.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), randomBytes(2000)]), 'PNG', /^binary file/);
  put('document.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 64 >>\nstream\n', 'latin1'), Buffer.alloc(64), randomBytes(500), Buffer.from('\nendstream\nendobj\n')]), 'PDF', /^binary file/);
  put('archive.zip', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), randomBytes(1000)]), 'ZIP', /^binary file/);
  put('random.bin', randomBytes(8192), 'random bytes', /^binary file/);
  put('random-bytes.txt', randomBytes(300), 'random bytes named .txt', /^binary file/);
  put('gzip-named-txt.txt', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]), 'gzip bytes named .txt', /gzip data in a file not named \.gz/);
  put('corrupt.html.gz', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]), 'corrupt gzip', /^corrupt gzip file/);

  // encodings
  put('invalid-utf8.txt', Buffer.concat([ARTICLE.subarray(0, 400), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff]), ARTICLE.subarray(400)]), 'invalid UTF-8', 'ok');
  put('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE_TEXT, 'utf16le')]), 'UTF-16LE with BOM', 'ok');
  put('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE_TEXT, 'utf16le').swap16()]), 'UTF-16BE with BOM', 'ok');
  put('utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), ARTICLE]), 'UTF-8 with BOM', 'ok');
  put('windows-1252.txt', cp1252(WESTERN), 'windows-1252 (curly quotes, £, é)', 'ok');
  put('latin-1.txt', Buffer.from(WESTERN.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"'), 'latin1'), 'latin-1 (£, é)', 'ok');
  put('declared-latin1.html', Buffer.from(`<html><head><meta charset="iso-8859-1"><title>Plan</title></head><body><article><p>${WESTERN.replace(/[\u2018\u2019\u201c\u201d]/g, '"').replace(/\n+/g, '</p><p>')}</p></article></body></html>`, 'latin1'), 'HTML declaring latin-1', 'ok');

  // size
  const big = openSync(path.join(dir, 'fifty-megabytes.txt'), 'w');
  const chunk = Buffer.from('The council met again and the plan was approved. '.repeat(20_000)); // 1 MB, written 50 times
  for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(big, chunk);
  closeSync(big);
  expected['fifty-megabytes.txt'] = { kind: '50 MB', want: /^too large: \d+ bytes \(limit 20971520; see --max-bytes\)$/ };
  // A 5 MB paragraph takes the extractors longer than the 30 s budget on a slow 2-core machine (known
  // limit): a record or the budget's clear error are both right, a hang or a crash is not.
  put('one-5mb-line.txt', wordsLine(5 * 1024 * 1024, rand), 'one line of 5 MB of words', /^ok$|timed out after/);

  // HTML
  put('no-body.html', '<!doctype html><html><head><title>Only a title</title><meta name="description" content="x"></head></html>', 'HTML without body', /HTML page without article text/);
  put('only-scripts.html', `<html><head><script>var a = "${'x'.repeat(500)}";</script></head><body>${'<script>document.write("The council said it would act.");</script><style>p{color:red}</style>'.repeat(300)}</body></html>`, 'HTML with only scripts', /HTML page without article text/);
  put('unclosed-tags.html', `<html><body><article><p>${ARTICLE_TEXT.split('\n').filter((l) => l.trim()).join('<p><b><i>')}<div><span><table><tr><td>`, 'HTML with unclosed tags', 'ok');
  put('nested-divs.html', `<html><body>${'<div>'.repeat(10_000)}<p>${ARTICLE_TEXT.split('\n').filter((l) => l.trim()).join('</p><p>')}</p>${'</div>'.repeat(10_000)}</body></html>`, 'HTML, 10,000 nested divs', 'ok');
  put('tags-only.html', '<html><body><div><span></span><br><hr><img src="x.png"></div></body></html>', 'HTML with tags and no text', /HTML page without article text/);

  // quote marks and other pathological text
  put('unclosed-quote.txt', `${ARTICLE_TEXT}\n\nCllr Ann Lee said: \u201cThis quotation never closes and goes on to the end of the file`, 'a quote mark that never closes', 'ok');
  put('quote-marks-straight.txt', `The council said ${'"'.repeat(10_000)} and nothing more.`, '10,000 straight quote marks', 'ok');
  put('quote-marks-curly.txt', `The council said ${'\u201c'.repeat(10_000)} and nothing more.`, '10,000 curly quote marks', 'ok');
  put('control-characters.txt', `The council\u0007 said \u001b[31mred\u001b[0m that the plan was fine and would go ahead in May.\n\n${ARTICLE_TEXT}`, 'a few control characters', 'ok');
  put('long-words.txt', `The council ${'a'.repeat(200_000)} said ${'B'.repeat(200_000)}.`, 'words of 200,000 letters', 'ok');

  // names
  put('name with spaces.txt', ARTICLE, 'spaces in the name', 'ok');
  put('\u00fcn\u00efc\u00f6d\u00e9-\u540d\u524d-\ud83d\udcf0.txt', ARTICLE, 'unicode name', 'ok');
  put('-leading-dash.txt', ARTICLE, 'leading dash', 'ok');
  put('--out.txt', ARTICLE, 'a name that looks like an option', 'ok');
  put('..foo.txt', ARTICLE, 'leading dots (would be a traversal)', 'absent');
  put('.hidden.txt', ARTICLE, 'hidden file', 'absent');
  put('twin.txt', ARTICLE, 'text beside an HTML file of the same name', /^same record id as twin\.html \('twin'\)/);
  put('twin.html', `<html><body><article><p>${ARTICLE_TEXT.split('\n').join('</p><p>')}</p></article></body></html>`, 'HTML beside a text file of the same name', 'ok');
  put(`${'a'.repeat(240)}.txt`, ARTICLE, 'a 244-byte ASCII name', 'ok');
  put(`${'\u00e9'.repeat(120)}.txt`, ARTICLE, 'a 244-byte name of two-byte letters', 'ok');
  put(`${'\u540d'.repeat(80)}.html`, `<html><body><article><p>${ARTICLE_TEXT.split('\n').join('</p><p>')}</p></article></body></html>`, 'a 245-byte name of three-byte letters', 'ok');
  put('no-extension', ARTICLE, 'no extension', 'ok');
  put('UPPER.TXT', ARTICLE, 'upper-case extension', 'ok');
  put('semi;colon&amp$(echo x)`id`.txt', ARTICLE, 'shell metacharacters', 'ok');
  put('back\\slash.txt', ARTICLE, 'a backslash', 'ok');
  put('new\nline.txt', ARTICLE, 'a newline', 'ok');

  // folders
  put('sub/nested.txt', ARTICLE, 'in a subfolder', 'ok');
  put('sub/deeper/page.htm', `<html><body><article><p>${ARTICLE_TEXT.split('\n').join('</p><p>')}</p></article></body></html>`, 'two folders down', 'ok');
  put('sub/empty.txt', '', 'empty, in a subfolder', /^empty file$/);
  put('.git/HEAD', 'ref: refs/heads/main\n', 'in a hidden folder', 'absent');

  // links and pipes: never followed, never opened
  writeFileSync(path.join(outside, 'secret.txt'), 'Cllr Secret Person said: \u201cTHIS-MUST-NEVER-BE-READ.\u201d\n');
  symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'link-outside.txt'));
  expected['link-outside.txt'] = { kind: 'symbolic link outside the folder', want: /^symbolic link \(not followed\)$/ };
  symlinkSync('/etc/passwd', path.join(dir, 'passwd.txt'));
  expected['passwd.txt'] = { kind: 'symbolic link to /etc/passwd', want: /^symbolic link \(not followed\)$/ };
  symlinkSync('empty.txt', path.join(dir, 'link-inside.txt'));
  expected['link-inside.txt'] = { kind: 'symbolic link inside the folder', want: /^symbolic link \(not followed\)$/ };
  symlinkSync(path.join(dir, 'no-such-file'), path.join(dir, 'dangling.txt'));
  expected['dangling.txt'] = { kind: 'dangling symbolic link', want: /^symbolic link \(not followed\)$/ };
  symlinkSync(outside, path.join(dir, 'linked-folder'));
  expected['linked-folder'] = { kind: 'symbolic link to a folder', want: /^symbolic link \(not followed\)$/ };
  execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
  expected['pipe.txt'] = { kind: 'FIFO', want: /^not a regular file/ };
  return expected;
}

/** About `bytes` bytes of words on one line, no newline. */
function wordsLine(bytes: number, rand: () => number): string {
  const words = ['the', 'council', 'said', 'inspection', 'Ofsted', 'report', 'March', '2024', 'children', 'services', 'improvement', 'leader', 'Herefordshire'];
  const out: string[] = [];
  let n = 0;
  while (n < bytes) {
    const w = words[Math.floor(rand() * words.length)]!;
    out.push(w);
    n += w.length + 1;
  }
  return out.join(' ');
}

/** windows-1252 bytes of a string whose characters all exist in that encoding. */
function cp1252(s: string): Buffer {
  const special: Record<string, number> = { '\u2018': 0x91, '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96, '\u2014': 0x97, '\u20ac': 0x80 };
  return Buffer.from([...s].map((c) => special[c] ?? c.charCodeAt(0)));
}
