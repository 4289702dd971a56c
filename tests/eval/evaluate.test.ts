import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, formatReport, type EvaluationReport } from '../../src/eval/index.js';
import { tempDir } from '../pipeline/helpers.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const reference = path.resolve(projectRoot, '..', 'shared', 'eval', 'score.mjs');

/** A tiny batch: gold annotations, raw articles and the pipeline's output, as they would lie on disk. */
interface Scenario {
  gold: Record<string, object>;
  raw?: Record<string, string>;
  /** Output records by article id; a string is written as is (to test unreadable records). */
  records: Record<string, object | string>;
  goldEvents?: object[];
  /** events.json as written: a list, or an object holding it (both shapes are read). */
  events?: object[] | { events: object[] };
  goldOfficials?: string[];
  officials?: Array<string | object> | { officials: Array<string | object> };
}

interface Folders { goldDir: string; articlesDir: string; outDir: string }

function write(s: Scenario): Folders {
  const root = tempDir('eval');
  const goldDir = path.join(root, 'gold'), articlesDir = path.join(root, 'articles'), outDir = path.join(root, 'out');
  for (const d of [goldDir, articlesDir, path.join(outDir, 'articles')]) fs.mkdirSync(d, { recursive: true });
  for (const [id, g] of Object.entries(s.gold)) fs.writeFileSync(path.join(goldDir, `${id}.json`), JSON.stringify({ id, ...g }));
  for (const [id, text] of Object.entries(s.raw ?? {})) fs.writeFileSync(path.join(articlesDir, `${id}.txt`), text);
  for (const [id, r] of Object.entries(s.records)) fs.writeFileSync(path.join(outDir, 'articles', `${id}.json`), typeof r === 'string' ? r : JSON.stringify(r));
  if (s.goldEvents) fs.writeFileSync(path.join(goldDir, 'events.json'), JSON.stringify(s.goldEvents));
  if (s.events) fs.writeFileSync(path.join(outDir, 'events.json'), JSON.stringify(s.events));
  if (s.goldOfficials) fs.writeFileSync(path.join(goldDir, 'officials.json'), JSON.stringify(s.goldOfficials));
  if (s.officials) fs.writeFileSync(path.join(outDir, 'officials.json'), JSON.stringify(s.officials));
  return { goldDir, articlesDir, outDir };
}

const run = (s: Scenario): EvaluationReport => evaluate(write(s));

// BBC's ', external' marker sits between two words: cutting it must leave them apart
const RAW = 'Council meets\nThe council met on Monday.\nRead the report, externalnow\nAdvertisement\n';

