import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle, InputError, mergeRecords } from '../../src/index.js';
import { jsonChunks, toJson } from '../../src/pipeline/records.js';
import { ArticleRecordSchema, type ArticleRecord } from '../../src/schema/index.js';
import { ROOT, tempDir } from '../pipeline/helpers.js';
import { badSpans } from './spans.js';
import { writeBatch } from './batch.js';

const FIXTURES = ['fixtures/articles', 'fixtures/dev/articles'].flatMap((d) =>
  readdirSync(path.join(ROOT, d)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(ROOT, d, f), 'utf8')));

/** extractArticle's contract: InputError, or a valid record whose every span is true to its body. */
function checkArticle(raw: string): void {
  let record: ArticleRecord;
  try {
    record = extractArticle(raw, { id: 'p', fileName: 'p.txt' });
  } catch (e) {
    expect(e, `${(e as Error).stack}\ninput: ${JSON.stringify(raw.slice(0, 300))}`).toBeInstanceOf(InputError);
    return;
  }
  const parsed = ArticleRecordSchema.safeParse(record);
  expect(parsed.success, parsed.error?.message).toBe(true);
  expect(badSpans(record), JSON.stringify(raw.slice(0, 300))).toEqual([]);
}

type Edit = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'swap'; a: number; b: number };

/** A fixture with random insertions, deletions and line swaps. */
const mutated = fc.record({
  fixture: fc.nat({ max: FIXTURES.length - 1 }),
  edits: fc.array(fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom('\u201c', '\u201d', '"', "'", '\u2019', ' said ', 'Cllr ', ':', '\n', '\n\n', 'Ofsted rated it Good. ', '12 March 2024', ', he said.', '<p>', 'Published: ')) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
    fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  ), { maxLength: 12 }),
}).map(({ fixture, edits }) => edits.reduce(apply, FIXTURES[fixture]!));

function apply(text: string, e: Edit): string {
  if (e.kind === 'insert') { const at = e.at % (text.length + 1); return text.slice(0, at) + e.text + text.slice(at); }
  if (e.kind === 'delete') { const at = e.at % (text.length + 1); return text.slice(0, at) + text.slice(at + e.length); }
  const lines = text.split('\n');
  const a = e.a % lines.length, b = e.b % lines.length;
  [lines[a], lines[b]] = [lines[b]!, lines[a]!];
  return lines.join('\n');
}

describe('extractArticle on any input', () => {
  it('arbitrary unicode strings: InputError or a valid record with true spans', () => {
    fc.assert(fc.property(fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.array(fc.constantFrom('Cllr ', 'Ann ', 'Lee', ' said', ': ', '\u201c', '\u201d', '"', "'", 'Ofsted', ' rated ', 'Good', 'inadequate', ' in ', 'March ', '2024', '.', '\n', '\n\n', ' the council', ' Dr ', 'Smith', ', ', '(', ')'), { maxLength: 80 }).map((xs) => xs.join('')),
    ), checkArticle), { numRuns: 300 });
  }, 60_000);

  it('mutated fixtures: InputError or a valid record with true spans', () => {
    fc.assert(fc.property(mutated, checkArticle), { numRuns: 150 });
  }, 60_000);
});

describe('mergeRecords', () => {
  let records: ArticleRecord[] = [];
  beforeAll(() => {
    const dir = tempDir('prop-batch');
    const names = writeBatch(dir, 25, 11);
    records = [
      ...names.map((n) => extractArticle(readFileSync(path.join(dir, n)), { id: n.replace(/\.txt$/, ''), fileName: n })),
      ...FIXTURES.map((t, k) => extractArticle(t, { id: `fixture-${k}`, fileName: `fixture-${k}.txt` })),
    ];
  }, 60_000);

  it('gives the same events and officials for any order of the same records', () => {
    const indices = records.map((_, k) => k);
    const orders = fc.shuffledSubarray(indices, { minLength: 1 }).chain((sub) =>
      fc.tuple(fc.constant(sub), fc.shuffledSubarray(sub, { minLength: sub.length, maxLength: sub.length })));
    fc.assert(fc.property(orders, ([a, b]) => {
      const one = JSON.stringify(mergeRecords(a.map((k) => records[k]!)));
      const two = JSON.stringify(mergeRecords(b.map((k) => records[k]!)));
      expect(two).toBe(one);
    }), { numRuns: 60 });
    // and the whole batch forwards and backwards
    expect(JSON.stringify(mergeRecords([...records].reverse()))).toBe(JSON.stringify(mergeRecords(records)));
  }, 60_000);
});

describe('jsonChunks', () => {
  it('writes exactly the text of toJson, for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect([...jsonChunks(value)].join('')).toBe(toJson(value));
    }), { numRuns: 500 });
  });
});
