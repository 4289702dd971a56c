/**
 * The calendar's names: one table for every stage that needs them (the date parsers read values and
 * abbreviations; people and speakers know that 'Monday' and 'March' name no one; the sentence splitter
 * knows that 'Sept.' ends no sentence). Each entry: its words (the full name first), its value, and why.
 */

export interface CalendarEntry {
  words: readonly string[];
  value: number;
  reason?: string;
}

/** Month names. Case-sensitive in use: 'march' and 'may' are also verbs. Abbreviations may carry a dot ('Feb.'). */
export const MONTHS: readonly CalendarEntry[] = [
  { words: ['January', 'Jan'], value: 1, reason: 'month' },
  { words: ['February', 'Feb'], value: 2, reason: 'month' },
  { words: ['March', 'Mar'], value: 3, reason: 'month; also a verb, so only a capital counts' },
  { words: ['April', 'Apr'], value: 4, reason: 'month' },
  { words: ['May'], value: 5, reason: 'month; also a modal verb and a surname (Theresa May), so never ruled out as a name' },
  { words: ['June', 'Jun'], value: 6, reason: 'month' },
  { words: ['July', 'Jul'], value: 7, reason: 'month' },
  { words: ['August', 'Aug'], value: 8, reason: 'month' },
  { words: ['September', 'Sept', 'Sep'], value: 9, reason: 'month' },
  { words: ['October', 'Oct'], value: 10, reason: 'month' },
  { words: ['November', 'Nov'], value: 11, reason: 'month' },
  { words: ['December', 'Dec'], value: 12, reason: 'month' },
];

/** ISO weekday numbers (Monday 1). Abbreviations are accepted only in front of a day number ('Fri 30 Sep'). */
export const WEEKDAYS: readonly CalendarEntry[] = [
  { words: ['Monday', 'Mon'], value: 1, reason: 'weekday' },
  { words: ['Tuesday', 'Tues', 'Tue'], value: 2, reason: 'weekday' },
  { words: ['Wednesday', 'Wed'], value: 3, reason: 'weekday' },
  { words: ['Thursday', 'Thurs', 'Thu'], value: 4, reason: 'weekday' },
  { words: ['Friday', 'Fri'], value: 5, reason: 'weekday' },
  { words: ['Saturday', 'Sat'], value: 6, reason: 'weekday' },
  { words: ['Sunday', 'Sun'], value: 7, reason: 'weekday' },
];

const lower = (entries: readonly CalendarEntry[], pick: (e: CalendarEntry) => readonly string[]) => entries.flatMap(pick).map((w) => w.toLowerCase());

/** Weekdays' full names, lower case: capitalised words that name a day, never a person or a body. */
export const WEEKDAY_NAMES: readonly string[] = lower(WEEKDAYS, (e) => e.words.slice(0, 1));
/** Months' full names, lower case. */
export const MONTH_NAMES: readonly string[] = lower(MONTHS, (e) => e.words.slice(0, 1));
/** Months' full names that are no one's name: 'May' is also a surname. */
export const MONTH_NAMES_NOT_NAMES: readonly string[] = MONTH_NAMES.filter((m) => m !== 'may');
/** The months' short forms, lower case ('sept'), which a full stop may follow without ending a sentence. */
export const MONTH_ABBREVIATIONS: readonly string[] = lower(MONTHS, (e) => e.words.slice(1));

/**
 * One-word names of the year's feasts and seasons, lower case, fixed or moveable ('a strike before
 * Christmas', 'during Ramadan'): capitalised words that name a time, never a person or a body.
 */
export const FEAST_NAMES: readonly string[] = [
  'christmas', 'easter', 'halloween', 'thanksgiving', 'whitsun', 'lent', 'advent', 'ramadan', 'eid', 'diwali', 'hanukkah', 'passover',
];

/**
 * Words right before a date that make it the day something began to exist, which is no event of a body's record: a body's
 * opening or founding ('the prison, which opened in 1868', 'whose family opened the restaurant in 1987', 'founded in 1902';
 * not an inquiry opened, which is news), a rule's start ('the framework, which comes into force in January', 'the grades
 * introduced in September 2019').
 */
const BEGAN_TO_EXIST_BEFORE = new RegExp(String.raw`\b(?:(?<!\b(?:was|were|been|being|be)\s)opened(?:\s+(?:the|its|their|his|her)\s+`
  + String.raw`(?!(?:investigation|inquiry|probe|case|review|consultation)s?\b)[\p{L}’'-]+(?:\s+doors)?)?|founded|built|established`
  + String.raw`|(?:came|comes?)\s+into\s+(?:force|effect|being)|(?:was|were)\s+introduced)\s+(?:in|on)\s+(?:the\s+)?$`, 'iu');
/** Words right before a date that make it when a debt falls due ('its £250m bond, due 2055', 'notes maturing in 2040'): no event's day. */
const FALLS_DUE_BEFORE = /\b(?:bonds?|notes|debt|loans?|securities|certificates|obligations)\b[^.;]{0,40}?\b(?:due|maturing|matures?|repayable)\s+(?:in\s+)?$/iu;
/** Words right before a year that make it a budget's period ('a budget for fiscal 2026', 'in FY 2025', 'the financial year 2024'): no event's day. */
const FISCAL_BEFORE = /\b(?:fiscal(?:\s+year)?|financial\s+year|FY)\s*$/i;
/** The last words the three patterns above can end with: a date after another word is spared their tests (most dates). */
const LAST_WORDS: ReadonlySet<string> = new Set(['in', 'on', 'the', 'due', 'maturing', 'mature', 'matures', 'repayable', 'fiscal', 'year', 'fy']);
/** Whether the date at `at` in `text` is the day something began to exist, a debt falls due or a budget's year (see above). */
export const datesNoEventAt = (text: string, at: number): boolean => {
  if (!LAST_WORDS.has(lastLetters(text, at))) return false;
  const before = text.slice(Math.max(0, at - 60), at);
  return BEGAN_TO_EXIST_BEFORE.test(before) || FALLS_DUE_BEFORE.test(before) || FISCAL_BEFORE.test(before);
};
/** The Latin letters right before `at`, past any blanks, in lower case ('FY' for 'in FY 2025'). */
function lastLetters(text: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && /[A-Za-z]/.test(text[start - 1]!)) start--;
  return text.slice(start, end).toLowerCase();
}
