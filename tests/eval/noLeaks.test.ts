import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../pipeline/helpers.js';

/**
 * fixtures/dev and ../shared/corpus/dev measure how the rules generalise; a test that quotes them
 * would tune the rules to their sentences. No line of a test file shares eight consecutive words
 * with their articles.
 */
describe('tests use sentences written for them', () => {
  it('no test line quotes a held-apart article (scripts/check-test-leaks.mjs)', () => {
    const r = spawnSync(process.execPath, ['scripts/check-test-leaks.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/^0 test line\(s\)/m);
  });
});
