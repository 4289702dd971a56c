import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ManifestSchema } from '../../src/schema/index.js';
import { ROOT, runCli, runCliOk, snapshot, tempDir } from '../pipeline/helpers.js';

const DEV = path.join(ROOT, '../shared/corpus/dev');
const META = path.join(DEV, 'meta.jsonl');

/** The dev articles split in two folders, alternately (copies in the temporary directory, never in the repository). */
function halves(): [string, string] {
  const [a, b] = [tempDir('merge-a'), tempDir('merge-b')];
  readdirSync(path.join(DEV, 'articles')).sort().forEach((f, i) => copyFileSync(path.join(DEV, 'articles', f), path.join(i % 2 ? b : a, f)));
  return [a, b];
}

const manifestOf = (dir: string) => ManifestSchema.parse(JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')));

describe('newsfacts merge', () => {
  let whole: string, outA: string, outB: string, inB: string;

  beforeAll(() => {
    whole = tempDir('merge-whole');
    runCliOk(['extract', path.join(DEV, 'articles'), '--out', whole, '--meta', META, '--quiet']);
    const [inA, b] = halves();
    inB = b;
    [outA, outB] = [tempDir('merge-out-a'), tempDir('merge-out-b')];
    runCliOk(['extract', inA, '--out', outA, '--meta', META, '--quiet']);
    runCliOk(['extract', inB, '--out', outB, '--meta', META, '--quiet']);
  }, 180_000);

  it('over two halves of the dev corpus, extracted apart, equals one run over all of it, file for file', () => {
    const merged = tempDir('merged');
    runCliOk(['merge', outA, outB, '--out', merged, '--quiet']);
    const [got, want] = [snapshot(merged), snapshot(whole)];
    expect(Object.keys(got)).toEqual(Object.keys(want));
    // the merged files (events, officials and whatever else the merge writes) before the rest, so that a difference names its file
    for (const name of Object.keys(want).filter((n) => !n.includes('/'))) expect(got[name], name).toEqual(want[name]);
    expect(got).toEqual(want);
    // a merged folder is an output folder: report and export accept it
    runCliOk(['export', merged, '--csv', path.join(tempDir('merged-csv'), 'csv')]);
  });

  it('reads the records of extract --jsonl - too, and keeps a record met twice once', () => {
    const lines = path.join(tempDir('merge-jsonl'), 'b.jsonl');
    writeFileSync(lines, runCliOk(['extract', inB, '--jsonl', '-', '--meta', META, '--quiet']));
    const merged = tempDir('merged-jsonl');
    runCliOk(['merge', outA, lines, outB, '--out', merged, '--quiet']);
    const [got, want] = [snapshot(merged), snapshot(whole)];
    for (const name of Object.keys(want).filter((n) => n !== 'manifest.json')) expect(got[name], name).toEqual(want[name]);
    // the JSON lines say nothing of an input's size: only the manifest's bytes differ
    const strip = (dir: string) => manifestOf(dir).inputs.map(({ bytes: _bytes, ...entry }) => entry);
    expect(strip(merged)).toEqual(strip(whole));
  });

  it('makes a record id met with another input an error entry, and refuses what is no output of extract', () => {
    const other = tempDir('merge-other-in');
    const first = readdirSync(path.join(DEV, 'articles')).sort()[0]!;
    // the same file name, so the same id, with other content
    writeFileSync(path.join(other, first), 'Cllr Ann Lee, the council leader, said the budget for the new library was approved on Tuesday.\n');
    const otherOut = tempDir('merge-other-out');
    runCliOk(['extract', other, '--out', otherOut, '--quiet']);
    const merged = tempDir('merged-clash');
    const r = runCli(['merge', outA, otherOut, '--out', merged]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/made from another input/);
    const entries = manifestOf(merged).inputs.filter((i) => i.source === first);
    expect(entries.map((e) => e.status).sort()).toEqual(['error', 'ok']);

    const notOurs = runCli(['merge', path.join(DEV, 'articles'), '--out', tempDir('merged-bad')]);
    expect(notOurs.status).toBe(2);
    expect(notOurs.stderr).toMatch(/not a newsfacts output folder/);
    expect(runCli(['merge', outA, '--out', outA]).status).toBe(2);
  });
});
