/**
 * Parsers: each knows one way of writing a date and turns a match into stated components. They are
 * generous on purpose; the refiners (refiners.ts) drop what context shows is not a date, and normalise.ts
 * decides values. All patterns are linear: alternations of fixed words and bounded digit runs, no nested
 * quantifiers, so a megabyte of text costs one pass per parser.
 */
import type { Candidate, Components } from './candidate.js';
import { cuedAt } from './context.js';
import {
  CENTURY_WORDS, DATE_CUES, DAY_WORDS, HOLIDAY_CUES, HOLIDAYS, QUARTER_CONTEXT, MONTHS, NUMBER_WORDS, OCCASION_NOUNS, ORDINALS, PARTS_OF_DAY, PRESENT_WORDS, SEASONS, SHIFTS, TIME_ZONES,
  UNITS, WEEKDAYS, alternation, lookup, type PartOfDay, type Unit,
} from './lexicon.js';

type Groups = Record<string, string | undefined>;
export type Found = Omit<Candidate, 'start' | 'end' | 'rule'>;

export interface Parser {
  rule: string;
  reason: string;
  pattern: RegExp;
  /**
   * Words every match contains, for a parser whose pattern can start on almost any letter or digit:
   * finding a word is a fast literal search, the pattern's scan of a body is ten times slower, and
   * most bodies have no 'century', 'quarter', 'noon', '…0s', ' ago', holiday or season at all.
   */
  gate?: RegExp;
  parse(g: Groups, text: string, start: number, end: number): Found | null;
}

/** Sentence-initial capital for lower-case keywords: 'last' -> '[Ll]ast'. Names (months, weekdays) stay case-sensitive. */
const ci = (words: readonly string[]) => alternation(words).split('|')
  .map((w) => (/^\p{Ll}/u.test(w) ? `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}` : w)).join('|');

const OCCASION_AFTER = new RegExp(`^\\s+(?:[\\p{L}’'&]+\\s+)?(?:${alternation(OCCASION_NOUNS)})(?![\\p{L}])`, 'u');
/** A month between an article or a possessive and an occasion it dates ('an April Moody's report', 'the June meeting', 'its February inspection'). */
const datesOccasion = (text: string, start: number, end: number) =>
  /\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+$/.test(text.slice(Math.max(0, start - 7), start)) && OCCASION_AFTER.test(text.slice(end, end + 40));

const fullNames = (t: readonly { words: readonly string[] }[]) => t.map((e) => e.words[0]!);
const abbreviations = (t: readonly { words: readonly string[] }[]) => t.flatMap((e) => e.words.slice(1));

/** ASCII word boundary: the words it guards are ASCII, and V8 scans far faster from `\\b` than from a Unicode lookbehind. */
const START = '\\b';
const END = '(?![\\p{L}\\d])';
const MONTH_FULL = alternation(fullNames(MONTHS));
const MONTH = `(?<month>${MONTH_FULL}|(?:${alternation(abbreviations(MONTHS))})\\.?)${END}`;
const WEEKDAY_FULL = alternation(fullNames(WEEKDAYS));
const WEEKDAY_ANY = `(?<weekday>${WEEKDAY_FULL}|(?:${alternation(abbreviations(WEEKDAYS))})\\.?)`;
/** The weekday of a range's last day ('Tuesday 6 and Wednesday 7 February'): the first day's weekday is the one kept. */
const WEEKDAY_LAST = `(?:(?:${WEEKDAY_FULL}|(?:${alternation(abbreviations(WEEKDAYS))})\\.?),?\\s+)?`;
const DAY = (name: string) => `(?<${name}>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d:])`;
const YEAR = '(?<year>[12]\\d{3})(?!\\d)';
/** A house number, not a year: '1119 Eighth St.', '2012 North Main Street'. */
const STREET_AFTER = /^\s+(?:[NSEW]\.?\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Terrace|Parkway|Pkwy|Highway|Hwy)\b/u;
/** Verbs right after a month that make it a person's name ('that May would resign', 'that April has left'). */
const NAME_VERBS = 'would|will|has|had|was|is|said|says|could|should|can|must|did|may|might|told|and';
const LINK = '\\s*(?:-|–|to|and|&)\\s*';
/** The days listed between a range's first and last ('9, 10 and 11 October'): the range runs from the first to the last. */
const MIDDLE_DAYS = '(?:,\\s*(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d:]))*';
const SHIFT = `(?<shift>${ci(SHIFTS.flatMap((e) => e.words))})\\s+`;
const PART = `(?:\\s+(?<part>${alternation(PARTS_OF_DAY.flatMap((e) => e.words))}))?`;
const NUMBER = `(?:\\d{1,3}|${ci(NUMBER_WORDS.flatMap((e) => e.words))}|[Ss]everal|[Aa]\\s+few|[Mm]any)`;