const S = {
  missedDate: {
    gold: { a: { dates: [{ text: '3 March 2024', value: '2024-03-03' }, { text: 'Monday', value: '2024-03-04' }] } },
    records: { a: { body: 'x', dates: [{ text: '3 March 2024', value: '2024-03-03' }] } },
  },
  wrongDateValue: {
    gold: { a: { dates: [
      { text: '3 March 2024', value: '2024-03-03' },
      { text: 'Monday', value: '2024-03-04', alt: ['XXXX-WXX-1'] },
      { text: '17 and 18 June 2025', value: '2025-06-17', endValue: '2025-06-18' },
      { text: 'last year', value: null },
    ] } },
    records: { a: { body: 'x', dates: [
      { text: 'on 3 March 2024', value: '2024-03-05' }, // found by containment, wrong value
      { text: 'Monday', value: 'XXXX-WXX-1' }, // an accepted alternative
      { text: '17 and 18 June 2025', value: '2025-06-17' }, // the range's end is missing
      { text: 'last year', value: null },
      { text: 'Tuesday', value: null }, // spurious
    ] } },
  },
  cleaning: {
    gold: { a: { title: 'Council meets', publishedAt: '2024-03-04', boilerplate: ['Advertisement'], inlineJunk: [', external'],
      mustContain: ['met on Monday', 'the report'], mustNotContain: ['Advertisement'] } },
    raw: { a: RAW },
    records: { a: { title: 'Council meets.', publishedAt: '2024-03-04T09:00', body: 'The council met on Monday.\n\nRead the report now\n\nAdvertisement' } },
  },
  ratings: {
    gold: { a: { ratings: [
      { text: 'good', value: 'Good', subject: 'Oak School', previous: 'Requires Improvement' },
      { text: 'inadequate', value: 'Inadequate', subject: 'children’s services', previous: 'Good' },
      { text: 'outstanding', value: 'Outstanding', subject: 'the hospital' },
    ] } },
    records: { a: { body: 'x', ratings: [
      { text: 'Good', value: 'good', subject: 'Oak School', previous: 'requires improvement' },
      { text: 'Inadequate', value: 'Inadequate', subject: null, previous: null },
      { text: 'four stars', value: '4 stars', subject: 'the hotel' },
    ] } },
  },
  officials: {
    gold: { a: { officials: [
      { name: 'Jonathan Lester', roles: ['Leader of Herefordshire Council'] },
      { name: 'Ann Lee', roles: ['Director of Children’s Services'] },
      { name: 'Paul Walker', roles: ['Chief Executive'] },
    ] } },
    records: { a: { body: 'x', officials: [
      { name: 'Cllr Jonathan Lester', roles: [{ title: 'council leader' }] }, // 'Cllr' dropped; 'leader','council' share half the words
      { name: 'Lee', role: 'Cabinet member' }, // the surname alone matches; the role does not
      { name: 'Paul', roles: ['Chief Executive'] }, // a first name alone does not
    ] } },
  },
  quotes: {
    gold: { a: { quotes: [
      { text: 'We will balance the budget this year', speaker: 'Jonathan Lester', speakerType: 'person' },
      { text: 'The service is improving', speaker: 'Ofsted', speakerType: 'organization' },
      { text: 'It was a difficult decision for everyone', speaker: 'Ann Lee', speakerType: 'person' },
      { text: 'Forum', speaker: null, speakerType: 'unknown', optional: true },
    ] } },
    records: { a: { body: 'x', quotes: [
      { text: '“We will balance the budget this year.”', speaker: 'Cllr Lester' },
      { text: 'The service is improving', speaker: 'Herefordshire Council' },
      { text: 'Forum', speaker: null }, // optional: neither right nor wrong
      { text: 'Something nobody annotated', speaker: null },
      { text: 'a difficult decision', speaker: 'Ann Lee' }, // token F1 0.6 with the gold quote: too far
    ] } },
  },
  unreadable: {
    gold: { a: { dates: [{ text: 'Monday', value: null }] }, b: { dates: [{ text: 'Friday', value: null }] }, c: {} },
    records: { a: { body: 'x', dates: [{ text: 'Monday', value: null }] }, c: '{not json' },
  },
  splitEvent: {
    gold: { a: {}, b: {} },
    records: { a: { body: 'x' }, b: { body: 'y' } },
    goldEvents: [{ id: 'ilacs', type: 'inspection', date: '2022-07', ratings: ['Inadequate'], sources: ['a', 'b'] }],
    events: [
      { type: 'inspection', date: '2022-07', ratings: [{ value: 'Inadequate' }], sources: [{ article: 'a' }] },
      { type: 'inspection', date: { value: '2022-07-12' }, sources: ['b'] },
    ],
  },
  missedEvent: {
    gold: { a: {} },
    records: { a: { body: 'x' } },
    goldEvents: [
      { id: 'ilacs', type: 'inspection', date: '2022-07', ratings: ['Inadequate'], sources: ['a'] },
      { id: 'visit', type: 'monitoring-visit', date: '2023-06', ratings: [], sources: ['a'] },
      { id: 'maybe', type: 'other', date: null, ratings: [], sources: ['a'], optional: true },
    ],
    events: { events: [{ type: 'inspection', date: '2022-07', ratings: ['Good'], sources: ['a'] }] },
  },
  spuriousEvent: {
    gold: { a: {}, b: {} },
    records: { a: { body: 'x' }, b: { body: 'y' } },
    goldEvents: [
      { id: 'ilacs', type: 'inspection', date: '2022-07', ratings: [], sources: ['a'] },
      { id: 'statement', type: 'announcement', date: null, ratings: [], sources: ['b'] },
    ],
    events: [
      { type: 'inspection', date: '2022-07', sources: ['a'] },
      { type: 'meeting', date: '2024-01-10', sources: ['a'] }, // right article, date fits no gold event
      { type: 'inspection', date: '2022-07', sources: ['c'] }, // right date, article of no gold event
      { type: 'other', date: '2022', sources: ['a'] }, // a bare year is too coarse for a month
      { type: 'announcement', sources: ['b'] }, // undated, as the gold event: found by its type
      { type: 'meeting', sources: ['b'] }, // undated and of another type
    ],
  },
  registry: {
    gold: { a: {} },
    records: { a: { body: 'x' } },
    goldOfficials: ['Jonathan Lester', 'Ann Lee', 'Paul Walker'],
    officials: { officials: ['Jonathan Lester', { name: 'Cllr Jonathan Lester' }, { name: 'Lester' }, 'Ann Lee', 'Jane Doe'] },
  },
  repeatedBody: {
    gold: { a: {} },
    raw: { a: 'The council met.\n' },
    records: { a: { body: 'The council met.\nThe council met.' } },
  },
  typography: {
    gold: { a: { mustContain: ["children's services", 'Jan 2024 - Mar 2024'], officials: [{ name: 'Ann Lee', roles: ['Director of Children’s Services'] }] } },
    records: { a: { body: 'Children’s  services improved.\nJan 2024 – Mar 2024', people: [{ name: 'Dr Ann Lee', roles: ['director of children’s services'] }] } },
  },
  ratingSubjects: {
    gold: { a: { ratings: [
      { text: 'good', value: 'Good', subject: 'Oak School', previous: 'Inadequate' },
      { text: 'good', value: 'Good', subject: 'Elm School', previous: 'Requires Improvement' },
    ] } },
    records: { a: { body: 'x', ratings: [
      { text: 'good', value: 'Good', subject: 'Elm School', previous: 'Requires Improvement' },
      { text: 'good', value: 'Good', subject: 'Oak School', previous: 'Inadequate' },
    ] } },
  },
  ratingRestated: {
    gold: { a: { ratings: [
      { text: 'inadequate', value: 'Inadequate', subject: 'Oak School', previous: 'Good' },
      { text: 'Inadequate', value: 'Inadequate', subject: 'Oak School', previous: 'Good' },
      { text: 'special measures', value: 'Special Measures', subject: 'Oak School' },
    ] } },
    records: { a: { body: 'x', ratings: [
      { text: 'inadequate', value: 'Inadequate', subject: 'Oak School', previous: 'Good' },
      { text: 'inadequate', value: 'Inadequate', subject: 'the school', previous: null },
      { text: 'inadequate', value: 'Inadequate', subject: 'the school', previous: 'Good' },
    ] } },
  },
  eventChoice: {
    gold: { a: {}, b: {} },
    records: { a: { body: 'x' }, b: { body: 'y' } },
    goldEvents: [
      { id: 'ilacs', type: 'inspection', date: '2022-07', ratings: [], sources: ['a'] },
      { id: 'statement', type: 'announcement', date: null, ratings: [], sources: ['a', 'b'] },
    ],
    events: [
      { type: 'announcement', date: '2022-07', sources: ['a'] }, // the date outranks the type
      { type: 'announcement', sources: ['a'] },
    ],
  },
  noBatchOutput: {
    gold: { a: {} },
    records: { a: { body: 'x' } },
    goldEvents: [{ id: 'ilacs', type: 'inspection', date: '2022-07', ratings: [], sources: ['a'] }],
    goldOfficials: ['Ann Lee'],
  },
} satisfies Record<string, Scenario>;

