import type { ArticleRecord, Event, RegistryOfficial } from '../schema/index.js';
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

/** Deduplicated events and the officials registry of a batch; the same records in any order give the same result. */
export function mergeRecords(records: readonly ArticleRecord[]): MergedBatch {
  const events: ArticleEvent[] = records.flatMap(articleEvents);
  return { events: mergeEvents(events), officials: mergeOfficials(records) };
}
