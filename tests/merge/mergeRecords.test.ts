import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeRecords } from '../../src/merge/index.js';
import { refines } from '../../src/extract/dates/compare.js';
import { extractArticle } from '../../src/pipeline/index.js';
import type { ArticleRecord } from '../../src/schema/index.js';

const dir = path.resolve(__dirname, '../../fixtures/articles');
const fixtures: ArticleRecord[] = readdirSync(dir).sort().map((f) =>
  extractArticle(readFileSync(path.join(dir, f)), { id: f.replace(/\.txt$/, ''), fileName: f }));

/** A record with just what the merge reads. */
function record(id: string, body: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return { ...extractArticle(body, { id }), ...extra };
}

describe('mergeRecords: events', () => {
  it('gives one event for one inspection reported by several articles at different precision', () => {
    const a = record('a', 'Ofsted judged Westshire Council’s children’s services inadequate in July 2022 after an inspection.');
    const b = record('b', 'The Ofsted inspection of Westshire Council in 2022 found serious failings, and the service was rated inadequate.');
    const { events } = mergeRecords([a, b]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'inspection', date: '2022-07', ratings: [{ value: 'Inadequate' }] });
    expect(events[0]!.sources.map((s) => s.article)).toEqual(['a', 'b']);
  });

  it('never merges events about different subjects', () => {
    const a = record('a', 'Ofsted judged Westshire Council’s children’s services inadequate in July 2022 after an inspection.');
    const b = record('b', 'Ofsted judged Eastmoor Council’s children’s services inadequate in July 2022 after an inspection.');
    expect(mergeRecords([a, b]).events).toHaveLength(2);
  });

  it('never takes an inspectorate or agency for the subject, but keeps the same words in a body’s own name', () => {
    const care = record('a', 'The Care Quality Commission rated Quality Street Surgery inadequate after an inspection in May 2024. '
      + 'The Care Quality Commission said Quality Street Surgery must improve, and the Care Quality Commission will return.');
    const [event, ...rest] = mergeRecords([care]).events;
    expect(rest).toEqual([]);
    expect(event!.subject).toMatch(/^Quality\b/);
    expect(event!.subject).not.toMatch(/Care|Commission/);
  });

  it('joins an undated grade to a dated report of it, and leaves one that joins nothing out of the events', () => {
    const dated = record('a', 'Ofsted judged Westshire Council’s children’s services inadequate in July 2022 after an inspection.');
    const undated = record('b', 'Westshire Council’s children’s services have been rated inadequate by Ofsted.');
    expect(mergeRecords([dated, undated]).events.map((e) => [e.date, e.sources.map((s) => s.article)])).toEqual([['2022-07', ['a', 'b']]]);
    expect(mergeRecords([undated]).events).toEqual([]);
  });

  it('keeps two dated visits apart and joins a year-less month to the one it fits', () => {
    const a = record('a', 'Ofsted inspectors carried out two monitoring visits to Westshire in June 2023. Westshire was praised.');
    const b = record('b', 'Ofsted inspectors made a monitoring visit to Westshire on 17 and 18 June 2025. Westshire improved.');
    const c = record('c', 'An Ofsted inspection of Westshire carried out in June found progress, after failings in 2022. Westshire responded.');
    const { events } = mergeRecords([a, b, c]);
    const june2023 = events.find((e) => e.date === '2023-06')!;
    expect(june2023.sources.map((s) => s.article)).toEqual(['a', 'c']);
    expect(events.find((e) => e.date === '2025-06-17')!.sources.map((s) => s.article)).toEqual(['b']);
  });

  it('gives an event the body its sentence names in full, even once, over the article’s main subject', () => {
    const body = 'The CQC rated Ashgrove Lodge requires improvement in a report published on 2 May 2024. Ashgrove Lodge cares for 40 people.\n\n'
      + 'Four weeks earlier the birth centre at Harrowby General Hospital was downgraded to inadequate after an inspection in March 2024.';
    const { events } = mergeRecords([record('a', body)]);
    expect(events.find((e) => e.date === '2024-03')?.subject).toMatch(/^Harrowby General Hospital/);
  });

  it('joins a report dated by its season to the one that gives the day', () => {
    const a = record('a', 'Ofsted judged Westshire Council’s children’s services inadequate after an inspection on 12 March 2024.');
    const b = record('b', 'Ofsted inspectors visited Westshire Council’s children’s services in the spring of 2024 and rated them inadequate.');
    const { events } = mergeRecords([a, b]);
    expect(events.map((e) => [e.date, e.sources.map((s) => s.article)])).toEqual([['2024-03-12', ['a', 'b']]]);
  });

  it.each([
    ['2024-03-12', '2024-SP', true], ['2024-03', 'XXXX-SP', true], ['2024-01-10', '2023-WI', true], ['2024-12-01', '2024-WI', true],
    ['2024-07-01', '2024-SP', false], ['2023-03-01', '2024-SP', false], ['2024-SP', '2024', true], ['2024-SP', 'XXXX-SP', true],
    ['2024-SP', '2024-03', false], ['2024', '2024-SP', false],
  ] as const)('refines(%s, %s) is %s: a day or month is within its season, a season within its year', (specific, general, expected) => {
    expect(refines(specific, general)).toBe(expected);
  });

  it('makes "a report published today" an event of its own, and the date the inspection’s findings came out', () => {
    const a = record('a', 'Ofsted published its report today following a full inspection of Westshire in November. Westshire was judged Good.\n\nPublished: 12th January 2024');
    const { events } = mergeRecords([a]);
    expect(events.map((e) => [e.type, e.date, e.reportPublished])).toEqual([['inspection', '2023-11', '2024-01-12'], ['report-published', '2024-01-12', null]]);
  });

  it('is independent of the order of the records (fixtures, reversed and rotated)', () => {
    const once = JSON.stringify(mergeRecords(fixtures));
    expect(JSON.stringify(mergeRecords([...fixtures].reverse()))).toBe(once);
    expect(JSON.stringify(mergeRecords([...fixtures.slice(2), ...fixtures.slice(0, 2)]))).toBe(once);
  });
});

