/**
 * Refiners, applied in the order of REFINERS, top to bottom. Each takes the whole candidate list and
 * returns a new one: first veto what context shows is not a date, then resolve overlaps, then widen and
 * join what belongs together.
 */
import type { Candidate } from './candidate.js';
import { AMOUNT_SUFFIX, COUNT_NOUNS, CURRENCY_BEFORE, NUMBER_LABELS, alternation } from './lexicon.js';

export interface Refiner {
  name: string;
  reason: string;
  apply(candidates: Candidate[], text: string): Candidate[];
}

const before = (text: string, c: Candidate, n = 30) => text.slice(Math.max(0, c.start - n), c.start);
const after = (text: string, c: Candidate, n = 30) => text.slice(c.end, c.end + n);

const SET_BEFORE = /\b(?:every|each|per)\s+(?:other\s+)?$/i;
const LABEL_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(NUMBER_LABELS)})\\s*$`, 'iu');
const AGE_BEFORE = /\b(?:aged|ages?)\s+$/i;
/**
 * A year right after a statute's title word names the law ('the Education Act 2005', 'the Care Regulations 2014'), and one after a
 * bond issue's 'Series' names the issue ('General Obligation Bonds, Series 2024').
 */
const STATUTE_BEFORE = /\b(?:Act|Acts|Regulations|Order|Bill|Code|Series)\s+$/;
const COUNT_AFTER = new RegExp(`^\\s+(?:${alternation(COUNT_NOUNS)})(?![\\p{L}])`, 'u');
/** 'the last year', 'over the past week', 'the next month': a stretch of time, not a calendar date. */
const THE_BEFORE = /\bthe\s+$/i;
const MODIFIER_BEFORE = /(?:\b(?:[Ee]arly|[Ll]ate|[Mm]id|[Ee]arlier|[Ll]ater)|\b[Tt]he\s+(?:end|beginning|start|middle|turn)\s+of(?:\s+the)?)(?:-|\s+)$/;
/** Between the two ends of a range or a two-item list: '17 and 18 June', 'March to May', '2019-2021'. */
const RANGE_LINK = /^\s*(?:-|–|—|to|and|until|till|through)\s*$/;
const TIME_THEN_DAY = /^[\s,]*(?:on\s+)?$/;
const DAY_THEN_TIME = /^[\s,]*$/;
const DAY_AT_TIME = /^,?\s+at\s+$/;

const isTime = (c: Candidate) => c.dayFromContext === true;
const isDay = (c: Candidate) => !c.dayFromContext && !c.reference && c.stated.hour === undefined
  && (c.stated.day !== undefined || (c.stated.weekday !== undefined && c.stated.part === undefined) || (c.shift?.unit === 'day' && c.stated.part === undefined));
/** A calendar date or period the text names (not 'today' or 'on Friday'), so it can join a range. */
const isNamed = (c: Candidate) => !c.shift && !c.reference && !c.until && c.stated.hour === undefined
  && (c.stated.month !== undefined || c.stated.year !== undefined || c.stated.season !== undefined || c.stated.quarter !== undefined);
const kind = (c: Candidate) => ['day', 'month', 'season', 'quarter', 'year'].find((k) => (c.stated as Record<string, unknown>)[k] !== undefined);

/** Chronological order of stated components (missing ones count as earliest). */
const position = (s: Candidate['stated']) => ((s.year ?? 0) * 13 + (s.month ?? 0)) * 32 + (s.day ?? 0);

/** One candidate spanning `a` and `b`, keeping `base`'s reading with `changes` applied. */
function join(base: Candidate, a: Candidate, b: Candidate, changes: Partial<Candidate>): Candidate {
  return { ...base, ...changes, start: a.start, end: b.end, rule: `${a.rule}+${b.rule}` };
}

/** Walks neighbours left to right, letting `merge` fuse a candidate with the one after it. */
function pairwise(cs: Candidate[], merge: (a: Candidate, b: Candidate) => Candidate | null): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cs) {
    const prev = out[out.length - 1];
    const merged = prev ? merge(prev, c) : null;
    if (merged) out[out.length - 1] = merged;
    else out.push(c);
  }
  return out;
}

export const REFINERS: readonly Refiner[] = [
  {
    name: 'drop-sets',
    reason: "'every Friday', 'each summer' recur; they are not one date",
    apply: (cs, text) => cs.filter((c) => !SET_BEFORE.test(before(text, c))),
  },
  {
    name: 'drop-amounts',
    reason: "a number after a currency sign, a label or 'aged', or before a unit or count noun, is money, an id, an age or a quantity: '£2020', 'No. 2010', '2000 homes', '2015%'",
    apply: (cs, text) => cs.filter((c) => {
      const digitStart = /^\d/.test(text.slice(c.start, c.start + 1));
      const digitEnd = /\d$/.test(text.slice(c.end - 1, c.end));
      if (digitStart && (CURRENCY_BEFORE.test(before(text, c)) || LABEL_BEFORE.test(before(text, c)) || AGE_BEFORE.test(before(text, c)))) return false;
      return !(digitEnd && (AMOUNT_SUFFIX.test(after(text, c)) || COUNT_AFTER.test(after(text, c))));
    }),
  },
  {
    name: 'drop-statute-years',
    reason: "the year in a law's title ('the Education Act 2005') or a bond issue's ('Bonds, Series 2024') names it, not a date",
    apply: (cs, text) => cs.filter((c) => !(c.rule === 'year' && STATUTE_BEFORE.test(before(text, c)))),
  },
  {
    name: 'drop-durations',
    reason: "'the last year', 'over the past week', 'the next month' measure a stretch of time; 'last year' alone is a date",
    apply: (cs, text) => cs.filter((c) => !(c.shift && c.rule === 'relative-unit' && THE_BEFORE.test(before(text, c)))),
  },
  {
    name: 'drop-overlaps',
    reason: "where parsers overlap ('Friday' inside 'Friday 30 September'), the longest reading wins, then the earliest",
    apply: (cs) => {
      const kept: Candidate[] = [];
      for (const c of [...cs].sort((a, b) => a.start - b.start || b.end - a.end)) {
        const last = kept[kept.length - 1];
        if (!last || last.end <= c.start) kept.push(c);
        else if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c; // c starts later, so it cannot touch earlier ones
      }
      return kept;
    },
  },
  {
    name: 'extend-modifiers',
    reason: "'early December', 'late last July', 'mid-2011', 'the end of June': the modifier is part of the expression; the value stays the period's",
    apply: (cs, text) => cs.map((c) => {
      if (c.reference || c.dayFromContext) return c;
      const m = MODIFIER_BEFORE.exec(before(text, c, 25));
      return m ? { ...c, start: c.start - m[0].length } : c;
    }),
  },
  {
    name: 'attach-time',
    reason: "'15:00 GMT Saturday', 'Friday 10am': a clock time next to a day takes that day ('Sunday night at 8 PM' stays two, as TimeML tags it)",
    apply: (cs, text) => pairwise(cs, (a, b) => {
      const gap = text.slice(a.end, b.start);
      const [day, time] = isTime(a) && isDay(b) && TIME_THEN_DAY.test(gap) ? [b, a]
        : isDay(a) && isTime(b) && DAY_THEN_TIME.test(gap) ? [a, b] : [];
      if (!day || !time) return null;
      const { hour, minute } = time.stated;
      return join(day, a, b, { stated: minute === undefined ? { ...day.stated, hour } : { ...day.stated, hour, minute } });
      return null;
    }),
  },
  {
    name: 'time-on-day',
    reason: "'Thursday 27 February 2025 at 7pm', 'next Wednesday at 6pm': a clock time told at a day is on that day (a weekday's which one too), though TimeML tags the two apart",
    apply: (cs, text) => cs.map((c, i) => {
      const day = cs[i - 1];
      if (!isTime(c) || !day || !isDay(day) || (day.stated.day === undefined && day.stated.weekday === undefined) || !DAY_AT_TIME.test(text.slice(day.end, c.start))) return c;
      const { shift: _anchor, dayFromContext: _context, direction: _own, ...time } = c;
      const which = day.stated.day === undefined ? { ...(day.shift ? { shift: day.shift } : {}), ...(day.direction === undefined ? {} : { direction: day.direction }) } : {};
      return { ...time, ...which, stated: { ...day.stated, hour: c.stated.hour, ...(c.stated.minute === undefined ? {} : { minute: c.stated.minute }) } };
    }),
  },
  {
    name: 'attach-relative-year',
    reason: "'April last year', '3 May next year': a month or day named with a year counted from the publication date is one date",
    apply: (cs, text) => pairwise(cs, (a, b) => {
      const yearOnly = b.shift?.unit === 'year' && b.rule === 'relative-unit';
      if (!yearOnly || a.shift || a.reference || a.stated.month === undefined || a.stated.year !== undefined || a.until) return null;
      return /^\s*,?\s*(?:of\s+)?$/.test(text.slice(a.end, b.start)) ? join(b, a, b, { stated: a.stated }) : null;
    }),
  },
  {
    name: 'merge-ranges',
    reason: "'March and May 2024', '26 September to 3 October': one record with endValue; the start borrows the year or month it leaves out",
    apply: (cs, text) => pairwise(cs, (a, b) => {
      if (!isNamed(a) || !isNamed(b) || kind(a) !== kind(b) || !RANGE_LINK.test(text.slice(a.end, b.start))) return null;
      if (a.stated.year !== undefined && b.stated.year === undefined) return null; // '2019 and June' is not a range
      if (a.stated.year !== undefined && position(a.stated) > position(b.stated)) return null; // 'in Jan 2024 and Sept 2022' is a list
      const start = { ...a.stated, year: a.stated.year ?? b.stated.year, month: a.stated.month ?? (a.stated.day !== undefined ? b.stated.month : undefined) };
      return join(a, a, b, { stated: Object.fromEntries(Object.entries(start).filter(([, v]) => v !== undefined)), until: b.stated, direction: a.direction ?? b.direction });
    }),
  },
  {
    name: 'anaphoric-year',
    reason: "'rated inadequate in August 2022, after an inspection that June': the year the paragraph last stated; with none, it points at nothing we can read",
    apply: (cs, text) => cs.flatMap((c, i) => {
      if (!c.anaphoric) return [c];
      const last = cs.slice(0, i).reverse().find((x) => x.stated.year !== undefined && !x.shift);
      return last && !text.slice(last.end, c.start).includes('\n') ? [{ ...c, stated: { ...c.stated, year: last.stated.year } }] : [];
    }),
  },
];
