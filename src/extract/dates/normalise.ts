import type { DateMention } from '../../schema/index.js';
import type { Candidate, Components } from './candidate.js';
import { SEASON_START, seasonOf } from './lexicon.js';

type Granularity = DateMention['granularity'];
type Implied = DateMention['implied'];
/** -1 past, 1 future, 0 unknown: the tense around a mention, used only when the text does not say which occurrence. */
export type Tense = -1 | 0 | 1;

/** The publication date, as far as it is known: 'XXXX-01-12' gives month and day but no year. */
export interface Anchor {
  year?: number;
  month?: number;
  day?: number;
}

export interface Normalised {
  value: string | null;
  endValue?: string;
  granularity: Granularity;
  implied: Implied;
}

export function parseAnchor(publishedAt: string | null | undefined): Anchor | null {
  const m = /^(\d{4}|XXXX)(?:-(\d\d)(?:-(\d\d))?)?/.exec(publishedAt ?? '');
  if (!m) return null;
  const anchor: Anchor = {};
  if (m[1] !== 'XXXX') anchor.year = Number(m[1]);
  if (m[2]) anchor.month = Number(m[2]);
  if (m[3]) anchor.day = Number(m[3]);
  return anchor;
}

/** Components + anchor -> TIMEX3. `tense` is called only when the text leaves the occurrence open. */
export function normalise(c: Candidate, anchor: Anchor | null, tense: () => Tense): Normalised {
  if (c.reference) return { value: c.reference, granularity: 'reference', implied: [] };
  if (c.shift) return shifted(c.endOfUnit && tense() === -1 ? { ...c, shift: { ...c.shift, by: c.shift.by - 1 } } : c, anchor);
  const s = c.stated;
  if (s.weekday !== undefined && s.day === undefined && s.month === undefined && s.year === undefined) return weekday(c, anchor, tense);
  if (s.year !== undefined || s.decade !== undefined || s.century !== undefined) return withEnd(c, s.year, []);
  // A year-less date: fill the year from the anchor when one occurrence is plausible, else leave XXXX;
  // 'last May' or 'next autumn' is relative to the anchor, so without one its value is unknown
  if (anchor?.year === undefined || anchor.month === undefined) {
    return c.direction === undefined ? withEnd(c, undefined, []) : { value: null, granularity: granularity(s), implied: [] };
  }
  const year = c.direction === 0 ? anchor.year : chooseYear(s, anchor, c.direction ?? tense(), c.direction !== undefined);
  return withEnd(c, year, year === undefined ? [] : ['year']);
}

function withEnd(c: Candidate, year: number | undefined, implied: Implied): Normalised {
  const start = { ...c.stated, year: c.stated.year ?? year };
  const out: Normalised = { value: format(start), granularity: granularity(c.stated), implied };
  if (c.until) {
    const end = { ...c.until, year: c.until.year ?? start.year };
    // 'December to February' without a year runs into the next year.
    if (c.until.year === undefined && end.year !== undefined && order(end) < order(start)) end.year += 1;
    out.endValue = format(end);
  }
  return out;
}

