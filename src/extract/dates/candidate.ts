import type { PartOfDay, Reference, Season, Unit } from './lexicon.js';

/** Calendar components the text states (chrono's "assigned" values); nothing here is guessed. */
export interface Components {
  year?: number;
  month?: number;
  day?: number;
  /** ISO weekday, Monday 1. */
  weekday?: number;
  season?: Season;
  quarter?: number;
  /** First three digits of the year: 199 for 'the 1990s'. */
  decade?: number;
  /** First two digits: 19 for 'the 20th century'. */
  century?: number;
  part?: PartOfDay;
  hour?: number;
  minute?: number;
}

/** What a parser found; refiners reshape the list, `normalise` turns each into a TIMEX3 value. */
export interface Candidate {
  start: number;
  end: number;
  rule: string;
  stated: Components;
  /** Counted from the anchor: 'yesterday' {day, -1}, 'last year' {year, -1}, 'this week' {week, 0}, 'two years ago' {year, -2}. */
  shift?: { unit: Unit | 'weekend'; by: number };
  /** Which occurrence of a named month, weekday or season: 'last May' -1, 'next Tuesday' 1, 'this summer' 0. Unset: tense decides. */
  direction?: -1 | 0 | 1;
  reference?: Reference;
  /** End of a range or two-item list ('17 and 18 June'); components it lacks come from the start. */
  until?: Components;
  /** 'the end of the year': in a past-tense sentence that end has already come, so it is the previous one. */
  endOfUnit?: boolean;
  /** The calendar day comes from context, not from the text (a bare clock time). */
  dayFromContext?: boolean;
  /** 'that June', 'the same March': the month of the year the text last stated (see the refiner anaphoric-year). */
  anaphoric?: boolean;
}
