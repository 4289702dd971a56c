import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeInput, mergeInputs } from '../../src/merge/index.js';
import { ValuePool } from '../../src/merge/intern.js';
import { extractArticle } from '../../src/pipeline/index.js';

const dir = path.resolve(__dirname, '../../fixtures/articles');
const records = readdirSync(dir).sort().map((f) => extractArticle(readFileSync(path.join(dir, f)), { id: f.replace(/\.txt$/, ''), fileName: f }));
/** Fresh copies, as merge inputs arrive from the workers. */
const inputs = () => records.map((r) => structuredClone(mergeInput(r)));

describe('ValuePool: what a batch keeps of its merge inputs', () => {
  it('shares one frozen copy of a small value that several articles hold', () => {
    const pool = new ValuePool();
    const official = { name: 'Jane Smith', honorific: 'Cllr', roles: ['Leader'], organization: null };
    const a = pool.intern({ id: 'a', officials: [structuredClone(official)] });
    const b = pool.intern({ id: 'b', officials: [structuredClone(official)] });
    expect(b.officials[0]).toBe(a.officials[0]);
    expect(Object.isFrozen(a.officials[0]) && Object.isFrozen(a.officials[0]!.roles)).toBe(true);
    expect(Object.isFrozen(a)).toBe(false); // containers stay the article's own
  });

  it('keeps long texts and values holding objects as they are', () => {
    const pool = new ValuePool();
    const evidence = { text: 'x'.repeat(200), start: 0, end: 200 };
    const a = pool.intern({ evidence: structuredClone(evidence) });
    const b = pool.intern({ evidence: structuredClone(evidence) });
    expect(b.evidence).not.toBe(a.evidence);
    expect(Object.isFrozen(a.evidence)).toBe(false);
  });

  it('changes nothing the merge gives, and freezes nothing of the records', () => {
    const pool = new ValuePool();
    const shared = inputs().map((i) => pool.intern(i));
    expect(JSON.stringify(mergeInputs(shared))).toBe(JSON.stringify(mergeInputs(inputs())));
    // mergeInput copies what it takes from a record, so interning its own output leaves the record alone
    for (const r of records) pool.intern(mergeInput(r));
    expect(records.flatMap((r) => r.officials).some((o) => Object.isFrozen(o) || Object.isFrozen(o.roles))).toBe(false);
  });
});