/** 'today', 'last year', 'this week', 'two days ago', or a clock time whose day is the anchor's. */
function shifted(c: Candidate, anchor: Anchor | null): Normalised {
  const { unit, by } = c.shift!;
  const implied: Implied = c.dayFromContext ? ['year', 'month', 'day'] : [];
  const g: Granularity = unit === 'weekend' ? 'week' : unit === 'day' ? (hasTime(c.stated) ? 'time' : 'day')
    : unit === 'year' && c.stated.month !== undefined ? granularity(c.stated) : unit;
  const none = { value: null, granularity: g, implied: [] };
  if (!anchor) return none;
  const { year, month, day } = anchor;
  switch (unit) {
    case 'day': {
      if (month === undefined || day === undefined) return none;
      const d = addDays(year ?? LEAP_FREE_YEAR, month, day, by);
      const date = { year: year === undefined ? undefined : d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      return { value: format({ ...c.stated, ...date }), granularity: g, implied };
    }
    case 'week':
    case 'weekend': {
      if (year === undefined || month === undefined || day === undefined) return none;
      const d = addDays(year, month, day, 7 * by);
      const [y, w] = isoWeek(d);
      return { value: `${y}-W${pad(w)}${unit === 'weekend' ? '-WE' : ''}`, granularity: g, implied };
    }
    case 'month': {
      if (month === undefined) return none;
      const i = (year ?? LEAP_FREE_YEAR) * 12 + month - 1 + by;
      return { value: format({ year: year === undefined ? undefined : Math.floor(i / 12), month: (i % 12) + 1 }), granularity: g, implied };
    }
    case 'quarter': {
      if (month === undefined) return none;
      const i = (year ?? LEAP_FREE_YEAR) * 4 + Math.floor((month - 1) / 3) + by;
      return { value: format({ year: year === undefined ? undefined : Math.floor(i / 4), quarter: (i % 4) + 1 }), granularity: g, implied };
    }
    case 'year':
      // 'April last year': the month or day the text names, in the shifted year
      return year === undefined ? none : { value: format({ ...c.stated, year: year + by }), granularity: g, implied };
    case 'decade':
      return year === undefined ? none : { value: format({ decade: Math.floor(year / 10) + by }), granularity: g, implied };
  }
}

/** A weekday alone ('on Friday', 'next Tuesday'): the nearest one in the direction the text or tense gives. */
function weekday(c: Candidate, anchor: Anchor | null, tense: () => Tense): Normalised {
  const g: Granularity = hasTime(c.stated) ? 'time' : 'day';
  if (anchor?.year === undefined || anchor.month === undefined || anchor.day === undefined) return { value: null, granularity: g, implied: [] };
  const today = isoWeekday(new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day)));
  const wd = c.stated.weekday!;
  const ahead = (wd - today + 7) % 7 || 7;
  const back = (today - wd + 7) % 7 || 7;
  let by: number;
  if (c.direction === 1) by = ahead;
  else if (c.direction === -1) by = -back;
  else if (wd === today) by = 0; // news: 'said Friday' in Friday's paper is that day
  else by = (c.direction === 0 ? 1 : tense()) === 1 ? ahead : -back; // 'this Friday' looks ahead; news otherwise reports the past
  const d = addDays(anchor.year, anchor.month, anchor.day, by);
  const value = format({ ...c.stated, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  return { value, granularity: g, implied: ['year', 'month', 'day'] };
}

/**
 * The year of a year-less date: the occurrence in the year before, of, or after the anchor that the
 * direction allows (next or future tense: after; last or past tense: before; unknown: the nearest; 'last' and 'next'
 * exclude the anchor's own month). A stated
 * weekday must agree with the calendar; if no candidate year fits, the year stays unknown.
 */
function chooseYear(s: Components, anchor: Anchor, direction: Tense, strict: boolean): number | undefined {
  const ay = anchor.year!;
  const here = order(sameKind(s, anchor));
  const years = [ay - 1, ay, ay + 1].filter((y) => s.weekday === undefined || s.day === undefined
    || isoWeekday(new Date(Date.UTC(y, s.month! - 1, s.day))) === s.weekday);
  const at = (y: number) => order({ ...s, year: y });
  const pick = (ok: (y: number) => boolean) => years.filter(ok).sort((a, b) => Math.abs(at(a) - here) - Math.abs(at(b) - here) || a - b)[0];
  // 'last May' said in May means a year ago; 'in May' in a past-tense sentence may be this May.
  if (s.weekday !== undefined && s.day !== undefined) return pick(() => true); // the calendar, not the tense, decides
  if (direction === 1) return pick((y) => at(y) > here || (!strict && at(y) === here));
  if (direction === -1) return pick((y) => at(y) < here || (!strict && at(y) === here));
  return pick(() => true);
}

/** The anchor as the same kind of component as `s`, so that 'last summer' said in July skips this summer. */
function sameKind(s: Components, anchor: Anchor): Components {
  const m = anchor.month!;
  if (s.season) {
    const { season, yearOffset } = seasonOf(m);
    return { year: anchor.year! + yearOffset, season };
  }
  if (s.quarter) return { year: anchor.year, quarter: Math.ceil(m / 3) };
  return { year: anchor.year, month: m, day: s.day === undefined ? undefined : anchor.day ?? 1 };
}

/** A sortable position in days, at the precision of the components (first day of a month, season or quarter). */
function order(s: Components): number {
  const month = s.month ?? (s.season ? SEASON_START[s.season] : s.quarter ? s.quarter * 3 - 2 : 1);
  return Date.UTC(s.year ?? LEAP_FREE_YEAR, month - 1, s.day ?? 1) / DAY;
}

function granularity(s: Components): Granularity {
  if (hasTime(s)) return 'time';
  if (s.day !== undefined || s.weekday !== undefined) return 'day';
  if (s.month !== undefined) return 'month';
  if (s.season !== undefined) return 'season';
  if (s.quarter !== undefined) return 'quarter';
  if (s.year !== undefined) return 'year';
  if (s.decade !== undefined) return 'decade';
  return 'century';
}

/** TIMEX3 value of stated components; an unknown year is XXXX. */
function format(s: Components): string {
  if (s.century !== undefined) return pad(s.century);
  if (s.decade !== undefined) return `${s.decade}X`; // project convention: 'the 1990s' -> '199X'
  const y = s.year === undefined ? 'XXXX' : String(s.year).padStart(4, '0');
  if (s.season) return `${y}-${s.season}`;
  if (s.quarter) return `${y}-Q${s.quarter}`;
  if (s.month === undefined) return y;
  if (s.day === undefined) return `${y}-${pad(s.month)}`;
  const date = `${y}-${pad(s.month)}-${pad(s.day)}`;
  // ISO 8601 wants hours and minutes together ('3pm' is T15:00), as TimeML writes them; a part of the day
  // ('last night') is the day itself, with the part in a field of its own: news dates it by its day
  if (s.hour !== undefined) return `${date}T${pad(s.hour)}:${pad(s.minute ?? 0)}`;
  return date;
}

function hasTime(s: Components): boolean {
  return s.hour !== undefined;
}

const DAY = 86_400_000;
/** Arithmetic on a day whose year is unknown ('XXXX-01-12' minus one day) runs in a year without 29 February. */
const LEAP_FREE_YEAR = 2001;

function addDays(y: number, m: number, d: number, by: number): Date {
  return new Date(Date.UTC(y, m - 1, d) + by * DAY);
}

function isoWeekday(d: Date): number {
  return d.getUTCDay() || 7;
}

function isoWeek(d: Date): [number, number] {
  const thursday = new Date(d.getTime() + (4 - isoWeekday(d)) * DAY);
  const y = thursday.getUTCFullYear();
  return [y, Math.floor((thursday.getTime() - Date.UTC(y, 0, 1)) / DAY / 7) + 1];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
