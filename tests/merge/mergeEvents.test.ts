import { describe, expect, it } from 'vitest';
import { mergeRecords } from '../../src/merge/index.js';
import type { ArticleEvent, ArticleRecord, EventType, Quote, Rating } from '../../src/schema/index.js';

/**
 * The merge read on hand-written records: no extraction runs here, so each case states exactly the
 * per-article events the merge is given.
 */
interface Told {
  type?: EventType;
  date: string | null;
  source?: ArticleEvent['date']['source'];
  subject?: string;
  grades?: string[];
  /** The grades' scale: 'ofsted' unless said. */
  scale?: string;
  quote?: { text: string; speaker: string };
  /** The weekday an undated report names ('on Tuesday'), ISO. */
  weekday?: number;
  /** Who inspected or reported ('CQC'). */
  assessor?: string;
  /** The extractor's rule ('dated-grade'): 'hand' unless said. */
  rule?: string;
  /** The trigger's words ('pleaded not guilty'), written at the end of its sentence: the sentence itself unless said. */
  trigger?: string;
  /** A body its sentence names besides ('Kelby Police'), written before the trigger. */
  names?: string;
}

function article(id: string, told: Told[], years: number[] = [], publishedAfter: string | null = null): ArticleRecord {
  const sentence = (t: Told, k: number) => `Sentence ${k} of ${id}${t.names ? ` names ${t.names}` : ''}${t.trigger ? ` ${t.trigger}` : ''}.`;
  const body = told.map(sentence).join(' ');
  const ratings: Rating[] = [];
  const quotes: Quote[] = [];
  let at = 0;
  const events: ArticleEvent[] = told.map((t, k) => {
    const text = sentence(t, k);
    const span = { text, start: at, end: at + text.length };
    const trigger = t.trigger ? { text: t.trigger, start: span.end - t.trigger.length - 1, end: span.end - 1 } : span;
    at += text.length + 1;
    const grades = (t.grades ?? []).map((value) => ratings.push({ ...span, value, scale: t.scale ?? 'ofsted', subject: null, previous: null, when: null, awardedBy: null, rule: 'hand' }) - 1);
    const said = t.quote ? [quotes.push({ ...span, text: t.quote.text, speaker: t.quote.speaker, speakerType: 'person', speakerMention: null, cue: 'said', rule: 'hand' }) - 1] : [];
    const subject = t.subject ?? 'Westshire Council';
    return {
      type: t.type ?? 'inspection', trigger, evidence: span,
      date: { value: t.date, endValue: null, start: null, end: null, source: t.date === null ? t.source ?? null : t.source ?? 'stated', weekday: t.weekday ?? null },
      subject: { name: subject, key: subject.split(' ')[0]!.toLowerCase(), start: null, end: null }, assessor: t.assessor ?? null,
      ratings: grades, officials: t.quote ? [{ name: t.quote.speaker, role: 'director' }] : [], quotes: said, rule: t.rule ?? 'hand',
    };
  });
  return {
    id, source: `${id}.txt`, format: 'text', encoding: 'utf-8', title: null, titleSource: null, publishedAt: null, publishedAfter, publishedAtSource: null,
    publishedAtOther: null, url: null, outlet: null, body, removed: [],
    dates: years.map((y) => ({ text: String(y), start: 0, end: 4, value: String(y), granularity: 'year', implied: [], rule: 'hand' })),
    ratings, officials: [], quotes, events, provenance: { inputSha256: id, pipeline: 'test' },
  };
}

const sources = (e: { sources: Array<{ article: string }> }) => e.sources.map((s) => s.article);

