import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractBatch } from '../../src/index.js';
import { ArticleRecordSchema, EventSchema, ManifestSchema, RegistryOfficialSchema, type ArticleRecord, type Manifest } from '../../src/schema/index.js';
import { CLI, runCli, tempDir } from '../pipeline/helpers.js';
import { writeCorpus, type Expectation } from './corpus.js';
import { badSpans } from './spans.js';

/** Issue #6: the CLI pointed at a folder of everything a real scrape can hold. */
describe('a corpus of bad inputs', () => {
  let input: string, out: string, expected: Record<string, Expectation>;
  let run: ReturnType<typeof runCli>;
  let manifest: Manifest;

  beforeAll(() => {
    expect(existsSync(CLI), 'dist/cli/main.js missing: run npm run build').toBe(true);
    input = tempDir('bad-in');
    expected = writeCorpus(input, tempDir('bad-outside'));
    out = tempDir('bad-out');
    run = runCli(['extract', input, '--out', out, '--concurrency', '2']);
    manifest = ManifestSchema.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')));
  }, 240_000);

  it('holds at least 40 inputs', () => {
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(40);
  });

  it('exits 0', () => {
    expect(run.status, run.stderr.slice(-3000)).toBe(0);
  });

  it('accounts for every file, link and pipe in the manifest, once', () => {
    const sources = manifest.inputs.map((i) => i.source);
    expect(sources.length).toBe(new Set(sources).size);
    // hidden files and folders are no inputs, as a shell's * leaves them out
    expect([...sources].sort()).toEqual(Object.keys(expected).filter((s) => expected[s]!.want !== 'absent').sort());
    expect(manifest.counts.inputs).toBe(sources.length);
    expect(manifest.counts.ok + manifest.counts.errors).toBe(sources.length);
  });

  it('gives each input the outcome of its kind, with a reason a person understands', () => {
    const got = Object.fromEntries(manifest.inputs.map((i) => [i.source, i.status === 'ok' ? 'ok' : i.error ?? '(no reason)']));
    const wrong: string[] = [];
    for (const [source, { kind, want }] of Object.entries(expected)) {
      if (want === 'absent') continue;
      const g = got[source];
      const fine = want === 'ok' ? g === 'ok' : g !== undefined && want.test(g);
      if (!fine) wrong.push(`${JSON.stringify(source)} (${kind}): expected ${want === 'ok' ? 'ok' : want}, got ${JSON.stringify(g)}`);
    }
    expect(wrong).toEqual([]);
    for (const e of manifest.inputs.filter((i) => i.status === 'error')) expect(e.error).toMatch(/^[a-z][a-z -]+\w/i);
  });

  it('gives every input a distinct id', () => {
    const ids = manifest.inputs.map((i) => i.id).filter((id): id is string => id !== null);
    const dup = ids.filter((id, k) => ids.indexOf(id) !== k);
    expect(dup).toEqual([]);
  });

  it('writes a record for every ok input, named by a plain file name inside output/articles', () => {
    const files = readdirSync(path.join(out, 'articles')).filter((n) => !n.endsWith('.tmp'));
    const ok = manifest.inputs.filter((i) => i.status === 'ok');
    expect(files.sort()).toEqual(ok.map((i) => `${i.id}.json`).sort());
    for (const i of manifest.inputs) {
      if (i.id === null) continue;
      expect(i.id).not.toMatch(/[/\\\0]|^[.-]|^$/);
      const file = path.resolve(out, 'articles', `${i.id}.json`);
      expect(path.dirname(file)).toBe(path.resolve(out, 'articles'));
    }
    expect(readdirSync(out).sort()).toEqual(['.newsfacts', 'articles', 'bodies.json', 'events.json', 'manifest.json', 'officials.json', 'report.html', 'schema']);
  });

  it('writes only files that validate against the schemas, with every span true to the body', () => {
    const records: ArticleRecord[] = [];
    for (const name of readdirSync(path.join(out, 'articles'))) {
      const record = ArticleRecordSchema.parse(JSON.parse(readFileSync(path.join(out, 'articles', name), 'utf8')));
      expect(`${record.id}.json`).toBe(name);
      expect(badSpans(record), name).toEqual([]);
      records.push(record);
    }
    const events = EventSchema.array().parse(JSON.parse(readFileSync(path.join(out, 'events.json'), 'utf8')));
    RegistryOfficialSchema.array().parse(JSON.parse(readFileSync(path.join(out, 'officials.json'), 'utf8')));
    const ids = new Set(records.map((r) => r.id));
    for (const e of events) for (const s of e.sources) expect(ids.has(s.article), `${e.id} cites ${s.article}`).toBe(true);
  });

  it('never reads through a symbolic link', () => {
    const everything = readdirSync(path.join(out, 'articles')).map((n) => readFileSync(path.join(out, 'articles', n), 'utf8')).join('\n')
      + readFileSync(path.join(out, 'events.json'), 'utf8') + readFileSync(path.join(out, 'officials.json'), 'utf8');
    expect(everything).not.toContain('THIS-MUST-NEVER-BE-READ');
    expect(everything).not.toMatch(/root:x?:0:0/);
    expect(manifest.inputs.find((i) => i.source === 'passwd.txt')?.bytes).toBeUndefined();
  });

  it('reports each failure on stderr', () => {
    for (const e of manifest.inputs.filter((i) => i.status === 'error')) expect(run.stderr).toContain(`error: ${e.source}: ${e.error}`);
  });

  it('extractBatch reports an input that disappeared before it was read', async () => {
    const dir = tempDir('gone');
    writeFileSync(path.join(dir, 'here.txt'), 'Cllr Ann Lee said: \u201cWe will act on the report.\u201d\n');
    const results = [];
    for await (const r of extractBatch([
      { source: 'here.txt', path: path.join(dir, 'here.txt') },
      { source: 'gone.txt', path: path.join(dir, 'gone.txt') },
    ], { workers: 0 })) results.push(r);
    const gone = results.find((r) => r.source === 'gone.txt');
    expect(gone && 'error' in gone ? gone.error : gone).toBe('file disappeared before it could be read');
    const here = results.find((r) => r.source === 'here.txt');
    expect(here && 'record' in here ? here.record.quotes[0]?.speaker : here).toBe('Ann Lee');
  });
});
