import type { DateMention } from '../../schema/index.js';

export interface DateOptions {
  /** TIMEX3 value of the article's publication date ('2022-09-21', or partial 'XXXX-01-12'); anchors relative dates. */
  publishedAt?: string | null;
}

/** Finds calendar-anchored temporal expressions in `text` and normalises them to TIMEX3 values. */
export function extractDates(text: string, options: DateOptions = {}): DateMention[] {
  void text; void options;
  return []; // placeholder until the date tagger lands (owned by a helper, see src/extract/dates/README)
}
