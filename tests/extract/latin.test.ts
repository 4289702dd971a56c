import { describe, expect, it } from 'vitest';
import { latin } from '../../src/extract/shared/latin.js';

describe('latin', () => {
  it('spells a pattern’s letter classes in Latin letters, without the Unicode flag, matching what it matched before', () => {
    const unicode = /\b\p{Lu}[\p{L}’'-]*\s+(?:of\s+)?\p{Ll}+/gu;
    const spelled = latin(unicode);
    expect(spelled.flags).toBe('g');
    for (const text of ['Café Zoë in Kelby', 'the Zürich-born chief', 'Ann Lee’s statement', 'Pellham of old']) {
      expect(text.match(spelled)).toEqual(text.match(unicode));
    }
    expect('Café Zoë in Kelby'.match(spelled)).toEqual(['Zoë in']);
  });

  it('leaves a pattern that needs the Unicode flag for more than letters as it is', () => {
    const digits = /\p{L}+\p{N}/giu;
    expect(latin(digits)).toBe(digits);
    const plain = /kelby/i;
    expect(latin(plain)).toBe(plain);
  });
});