describe('evaluate: dates', () => {
  it('a missed date halves recall, not precision', () => {
    const r = run(S.missedDate);
    expect(r.summary.dates).toMatchObject({ p: 1, r: 0.5, tp: 1, pred: 1, gold: 2 });
    expect(r.headline.datesF1).toBe(0.667);
    expect(r.headline.dateValF1).toBe(0.667);
    expect(r.problems).toEqual(['a: date missed "Monday"']);
  });

  it('matches spans by containment, then checks values, alternatives and range ends', () => {
    const r = run(S.wrongDateValue);
    expect(r.summary.dates).toMatchObject({ tp: 4, pred: 5, gold: 4 });
    expect(r.summary.dateValue).toEqual({ acc: 0.5, ok: 2, n: 4 });
    expect(r.headline.datesF1).toBe(0.889); // p 4/5, r 1
    expect(r.headline.dateValF1).toBe(0.444); // p 2/5, r 2/4
    // value problems come in matching order: exact spans before contained ones
    expect(r.problems).toEqual([
      'a: date "17 and 18 June 2025" -> 2025-06-17, want 2025-06-17/2025-06-18',
      'a: date "3 March 2024" -> 2024-03-05, want 2024-03-03',
      'a: date spurious "Tuesday"',
    ]);
  });
});

