/**
 * Date vocabulary as data. Each table is small and says why it exists; the parsers build their
 * regular expressions from these tables, so adding a word never means touching parser code.
 */

export interface Entry<V> {
  words: readonly string[];
  value: V;
  reason?: string;
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';
export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';
export type Reference = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

export { MONTHS, WEEKDAYS } from '../../vocabulary/calendar.js';

/** TIMEX3 season codes. 'fall' is a verb too, so parsers accept it only with last/next/this or a year. */
export const SEASONS: readonly Entry<Season>[] = [
  { words: ['spring'], value: 'SP' },
  { words: ['summer'], value: 'SU' },
  { words: ['autumn', 'fall'], value: 'FA' },
  { words: ['winter'], value: 'WI' },
];

/** First month of each season (northern hemisphere), to order seasons against the anchor. */
export const SEASON_START: Readonly<Record<Season, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

const SEASON_OF_MONTH: readonly Season[] = ['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'];

/** The season a month (1–12) falls in; a winter is named by the year of its December, so January's is a year back. */
export function seasonOf(month: number): { season: Season; yearOffset: number } {
  return { season: SEASON_OF_MONTH[month - 1]!, yearOffset: month <= 2 ? -1 : 0 };
}

export const PARTS_OF_DAY: readonly Entry<PartOfDay>[] = [
  { words: ['morning'], value: 'MO' },
  { words: ['afternoon'], value: 'AF' },
  { words: ['evening'], value: 'EV' },
  { words: ['night', 'overnight'], value: 'NI' },
];

/** Quarter ordinals. 'final' and 'last' are left out: 'the final quarter' is as often a match period as Q4. */
export const ORDINALS: readonly Entry<number>[] = [
  { words: ['first', '1st'], value: 1 },
  { words: ['second', '2nd'], value: 2 },
  { words: ['third', '3rd'], value: 3 },
  { words: ['fourth', '4th'], value: 4 },
];

/** Century ordinals written as words ('the twentieth century'); digits ('20th') are parsed directly. */
export const CENTURY_WORDS: readonly Entry<number>[] = [
  { words: ['eighteenth'], value: 18 }, { words: ['nineteenth'], value: 19 },
  { words: ['twentieth'], value: 20 }, { words: ['twenty-first', 'twenty first'], value: 21 },
];

/** Counts in 'three years ago'. Larger counts are written in digits in news copy. */
export const NUMBER_WORDS: readonly Entry<number>[] = [
  { words: ['a', 'an', 'one'], value: 1 },
  { words: ['two', 'a couple of'], value: 2 },
  { words: ['three'], value: 3 }, { words: ['four'], value: 4 }, { words: ['five'], value: 5 },
  { words: ['six'], value: 6 }, { words: ['seven'], value: 7 }, { words: ['eight'], value: 8 },
  { words: ['nine'], value: 9 }, { words: ['ten'], value: 10 }, { words: ['eleven'], value: 11 },
  { words: ['twelve'], value: 12 }, { words: ['fifteen'], value: 15 }, { words: ['twenty'], value: 20 },
];

export const UNITS: readonly Entry<Unit>[] = [
  { words: ['day'], value: 'day' },
  { words: ['week'], value: 'week' },
  { words: ['month'], value: 'month' },
  { words: ['quarter'], value: 'quarter' },
  { words: ['year'], value: 'year', reason: "'this fiscal year' and 'last financial year' name the year too" },
  { words: ['decade'], value: 'decade' },
];

/** Words that shift a calendar unit or name from the anchor: 'last year', 'next Tuesday', 'this summer'. */
export const SHIFTS: readonly Entry<-1 | 0 | 1>[] = [
  { words: ['last'], value: -1, reason: "'the last year' is a duration; a refiner drops it. 'past' alone only makes durations" },
  { words: ['this past'], value: -1 },
  { words: ['this'], value: 0 },
  { words: ['next', 'this coming'], value: 1 },
];

/**
 * Scanned outward from a mention to the sentence edge; the nearest cue says whether it lies ahead or behind. ('later' is no cue: it
 * is later than the story's time, whatever that is: 'served a notice later in July' is past.)
 */
export const TENSE_CUES: readonly Entry<-1 | 1>[] = [
  { words: ['will', 'shall', 'would', "'ll", '’ll', "won't", 'won’t', 'going', 'due', 'scheduled', 'slated', 'expected', 'set',
    'plans', 'plan', 'planned', 'until', 'till', 'upcoming', 'next', 'aims', 'intends', 'hopes'], value: 1 },
  { words: ['was', 'were', 'had', 'did', 'said', 'told', 'ago', 'last', 'previous', 'previously', 'earlier', 'since', 'took', 'came', 'went',
    'began', 'saw', 'found', 'gave', 'made', 'met', 'left', 'held', 'led', 'won', 'lost', 'sold', 'paid', 'wrote'], value: -1 },
];
/** A word ending in -ed is a past cue unless it is one of these. */
export const NOT_PAST_ED: readonly string[] = [
  'need', 'speed', 'seed', 'feed', 'breed', 'proceed', 'exceed', 'succeed', 'indeed', 'bed', 'red', 'shed', 'hundred',
  'sacred', 'naked', 'wicked', 'wed', 'embed', 'ted', 'fred', 'ned', 'reed', 'weed', 'greed',
];

/** Labels that make a following number an identifier ('No. 2010', 'page 1999', 'flight 2013'). */
export const NUMBER_LABELS: readonly string[] = [
  'no', 'no.', 'number', 'nos', 'page', 'pages', 'p', 'pp', 'room', 'flight', 'route', 'bus', 'box', 'tel', 'phone',
  'code', 'model', 'version', 'v', 'section', 'article', 'chapter', 'rule', 'clause', 'item', 'ref', 'reference', 'unit',
];

/** Single words for a day relative to the anchor. */
export const DAY_WORDS: readonly Entry<{ offset: number; part?: PartOfDay }>[] = [
  { words: ['today'], value: { offset: 0 } },
  { words: ['yesterday'], value: { offset: -1 } },
  { words: ['tomorrow'], value: { offset: 1 } },
  { words: ['tonight'], value: { offset: 0, part: 'NI' } },
];

/**
 * Words for the time of writing (TIMEX3 PRESENT_REF). 'recently' is deliberately absent: it is vague, not
 * anchored. 'in the past' / 'at the time' (PAST_REF) and 'in the future' need context and live in the parser.
 */
export const PRESENT_WORDS: readonly string[] = ['now', 'currently', 'nowadays', 'at present', 'these days'];

/** Words that, directly before a bare month, season or year, make it a date ('in June', 'since 2022'). */
export const DATE_CUES: readonly string[] = [
  'in', 'on', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'throughout', 'during', 'before',
  'after', 'between', 'and', 'or', 'of', 'last', 'next', 'this', 'early', 'late', 'mid', 'around', 'circa',
  'year', 'as of', 'starting', 'ending',
];

/**
 * Nouns of an occasion a bare month can date as a modifier ('an April report', 'the June meeting'): after an
 * article and before one of these, 'May' is the month, not a name ('the May government' is no occasion).
 */
export const OCCASION_NOUNS: readonly string[] = [
  'report', 'reports', 'review', 'meeting', 'meetings', 'inspection', 'inspections', 'visit', 'visits', 'vote', 'election', 'elections',
  'hearing', 'assessment', 'audit', 'budget', 'decision', 'announcement', 'downgrade', 'upgrade', 'deadline', 'ruling', 'verdict',
];

/**
 * Nouns that make a preceding number a count or an amount, not a year ('2000 homes', '1500 staff').
 * Only consulted for numbers in the year range; grows as false years are found.
 */
export const COUNT_NOUNS: readonly string[] = [
  'people', 'persons', 'children', 'pupils', 'students', 'adults', 'patients', 'staff', 'workers', 'employees',
  'jobs', 'homes', 'houses', 'households', 'families', 'cases', 'deaths', 'votes', 'voters', 'members', 'residents',
  'troops', 'soldiers', 'officers', 'units', 'beds', 'places', 'cars', 'vehicles', 'miles', 'metres', 'meters',
  'feet', 'kilometres', 'km', 'kg', 'tonnes', 'tons', 'calories', 'words', 'pages', 'points', 'signatures',
  'times', 'hours', 'minutes', 'seconds', 'days', 'weeks', 'months', 'years', 'pounds', 'dollars', 'euros',
];

/** Suffixes and signs that turn a number into money, a percentage or a measure ('2020m', '2015%'). */
export const AMOUNT_SUFFIX = /^(?:\s*(?:%|per ?cent\b)|(?:m|bn|k|million|billion|trillion|mph|kg|km|ft|sq)\b)/i;
export const CURRENCY_BEFORE = /[£$€¥#]\s*$/;

/** A quarter counts as a date only in a sentence with one of these: 'the third quarter' of a basketball game is not Q3. */
export const QUARTER_CONTEXT = /\b(?:results?|earnings|revenues?|profits?|loss(?:es)?|sales|growth|GDP|economy|fiscal|financial|quarterly|shares|dividends?|ended|forecasts?|guidance|percent|per cent|billion|million|output|inflation)\b|%/i;

/** Time zones after a clock time ('15:00 GMT'). */
export const TIME_ZONES: readonly string[] = ['GMT', 'BST', 'UTC', 'CET', 'CEST', 'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'PT', 'PST', 'PDT'];

/** Builds a regex alternation from table words, longest first so 'Sept' wins over 'Sep'. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

/** Case-insensitive lookup of a word in an entry table. */
export function lookup<V>(table: readonly Entry<V>[], word: string): V | undefined {
  const w = word.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ');
  return table.find((e) => e.words.some((x) => x.toLowerCase() === w))?.value;
}

/**
 * Holidays on a fixed day, as English news names them: 'at Christmas' is 25 December. Movable feasts
 * (Easter, Thanksgiving) are left out: their day depends on the year.
 */
export const HOLIDAYS: ReadonlyArray<{ names: readonly string[]; month: number; day: number; reason: string }> = [
  { names: ['Christmas Day', 'Christmas'], month: 12, day: 25, reason: 'Christmas' },
  { names: ['Christmas Eve'], month: 12, day: 24, reason: 'the day before Christmas' },
  { names: ['Boxing Day'], month: 12, day: 26, reason: 'UK and Commonwealth bank holiday' },
  { names: ["New Year's Day", 'New Year’s Day'], month: 1, day: 1, reason: 'the first day of the year' },
  { names: ["New Year's Eve", 'New Year’s Eve'], month: 12, day: 31, reason: 'the last day of the year' },
  { names: ["Valentine's Day", 'Valentine’s Day'], month: 2, day: 14, reason: 'Saint Valentine' },
  { names: ['Halloween'], month: 10, day: 31, reason: 'All Hallows’ Eve' },
  { names: ['Bonfire Night', 'Guy Fawkes Night'], month: 11, day: 5, reason: 'UK, 5 November' },
  { names: ['Independence Day', 'the Fourth of July'], month: 7, day: 4, reason: 'US national holiday' },
];

/** Words before a holiday that make it a date ('at Christmas', 'over Christmas'), beside DATE_CUES; alone, 'Christmas' may be a noun's modifier ('Christmas market'). */
export const HOLIDAY_CUES: readonly string[] = ['at', 'over', 'for', 'around'];

