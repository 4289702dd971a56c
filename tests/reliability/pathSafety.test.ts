import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignIds, listInputs, safeId } from '../../src/pipeline/inputs.js';
import { tempDir } from '../pipeline/helpers.js';

/** Pieces that make names dangerous, mixed into arbitrary unicode strings. */
const DANGER = ['../', '..\\', '/', '\\', '\0', '.', '..', '-', '--', '/etc/passwd', 'C:\\Windows\\', '~/', '\n', '\u202e', ' ', '.json', '\u00e9', '\u540d', '\ud83d\udcf0'];
const nameArb = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...DANGER)), { maxLength: 8 }).map((xs) => xs.join(''));

const OUT = path.resolve('/tmp/newsfacts-out-root');
const ARTICLES = path.join(OUT, 'articles');

/** Why an id is unsafe as `articles/<id>.json`, or null when it is safe. */
function unsafe(id: string): string | null {
  if (id === '') return 'empty';
  if (/[/\\\0]/.test(id)) return 'separator or NUL';
  if (/^[.-]/.test(id)) return 'leading dot or dash';
  const file = path.resolve(ARTICLES, `${id}.json`);
  if (path.dirname(file) !== ARTICLES) return `resolves outside the output folder: ${file}`;
  return null;
}

describe('record ids made from file names', () => {
  it('safeId never gives a separator, NUL, leading dot or dash, or a path outside the output folder', () => {
    fc.assert(fc.property(nameArb, (name) => {
      expect(unsafe(safeId(name)), JSON.stringify(name)).toBeNull();
    }), { numRuns: 2000 });
    for (const name of ['..', '.', '../../etc/passwd', '/etc/passwd', '\0', '-rf', '--out', '.json', '..foo.txt', '']) expect(unsafe(safeId(name)), name).toBeNull();
  });

  it('assignIds gives safe ids to any list of sources, including duplicates and traversals', () => {
    fc.assert(fc.property(fc.array(nameArb, { maxLength: 12 }), (sources) => {
      for (const { id, source } of assignIds(sources.map((source) => ({ source })))) expect(unsafe(id), JSON.stringify(source)).toBeNull();
    }), { numRuns: 1000 });
  });

  it('assignIds gives distinct sources distinct ids (one input never overwrites the record of another)', () => {
    // names a real folder can hold side by side
    for (const pair of [['a:b.txt', 'a_b.txt'], ['sub/x.txt', 'sub__x.txt'], ['a?.txt', 'a*.txt']]) {
      const ids = assignIds(pair.map((source) => ({ source }))).map((f) => f.id);
      expect(new Set(ids).size, `${JSON.stringify(pair)} -> ${JSON.stringify(ids)}`).toBe(2);
    }
    fc.assert(fc.property(fc.uniqueArray(nameArb, { maxLength: 12 }), (sources) => {
      const ids = assignIds(sources.map((source) => ({ source }))).map((f) => f.id);
      expect(new Set(ids).size, JSON.stringify(sources)).toBe(ids.length);
    }), { numRuns: 1000 });
  });

  it('ids fit in a file name, with the writer\'s temporary name around them (255 bytes on Linux)', () => {
    const letters = fc.array(fc.constantFrom('a', '-', '\u00e9', '\u540d', '\ud83d\udcf0'), { minLength: 1, maxLength: 250, size: 'max' }).map((xs) => xs.join(''));
    fc.assert(fc.property(fc.oneof(letters, fc.string({ unit: 'grapheme', maxLength: 300 })), (name) => {
      const id = safeId(name);
      // writers.ts writes `.${id}.json.${pid}.tmp`, then renames it to `${id}.json`; pids go up to 2^22
      expect(Buffer.byteLength(`.${id}.json.4194304.tmp`), JSON.stringify(name)).toBeLessThanOrEqual(255);
    }), { numRuns: 500 });
    // a file name Linux accepts (244 bytes): its record must be writable too
    expect(Buffer.byteLength(`.${safeId('\u00e9'.repeat(120))}.json.4194304.tmp`)).toBeLessThanOrEqual(255);
  });

  it('listInputs over real folders of arbitrary names: sources relative, paths inside the folder, ids safe', async () => {
    // names a file system accepts: no '/', no NUL, at most 255 bytes, not '.' or '..'
    const fileName = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      .map((s) => s.replace(/[/\0]/g, '_'))
      .filter((s) => s !== '.' && s !== '..' && Buffer.byteLength(s) <= 200);
    await fc.assert(fc.asyncProperty(fc.uniqueArray(fileName, { minLength: 1, maxLength: 6 }), fc.boolean(), async (names, nested) => {
      const dir = tempDir('names');
      try {
        const sub = nested ? path.join(dir, '..sub dir', '-x') : dir;
        mkdirSync(sub, { recursive: true });
        mkdirSync(path.join(dir, 'plain'), { recursive: true });
        for (const n of names) {
          writeFileSync(path.join(sub, n), 'text');
          writeFileSync(path.join(dir, 'plain', n), 'text');
        }
        const inputs = await listInputs(dir);
        for (const f of inputs) {
          expect(unsafe(f.id), JSON.stringify(f.source)).toBeNull();
          expect(path.isAbsolute(f.source) || f.source.split('/').includes('..'), f.source).toBe(false);
          expect(path.relative(dir, f.path).split(path.sep)[0], f.path).not.toBe('..');
          expect(f.path).toBe(path.join(dir, f.source));
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }), { numRuns: 60 });
  });
});
