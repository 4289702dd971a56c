import { seasonOf } from './lexicon.js';

/**
 * Comparing TIMEX3 values of different precision: '2022' is refined by '2022-07', 'XXXX-06' by
 * '2023-06', '2024-SP' by '2024-03-12', and null (a date we could not anchor) by anything.
 */
const PARTS = /^(\d{4}|XXXX)(?:-(\d\d))?(?:-(\d\d))?$/;
const SEASON = /^(\d{4}|XXXX)-(SP|SU|FA|WI)$/;
const WEEK = /^\d{4}-W\d\d$/;
const DAY = /^\d{4}-\d\d-\d\d$/;

/** A week ('2024-W16'), as 'last week' is valued. */
export const isWeek = (value: string | null): boolean => value !== null && WEEK.test(value);
/** A full day with its year ('2024-04-18'). */
export const isDay = (value: string | null): boolean => value !== null && DAY.test(value);

/** The ISO weekday (Monday 1) of a full day; null for any other value. */
export function weekdayOf(day: string | null): number | null {
  return isDay(day) ? new Date(`${day}T00:00:00Z`).getUTCDay() || 7 : null;
}

/** The ISO week ('2024-W16') a full day falls in; null for any other value. */
export function weekOf(day: string): string | null {
  if (!DAY.test(day)) return null;
  const d = new Date(`${day}T00:00:00Z`);
  // the week is the year of its Thursday's, counted from that year's first Thursday
  const thursday = new Date(d.getTime() + (4 - (d.getUTCDay() || 7)) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The months of an ISO week's Monday and Sunday ('2024-W23' → '2024-06', '2024-06'; '2024-W31' → '2024-07', '2024-08'); null for any other value. */
export function monthsOfWeek(week: string): [string, string] | null {
  const m = /^(\d{4})-W(\d\d)$/.exec(week);
  if (!m) return null;
  // week 1 holds 4 January
  const jan4 = Date.UTC(Number(m[1]), 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() || 7) - 1) * 86_400_000 + (Number(m[2]) - 1) * 7 * 86_400_000;
  return [new Date(monday).toISOString().slice(0, 7), new Date(monday + 6 * 86_400_000).toISOString().slice(0, 7)];
}

/**
 * The season forms a date refines: '2024-03-12' and '2024-03' are in '2024-SP' and 'XXXX-SP';
 * January 2024 is in the winter of 2023 (a winter is named by the year of its December).
 */
export function seasonsOf(date: string): string[] {
  const m = PARTS.exec(date);
  if (!m?.[2]) return [];
  const { season, yearOffset } = seasonOf(Number(m[2]));
  return m[1] === 'XXXX' ? [`XXXX-${season}`] : [`${Number(m[1]) + yearOffset}-${season}`, `XXXX-${season}`];
}

export function refines(specific: string | null, general: string | null): boolean {
  if (general === null) return true;
  if (specific === null) return false;
  if (isWeek(general)) return specific === general || weekOf(specific) === general;
  const g = SEASON.exec(general), s = SEASON.exec(specific);
  if (g) return specific === general || (g[1] === 'XXXX' && s?.[2] === g[2]) || seasonsOf(specific).includes(general);
  const b = PARTS.exec(general);
  if (s) return !!b && !b[2] && (b[1] === 'XXXX' || b[1] === s[1]); // '2024-SP' is within '2024'
  const a = PARTS.exec(specific);
  if (!a || !b) return specific === general;
  for (let k = 1; k <= 3; k++) {
    if (b[k] === undefined) continue;
    if (a[k] === undefined) return false;
    if (b[k] !== 'XXXX' && a[k] !== b[k]) return false;
  }
  return true;
}

/** How much of a date was stated: 0 (null) to 4 (a full day with its year). */
export function specificity(value: string | null): number {
  if (value === null) return 0;
  if (isWeek(value)) return 3.5; // a year and a week: between a month and a day
  const season = SEASON.exec(value);
  if (season) return (season[1] === 'XXXX' ? 0 : 1) + 1.5; // between a year and a month of it
  const m = PARTS.exec(value);
  if (!m) return 1;
  return (m[1] === 'XXXX' ? 0 : 1) + (m[2] ? 1 : 0) + (m[3] ? 1 : 0) + 1;
}

export function granularity(value: string | null): number {
  const m = value ? PARTS.exec(value) : null;
  return m ? (m[3] ? 3 : m[2] ? 2 : 1) : 0;
}

export function yearOf(value: string | null): number | null {
  const m = value ? /^(\d{4})/.exec(value) : null;
  return m ? Number(m[1]) : null;
}

/** Order of two dates where both years are known; XXXX compares by month and day alone. */
export function compareDates(a: string, b: string): number {
  const ya = a.slice(0, 4), yb = b.slice(0, 4);
  if (ya !== 'XXXX' && yb !== 'XXXX' && ya !== yb) return ya < yb ? -1 : 1;
  return a.slice(4) < b.slice(4) ? -1 : a.slice(4) > b.slice(4) ? 1 : 0;
}

/** Days between two dates of a known month or day (a month read at its middle day); null for any other date. */
export function daysBetween(a: string | null, b: string | null): number | null {
  const day = (d: string | null) => (d !== null && /^\d{4}-\d\d(?:-\d\d)?$/.test(d) ? Date.parse(`${d.length === 7 ? `${d}-15` : d}T00:00:00Z`) : NaN);
  const days = Math.abs(day(a) - day(b)) / 86_400_000;
  return Number.isNaN(days) ? null : days;
}

/** The day itself and the n days before it ('2024-03-05' → '2024-03-05', '2024-03-04', …); a partial date alone. */
export function daysBefore(date: string, n: number): string[] {
  if (!/^\d{4}-\d\d-\d\d$/.test(date)) return [date];
  const t = Date.parse(`${date}T00:00:00Z`);
  return Array.from({ length: n + 1 }, (_, k) => new Date(t - k * 86_400_000).toISOString().slice(0, 10));
}

/**
 * A day moved back (`n` < 0) or on by whole days, weeks, months or years, at the precision the span allows: a day for days,
 * the month for weeks and months ('a week after' is loose: a Monday 'a week after' a Tuesday), the year for years.
 */
export function shiftedDay(day: string, n: number, unit: 'day' | 'week' | 'month' | 'year'): string | null {
  if (!/^\d{4}-\d\d-\d\d$/.test(day)) return null;
  const d = new Date(`${day}T00:00:00Z`);
  if (unit === 'day' || unit === 'week') d.setUTCDate(d.getUTCDate() + n * (unit === 'week' ? 7 : 1));
  else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + n, 1);
  else d.setUTCFullYear(d.getUTCFullYear() + n);
  const iso = d.toISOString();
  return unit === 'day' ? iso.slice(0, 10) : unit === 'year' ? iso.slice(0, 4) : iso.slice(0, 7);
}

/** The years an article states outright (not inferred from its publication date), in text order. */
export function statedYears(dates: ReadonlyArray<{ value: string | null; implied: readonly string[] }>): number[] {
  return dates.flatMap((x) => (x.value && /^\d{4}/.test(x.value) && !x.implied.includes('year') ? [Number(x.value.slice(0, 4))] : []));
}