describe('mergeRecords: officials registry', () => {
  it('lists each person of the fixtures once, with their roles per article', () => {
    const { officials } = mergeRecords(fixtures);
    expect(officials.map((o) => o.name)).toEqual([
      'Darryl Freeman', 'David Hitchiner', 'Deborah McMillan', 'Diana Toynbee', 'Eleanor Brazil', 'Ivan Powell', 'Jonathan Lester', 'Paul Walker', 'Tina Russells',
    ]);
    const lester = officials.find((o) => o.name === 'Jonathan Lester')!;
    expect(lester.articles).toHaveLength(3);
    expect(lester.variants).toContain('Coun Jonathan Lester');
  });

  it('does not join a bare surname shared by two people', () => {
    const a = record('a', 'Council leader, Sarah Jones, said the plan was sound.');
    const b = record('b', 'Chief executive Tom Jones said the plan was sound.');
    const c = record('c', 'Cllr Jones said the plan was sound.');
    expect(mergeRecords([a, b, c]).officials.map((o) => o.name)).toEqual(['Jones', 'Sarah Jones', 'Tom Jones']);
  });

  it('joins a short given name and middle initials to the full name, and keeps other given names apart', () => {
    const a = record('a', 'FBI Director James B. Colby said the review was closed.');
    const b = record('b', 'Director Jim Colby said the review was closed.');
    const c = record('c', 'Councillor John Colby said the review was closed.');
    const names = mergeRecords([a, b, c]).officials.map((o) => [o.name, o.articles]);
    expect(names).toEqual([['James B. Colby', ['a', 'b']], ['John Colby', ['c']]]);
  });
});
