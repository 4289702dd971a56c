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
  // titles of shows and works after 'on', 'of' or a possessive, even next to a cue verb
  'Sanders told MSNBC’s “Morning Joe” that the race was close.',
  'Paul Ryan said on “Face the Nation” that he had not decided.',
  'She appeared on the "State of the Union" programme last week.',
  // a title in apposition before a cue whose object is a clause, not a speaker
  'A paper to the scrutiny committee, “Facing the Housing Crisis”, said the council had overspent its housing budget by £3.1m.',
  // a grade's name in quote marks names the grade; nobody is quoted
  'The academy was rated “requires improvement” by Ofsted last month.',
  'Inspectors from the CQC said the ward was ‘inadequate’.',
  // scare quotes
  'The so-called “elites” were blamed for the result.',
  'Voters cared about "super PACs" less than expected.',
  // apostrophes and single marks that open nothing
  "The candidates' plans and the voters' fears were discussed in the '90s.",
];

describe('extractQuotes: negative cases', () => {
  it.each(NOT_QUOTES)('finds no quotation in: %s', (sentence) => {
    expect(extractQuotes(sentence)).toEqual([]);
  });
});
