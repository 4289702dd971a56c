import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/quotes/index.js';

// Quote marks that do not reproduce anyone's words.
const NOT_QUOTES = [
  'We are launching a ‘Listening to Families Forum’ next month.',
  'The council published its "Children and Young People Plan" in May.',
  'The so-called "experts" were not consulted.',
  'The report was titled "Ofsted Inspection of Local Authority Children\'s Services".',
  "The children's services department and the council's cabinet met.",
  'It was the council’s and the families’ decision.',
];

describe('extractQuotes: negative cases', () => {
  it.each(NOT_QUOTES)('finds no quotation in: %s', (sentence) => {
    expect(extractQuotes(sentence)).toEqual([]);
  });
});
