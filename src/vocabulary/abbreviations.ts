import { MONTH_ABBREVIATIONS } from './calendar.js';

/**
 * Words after which a full stop does not end a sentence ('Mr. Smith', 'Calif. officials', 'U.S.
 * forces'), by kind, each with why. The sentence splitter and the quote sieves read the same table.
 */
export const ABBREVIATION_GROUPS: ReadonlyArray<{ words: readonly string[]; reason: string }> = [
  { words: ['mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'hon', 'jr', 'sr'], reason: 'personal titles and suffixes, before or after a name' },
  { words: ['cllr', 'coun', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'col', 'lt', 'capt', 'sgt', 'insp', 'supt', 'det', 'con', 'pc'],
    reason: 'office, rank and police titles before a name' },
  { words: ['st', 'mt', 'ft'], reason: 'Saint, Mount, Fort in place names' },
  { words: ['inc', 'ltd', 'co', 'corp'], reason: 'company suffixes, mid-sentence' },
  { words: ['no', 'vs', 'etc', 'e.g', 'i.e', 'a.m', 'p.m'], reason: 'Latin and number abbreviations' },
  { words: ['u.s', 'u.k', 'u.n', 'd.c'], reason: 'dotted country and place initials' },
  // 'Ill.', 'Mass.', 'Ore.', 'Pa.' are left out: as words ('fell ill.') they end sentences
  { words: ['calif', 'fla', 'wis', 'mich'], reason: 'US state abbreviations in wire copy' },
  { words: MONTH_ABBREVIATIONS, reason: 'month short forms (the calendar table)' },
];

export const ABBREVIATIONS: ReadonlySet<string> = new Set(ABBREVIATION_GROUPS.flatMap((g) => g.words));
