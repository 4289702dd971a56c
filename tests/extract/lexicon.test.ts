import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import lexicon from '../../src/extract/shared/lexicon.json' with { type: 'json' };
import { lexiconTags } from '../../src/extract/shared/lexicon.js';

describe('lexicon', () => {
  it('is the lexicon of the installed compromise (after an upgrade: npm run lexicon)', () => {
    const installed = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
    expect(lexicon).toEqual(installed);
  });

  it('gives every tag of a word, whatever its case, and none for an unknown word', () => {
    expect(lexiconTags('Said')).toContain('PastTense');
    expect(lexiconTags('hillary')).toContain('FemaleName');
    expect(lexiconTags('zzqx')).toEqual([]);
  });
});
