import type { ArticleRecord, Body, Event, Official, RegistryOfficial } from '../schema/index.js';
import { mergeBodies } from './bodies.js';
import { statedYears } from '../extract/dates/compare.js';
import { stepOf } from '../extract/events/triggers.js';
import { mergeEvents, type ReportedEvent } from './events.js';
import { mergeOfficials } from './officials.js';

export { mergeEvents, type ReportedEvent } from './events.js';
export { mergeOfficials } from './officials.js';
export { mergeBodies } from './bodies.js';

/** What a batch's merge gives: each list is written to its own file (events.json, officials.json, bodies.json). */
export interface MergedBatch {
  events: Event[];
  officials: RegistryOfficial[];
  bodies: Body[];
}

/** What the merge needs of one article: its events and officials, without the body (so a batch's memory stays small). */
export interface MergeInput {
  id: string;
  events: ReportedEvent[];
  officials: Array<Omit<Official, 'mentions'>>;
}

export function mergeInput(record: ArticleRecord): MergeInput {
  return {
    id: record.id,
    events: reportedEvents(record),
    // copies: a batch shares and freezes the small values of merge inputs (see ValuePool), never a record's own
    officials: record.officials.map(({ mentions: _mentions, roles, ...o }) => ({ ...o, roles: [...roles] })),
  };
}

/** An article's events as the merge reads them: the grades, officials and quotes they point at, spelled out. */
export function reportedEvents(record: ArticleRecord): ReportedEvent[] {
  const articleYears = [...new Set(statedYears(record.dates))].sort();
  const articleNames = record.events.length ? capitalisedWords(record.body) : [];
  return record.events.map((e) => ({
    article: record.id,
    subject: { key: e.subject.key, label: e.subject.name },
    type: e.type,
    date: e.date.value,
    endDate: e.date.endValue,
    dateSource: e.date.source,
    weekday: e.date.weekday,
    assessor: e.assessor,
    step: stepOf(e.type, e.trigger.text),
    datedByGrade: e.rule === 'dated-grade',
    ratings: e.ratings.map((i) => record.ratings[i]!).map((r) => ({ value: r.value, previous: r.previous, scale: r.scale, start: r.start, end: r.end })),
    evidence: { ...e.evidence },
    officials: e.officials.map((o) => ({ name: o.name, role: o.role })),
    quotes: e.quotes.map((i) => record.quotes[i]!).map((q) => ({ text: q.text, speaker: q.speaker, start: q.start, end: q.end })),
    articleYears,
    published: record.publishedAt,
    publishedAfter: record.publishedAfter ?? null,
    articleNames,
  }));
}

/** The words a text writes with a capital, lower-cased and without a possessive's ending, once each (see ReportedEvent.articleNames). */
function capitalisedWords(text: string): string[] {
  return [...new Set((text.match(/\p{Lu}[\p{L}-]*(?:['’]s)?/gu) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/, '')))].sort();
}

/** Deduplicated events and the officials registry of a batch; the same records in any order give the same result. */
export function mergeRecords(records: readonly ArticleRecord[]): MergedBatch {
  return mergeInputs(records.map(mergeInput));
}

export function mergeInputs(inputs: readonly MergeInput[]): MergedBatch {
  const reported = inputs.flatMap((i) => i.events);
  const events = mergeEvents(reported);
  return { events, officials: mergeOfficials(inputs), bodies: mergeBodies(events, reported) };
}
