import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates/index.js';
import { DateMentionSchema } from '../../src/schema/index.js';

interface Expected {
  text: string;
  value: string | null;
  endValue?: string;
  partOfDay?: string;
  /** The weekday the text names, ISO. */
  weekday?: number;
  granularity?: string;
  implied?: string[];
}

/** Every mention found, in order; offsets must point at the text. */
function run(text: string, publishedAt?: string | null) {
  const found = extractDates(text, { publishedAt });
  for (const m of found) {
    expect(DateMentionSchema.parse(m)).toEqual(m);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  return found;
}

function check(text: string, publishedAt: string | null | undefined, expected: Expected[]) {
  const found = run(text, publishedAt);
  expect(found.map((m) => ({ text: m.text, value: m.value, ...(m.endValue ? { endValue: m.endValue } : {}) })))
    .toEqual(expected.map((e) => ({ text: e.text, value: e.value, ...(e.endValue ? { endValue: e.endValue } : {}) })));
  expected.forEach((e, i) => {
    if (e.granularity) expect(found[i]!.granularity).toBe(e.granularity);
    if (e.implied) expect(found[i]!.implied).toEqual(e.implied);
    if (e.partOfDay) expect(found[i]!.partOfDay).toBe(e.partOfDay);
    if (e.weekday) expect(found[i]!.weekday).toBe(e.weekday);
  });
}

type Case = [sentence: string, publishedAt: string | null, expected: Expected[]];

describe('extractDates: absolute dates', () => {
  const cases: Case[] = [
    ['The visit took place on 17 and 18 June 2025.', '2025-07-17', [{ text: '17 and 18 June 2025', value: '2025-06-17', endValue: '2025-06-18', granularity: 'day', implied: [] }]],
    ['Inspectors visited on Tuesday 6 and Wednesday 7 February.', '2024-03-14', [{ text: 'Tuesday 6 and Wednesday 7 February', value: '2024-02-06', endValue: '2024-02-07', granularity: 'day' }]],
    ['Inspectors called on 9, 10 and 11 October 2023, and again on November 2, 3 and 4, 2023.', null, [{ text: '9, 10 and 11 October 2023', value: '2023-10-09', endValue: '2023-10-11' }, { text: 'November 2, 3 and 4, 2023', value: '2023-11-02', endValue: '2023-11-04' }]],
    ['Ofsted deemed the services inadequate in July 2022.', null, [{ text: 'July 2022', value: '2022-07', granularity: 'month' }]],
    ['An April Fitch review and the June meeting of the board both found gaps.', '2024-07-10', [{ text: 'April', value: '2024-04' }, { text: 'June', value: '2024-06' }]],
    ['He was elected Leader in 2023.', null, [{ text: '2023', value: '2023', granularity: 'year' }]],
    ['Inspection of Local Authority Children’s Services 2022', null, [{ text: '2022', value: '2022' }]],
    ['The talks were held on March 22, 2013, in Geneva.', null, [{ text: 'March 22, 2013', value: '2013-03-22' }]],
    ['On Feb. 28, the ministry said the cost was too high.', '2013-03-21', [{ text: 'Feb. 28', value: '2013-02-28', implied: ['year'] }]],
    ['The deadline is 5th of May 2024.', null, [{ text: '5th of May 2024', value: '2024-05-05' }]],
    ['Results were published on 2025-06-17.', null, [{ text: '2025-06-17', value: '2025-06-17' }]],
    ['The form was signed on 17/06/2025.', null, [{ text: '17/06/2025', value: '2025-06-17' }]],
    ['The festival runs 1-3 July.', null, [{ text: '1-3 July', value: 'XXXX-07-01', endValue: 'XXXX-07-03' }]],
    ['Works are planned between March and May 2024.', null, [{ text: 'March and May 2024', value: '2024-03', endValue: '2024-05' }]],
    ['The pandemic of 2009-2010 killed 348 children.', null, [{ text: '2009-2010', value: '2009', endValue: '2010' }]],
    ['The Antarctic expedition of 1957-58 crossed the continent.', null, [{ text: '1957-58', value: '1957', endValue: '1958' }]],
    ['Sales peaked in the 1990s.', null, [{ text: 'the 1990s', value: '199X', granularity: 'decade' }]],
    ['The explorations of the 20th Century changed maps.', null, [{ text: '20th Century', value: '19', granularity: 'century' }]],
    ['Revenue rose in the first quarter of 2013.', null, [{ text: 'the first quarter of 2013', value: '2013-Q1', granularity: 'quarter' }]],
    ['The bridge opened in summer 2012.', null, [{ text: 'summer 2012', value: '2012-SU', granularity: 'season' }]],
    ['The season started in early December.', '2013-03-22', [{ text: 'early December', value: '2012-12' }]],
    ['She had brain surgery in early 2011.', null, [{ text: 'early 2011', value: '2011' }]],
  ];
  it.each(cases)('%s', (text, publishedAt, expected) => check(text, publishedAt, expected));
});

describe('extractDates: year-less dates take the publication year when plausible', () => {
  const cases: Case[] = [
    ['The Cabinet will receive the report at their meeting on 29 September.', '2022-09-21', [{ text: '29 September', value: '2022-09-29', implied: ['year'] }]],
    ['A meeting of Full Council has been called on Friday 30 September.', '2022-09-21', [{ text: 'Friday 30 September', value: '2022-09-30' }]],
    // a participle's clause after the date ('giving it until') does not put it ahead
    ['It served a section 12B formal warning notice on the home on 19 July, giving it until the end of September to improve.', '2024-09-04', [{ text: '19 July', value: '2024-07-19' }, { text: 'the end of September', value: '2024-09' }]],
    ['A monitoring visit on 26 and 27 September found modest progress.', null, [{ text: '26 and 27 September', value: 'XXXX-09-26', endValue: 'XXXX-09-27', implied: [] }]],
    ['An inspection carried out in June found the authority improving.', null, [{ text: 'June', value: 'XXXX-06' }]],
    ['The company sold its stake to Rosneft in October.', '2013-03-22', [{ text: 'October', value: '2012-10' }]],
    ['Roth told CNN in August that he regretted it.', '2013-03-22', [{ text: 'August', value: '2012-08' }]],
    // ('previous', 'last' and 'earlier' say before, after a determiner too)
    ['The home had been rated requires improvement to be good at its previous inspection in March.', '2023-10-25', [{ text: 'March', value: '2023-03' }]],
    // (a day before what someone said is the saying's, however far back its verb: the reported clause's 'would' is its own)
    ['The mayor told reporters outside the chamber after the long meeting on Monday night that he would not resign.', '2025-03-18',
      [{ text: 'Monday night', value: '2025-03-17' }]],
    ['A book of memoirs is due to be published in May.', '2013-03-22', [{ text: 'May', value: '2013-05' }]],
    // a passive after 'will be' is in the future: the date takes the year that puts it after publication
    ['A full council meeting will be held on 12 March.', '2024-03-03', [{ text: '12 March', value: '2024-03-12' }]],
    ['A public meeting will be held on 1 March.', '2024-03-03', [{ text: '1 March', value: '2025-03-01' }]],
    ['The meeting was held on 12 March.', '2024-03-03', [{ text: '12 March', value: '2023-03-12' }]],
    // a participle after a determiner is an adjective, no tense: 'the revised plan' says nothing of when
    ['The council will hold a hearing on the revised budget on 12 March.', '2024-03-03', [{ text: '12 March', value: '2024-03-12' }]],
    // (an appositive after the date tells no time of it: 'a move officials say will save money')
    ['Kelby Ratings raised the city of Pellham’s general obligation credit rating to AA from AA- on Tuesday, a move officials say will save money.', '2024-05-15',
      [{ text: 'Tuesday', value: '2024-05-14' }]],
    // a month between a possessive and the occasion it dates
    ['The inspectorate published the findings of its February inspection yesterday.', '2024-04-12', [{ text: 'February', value: '2024-02' }, { text: 'yesterday', value: '2024-04-11' }]],
    // (a present passive is no past: 'until a new leader is elected')
    ['Ann Lee will act as leader until a new leader is elected at the full council meeting on 2 October.', '2025-09-19', [{ text: '2 October', value: '2025-10-02' }]],
    // (so is an irregular past form after 'of': 'head of paid service')
    ['Tom Reed will act as interim head of paid service from 1 May.', '2024-03-14', [{ text: '1 May', value: '2024-05-01' }]],
    // a modal far back still rules its clause, when no nearer word gives a tense
    ['The cabinet will decide on the revised housing budget for the coming financial year on Friday.', '2024-03-06', [{ text: 'Friday', value: '2024-03-08' }]],
    ['The cabinet approved the housing budget for the coming financial year on Friday.', '2024-03-06', [{ text: 'Friday', value: '2024-03-01' }]],
    // ('later' is later than the story's time, whatever its tense: after a past verb it is past)
    ['The regulator served a notice on the home later in July.', '2024-10-07', [{ text: 'July', value: '2024-07' }]],
    ['The regulator will serve a notice on the home later in July.', '2024-03-07', [{ text: 'July', value: '2024-07' }]],
    // ('before' with no verb after it heads a phrase, not a clause of its own; with one, it opens a clause of its own tense)
    ['Ann Lee will appear before the Westshire Police and Crime Panel at a confirmation hearing on 20 May, as required by law.', '2024-05-13', [{ text: '20 May', value: '2024-05-20' }]],
    ['Ann Lee will brief the panel again before the panel met the inspectors at the town hall in central Kelby on 2 May, as required by law.', '2024-05-13', [{ text: '2 May', value: '2024-05-02' }]],
    ['Training for controllers will begin on April 7.', '2013-03-22', [{ text: 'April 7', value: '2013-04-07' }]],
    ['The service was inspected in November.', 'XXXX-01-12', [{ text: 'November', value: 'XXXX-11', implied: [] }]],
    ['The re-election bid failed last May.', '2013-03-21', [{ text: 'last May', value: '2012-05' }]],
    ['She was appointed in April last year.', '2013-03-21', [{ text: 'April last year', value: '2012-04' }]],
    ['She was appointed in April last year.', null, [{ text: 'April last year', value: null }]],
    ['Staff left the school at Christmas.', '2018-01-10', [{ text: 'Christmas', value: '2017-12-25' }]],
    ['The shops open on Boxing Day 2023.', null, [{ text: 'Boxing Day 2023', value: '2023-12-26' }]],
    ['He went missing in the waters late last July.', '2013-03-22', [{ text: 'late last July', value: '2012-07' }]],
    // the past tense after 'after' is another clause's, not the month's
    ['Parking charges will go up by nearly ten per cent from April after councillors approved the plan.', '2025-02-11',
      [{ text: 'April', value: '2025-04' }]],
    // a clock time told at a stated day is on that day
    ['It will be considered at a meeting on Thursday 27 February 2025 at 7pm.', '2025-02-04', [{ text: 'Thursday 27 February 2025', value: '2025-02-27' }, { text: '7pm', value: '2025-02-27T19:00' }]],
    // and at a weekday, on the weekday the text means
    ['The parents will meet next Tuesday at 6pm in the school hall.', '2025-02-21', [{ text: 'next Tuesday', value: '2025-02-25' }, { text: '6pm', value: '2025-02-25T18:00' }]],
    // 'that June' is a month of the year the paragraph last stated, not the one before publication
    ['The trust was rated poor in October 2019, after a visit that June.', '2024-05-02', [{ text: 'October 2019', value: '2019-10' }, { text: 'that June', value: '2019-06' }]],
    ['Auditors called in 2021. Later the same March they came back.', '2024-05-02', [{ text: '2021', value: '2021' }, { text: 'Later the same March', value: '2021-03' }]],
    ['The fraud came to light in 2020. The council called in the police in October of that year.', '2025-03-08', [{ text: '2020', value: '2020' }, { text: 'October of that year', value: '2020-10' }]],
    // 'it expected' is a past verb, not the future of 'is expected to'
    ['The board sent the head teacher a long letter on March 3, listing the changes it expected.', '2024-04-10', [{ text: 'March 3', value: '2024-03-03' }]],
    // a day something is booked for is ahead of the booking, whatever its tense
    ['An extraordinary meeting has been called for 29 October to discuss the budget.', '2024-10-16', [{ text: '29 October', value: '2024-10-29' }]],
    ['The judge adjourned sentencing to May 12.', '2025-03-08', [{ text: 'May 12', value: '2025-05-12' }]],
    ['Councillors have called an emergency meeting for Thursday.', '2024-10-09', [{ text: 'Thursday', value: '2024-10-10' }]],
    // a bond issue's series names it, as a statute's year names the law
    ['Moody’s rated the city’s Water Revenue Bonds, Series 2023, ahead of their sale on 9 May 2023.', '2023-05-02', [{ text: '9 May 2023', value: '2023-05-09' }]],
  ];
  it.each(cases)('%s', (text, publishedAt, expected) => check(text, publishedAt, expected));
});

describe('extractDates: relative dates', () => {
  const cases: Case[] = [
    ['Herefordshire Council has today confirmed publication.', '2022-09-21', [{ text: 'today', value: '2022-09-21', granularity: 'day', implied: [] }]],
    ['A report published today (January 12) praised the service.', 'XXXX-01-12', [{ text: 'today', value: 'XXXX-01-12' }, { text: 'January 12', value: 'XXXX-01-12' }]],
    ['The minister resigned yesterday.', '2025-03-01', [{ text: 'yesterday', value: '2025-02-28' }]],
    ['The minister resigned yesterday.', 'XXXX-01-01', [{ text: 'yesterday', value: 'XXXX-12-31' }]],
    ['The provision was last year deemed inadequate.', null, [{ text: 'last year', value: null, granularity: 'year' }]],
    ['The provision was last year deemed inadequate.', '2023-10-20', [{ text: 'last year', value: '2022' }]],
    // a named month or season with last/next/this is relative too: without an anchor its value is unknown
    ['The force was inspected last autumn.', null, [{ text: 'last autumn', value: null, granularity: 'season' }]],
    ['The force was inspected last autumn.', '2024-03-03', [{ text: 'last autumn', value: '2023-FA' }]],
    ['The plan was agreed last May.', null, [{ text: 'last May', value: null }]],
    ['Premiums will increase sharply next year.', '2013-03-22', [{ text: 'next year', value: '2014' }]],
    ['Google launched the service this week.', '2013-03-22', [{ text: 'this week', value: '2013-W12', granularity: 'week' }]],
    ['Six deaths were reported last week.', '2013-03-22', [{ text: 'last week', value: '2013-W11' }]],
    ['Pollution rose sharply last month.', '2013-03-21', [{ text: 'last month', value: '2013-02' }]],
    ['The FAA said on Friday that towers would close.', '2013-03-22', [{ text: 'Friday', value: '2013-03-22', implied: ['year', 'month', 'day'] }]],
    ['Roth pleaded guilty on Thursday.', '2013-03-22', [{ text: 'Thursday', value: '2013-03-21' }]],
    ['The vote will take place on Tuesday.', '2013-03-22', [{ text: 'Tuesday', value: '2013-03-26' }]],
    ['We meet again next Tuesday.', '2013-03-22', [{ text: 'next Tuesday', value: '2013-03-26' }]],
    // a participle after an adjective is the noun's ('a special called meeting'), no past verb
    ['The county mayor said the commission would hold a special called meeting on Sept. 21 to discuss the report.', '2023-09-13', [{ text: 'Sept. 21', value: '2023-09-21' }]],
    // a plan told with 'is to' is ahead, whoever announced it
    ['The chief constable is to retire at the end of August, the force announced today.', '2023-06-12', [{ text: 'the end of August', value: '2023-08' }, { text: 'today', value: '2023-06-12' }]],
    // a plan as a thing tells no time ('its action plan'); planning to does
    ['The ministry published its action plan on 18 August.', '2022-10-04', [{ text: '18 August', value: '2022-08-18' }]],
    ['The council plans to close the home on 18 November.', '2022-10-04', [{ text: '18 November', value: '2022-11-18' }]],
    // a verb in the present simple tells a schedule; a noun that could be one, or a clause with a past verb, does not
    ['Her deputy, a veteran officer, takes over as acting chief on Monday.', '2013-03-20', [{ text: 'Monday', value: '2013-03-25' }]],
    ['The new board meets from Thursday.', '2013-03-20', [{ text: 'Thursday', value: '2013-03-21' }]],
    ['The council will discuss the matter in closed session at a special meeting Thursday.', '2024-10-15', [{ text: 'Thursday', value: '2024-10-17' }]],
    ['Officers seized ledgers including accounts on Tuesday.', '2013-03-20', [{ text: 'Tuesday', value: '2013-03-19' }]],
    ['The talks on Monday ended without a deal.', '2013-03-20', [{ text: 'Monday', value: '2013-03-18' }]],
    ['The review comes as the board confirmed on Monday that it would sell the site.', '2013-03-20', [{ text: 'Monday', value: '2013-03-18' }]],
    // a weekday with no date to place it is kept: the merge joins it to a report dated on a Friday
    ['The council met on Friday.', null, [{ text: 'Friday', value: null, granularity: 'day', weekday: 5 }]],
    ['Obama departed for Jordan on Friday afternoon.', '2013-03-22', [{ text: 'Friday afternoon', value: '2013-03-22', granularity: 'day', partOfDay: 'afternoon' }]],
    ['The match was postponed until 15:00 GMT Saturday.', '2013-03-22', [{ text: '15:00 GMT Saturday', value: '2013-03-23T15:00', granularity: 'time' }]],
    ['His death last summer shocked the town.', '2013-03-22', [{ text: 'last summer', value: '2012-SU' }]],
    ['The government ordered cleaner fuel four years ago.', '2013-03-21', [{ text: 'four years ago', value: '2009' }]],
    ['Leon set a record early this year.', '2013-03-21', [{ text: 'early this year', value: '2013' }]],
    ['Chelsea paid the fee this morning.', '2019-11-20', [{ text: 'this morning', value: '2019-11-20', partOfDay: 'morning' }]],
    ['The outbreak peaked by the end of the year.', '2013-03-22', [{ text: 'the end of the year', value: '2012' }]],
    ['The games are slated to arrive by the end of the year.', '2019-11-20', [{ text: 'the end of the year', value: '2019' }]],
  ];
  it.each(cases)('%s', (text, publishedAt, expected) => check(text, publishedAt, expected));
});

describe('extractDates: vague references', () => {
  const cases: Case[] = [
    ["Now he's admitted it.", '2013-03-22', [{ text: 'Now', value: 'PRESENT_REF', granularity: 'reference' }]],
    ['The company is currently looking at new technologies.', null, [{ text: 'currently', value: 'PRESENT_REF' }]],
    ['In the past, Turkey demanded an apology.', null, [{ text: 'the past', value: 'PAST_REF' }]],
    ['The ship was in international waters at the time.', null, [{ text: 'at the time', value: 'PAST_REF' }]],
  ];
  it.each(cases)('%s', (text, publishedAt, expected) => check(text, publishedAt, expected));
});

describe('extractDates: whole texts', () => {
  it('keeps offsets into the original text across lines and repeated words', () => {
    const text = 'Today’s judgement matters.\n\nThe report was published today, and today only.';
    const found = run(text, '2026-01-12');
    expect(found.map((m) => [m.text, m.start, m.value])).toEqual([
      ['Today', 0, '2026-01-12'], ['today', text.indexOf('today,'), '2026-01-12'], ['today', text.indexOf('today only'), '2026-01-12'],
    ]);
  });

  it('stays linear on a megabyte of date-dense text', () => {
    const text = 'The council met on 29 September 2022 and again last year, said 3 people. '.repeat(14_000);
    const t0 = performance.now();
    const found = extractDates(text, { publishedAt: '2022-09-21' });
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(found).toHaveLength(28_000);
  });

  it('does not backtrack on long runs of spaces, digits or names', () => {
    for (const text of ['in' + ' '.repeat(1_000_000) + 'the past', '12 and '.repeat(150_000), 'March the '.repeat(100_000) + 'x']) {
      const t0 = performance.now();
      extractDates(text, { publishedAt: '2022-09-21' });
      expect(performance.now() - t0).toBeLessThan(3_000);
    }
  });
});

/** The project fixtures: every gold date of the body with an accepted value, and nothing else calendar-anchored. */
describe('extractDates: fixtures', () => {
  const root = join(import.meta.dirname, '..', '..', 'fixtures');
  // publishedAt as the articles state it (the gold leaves 000's partial date out; see the brief).
  const published: Record<string, string | null> = { '000': 'XXXX-01-12', '001': '2022-09-21', '002': null, '003': '2025-07-17', '004': null };
  const files = readdirSync(join(root, 'gold')).filter((f) => /^\d{3}_.*\.json$/.test(f));

  it.each(files)('%s', (file) => {
    const gold = JSON.parse(readFileSync(join(root, 'gold', file), 'utf8')) as {
      title: string | null; boilerplate: string[]; inlineJunk?: string[];
      dates: { text: string; value: string | null; endValue?: string; alt?: string[]; endAlt?: string[] }[];
    };
    const raw = readFileSync(join(root, 'articles', file.replace(/\.json$/, '.txt')), 'utf8');
    const dropped = new Set([...gold.boilerplate, gold.title ?? ''].map((l) => l.trim()));
    let body = raw.split('\n').filter((l) => !dropped.has(l.trim())).join('\n');
    for (const junk of gold.inlineJunk ?? []) body = body.split(junk).join(' ');

    // PRESENT_REF and the like are not calendar-anchored, so the fixture gold does not list them.
    const found = run(body, published[file.slice(0, 3)]).filter((m) => m.granularity !== 'reference');
    expect(found.map((m) => m.text)).toEqual(gold.dates.map((d) => d.text));
    found.forEach((m, i) => {
      const g = gold.dates[i]!;
      expect([g.value, ...(g.alt ?? [])]).toContain(m.value);
      if (g.endValue !== undefined) expect([g.endValue, ...(g.endAlt ?? [])]).toContain(m.endValue);
      else expect(m.endValue).toBeUndefined();
    });
  });
});