const month = (g: Groups) => lookup(MONTHS, g.month!)!;
const weekday = (g: Groups) => (g.weekday ? lookup(WEEKDAYS, g.weekday) : undefined);
const shift = (g: Groups) => (g.shift ? lookup(SHIFTS, g.shift) : undefined);
const part = (g: Groups): PartOfDay | undefined => (g.part ? lookup(PARTS_OF_DAY, g.part) : undefined);
const num = (s: string | undefined) => (s === undefined ? undefined : Number(s.replace(/\D/g, '')));

/** Drops undefined fields so that spreading components never erases a stated value. */
function stated(c: Components): Components {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as Components;
}

/** A date with an optional second day ('17 and 18 June') becomes a range over the same month and year. */
function dayRange(g: Groups): Found {
  const start = stated({ weekday: weekday(g), day: num(g.day), month: month(g), year: num(g.year) });
  const until = g.day2 ? { ...start, weekday: undefined, day: num(g.day2) } : undefined;
  if (until && until.day! <= start.day!) return { stated: start };
  return until ? { stated: start, until: stated(until) } : { stated: start };
}

const CUE_WORDS = new Set([...DATE_CUES, ...SHIFTS.flatMap((e) => e.words), ...TIME_ZONES].map((w) => w.toLowerCase()));

