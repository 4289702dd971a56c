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

// Words a sieve may take for a speaker that cannot speak: the quote keeps no speaker rather than a wrong one.
const NOT_SPEAKERS: Array<[string, string]> = [
  ['a capitalised word opening its sentence, modifying a noun', 'Staffing levels were poor. Shift patterns were described as "as chaotic as anyone could imagine" by staff.'],
  ['an existential "there"', 'Morale had fallen. There was a "complete lack of direction at the top" in the service.'],
  ['a credit grade code', 'The county now has a Baa2 rating. Baa2 is two notches lower. “The county’s reserves have fallen sharply over three years,” the agency wrote.'],
  ['a possessive that determines the subject', 'Eastmoor Council’s housing services have seen a “marked decline over the last four years”.'],
  ['a noun that cannot speak', 'That decision followed a finding that the payments were "unlawful on several counts and must be repaid".'],
];

describe('extractQuotes: no speaker that cannot speak', () => {
  it.each(NOT_SPEAKERS)('%s', (_case, body) => {
    for (const q of extractQuotes(body)) expect(['Shift', 'There', 'Baa2', 'Eastmoor Council’s', 'decision']).not.toContain(q.speaker);
  });
});
