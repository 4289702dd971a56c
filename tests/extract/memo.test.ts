import { describe, expect, it } from 'vitest';
import { memo } from '../../src/extract/shared/memo.js';

describe('memo', () => {
  it('computes a key once, remembers a falsy value too, and stays within its limit', () => {
    const calls: string[] = [];
    const judge = memo((word: string) => { calls.push(word); return word.length > 3 ? word.toUpperCase() : null; }, 2);
    expect([judge('kelby'), judge('kelby'), judge('of'), judge('of')]).toEqual(['KELBY', 'KELBY', null, null]);
    expect(calls).toEqual(['kelby', 'of']);
    // a third key empties the full table: the first is computed again
    expect(judge('trust')).toBe('TRUST');
    expect(judge('kelby')).toBe('KELBY');
    expect(calls).toEqual(['kelby', 'of', 'trust', 'kelby']);
  });
});
