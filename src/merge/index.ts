import type { ArticleRecord, Event, Official, RegistryOfficial } from '../schema/index.js';
import { statedYears } from '../extract/dates/compare.js';
import { mergeEvents, type ReportedEvent } from './events.js';
import { mergeOfficials } from './officials.js';

export { mergeEvents, type ReportedEvent } from './events.js';
export { mergeOfficials } from './officials.js';

export interface MergedBatch {
  events: Event[];
  officials: RegistryOfficial[];
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
  return record.events.map((e) => ({
    article: record.id,
    subject: { key: e.subject.key, label: e.subject.name },
    type: e.type,
    date: e.date.value,
    endDate: e.date.endValue,
    dateSource: e.date.source,
    ratings: e.ratings.map((i) => record.ratings[i]!).map((r) => ({ value: r.value, previous: r.previous, scale: r.scale })),
    evidence: { ...e.evidence },
    officials: e.officials.map((o) => o.name),
    quotes: e.quotes.map((i) => record.quotes[i]!).map((q) => ({ article: record.id, text: q.text, speaker: q.speaker })),
    articleYears,
    published: record.publishedAt,
  }));
}

/** Deduplicated events and the officials registry of a batch; the same records in any order give the same result. */
export function mergeRecords(records: readonly ArticleRecord[]): MergedBatch {
  return mergeInputs(records.map(mergeInput));
}

export function mergeInputs(inputs: readonly MergeInput[]): MergedBatch {
  return { events: mergeEvents(inputs.flatMap((i) => i.events)), officials: mergeOfficials(inputs) };
}