describe('evaluate: cleaning', () => {
  it('scores the body against the raw file less boilerplate and inline junk', () => {
    const r = run(S.cleaning);
    // gold body: 'council meets | the council met on monday | read the report now' (11 tokens); the output
    // drops the title line and keeps 'Advertisement': 9 of its 10 tokens are right, F1 18/21
    expect(r.summary.bodyTokens).toMatchObject({ tp: 9, pred: 10, gold: 11 });
    expect(r.headline.body).toBe(0.857);
    expect(r.headline).toMatchObject({ boiler: 0, must: 1, mustNot: 0, title: 1, pub: 1 });
    expect(r.problems).toEqual(['a: body still has "Advertisement"', 'a: boilerplate kept "advertisement"']);
  });

  it('reads the raw articles beside the gold folder unless told otherwise', () => {
    const dirs = write(S.cleaning);
    expect(evaluate({ goldDir: dirs.goldDir, outDir: dirs.outDir }).headline.body).toBe(0.857);
    expect(evaluate({ ...dirs, articlesDir: path.join(dirs.goldDir, 'nowhere') }).summary.bodyTokens).toBeUndefined();
  });

  it('counts each gold token once, however often the output repeats it', () => {
    const r = run(S.repeatedBody);
    expect(r.summary.bodyTokens).toMatchObject({ tp: 3, pred: 6, gold: 3 });
    expect(r.headline.body).toBe(0.667);
  });

  it('ignores curly quotes, dashes, spacing and case in substrings, and honorifics in names', () => {
    const r = run(S.typography);
    expect(r.headline).toMatchObject({ must: 1, officialsF1: 1, roles: 1 }); // officials read from `people`
    expect(r.problems).toEqual([]);
  });
});

describe('evaluate: ratings, officials, quotes', () => {
  it('matches ratings by grade and checks the previous grade', () => {
    const r = run(S.ratings);
    expect(r.summary.ratings).toMatchObject({ tp: 2, pred: 3, gold: 3 });
    expect(r.headline.ratingsF1).toBe(0.667);
    expect(r.summary.ratingPrevious).toEqual({ acc: 0.5, ok: 1, n: 2 });
    expect(r.problems).toEqual(['a: rating spurious 4 stars "four stars"', 'a: rating missed Outstanding "outstanding"']);
  });

  it('pairs same-grade ratings by subject', () => {
    const r = run(S.ratingSubjects);
    expect(r.summary.ratingPrevious).toEqual({ acc: 1, ok: 2, n: 2 });
  });

  it('counts a grade once per article per (value, previous), however often it is restated', () => {
    const r = run(S.ratingRestated);
    expect(r.summary.ratings).toMatchObject({ tp: 1, pred: 2, gold: 2 });
    expect(r.problems).toEqual(['a: rating spurious Inadequate "inadequate"', 'a: rating missed Special Measures "special measures"']);
  });

  it('matches names without honorifics, a surname alone but not a first name', () => {
    const r = run(S.officials);
    expect(r.summary.officials).toMatchObject({ tp: 2, pred: 3, gold: 3 });
    expect(r.headline.roles).toBe(0.5);
    expect(r.problems).toEqual([
      'a: role of Ann Lee: got [Cabinet member], want [Director of Children’s Services]',
      'a: official spurious "Paul"',
      'a: official missed "Paul Walker"',
    ]);
  });

  it('matches quotes at token F1 0.8, leaves optional ones out and checks speakers', () => {
    const r = run(S.quotes);
    expect(r.summary.quotes).toMatchObject({ tp: 2, pred: 4, gold: 3 }); // 'Forum' is not counted
    expect(r.headline).toMatchObject({ quotesF1: 0.571, attrib: 0.5, quotesE2E: 0.286 });
    expect(r.problems).toEqual([
      'a: quote "The service is improving…" speaker "Herefordshire Council", want Ofsted',
      'a: quote missed "It was a difficult decision for everyone"',
      'a: quote spurious "Something nobody annotated"',
      'a: quote spurious "a difficult decision"',
    ]);
  });

  it('reports a missing or unreadable record and scores the rest', () => {
    const r = run(S.unreadable);
    expect(r.problems).toEqual(['b: no output record', 'c: output not JSON']);
    expect(r.summary.clean).toEqual({ p: 0, r: 0, f1: 0, tp: 0, pred: 0, gold: 1 }); // nothing predicted against gold: p 0
    expect(r.summary.ratings).toEqual({ p: 1, r: 1, f1: 1, tp: 0, pred: 0, gold: 0 }); // nothing to find, nothing found: perfect
    expect(r.summary.dates).toMatchObject({ tp: 1, pred: 1, gold: 1 }); // b's date is not counted
  });
});

