import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates/index.js';

/** Things that must NOT come out as dates (durations, ages, money, scores, names, plain numbers). */
const NOT_DATES: [reason: string, text: string][] = [
  ['duration with hyphen', 'Our three-year plan and significant additional investment will help.'],
  ['duration without hyphen', 'We have a three year plan and have agreed an additional investment.'],
  ['the past + count', 'The service has improved at pace over the past 12 months.'],
  ['over the last year', 'Most children have had the same social worker over the last year.'],
  ['in the past year', 'Complaints doubled in the past year.'],
  ['the past few weeks', 'Talks stalled in the past few weeks.'],
  ['the last week', 'Six deaths were reported in the last week.'],
  ['the next month', 'A decision is expected over the next month.'],
  ['plain duration', 'The work will take two weeks.'],
  ['vague span', 'Families have experienced inadequate practices over several years.'],
  ['long-standing', 'Many of the issues are long-standing and deep-rooted.'],
  ['recent is not a date', 'A recent visit found improvements; the council recently appointed a director.'],
  ['money', 'An additional investment of £22million to support this.'],
  ['money in a year range', 'It cost £2010 and $1999 last time round.'],
  ['count of people', 'The plant employs 2000 workers.'],
  ['a house number', 'Police arrested a woman of 1119 Eighth St. and another of 2012 North Main Street.'],
  ['a statute’s year', 'The duty comes from the Children Act 2004 and the Care Regulations 2014.'],
  ['a holiday as a modifier', 'The Christmas market and the Halloween parade were cancelled.'],
  ['a month’s name as a name’s modifier', 'The May government fell and a June Carter song played.'],
  ['percentage', 'Prices rose by 2015% in the model.'],
  ['grade after a number', 'The school was rated 5 Outstanding.'],
  ['phase number', 'The Improvement Plan (Phase 3) will be presented.'],
  ['ordinal', 'This was the seventh and final monitoring visit.'],
  ['age', 'The victim, aged 19, was named.'],
  ['score', 'Spain won 2-1 and then 3-0.'],
  ['version number', 'Version 2.1.3 fixes the bug.'],
  ['identifier', 'The bus number 2010 was late.'],
  ['duration on a clock', 'He finished in 3:07:35.'],
  ['game clock', 'James put the Lakers up 109-98 with 3:08 to play.'],
  ['sports quarter', 'Kuzma left the court in the second quarter with an eye abrasion.'],
  ['newspaper title', 'The story ran in the Sunday Times.'],
  ['holiday name', 'Shops expect crowds on Black Friday.'],
  ['modal verb', 'Officials may decide to march on.'],
  ['month name as a person', 'June Brown thanked the staff.'],
  ['a person after "that"', 'He said that May would resign and that April Jones had left.'],
  ['"that June" with no year told before it', 'Nobody forgot that June, the month the mill closed.'],
  ['"October of that year" with no year told before it', 'The mill closed in October of that year, the town says.'],
  ['recurring day', 'The market opens every Friday.'],
  ['recurring season', 'Children are vaccinated each season.'],
  ['year-like count without context', 'A 1500 page report was released.'],
];

describe('extractDates: not dates', () => {
  it.each(NOT_DATES)('%s', (_reason, text) => {
    expect(extractDates(text, { publishedAt: '2022-09-21' })).toEqual([]);
  });

  it("finds only 'today' in 'around 18 today'", () => {
    const text = 'We have more than halved caseloads for social workers to around 18 today.';
    const found = extractDates(text, { publishedAt: '2022-09-21' });
    expect(found.map((m) => [m.text, m.value, text.slice(m.start, m.end)])).toEqual([['today', '2022-09-21', 'today']]);
  });

  it("keeps 'last year' without 'the' but not 'the last year'", () => {
    const text = 'It was rated inadequate last year, and improved over the last year.';
    const found = extractDates(text, { publishedAt: '2023-10-20' });
    expect(found.map((m) => [m.text, m.value, m.start])).toEqual([['last year', '2022', text.indexOf('last year')]]);
  });
});
