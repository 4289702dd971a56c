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
  // a recommendation, a threat or a figure of speech is no special measures
  'The chief inspector of hospitals recommended that the trust be placed in special measures by the CQC.',
  'Ofsted warned the school could be placed in special measures next year.',
  'The force remains effectively in special measures, the HMICFRS report said.',
  // stars in names, and letter grades that are roads or initials
  'Ofsted visited the Five-Star Academy on the A1 road.',
  'The 5-Star Movement won the vote, Moody’s analysts noted.',
  'He wrote two Star Trek novels before the Fitch report came out.',
  // a grade word before a noun is an adjective
  'Ofsted found “excellent” cleaning records and good teaching.',
];

describe('extractRatings: negative cases', () => {
  it.each(NOT_RATINGS)('finds no rating in: %s', (sentence) => {
    expect(extractRatings(sentence)).toEqual([]);
  });
});
