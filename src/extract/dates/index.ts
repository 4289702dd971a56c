import type { DateMention } from '../../schema/index.js';
import type { Candidate } from './candidate.js';
import type { PartOfDay } from './lexicon.js';
import { tenseAt } from './context.js';
import { normalise, parseAnchor } from './normalise.js';
import { PARSERS } from './parsers.js';
import { REFINERS } from './refiners.js';
import type { Deadline } from '../shared/deadline.js';

export interface DateOptions {
  /** TIMEX3 value of the article's publication date ('2022-09-21', or partial 'XXXX-01-12'); anchors relative dates. */
  publishedAt?: string | null;
  /** The article's time budget, checked as the loops go (extractArticle's timeoutMs). */
  deadline?: Deadline;
}

/** Finds calendar-anchored temporal expressions in `text` and normalises them to TIMEX3 values. */
export function extractDates(text: string, options: DateOptions = {}): DateMention[] {
  const anchor = parseAnchor(options.publishedAt);
  let candidates: Candidate[] = [];
  for (const p of PARSERS) {
    if (p.gate && !p.gate.test(text)) continue;
    // exec, not matchAll, which copies the pattern on every call: this runs per parser and article
    p.pattern.lastIndex = 0;
    for (let m = p.pattern.exec(text); m; m = p.pattern.exec(text)) {
      options.deadline?.check();
      const start = m.index;
      const end = start + m[0].length;
      const found = p.parse(m.groups ?? {}, text, start, end);
      if (found) candidates.push({ ...found, start, end, rule: p.rule });
    }
  }
  for (const r of REFINERS) {
    options.deadline?.check();
    candidates = r.apply(candidates, text);
  }
  return candidates.map((c) => ({
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    ...normalise(c, anchor, () => tenseAt(text, c.start, c.end)),
    ...(c.stated.part ? { partOfDay: PART_NAMES[c.stated.part] } : {}),
    ...(c.stated.weekday !== undefined ? { weekday: c.stated.weekday } : {}),
    rule: c.rule,
  }));
}

const PART_NAMES = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' } as const satisfies Record<PartOfDay, string>;
