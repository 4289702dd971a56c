import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManifestSchema } from '../../src/schema/index.js';
import { CLI, ROOT, runCli, tempDir } from '../pipeline/helpers.js';
import { writeBatch } from '../reliability/batch.js';

const ARTICLE = path.join(ROOT, 'fixtures/articles/002_552425eedcb00950.txt');
const HTML = '<html><body><article><h1>Budget set</h1><p>The council’s chief executive Paul Walker said: “We have balanced the budget for next year.”</p><p>Councillors approved the plan on Tuesday after a long debate.</p></article></body></html>';

function inputOf(names: string[]): string {
  const dir = tempDir('safe-in');
  for (const name of names) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    if (name.endsWith('.html')) writeFileSync(path.join(dir, name), HTML);
    else copyFileSync(ARTICLE, path.join(dir, name));
  }
  return dir;
}

const manifestOf = (out: string) => ManifestSchema.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')));
const records = (out: string) => readdirSync(path.join(out, 'articles')).sort();

describe('the output folder is the tool’s own', () => {
  it('deletes and replaces only files it wrote: a user’s file in its folder survives every run', () => {
    const input = inputOf(['a.txt', 'b.txt']);
    const out = path.join(tempDir('safe-out'), 'new');
    expect(runCli(['extract', input, '--out', out]).status).toBe(0);
    writeFileSync(path.join(out, 'articles', 'mine.json'), '{"mine":true}');
    writeFileSync(path.join(out, 'notes.txt'), 'my notes');
    // b.txt goes away: its record is stale and removed; the user's files stay as they were
    spawnSync('rm', [path.join(input, 'b.txt')]);
    expect(runCli(['extract', input, '--out', out]).status).toBe(0);
    expect(records(out)).toEqual(['a.json', 'mine.json']);
    expect(readFileSync(path.join(out, 'articles', 'mine.json'), 'utf8')).toBe('{"mine":true}');
    expect(readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('my notes');
  });

  it('refuses a folder that holds files it did not write, touching nothing, unless --force; even then it deletes none', () => {
    const input = inputOf(['a.txt']);
    const out = tempDir('safe-foreign');
    mkdirSync(path.join(out, 'articles'));
    writeFileSync(path.join(out, 'articles', 'mine.json'), '{"mine":true}');
    writeFileSync(path.join(out, 'events.json'), 'my events');
    const refused = runCli(['extract', input, '--out', out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/holds files newsfacts did not write.*--force/);
    expect(readdirSync(out).sort()).toEqual(['articles', 'events.json']);
    expect(readFileSync(path.join(out, 'events.json'), 'utf8')).toBe('my events');

    expect(runCli(['extract', input, '--out', out, '--force']).status).toBe(0);
    expect(records(out)).toEqual(['a.json', 'mine.json']);
    expect(existsSync(path.join(out, '.newsfacts'))).toBe(true);
  });

  it('refuses an output folder inside the input folder', () => {
    const input = inputOf(['a.txt']);
    const r = runCli(['extract', input, '--out', path.join(input, 'out')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/inside the input folder/);
    expect(existsSync(path.join(input, 'out'))).toBe(false);
  });
});

describe('ids and inputs', () => {
  it('keeps a record’s id when a file of the same name appears beside it', () => {
    const input = inputOf(['page.html']);
    const out = path.join(tempDir('safe-ids'), 'out');
    expect(runCli(['extract', input, '--out', out]).status).toBe(0);
    expect(records(out)).toEqual(['page.json']);
    const before = readFileSync(path.join(out, 'articles', 'page.json'), 'utf8');
    copyFileSync(ARTICLE, path.join(input, 'page.txt'));
    expect(runCli(['extract', input, '--out', out]).status).toBe(0);
    expect(records(out)).toEqual(['page.json']);
    expect(readFileSync(path.join(out, 'articles', 'page.json'), 'utf8')).toBe(before);
    const txt = manifestOf(out).inputs.find((i) => i.source === 'page.txt')!;
    expect(txt).toMatchObject({ status: 'error', error: expect.stringMatching(/same record id as page\.html/) });
  });

  it('reads a single file, and standard input for -', () => {
    const out = path.join(tempDir('safe-file'), 'out');
    expect(runCli(['extract', ARTICLE, '--out', out]).status).toBe(0);
    expect(records(out)).toEqual(['002_552425eedcb00950.json']);
    const stdinOut = path.join(tempDir('safe-stdin'), 'out');
    const r = spawnSync(process.execPath, [CLI, 'extract', '-', '--out', stdinOut], { input: readFileSync(ARTICLE), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(records(stdinOut)).toEqual(['stdin.json']);
  });
});

describe('errors', () => {
  const input = inputOf(['a.txt']);
  it.each([
    ['no input', ['extract', '--out', 'x'], /extract needs an input/],
    ['a missing input', ['extract', path.join(input, 'missing'), '--out', path.join(input, '..', 'o')], /input not found/],
    ['--out that is a file', ['extract', input, '--out', ARTICLE], /is a file, not a folder/],
    ['--out where no folder can be made', ['extract', input, '--out', '/proc/newsfacts-nope'], /cannot create/],
    ['a negative number', ['extract', input, '--concurrency', '-3'], /--concurrency takes a whole number of at least 1, got '-3'/],
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
  ])('%s: exit 2 with a one-line reason and the usage hint', (_case, args, message) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/Run 'newsfacts --help' for usage/);
  });

  it('says so when npm took --out for itself', () => {
    const r = spawnSync(process.execPath, [CLI, 'extract', input], { encoding: 'utf8', env: { ...process.env, npm_config_out: 'x' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/npm took --out x for itself: put -- before the arguments/);
  });

  it('eval exits 1 when the output holds none of the gold’s articles', () => {
    const out = path.join(tempDir('safe-eval'), 'out');
    expect(runCli(['extract', input, '--out', out]).status).toBe(0);
    const r = runCli(['eval', '--gold', path.join(ROOT, 'fixtures/gold'), '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/has a record for none of the articles/);
  });

  it('stops within a second of one SIGTERM, keeping what it wrote', async () => {
    const big = tempDir('safe-big');
    writeBatch(big, 2000, 5);
    const out = path.join(tempDir('safe-term'), 'out');
    const child = spawn(process.execPath, [CLI, 'extract', big, '--out', out, '--concurrency', '2', '--quiet'], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const articles = path.join(out, 'articles');
    for (let t = 0; t < 60_000 && !(existsSync(articles) && readdirSync(articles).length >= 50); t += 20) await new Promise((r) => setTimeout(r, 20));
    const t0 = Date.now();
    child.kill('SIGTERM');
    const code = await exited;
    const ms = Date.now() - t0;
    console.log(`stopped ${ms} ms after SIGTERM`);
    expect(code).toBe(130);
    expect(ms).toBeLessThan(1000);
    expect(manifestOf(out).run.interrupted).toBe(true);
  }, 120_000);
});
