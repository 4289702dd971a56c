import { describe, expect, it } from 'vitest';
import { isCapitalised, isWord, tokenize } from '../../src/extract/context/tokens.js';
import { contextOf } from '../../src/extract/context/index.js';

const texts = (text: string, offset = 0) => tokenize(text, offset).map((t) => [t.text, t.start, t.end]);

describe('tokenize', () => {
  it('joins letters across an apostrophe, a hyphen or a full stop between them, and splits off other marks', () => {
    expect(tokenize('The co-op’s U.S. arm didn’t (yet) sign--today.').map((t) => t.text))
      .toEqual(['The', 'co-op’s', 'U.S', '.', 'arm', 'didn’t', '(', 'yet', ')', 'sign', '-', '-', 'today', '.']);
  });

  it('reads any script’s letters and digits, any space, and a character beyond the BMP as one', () => {
    // a non-breaking space and an ideographic space separate; an accented word and Arabic digits are words; an emoji is one mark
    expect(texts('Café\u00a0Ñandú\u3000٢٠٢٤ 😀x 𝒜b')).toEqual([
      ['Café', 0, 4], ['Ñandú', 5, 10], ['٢٠٢٤', 11, 15], ['😀', 16, 18], ['x', 18, 19], ['𝒜b', 20, 23],
    ]);
  });

  it('gives offsets into the whole text when it reads a part of it', () => {
    expect(texts(' a.b. ', 10)).toEqual([['a.b', 11, 14], ['.', 14, 15]]);
    expect(tokenize('  \n\t ')).toEqual([]);
  });
});

describe('token shapes', () => {
  it('tells capitals and words by their first character, in any script', () => {
    const [kelby, eel, quote, oland] = tokenize('Kelby eel “ Öland');
    expect([kelby, eel, quote, oland].map(isCapitalised)).toEqual([true, false, false, true]);
    expect([kelby, quote, oland].map(isWord)).toEqual([true, false, true]);
    expect(isCapitalised(undefined)).toBe(false);
  });
});

describe('the article context’s organisations', () => {
  it('names the council on its own line, without the last words of a byline above it', () => {
    const ctx = contextOf('7 November 2024 | Council Finance Weekly\n\nKelby City Council’s finance director issued the notice. Kelby City Council said it would act.');
    expect(ctx.organisations.council).toBe('Kelby City Council');
  });

  it('names the council without a word that describes it or its member ahead of its name', () => {
    expect(contextOf('Former Kelby County Council member Tom Reed was convicted of fraud.').organisations.council).toBe('Kelby County Council');
    expect(contextOf('Troubled Kelby County Council has issued a section 114 notice.').organisations.council).toBe('Kelby County Council');
  });
});
