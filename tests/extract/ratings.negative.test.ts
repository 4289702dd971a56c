import { describe, expect, it } from 'vitest';
import { extractRatings } from '../../src/extract/ratings/index.js';

// Grade words that are not grades: adjectives, praise, and grade words with no inspectorate in sight.
const NOT_RATINGS = [
  'Ofsted found that families have been experiencing inadequate practices over several years.',
  'Ofsted said the council had made good progress since the last visit.',
  'Inspectors said the leadership team was outstanding in its commitment to children.',
  'Ofsted noted that staff kept good records and received good support.',
  'The council has outstanding debts of £2m, the Ofsted report noted.',
  'The restaurant was rated good by diners last year.',
  'He was a star player for the county side.',
];

describe('extractRatings: negative cases', () => {
  it.each(NOT_RATINGS)('finds no rating in: %s', (sentence) => {
    expect(extractRatings(sentence)).toEqual([]);
  });
});