describe('mergeEvents on hand-written records', () => {
  it('joins an undated court step told by its weekday to the case’s event of that step, when two steps fell on that weekday', () => {
    const charged: Told = { type: 'legal', date: '2022-09-15', trigger: 'was indicted', subject: 'Kelby County' };
    const arraigned: Told = { type: 'legal', date: '2022-09-22', trigger: 'will be arraigned', subject: 'Kelby County' };
    const pleaded: Told = { type: 'legal', date: null, weekday: 4, trigger: 'pleaded not guilty', subject: 'Kelby County' };
    const { events } = mergeRecords([article('a', [charged, arraigned]), article('b', [pleaded])]);
    expect(events.map((e) => [e.date, sources(e)])).toEqual([['2022-09-15', ['a']], ['2022-09-22', ['a', 'b']]]);
  });

  it('joins a court step dated by its month to the case’s event of that step, not to a surrender the day after it', () => {
    const indicted: Told = { type: 'legal', date: '2025-05-06', trigger: 'indicted Sheriff Tom Reed', subject: 'Kelby County' };
    const surrendered: Told = { type: 'legal', date: '2025-05-07', trigger: 'surrendered to agents', subject: 'Kelby County' };
    const thisMonth: Told = { type: 'legal', date: '2025-05', trigger: 'indicted Reed', subject: 'Kelby County' };
    const { events } = mergeRecords([article('a', [indicted, surrendered]), article('b', [thisMonth])]);
    expect(events.map((e) => [e.date, sources(e)])).toEqual([['2025-05-06', ['a', 'b']], ['2025-05-07', ['a']]]);
  });

  it('joins a grade dated by its month to the report that gave it that month, when no inspection of the month takes it', () => {
    const report: Told = { type: 'report-published', date: '2022-09-14', grades: ['Inadequate'] };
    const lastSeptember: Told = { type: 'inspection', date: '2022-09', grades: ['Inadequate'], rule: 'dated-grade' };
    const joined = mergeRecords([article('a', [report]), article('b', [lastSeptember])]).events;
    expect(joined.map((e) => [e.type, e.date, sources(e)])).toEqual([['report-published', '2022-09-14', ['a', 'b']]]);
    // an inspection of that month takes it first; a report of another grade does not
    const inspected = mergeRecords([article('a', [report]), article('b', [lastSeptember]), article('c', [{ date: '2022-09-05', grades: ['Inadequate'] }])]).events;
    expect(inspected.map((e) => [e.type, sources(e)])).toEqual([['inspection', ['b', 'c']], ['report-published', ['a']]]);
    const other = mergeRecords([article('a', [{ ...report, grades: ['Good'] }]), article('b', [lastSeptember])]).events;
    expect(other.map((e) => [e.type, sources(e)])).toEqual([['inspection', ['b']], ['report-published', ['a']]]);
    // (a month told by a trigger, not with its grade, is an inspection's)
    const told = mergeRecords([article('a', [report]), article('b', [{ ...lastSeptember, rule: 'stated-date' }])]).events;
    expect(told.map((e) => [e.type, sources(e)])).toEqual([['inspection', ['b']], ['report-published', ['a']]]);
  });

  it('joins three outlets’ reports of one inspection, the most precise date leading', () => {
    const { events } = mergeRecords([
      article('c', [{ date: '2024-03' }]),
      article('a', [{ date: '2024-03-12', grades: ['Inadequate'] }]),
      article('b', [{ date: '2024' }]),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'inspection', date: '2024-03-12', dateSource: 'stated', ratings: [{ value: 'Inadequate' }] });
    expect(sources(events[0]!)).toEqual(['a', 'b', 'c']);
  });

  it('places a year-less date in the year of its earliest dated report, the latest such month not after it', () => {
    const told = (id: string, publishedAt: string | null, date: string | null) => ({ ...article(id, [{ date, grades: ['Inadequate', 'Good', 'Requires Improvement'] }]), publishedAt });
    const { events } = mergeRecords([told('a', null, 'XXXX-11'), told('b', '2024-02-01', null)]);
    expect(events.map((e) => [e.date, e.dateSource, sources(e)])).toEqual([['2023-11', 'context', ['a', 'b']]]);
    // with no dated report the year stays unknown
    expect(mergeRecords([told('a', null, 'XXXX-11')]).events.map((e) => e.date)).toEqual(['XXXX-11']);
  });

  it('lets an undated report join by the grade both lead with, and not by a grade it gives one area', () => {
    const inspected = article('a', [{ date: '2024-03', grades: ['Inadequate'] }]);
    const leading = mergeRecords([inspected, article('b', [{ date: null, grades: ['Inadequate', 'Good', 'Requires Improvement'] }])]);
    expect(leading.events.map((e) => [e.date, sources(e)])).toEqual([['2024-03', ['a', 'b']]]);
    const inOneArea = mergeRecords([inspected, article('c', [{ date: null, grades: ['Good', 'Inadequate', 'Requires Improvement'] }])]);
    expect(inOneArea.events.map((e) => [e.date, sources(e)])).toEqual([['2024-03', ['a']]]);
  });

  it('joins an undated "on Tuesday" to the report of that body and kind dated on a Tuesday, and not when two are', () => {
    // 2024-03-12 is a Tuesday, 2024-03-13 a Wednesday, 2024-03-19 the next Tuesday
    const action = (id: string, date: string | null, weekday?: number) => article(id, [{ type: 'rating-action', date, weekday }]);
    const one = mergeRecords([action('a', '2024-03-12'), action('b', '2024-03-13'), action('c', null, 2), action('d', null, 4)]);
    expect(one.events.map((e) => [e.date, sources(e)])).toEqual([['2024-03-12', ['a', 'c']], ['2024-03-13', ['b']]]);
    const two = mergeRecords([action('a', '2024-03-12'), action('b', '2024-03-19'), action('c', null, 2)]);
    expect(two.events.map((e) => [e.date, sources(e)])).toEqual([['2024-03-12', ['a']], ['2024-03-19', ['b']]]);
  });

  it('prefers the cluster on an undated report’s weekday to one that shares more of its grades', () => {
    const { events } = mergeRecords([
      article('a', [{ type: 'rating-action', date: '2024-03-12', grades: ['Aa1'], scale: 'credit' }]),
      article('b', [{ type: 'rating-action', date: '2023', grades: ['Aa1', 'Aaa'], scale: 'credit' }]),
      article('c', [{ type: 'rating-action', date: null, weekday: 2, grades: ['Aa1', 'Aaa'], scale: 'credit' }]),
    ]);
    expect(events.map((e) => [e.date, sources(e)])).toEqual([['2023', ['b']], ['2024-03-12', ['a', 'c']]]);
  });

  it('joins a report of "last week" to a day of that week reported elsewhere, and files a week alone by its months', () => {
    // 2024-04-18 is in ISO week 16 of 2024 (15–21 April); 2024-04-25 is not; week 31 runs from 29 July to 4 August
    const report = (id: string, date: string) => article(id, [{ type: 'report-published', date }]);
    expect(mergeRecords([report('a', '2024-04-18'), report('b', '2024-W16')]).events.map((e) => [e.date, sources(e)])).toEqual([['2024-04-18', ['a', 'b']]]);
    expect(mergeRecords([report('a', '2024-04-25'), report('b', '2024-W16')]).events.map((e) => [e.date, e.endDate, sources(e)]))
      .toEqual([['2024-04', null, ['b']], ['2024-04-25', null, ['a']]]);
    expect(mergeRecords([report('b', '2024-W31')]).events.map((e) => [e.date, e.endDate])).toEqual([['2024-07', '2024-08']]);
  });

  it('lets an article’s second undated report of a kind join the other cluster its grade fits, not the one the first joined', () => {
    const { events } = mergeRecords([
      article('a', [{ type: 'report-published', date: '2019-09-27', grades: ['Inadequate'] }]),
      article('b', [{ type: 'report-published', date: '2023-06-01', grades: ['Inadequate', 'Good', 'Adequate'] }]),
      // c tells this year's report with all its grades, and the earlier one by its grade alone
      article('c', [{ type: 'report-published', date: null, grades: ['Inadequate'] }, { type: 'report-published', date: null, grades: ['Inadequate', 'Good', 'Adequate'] }]),
    ]);
    expect(events.map((e) => [e.date, sources(e)])).toEqual([['2019-09-27', ['a', 'c']], ['2023-06-01', ['b', 'c']]]);
  });

  it('joins an undated appointment to the dated one of the same person, and no other', () => {
    const named = (id: string, date: string | null, speaker: string) => article(id, [{ type: 'appointment', date, quote: { text: `Words of ${speaker}.`, speaker } }]);
    const { events } = mergeRecords([named('a', '2024-02-05', 'Ann Lee'), named('b', null, 'Ann Lee'), named('c', null, 'Raj Patel')]);
    expect(events.map((e) => [e.date, sources(e)])).toEqual([['2024-02-05', ['a', 'b']]]);
  });

  it('joins the days of one change of post of the same person (told, and taking effect), but not a suspension and the leaving after it', () => {
    const left = (id: string, date: string, speaker: string, trigger = 'resigned') => article(id, [{ type: 'departure', date, trigger, quote: { text: `Words of ${speaker}.`, speaker } }]);
    // 'announced her resignation on Wednesday' and 'will leave at the end of January'
    const told = mergeRecords([left('a', '2024-01-10', 'Ann Lee'), left('b', '2024-01-31', 'Ann Lee', 'will leave'), left('c', '2024-01', 'Ann Lee', 'would leave')]).events;
    expect(told.map((e) => [e.date, sources(e)])).toEqual([['2024-01-10', ['a', 'b', 'c']]]);
    // another person's, or the same person's a year on, or a suspension weeks before the dismissal, is another event
    expect(mergeRecords([left('a', '2024-01-10', 'Ann Lee'), left('b', '2024-01-31', 'Tom Reed')]).events).toHaveLength(2);
    expect(mergeRecords([left('a', '2024-01-10', 'Ann Lee'), left('b', '2025-01-31', 'Ann Lee')]).events).toHaveLength(2);
    expect(mergeRecords([left('a', '2024-01-10', 'Ann Lee', 'was suspended'), left('b', '2024-02-02', 'Ann Lee', 'was dismissed')]).events).toHaveLength(2);
    expect(mergeRecords([left('a', '2025-01-14', 'Ann Lee', 'placed on paid administrative leave'), left('b', '2025-02-11', 'Ann Lee', 'fire')]).events).toHaveLength(2);
  });

  it('places a change of post told on two days on the day most of its reports give', () => {
    const named = (id: string, date: string, trigger: string) => article(id, [{ type: 'appointment', date, trigger, quote: { text: `Words of ${id}.`, speaker: 'Ann Lee' } }]);
    // 'to serve as acting mayor' from the day the mayor leaves, in one outlet; 'sworn in' three days later, in two
    const sworn = mergeRecords([named('a', '2024-09-13', 'to serve as acting mayor'), named('b', '2024-09-16', 'sworn in'), named('c', '2024-09-16', 'took the oath of office')]).events;
    expect(sworn.map((e) => [e.date, sources(e)])).toEqual([['2024-09-16', ['a', 'b', 'c']]]);
    // told as often on each day: the earlier
    const even = mergeRecords([named('a', '2024-09-13', 'to serve as acting mayor'), named('b', '2024-09-16', 'sworn in')]).events;
    expect(even.map((e) => e.date)).toEqual(['2024-09-13']);
  });

  it('joins an undated meeting to the dated one its official addressed, and places a weekday’s day in the body’s story', () => {
    const named = (id: string, date: string | null, weekday?: number) => article(id, [{ type: 'meeting', date, weekday, quote: { text: 'Words.', speaker: 'Ann Lee' } }]);
    // 1 February is a Wednesday in 2023, not in 2022: the body's latest year is 2022
    const { events } = mergeRecords([named('a', 'XXXX-02-01', 3), named('b', null), article('c', [{ type: 'appointment', date: '2022-11-22' }])]);
    expect(events.map((e) => [e.type, e.date, e.dateSource, sources(e)])).toEqual([['appointment', '2022-11-22', 'stated', ['c']], ['meeting', '2023-02-01', 'context', ['a', 'b']]]);
    // with nothing dated for the body the year stays unknown
    expect(mergeRecords([named('a', 'XXXX-02-01', 3)]).events.map((e) => e.date)).toEqual(['XXXX-02-01']);
  });

  it('joins an undated meeting that names no one to the body’s one dated meeting, and to none of two', () => {
    const meeting = (id: string, date: string | null) => article(id, [{ type: 'meeting', date }]);
    const one = mergeRecords([meeting('a', '2023-09-05'), meeting('b', null)]).events;
    expect(one.map((e) => [e.date, sources(e)])).toEqual([['2023-09-05', ['a', 'b']]]);
    const two = mergeRecords([meeting('a', '2023-09-05'), meeting('c', '2024-01-10'), meeting('b', null)]).events;
    expect(two.map((e) => [e.date, sources(e)])).toEqual([['2023-09-05', ['a']], ['2024-01-10', ['c']]]);
    // told with a date its article could not place ('last night'), it may be a meeting no one else dates
    const unplaced = mergeRecords([meeting('a', '2023-09-05'), article('b', [{ type: 'meeting', date: null, source: 'stated' }])]).events;
    expect(unplaced.map((e) => [e.date, sources(e)])).toEqual([['2023-09-05', ['a']]]);
  });

  it('joins a meeting and the departure it decided, reported apart the same day, and not on another day', () => {
    const { events } = mergeRecords([article('a', [{ type: 'meeting', date: '2023-09-21' }]), article('b', [{ type: 'departure', date: '2023-09-21' }])]);
    expect(events.map((e) => [e.date, sources(e)])).toEqual([['2023-09-21', ['a', 'b']]]);
    const apart = mergeRecords([article('a', [{ type: 'meeting', date: '2023-09-21' }]), article('b', [{ type: 'departure', date: '2023-09-22' }])]).events;
    expect(apart.map((e) => [e.type, sources(e)])).toEqual([['departure', ['b']], ['meeting', ['a']]]);
    // a departure and an appointment of that day are two steps, with no meeting told
    const steps = mergeRecords([article('a', [{ type: 'appointment', date: '2023-09-21' }]), article('b', [{ type: 'departure', date: '2023-09-21' }])]).events;
    expect(steps).toHaveLength(2);
  });

  it('joins a report dated within an inspection’s span of days, or whose span takes in its day; not one of another month', () => {
    const span = (id: string) => { const r = article(id, [{ date: '2024-04-28' }]); r.events[0]!.date.endValue = '2024-05-08'; return r; };
    const inMay = mergeRecords([span('a'), article('b', [{ date: '2024-05' }])]).events;
    expect(inMay.map((e) => [e.date, e.endDate, sources(e)])).toEqual([['2024-04-28', '2024-05-08', ['a', 'b']]]);
    expect(mergeRecords([article('b', [{ date: '2024-05-06' }]), span('a')]).events.map(sources)).toEqual([['a', 'b']]);
    expect(mergeRecords([span('a'), article('b', [{ date: '2024-06' }])]).events).toHaveLength(2);
  });

  it('folds an announcement of the body’s one step of that day into it, with the type more articles give; not two steps’, another day’s or an inspection’s', () => {
    const told = (id: string, type: EventType, date = '2024-09-03') => article(id, [{ type, date }]);
    const one = mergeRecords([told('a', 'appointment'), told('b', 'announcement')]).events;
    expect(one.map((e) => [e.type, e.date, sources(e)])).toEqual([['appointment', '2024-09-03', ['a', 'b']]]);
    const more = mergeRecords([told('a', 'appointment'), told('b', 'announcement'), told('c', 'announcement')]).events;
    expect(more.map((e) => [e.type, sources(e)])).toEqual([['announcement', ['a', 'b', 'c']]]);
    // which of two steps of that day it tells is not known
    expect(mergeRecords([told('a', 'appointment'), told('b', 'departure'), told('c', 'announcement')]).events).toHaveLength(3);
    expect(mergeRecords([told('a', 'appointment'), told('b', 'announcement', '2024-09-04')]).events).toHaveLength(2);
    expect(mergeRecords([told('a', 'inspection'), told('b', 'announcement')]).events).toHaveLength(2);
    // a statutory notice issued as a report ('a report under section 114')
    const notice = mergeRecords([told('a', 'intervention'), told('b', 'report-published'), told('c', 'intervention')]).events;
    expect(notice.map((e) => [e.type, sources(e)])).toEqual([['intervention', ['a', 'b', 'c']]]);
  });

  it('tells a report whose subject no other article gives as the body other articles report that event for, when its article names it', () => {
    const left = (id: string, subject: string, names?: string): ArticleRecord => article(id, [{ type: 'departure', date: '2024-05-16', subject, names }]);
    const [a, b] = [left('a', 'Kelby Police'), left('b', 'Kelby Police')];
    const joined = mergeRecords([a, b, left('c', 'Harbourside Council', 'Kelby Police')]).events;
    expect(joined.map((e) => [e.subject, sources(e)])).toEqual([['Kelby Police', ['a', 'b', 'c']]]);
    // not when its article does not name that body, nor when two bodies fit
    expect(mergeRecords([a, b, left('c', 'Harbourside Council')]).events).toHaveLength(2);
    const two = mergeRecords([a, b, left('d', 'Pellham Police'), left('e', 'Pellham Police'), left('c', 'Harbourside Council', 'Kelby Police and Pellham Police')]).events;
    expect(two.map((e) => [e.subject, sources(e)])).toEqual([['Harbourside Council', ['c']], ['Kelby Police', ['a', 'b']], ['Pellham Police', ['d', 'e']]]);
    // nor when its article tells that body's event of that day too: it tells two bodies'
    const both = article('c', [{ type: 'departure', date: '2024-05-16', subject: 'Harbourside Council', names: 'Kelby Police' }, { type: 'departure', date: '2024-05-16', subject: 'Kelby Police' }]);
    expect(mergeRecords([a, b, both]).events.map((e) => [e.subject, sources(e)])).toEqual([['Harbourside Council', ['c']], ['Kelby Police', ['a', 'b', 'c']]]);
    // two bodies each told by one article: the one whose article does not name the other's keeps its own
    expect(mergeRecords([a, left('c', 'Harbourside Council', 'Kelby Police')]).events.map((e) => [e.subject, sources(e)])).toEqual([['Kelby Police', ['a', 'c']]]);
    expect(mergeRecords([left('a', 'Kelby Police', 'Harbourside Council'), left('c', 'Harbourside Council', 'Kelby Police')]).events).toHaveLength(2);
    // unless the one is a part of the other, named by its key and more
    const office = left('c', 'Kelby Treasurer Office', 'Kelby Police');
    office.events[0]!.subject.key = 'kelby treasurer';
    expect(mergeRecords([left('a', 'Kelby Police', 'Kelby Treasurer Office'), office]).events.map((e) => [e.subject, sources(e)])).toEqual([['Kelby Police', ['a', 'c']]]);
  });

  it('never joins two bodies, nor two kinds of event (other than a meeting and its decision), on the same day', () => {
    const { events } = mergeRecords([
      article('a', [{ date: '2024-03-12' }]),
      article('b', [{ date: '2024-03-12', subject: 'Eastmoor Council' }]),
      article('c', [{ date: '2024-03-12', type: 'meeting' }]),
    ]);
    expect(events.map((e) => [e.type, e.subject])).toEqual([
      ['inspection', 'Eastmoor Council'], ['inspection', 'Westshire Council'], ['meeting', 'Westshire Council'],
    ]);
  });

  it('lets news dated by its publication day join the event it reports from up to a week before (a weekly’s), and no further', () => {
    const { events } = mergeRecords([
      article('a', [{ type: 'departure', date: '2024-03-04' }]),
      article('b', [{ type: 'departure', date: '2024-03-09', source: 'publication' }]),
      article('c', [{ type: 'departure', date: '2024-03-12', source: 'publication' }]),
    ]);
    expect(events.map((e) => [e.date, sources(e)])).toEqual([['2024-03-04', ['a', 'b']], ['2024-03-12', ['c']]]);
  });

  it('joins reports of one month’s inspection that give a grade and the category it is one of (special measures of an inadequate)', () => {
    const graded = (id: string, grade: string) => article(id, [{ date: '2024-01', grades: [grade], scale: 'cqc' }]);
    expect(mergeRecords([graded('a', 'Inadequate'), graded('b', 'Special Measures')]).events.map(sources)).toEqual([['a', 'b']]);
    expect(mergeRecords([graded('a', 'Good'), graded('b', 'Special Measures')]).events).toHaveLength(2);
  });

  it('lets news dated by its publication day join an event of a week that holds one of its days, or of its own month, whichever came first', () => {
    const news = article('a', [{ type: 'report-published', date: '2024-08-21', source: 'publication' }]);
    const lastWeek = article('b', [{ type: 'report-published', date: '2024-W33' }]);
    expect(mergeRecords([news, lastWeek]).events.map(sources)).toEqual([['a', 'b']]);
    expect(mergeRecords([news, article('b', [{ type: 'report-published', date: '2024-08' }])]).events.map(sources)).toEqual([['a', 'b']]);
    // a month before it holds a week of its news, yet a step there is more likely one of its own
    const early = article('a', [{ type: 'report-published', date: '2024-09-03', source: 'publication' }]);
    expect(mergeRecords([early, article('b', [{ type: 'report-published', date: '2024-08' }])]).events).toHaveLength(2);
  });

  it('places an undated report by its grades: with the cluster that shares most, apart when two share as many', () => {
    const dated = [
      article('a', [{ date: '2019-09', grades: ['Inadequate'] }]),
      article('b', [{ date: '2023-03', grades: ['Good', 'Adequate', 'Inadequate'] }]),
    ];
    const most = mergeRecords([...dated, article('c', [{ date: null, grades: ['Good', 'Inadequate'] }])]).events;
    expect(most.map((e) => [e.date, sources(e)])).toEqual([['2019-09', ['a']], ['2023-03', ['b', 'c']]]);
    const tie = mergeRecords([...dated, article('c', [{ date: null, grades: ['Inadequate'] }])]).events;
    expect(tie.map((e) => sources(e))).toEqual([['a'], ['b']]);
  });

  it('never places an undated report in an event dated after its article was published', () => {
    const dated = [article('a', [{ date: '2019-09-27', grades: ['Inadequate'] }]), article('b', [{ date: '2023-03-17', grades: ['Inadequate', 'Good'] }])];
    const undated = { ...article('c', [{ date: null, grades: ['Inadequate'] }]), publishedAt: '2019-09-28' };
    expect(mergeRecords([...dated, undated]).events.map((e) => [e.date, sources(e)])).toEqual([['2019-09-27', ['a', 'c']], ['2023-03-17', ['b']]]);
  });

  it('joins reports of one day whatever part of the verdict each tells, but keeps a month’s apart by their grades', () => {
    const day = mergeRecords([article('a', [{ type: 'report-published', date: '2025-03-14', grades: ['Good'] }]),
      article('b', [{ type: 'report-published', date: '2025-03-14', grades: ['Outstanding'] }])]).events;
    expect(day.map(sources)).toEqual([['a', 'b']]);
    const month = mergeRecords([article('a', [{ date: '2025-03', grades: ['Good'] }]), article('b', [{ date: '2025-03', grades: ['Inadequate'] }])]).events;
    expect(month.map(sources)).toEqual([['a'], ['b']]);
    // a month's report and a day of that month are one inspection, whatever part of the verdict each tells
    const days = mergeRecords([article('a', [{ date: '2025-03', grades: ['Requires Improvement'] }]), article('b', [{ date: '2025-03-14', grades: ['Good'] }])]).events;
    expect(days.map(sources)).toEqual([['a', 'b']]);
  });

  it('takes "junk" for the code below investment grade that another report gives, but two codes for one event only when equal', () => {
    const credit = (grades: string[], source: 'stated' | 'publication' = 'publication') =>
      ({ type: 'rating-action' as const, date: '2024-05-14', source, grades, scale: 'credit' });
    const junk = mergeRecords([article('a', [credit(['Ba1'], 'stated')]), article('b', [credit(['Junk'])])]).events;
    expect(junk.map(sources)).toEqual([['a', 'b']]);
    const codes = mergeRecords([article('a', [credit(['Ba1'], 'stated')]), article('b', [credit(['Ba3'])])]).events;
    expect(codes.map(sources)).toEqual([['a'], ['b']]);
  });

  it('leaves out an undated report that shares no grade: it cannot be placed on a timeline', () => {
    expect(mergeRecords([article('a', [{ date: null }]), article('b', [{ date: null, grades: ['Good'] }])]).events).toEqual([]);
  });

  it('joins an undated report with no grade to its author’s dated report on the body, not another author’s', () => {
    const report = (date: string | null, assessor: string): Told => ({ type: 'report-published', date, assessor });
    const same = mergeRecords([article('a', [report('2024-05-02', 'Wales Audit Office')]), article('b', [report(null, 'Wales Audit Office')])]).events;
    expect(same.map(sources)).toEqual([['a', 'b']]);
    const other = mergeRecords([article('a', [report('2024-05-02', 'Wales Audit Office')]), article('b', [report(null, 'CQC')])]).events;
    expect(other.map(sources)).toEqual([['a']]);
    // two dated reports by that author: the undated one cannot tell which it is
    const two = mergeRecords([article('a', [report('2024-05-02', 'Wales Audit Office')]), article('c', [report('2021-11-20', 'Wales Audit Office')]), article('b', [report(null, 'Wales Audit Office')])]).events;
    expect(two.map(sources)).toEqual([['c'], ['a']]);
  });

  it('keeps two agencies’ actions of the same day on the same body apart', () => {
    const action = (assessor: string, grades: string[]): Told => ({ type: 'rating-action', date: '2023-08-10', grades, scale: 'credit', assessor });
    const { events } = mergeRecords([article('a', [action('S&P Global Ratings', ['A'])]), article('b', [action('Fitch Ratings', ['A-'])]), article('c', [action('S&P Global Ratings', ['A'])])]);
    expect(events.map((e) => [e.assessor, sources(e)]).sort()).toEqual([['Fitch Ratings', ['b']], ['S&P Global Ratings', ['a', 'c']]]);
  });

  it('treats a monitoring visit and an inspection of the same month as one event', () => {
    const { events } = mergeRecords([article('a', [{ date: '2023-06' }]), article('b', [{ type: 'monitoring-visit', date: '2023-06-14' }])]);
    expect(events.map((e) => [e.type, e.date, sources(e)])).toEqual([['monitoring-visit', '2023-06-14', ['a', 'b']]]);
  });

  it('dates an inspection’s findings by the report that an article telling both says was published after it', () => {
    const { events } = mergeRecords([
      article('a', [{ date: '2023-11' }, { type: 'report-published', date: '2024-01-12' }]),
      article('b', [{ type: 'report-published', date: '2023-02-01' }]),
    ]);
    expect(events.map((e) => [e.type, e.date, e.reportPublished])).toEqual([
      ['inspection', '2023-11', '2024-01-12'], ['report-published', '2023-02-01', null], ['report-published', '2024-01-12', null],
    ]);
  });

  it('gathers what every report of the event says: quotes once each, the officials who gave them', () => {
    const said = { text: 'We accept the findings in full.', speaker: 'Ann Lee' };
    const { events } = mergeRecords([
      article('a', [{ date: '2024-03-12', quote: said }]),
      article('b', [{ date: '2024-03-12', quote: { ...said, text: 'We accept the findings in full' } }]),
      article('c', [{ date: '2024-03', quote: { text: 'Children were let down.', speaker: 'Raj Patel' } }]),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.officials).toEqual([{ name: 'Ann Lee', role: 'director', article: 'a' }, { name: 'Raj Patel', role: 'director', article: 'c' }]);
    expect(events[0]!.quotes.map((q) => [q.article, q.speaker])).toEqual([['a', 'Ann Lee'], ['c', 'Raj Patel']]);
    // each fact with where its article states it
    expect(events[0]!.quotes.map((q) => [q.start, q.end])).toEqual([[0, 'Sentence 0 of a.'.length], [0, 'Sentence 0 of c.'.length]]);
  });

  it('places a year-less date in the year nearest the years its article states', () => {
    const { events } = mergeRecords([
      article('a', [{ date: '2023-06' }]),
      article('b', [{ date: '2025-06' }]),
      article('c', [{ date: 'XXXX-06' }], [2025]),
    ]);
    expect(events.map((e) => [e.date, sources(e)])).toEqual([['2023-06', ['a']], ['2025-06', ['b', 'c']]]);
  });

  it('places a year-less date, with no publication date known, in the first year not before its page’s related stories, or just before', () => {
    const spring = mergeRecords([article('a', [{ date: 'XXXX-05-23' }], [], '2017-12-02'), article('b', [{ date: 'XXXX-05' }])]).events;
    expect(spring.map((e) => [e.date, e.dateSource, sources(e)])).toEqual([['2018-05-23', 'context', ['a', 'b']]]);
    // a December not before 2 December is that December
    expect(mergeRecords([article('a', [{ date: 'XXXX-12' }], [], '2017-12-02')]).events.map((e) => e.date)).toEqual(['2017-12']);
    // a related story a fortnight after the event may be its first coverage: the event stays in that year
    expect(mergeRecords([article('a', [{ date: 'XXXX-03-07' }], [], '2023-03-21')]).events.map((e) => e.date)).toEqual(['2023-03-07']);
  });

  it('gives a year-less day the year of the batch’s report of that body and kind in its month, when there is one such year', () => {
    const joined = mergeRecords([article('a', [{ date: 'XXXX-03-07', grades: ['Inadequate'] }]), article('b', [{ date: '2023-03', grades: ['Inadequate'] }])]).events;
    expect(joined.map((e) => [e.date, e.dateSource, sources(e)])).toEqual([['2023-03-07', 'context', ['a', 'b']]]);
    // two years of March reports: no year is known
    const two = mergeRecords([article('a', [{ date: 'XXXX-03-07' }]), article('b', [{ date: '2019-03' }]), article('c', [{ date: '2023-03' }])]).events;
    expect(two.map((e) => e.date)).toEqual(['2019-03', '2023-03', 'XXXX-03-07']);
    // another body's, or another kind's, says nothing of its year
    const other = mergeRecords([article('a', [{ date: 'XXXX-03-07' }]), article('b', [{ date: '2023-03', type: 'meeting' }])]).events;
    expect(other.map((e) => [e.type, e.date])).toEqual([['inspection', 'XXXX-03-07'], ['meeting', '2023-03']]);
  });

  it('gives the later months of an article’s story the year the batch gave its first, not the earlier ones', () => {
    const later = mergeRecords([article('a', [{ date: 'XXXX-08-14', grades: ['0'] }, { date: 'XXXX-10-09', grades: ['4'] }]), article('b', [{ date: '2024-08', grades: ['0'] }])]).events;
    expect(later.map((e) => [e.date, sources(e)])).toEqual([['2024-08-14', ['a', 'b']], ['2024-10-09', ['a']]]);
    const earlier = mergeRecords([article('a', [{ date: 'XXXX-08-14', grades: ['0'] }, { date: 'XXXX-02-09', grades: ['4'] }]), article('b', [{ date: '2024-08', grades: ['0'] }])]).events;
    expect(earlier.map((e) => e.date)).toEqual(['2024-08-14', 'XXXX-02-09']);
  });

  it('gives the same events whatever the order of the records', () => {
    const records = [
      article('a', [{ date: '2024-03-12', grades: ['Inadequate'] }, { type: 'report-published', date: '2024-05-01' }]),
      article('b', [{ date: null, grades: ['Inadequate'] }, { type: 'report-published', date: '2024-05-03', source: 'publication' }]),
      article('c', [{ date: '2024-03' }]),
    ];
    const once = JSON.stringify(mergeRecords(records));
    expect(JSON.stringify(mergeRecords([...records].reverse()))).toBe(once);
    expect(JSON.stringify(mergeRecords([records[1]!, records[2]!, records[0]!]))).toBe(once);
  });

  it('names a body by its fuller name when its reports use two names as often', () => {
    const { events, bodies } = mergeRecords([
      article('a', [{ date: '2024-03-12', subject: 'Westshire General Hospital' }]),
      article('b', [{ date: '2024-03-12', subject: 'Westshire Hospitals NHS Trust' }]),
    ]);
    expect(events.map((e) => e.subject)).toEqual(['Westshire Hospitals NHS Trust']);
    expect(bodies.map((b) => [b.name, b.variants])).toEqual([['Westshire Hospitals NHS Trust', ['Westshire General Hospital']]]);
  });
});
