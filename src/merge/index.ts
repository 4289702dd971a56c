import type { ArticleRecord, Event, Official, RegistryOfficial } from '../schema/index.js';
import { articleEvents, type ArticleEvent } from './articleEvents.js';
import { mergeEvents } from './events.js';
import { mergeOfficials } from './officials.js';

export { articleEvents, type ArticleEvent } from './articleEvents.js';
export { mergeEvents } from './events.js';
export { mergeOfficials } from './officials.js';
export { TRIGGERS } from './triggers.js';

export interface MergedBatch {
  events: Event[];
  officials: RegistryOfficial[];
}

/** What the merge needs of one article: its events and officials, without the body (so a batch's memory stays small). */
export interface MergeInput {
  id: string;
  events: ArticleEvent[];
  officials: Array<Omit<Official, 'mentions'>>;
}

export function mergeInput(record: ArticleRecord): MergeInput {
  return {
    id: record.id,
    events: articleEvents(record),
    // copies: a batch shares and freezes the small values of merge inputs (see ValuePool), never a record's own
    officials: record.officials.map(({ mentions: _mentions, roles, ...o }) => ({ ...o, roles: [...roles] })),
  };
}

/** Deduplicated events and the officials registry of a batch; the same records in any order give the same result. */
export function mergeRecords(records: readonly ArticleRecord[]): MergedBatch {
  return mergeInputs(records.map(mergeInput));
}

export function mergeInputs(inputs: readonly MergeInput[]): MergedBatch {
  return { events: mergeEvents(inputs.flatMap((i) => i.events)), officials: mergeOfficials(inputs) };
}