describe('evaluate: events and registry', () => {
  it('counts a split event as a duplicate and pools its sources and ratings', () => {
    const r = run(S.splitEvent);
    expect(r.summary.events).toEqual({ gold: 1, found: 1, predicted: 2, duplicates: 1, spurious: 0, sourceJaccard: 1, ratingsOk: '1/1' });
    expect(r.headline.eventF1).toBe(0.667);
    expect(r.headline.eventDups).toBe(1);
    expect(r.problems).toEqual(['event ilacs split into 2 records']);
  });

  it('counts a missed event against recall, but not an optional one', () => {
    const r = run(S.missedEvent);
    expect(r.summary.events).toMatchObject({ gold: 2, found: 1, duplicates: 0, spurious: 0, ratingsOk: '0/1' });
    expect(r.headline.eventF1).toBe(0.667);
    expect(r.problems).toEqual(['event ilacs: ratings good want Inadequate', 'event missed: visit (2023-06)']);
  });

  it('gives each predicted event to the gold event it fits best: date, then type', () => {
    const r = run(S.eventChoice);
    expect(r.summary.events).toMatchObject({ found: 2, duplicates: 0, spurious: 0, sourceJaccard: 0.75 });
    expect(r.problems).toEqual(['event statement: sources a want a,b']);
  });

  it('finds events that fit no gold event spurious', () => {
    const r = run(S.spuriousEvent);
    expect(r.summary.events).toMatchObject({ gold: 2, found: 2, predicted: 6, duplicates: 0, spurious: 4 });
    expect(r.headline.eventF1).toBe(0.5); // p 2/6, r 1
    expect(r.problems).toEqual([
      'event spurious: meeting 2024-01-10 a',
      'event spurious: inspection 2022-07 c',
      'event spurious: other 2022 a',
      'event spurious: meeting null b',
    ]);
  });

  it('counts every further listing of an official as a duplicate, and unknown names as extra', () => {
    const r = run(S.registry);
    expect(r.summary.registry).toEqual({ gold: 3, found: 2, duplicates: 2, extra: 1 });
    expect(r.headline.registryF1).toBe(0.5); // p 2/5, r 2/3
    expect(r.problems).toEqual(['official Jonathan Lester listed 3 times', 'registry extra: Jane Doe']);
  });

  it('reports missing batch files and leaves eventDups null without events gold', () => {
    const r = run(S.noBatchOutput);
    expect(r.problems).toEqual(['no events.json', 'event missed: ilacs (2022-07)', 'no officials.json']);
    expect(r.headline).toMatchObject({ eventF1: 0, eventDups: 0, registryF1: 0 });
    expect(run(S.missedDate).headline.eventDups).toBeNull();
  });
});

describe('evaluate: gold files and the report', () => {
  it('names the gold file that does not follow the format', () => {
    const dirs = write({ gold: { a: { dates: [{ value: '2024' }] } }, records: {} });
    expect(() => evaluate(dirs)).toThrow(`gold file ${path.join(dirs.goldDir, 'a.json')} does not follow GOLD_FORMAT.md: dates.0.text`);
    fs.writeFileSync(path.join(dirs.goldDir, 'a.json'), '{"id": "a",');
    expect(() => evaluate(dirs)).toThrow(/gold file .*a\.json is not JSON/);
    fs.writeFileSync(path.join(dirs.goldDir, 'a.json'), JSON.stringify({ id: 'a', dates: null, note: 'extra fields are fine' }));
    fs.writeFileSync(path.join(dirs.goldDir, 'events.json'), JSON.stringify([{ id: 'e', type: 'inspection' }]));
    expect(() => evaluate(dirs)).toThrow(/events\.json does not follow GOLD_FORMAT\.md: 0\.sources/);
  });

  it('prints the problem lines when asked, then the headline', () => {
    const r = run(S.missedDate);
    const text = formatReport(r, { problems: true });
    expect(text.split('\n')[0]).toBe('  - a: date missed "Monday"');
    expect(text.split('\n')[1]).toMatch(/^body=0 boiler=1 mustNot=1 must=1 title=0 pub=0 datesF1=0\.667 dateValF1=0\.667 .* eventF1=0 eventDups=null registryF1=0$/);
    expect(formatReport(r, { problems: false })).toBe(text.split('\n')[1]);
  });
});

describe.skipIf(!fs.existsSync(reference))('evaluate agrees with the reference scorer (../shared/eval/score.mjs)', () => {
  it.each(Object.entries(S))('%s', (_name, scenario: Scenario) => {
    const dirs = write(scenario);
    const args = [reference, '--gold', dirs.goldDir, '--articles', dirs.articlesDir, '--out', dirs.outDir];
    const ref = JSON.parse(execFileSync('node', [...args, '--json'], { encoding: 'utf8' })) as EvaluationReport;
    const ours = evaluate(dirs);
    expect(ours.headline).toEqual(ref.headline);
    expect(ours.problems).toEqual(ref.problems);
    expect(formatReport(ours, { problems: true }) + '\n').toBe(execFileSync('node', [...args, '--problems'], { encoding: 'utf8' }));
  });
});