/** A capitalised word right before a weekday or 'Today' makes a name: 'Black Friday', 'USA Today' (not 'On Friday', '15:00 GMT Saturday'). */
function nameBefore(text: string, start: number): boolean {
  const prev = /(?:^|\s)(\p{Lu}[\p{L}'’]*)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return prev !== undefined && !CUE_WORDS.has(prev.toLowerCase());
}

/** The sentence containing [start, end), cut at a window's length either side. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 200), start);
  const after = text.slice(end, end + 200);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const to = after.search(/[.!?](?:\s|$)|\n/);
  return before.slice(from + 1) + text.slice(start, end) + (to < 0 ? after : after.slice(0, to));
}

function twoDigitYear(y: string): number {
  const n = Number(y);
  return y.length === 4 ? n : n + (n < 50 ? 2000 : 1900);
}

const HOLIDAY_BY_NAME = new Map(HOLIDAYS.flatMap((h) => h.names.map((n) => [n.toLowerCase(), h] as const)));
const HOLIDAY_CUE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation([...DATE_CUES, ...HOLIDAY_CUES])})\\s+$`, 'iu');

export const PARSERS: readonly Parser[] = [
  {
    rule: 'day-month',
    reason: "'29 September', 'Friday 30 September', '17 and 18 June 2025', 'Tuesday 6 and Wednesday 7 February', 'the 5th of May'",
    pattern: new RegExp(`${START}(?:${WEEKDAY_ANY},?\\s+(?:the\\s+)?)?${DAY('day')}(?:${MIDDLE_DAYS}${LINK}${WEEKDAY_LAST}${DAY('day2')})?(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?`, 'gu'),
    parse: dayRange,
  },
  {
    rule: 'month-day',
    reason: "'September 29', 'Friday, March 22, 2013', 'Feb. 28', 'June 17-18'",
    pattern: new RegExp(`${START}(?:${WEEKDAY_ANY},?\\s+)?${MONTH}\\s+(?:the\\s+)?${DAY('day')}(?:${MIDDLE_DAYS}${LINK}${DAY('day2')})?(?:,?\\s+${YEAR})?`, 'gu'),
    parse: dayRange,
  },
  {
    rule: 'month-year',
    reason: "'July 2022', 'June of 2023'",
    pattern: new RegExp(`${START}${MONTH},?\\s+(?:of\\s+)?${YEAR}`, 'gu'),
    parse: (g) => ({ stated: { month: month(g), year: num(g.year)! } }),
  },
  {
    rule: 'month',
    reason: "a bare month needs 'last/next/this' or a cue word before it ('in June', 'since March'), or dates an occasion ('an April report'): 'May' and 'June' are also a verb and a name",
    pattern: new RegExp(`${START}(?:${SHIFT})?(?<month>${MONTH_FULL})${END}`, 'gu'),
    parse: (g, text, start, end) => (g.shift || cuedAt(text, start) || datesOccasion(text, start, end) ? { stated: { month: month(g) }, direction: shift(g) } : null),
  },
  {
    rule: 'anaphoric-month',
    reason: "'an inspection that June', 'later the same March': a month of the year the story is in; not a person ('said that May would')",
    pattern: new RegExp(`${START}(?:[Tt]hat|[Tt]he\\s+same)\\s+(?<month>${MONTH_FULL})${END}(?!\\s+\\p{Lu}|\\s+(?:${NAME_VERBS})\\b)`, 'gu'),
    parse: (g) => ({ stated: { month: month(g) }, anaphoric: true }),
  },
  {
    rule: 'month-of-that-year',
    reason: "'in October of that year', 'in March the same year': a month of the year the text last stated, not of the publication's",
    pattern: new RegExp(`${START}(?<month>${MONTH_FULL})(?:\\s+of)?\\s+(?:that|the\\s+same)\\s+year${END}`, 'gu'),
    parse: (g) => ({ stated: { month: month(g) }, anaphoric: true }),
  },
  {
    rule: 'holiday',
    reason: "'at Christmas', 'last Christmas', 'Boxing Day 2023': a holiday on a fixed day, after a cue word, a shift or with a year",
    gate: new RegExp(alternation(HOLIDAYS.flatMap((h) => h.names)), 'i'),
    pattern: new RegExp(`${START}(?:${SHIFT})?(?<holiday>${alternation(HOLIDAYS.flatMap((h) => h.names))})(?:,?\\s+${YEAR})?${END}`, 'giu'),
    parse: (g, text, start) => {
      const h = HOLIDAY_BY_NAME.get(g.holiday!.toLowerCase().replace(/\s+/g, ' '));
      if (!h || !(g.shift || g.year || HOLIDAY_CUE_BEFORE.test(text.slice(Math.max(0, start - 12), start)))) return null;
      return { stated: stated({ month: h.month, day: h.day, year: num(g.year) }), direction: shift(g) };
    },
  },
  {
    rule: 'weekday',
    reason: "'Friday', 'next Tuesday', 'Friday afternoon'; not a title ('the Sunday Times') or a holiday ('Black Friday')",
    pattern: new RegExp(`${START}(?:${SHIFT})?(?<weekday>${WEEKDAY_FULL})(?![\\p{L}\\d])${PART}`, 'gu'),
    parse: (g, text, start, end) => ((/^\s+\p{Lu}/u.test(text.slice(end, end + 2)) && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)))
      || (!g.shift && nameBefore(text, start))
      ? null
      : { stated: stated({ weekday: weekday(g), part: part(g) }), direction: shift(g) }),
  },
  {
    rule: 'season',
    reason: "'last summer', 'summer 2012', 'in the winter'; 'fall' only with last/next/this or a year",
    gate: new RegExp(alternation(SEASONS.flatMap((e) => e.words)), 'i'),
    pattern: new RegExp(`${START}(?:${SHIFT}|(?<the>[Tt]he\\s+))?(?<season>${ci(SEASONS.flatMap((e) => e.words))})(?:\\s+(?:of\\s+)?${YEAR})?${END}`, 'gu'),
    parse: (g, text, start) => {
      const season = lookup(SEASONS, g.season!)!;
      const ok = g.shift || g.year || (!/^[Ff]all$/.test(g.season!) && cuedAt(text, start));
      return ok ? { stated: stated({ season, year: num(g.year) }), direction: shift(g) } : null;
    },
  },
  {
    rule: 'quarter',
    reason: "'the first quarter', 'third quarter of 2012', 'Q1 2013'",
    gate: /quarter|Q[1-4]/,
    pattern: new RegExp(`${START}(?:(?:[Tt]he\\s+)?(?<ord>${ci(ORDINALS.flatMap((e) => e.words))})[\\s-]+quarter|Q(?<q>[1-4]))(?:(?:\\s+of|,)?\\s+${YEAR})?${END}`, 'gu'),
    parse: (g, text, start, end) => (g.year || QUARTER_CONTEXT.test(sentenceAround(text, start, end))
      ? { stated: stated({ quarter: g.q ? Number(g.q) : lookup(ORDINALS, g.ord!), year: num(g.year) }) }
      : null),
  },
  {
    rule: 'relative-unit',
    reason: "'last year', 'this week', 'next month', 'this fiscal year', 'last weekend'",
    pattern: new RegExp(`${START}${SHIFT}(?:(?:fiscal|financial|calendar|academic|school|tax)\\s+)?(?<unit>weekend|${alternation(UNITS.flatMap((e) => e.words))})${END}`, 'gu'),
    parse: (g) => ({
      stated: {},
      shift: { unit: g.unit === 'weekend' ? 'weekend' : lookup(UNITS, g.unit!)!, by: shift(g)! },
    }),
  },
  {
    rule: 'period-edge',
    reason: "'the end of the year', 'the start of this month': the current unit",
    pattern: new RegExp(`${START}(?:[Tt]he\\s+)?(?<edge>end|beginning|start|middle|turn)\\s+of\\s+(?:the\\s+|(?<this>this)\\s+)?(?<unit>year|month|week)${END}`, 'gu'),
    parse: (g) => ({ stated: {}, shift: { unit: lookup(UNITS, g.unit!)!, by: 0 }, endOfUnit: g.edge === 'end' && !g.this }),
  },
  {
    rule: 'day-word',
    reason: "'today', 'yesterday afternoon', 'tonight'",
    pattern: new RegExp(`${START}(?<word>${ci(DAY_WORDS.flatMap((e) => e.words))})(?![\\p{L}\\d])${PART}`, 'gu'),
    parse: (g, text, start) => {
      if (/^\p{Lu}/u.test(g.word!) && nameBefore(text, start)) return null; // 'USA Today'
      const d = lookup(DAY_WORDS, g.word!)!;
      return { stated: stated({ part: part(g) ?? d.part }), shift: { unit: 'day', by: d.offset } };
    },
  },
  {
    rule: 'part-of-day',
    reason: "'this morning', 'last night'",
    pattern: new RegExp(`${START}(?<which>[Tt]his|[Ll]ast)\\s+(?<part>${alternation(PARTS_OF_DAY.flatMap((e) => e.words))})${END}`, 'gu'),
    parse: (g) => ({ stated: { part: part(g)! }, shift: { unit: 'day', by: /^last$/i.test(g.which!) ? -1 : 0 } }),
  },
  {
    rule: 'ago',
    reason: "'two years ago', 'a week ago'; 'several years ago' is a vague past",
    gate: /\sago/,
    pattern: new RegExp(`${START}(?<n>${NUMBER})\\s+(?<unit>${alternation(UNITS.flatMap((e) => e.words))})s?\\s+ago${END}`, 'gu'),
    parse: (g) => {
      const n = /^\d/.test(g.n!) ? Number(g.n) : lookup(NUMBER_WORDS, g.n!);
      if (n === undefined) return { stated: {}, reference: 'PAST_REF' };
      const unit = lookup(UNITS, g.unit!)!;
      const [u, by]: [Unit, number] = unit === 'decade' ? ['year', -10 * n] : [unit, -n];
      return { stated: {}, shift: { unit: u, by } };
    },
  },
  {
    rule: 'reference',
    reason: "'now', 'currently' -> PRESENT_REF; '(in) the past' / 'at the time' -> PAST_REF (extents as TimeML marks them); 'in the future' -> FUTURE_REF",
    // (the 'in' before 'the past' is looked for behind 'the': a lookbehind that opens an alternative is tried at every word)
    pattern: new RegExp(
      `${START}(?:(?<present>${ci(PRESENT_WORDS)})(?![\\p{L}\\d-])`
      + `|(?<past>the(?<=[Ii]n\\s{1,3}the)\\s+past)${END}(?!-|\\s+(?:(?:${NUMBER}|\\p{L}+)\\s+)?(?:hour|day|week|month|year|decade|centur))`
      + `|[Aa]t\\s+the\\s+time(?!\\s+(?:of|being)\\b)${END}`
      + `|(?<future>the(?<=[Ii]n\\s{1,3}the)\\s+(?:near\\s+|distant\\s+)?future)${END})`,
      'gu'),
    parse: (g) => ({ stated: {}, reference: g.present ? 'PRESENT_REF' : g.future ? 'FUTURE_REF' : 'PAST_REF' }),
  },
  {
    rule: 'clock-12h',
    reason: "'8 PM', '3.30pm', '10am GMT'; the day comes from context",
    pattern: new RegExp(`(?<![\\p{L}\\d.:£$€])(?<hour>1[0-2]|0?[1-9])(?:[:.](?<minute>[0-5]\\d))?\\s*(?<ampm>[ap]\\.m\\.|[AP]\\.M\\.|[ap]m|[AP]M)(?![\\p{L}\\d])(?:\\s+(?:${alternation(TIME_ZONES)})${END})?`, 'gu'),
    parse: (g) => {
      const h = Number(g.hour) % 12 + (/^p/i.test(g.ampm!) ? 12 : 0);
      return { stated: stated({ hour: h, minute: num(g.minute) }), shift: { unit: 'day', by: 0 }, dayFromContext: true };
    },
  },
  {
    rule: 'clock-24h',
    reason: "'15:00 GMT', 'at 09:30'; not '3:07:35' (a duration), 'with 3:08 to play' (a game clock) or 'scale 1:24'",
    pattern: new RegExp(`(?<![\\p{L}\\d.:£$€])(?<hour>[01]?\\d|2[0-3]):(?<minute>[0-5]\\d)(?![\\d:])(?<zone>\\s*(?:hrs|h)${END}|\\s+(?:${alternation(TIME_ZONES)})${END})?`, 'gu'),
    parse: (g, text, start) => !g.zone && !(g.hour!.length === 2 && /\b(?:at|by|until|till|from|before|after|around|since)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) ? null : ({ stated: { hour: Number(g.hour), minute: Number(g.minute) }, shift: { unit: 'day', by: 0 }, dayFromContext: true }),
  },
  {
    rule: 'noon-midnight',
    reason: "'at noon', 'by midnight': only after a time preposition",
    gate: /noon|midday|midnight/,
    pattern: /(?<=\b(?:at|by|until|before|after|from|around|since)\s{1,3})(?<word>noon|midday|midnight)(?![\p{L}\d])/gu,
    parse: (g) => ({ stated: { hour: g.word === 'midnight' ? 24 : 12, minute: 0 }, shift: { unit: 'day', by: 0 }, dayFromContext: true }),
  },
  {
    rule: 'iso-date',
    reason: "'2025-06-17'",
    pattern: /(?<![\d\-/.])(?<year>[12]\d{3})-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])(?![\d-])/gu,
    parse: (g) => ({ stated: { year: Number(g.year), month: Number(g.month), day: Number(g.day) } }),
  },
  {
    rule: 'numeric-date',
    reason: "'17/06/2025', '17.06.2025', '3/22/13': day first unless impossible (UK copy); dots only with a four-digit year",
    pattern: /(?<![\d/.\-])(?<a>[0-3]?\d)(?<sep>[/.])(?<b>[01]?\d)\k<sep>(?<year>\d{4}|\d{2})(?![\d/.]\d|\d)/gu,
    parse: (g) => {
      const [a, b] = [Number(g.a), Number(g.b)];
      if (g.sep === '.' && g.year!.length !== 4) return null;
      const [day, mon] = a > 12 ? [a, b] : b > 12 ? [b, a] : [a, b];
      if (mon < 1 || mon > 12 || day < 1 || day > 31) return null;
      return { stated: { year: twoDigitYear(g.year!), month: mon, day } };
    },
  },
  {
    rule: 'year-range',
    reason: "'2009-2010', '1957-58', '2022/23'",
    pattern: /(?<![\p{L}\d£$€#.,/\-'’])(?<year>1\d{3}|20\d{2})\s*[-–/]\s*(?<year2>\d{4}|\d{2})(?![\p{L}\d%]|[.,]\d)/gu,
    parse: (g) => {
      const y = Number(g.year);
      const y2 = g.year2!.length === 4 ? Number(g.year2) : Math.floor(y / 100) * 100 + Number(g.year2);
      return y2 > y && y2 - y <= 100 ? { stated: { year: y }, until: { year: y2 } } : null;
    },
  },
  {
    rule: 'year',
    reason: "a four-digit year; without a cue word ('in', 'since', 'of') only 1900-2099, the years news names bare",
    pattern: /(?<![\p{L}\d£$€#.,/\-'’])(?<year>1\d{3}|2[01]\d{2})(?![\p{L}\d%]|[.,:]\d|\s*[-–/]\s*\d)/gu,
    parse: (g, text, start, end) => {
      const y = Number(g.year);
      if (STREET_AFTER.test(text.slice(end, end + 40))) return null;
      return (y >= 1900 && y <= 2099) || (y >= 1000 && cuedAt(text, start)) ? { stated: { year: y } } : null;
    },
  },
  {
    rule: 'decade',
    reason: "'the 1990s', 'the '90s', '2010s'; 'the 1800s' is a century",
    gate: /0s/,
    pattern: /(?<![\p{L}\d])(?:(?<the>[Tt]he\s+))?(?:(?<c>1\d|20)(?<d>\d)0s|['’]?(?<d2>[2-9])0s)(?![\p{L}\d])/gu,
    parse: (g) => {
      if (g.d2) return g.the ? { stated: { decade: 190 + Number(g.d2) } } : null;
      const [c, d] = [Number(g.c), Number(g.d)];
      return d === 0 && c < 20 ? { stated: { century: c } } : { stated: { decade: c * 10 + d } };
    },
  },
  {
    rule: 'century',
    reason: "'the 20th century', 'twenty-first century'",
    gate: /[Cc]entury/,
    pattern: new RegExp(`${START}(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|(?<word>${ci(CENTURY_WORDS.flatMap((e) => e.words))}))[\\s-]+[Cc]entury${END}`, 'gu'),
    parse: (g) => ({ stated: { century: (g.n ? Number(g.n) : lookup(CENTURY_WORDS, g.word!)!) - 1 } }),
  },
];
