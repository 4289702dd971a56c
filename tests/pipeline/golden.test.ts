import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCliOk, snapshot, tempDir } from './helpers.js';

describe('committed output/', () => {
  it('is exactly what a fresh run over fixtures/articles produces, at any concurrency', () => {
    const committed = snapshot(path.join(ROOT, 'output'));
    for (const concurrency of ['1', '8']) {
      const out = tempDir('golden');
      runCliOk(['extract', 'fixtures/articles', '--out', out, '--concurrency', concurrency, '--quiet']);
      expect(snapshot(out)).toEqual(committed);
    }
  });
});
