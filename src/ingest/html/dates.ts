// Calendar dates written in page metadata and bylines, reduced to 'YYYY-MM-DD'. Only dates with a
// stated year, month and day are returned: a bare year (a copyright line) is not a publication date.

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

// All patterns are anchored on literal structure with bounded repetitions ({1,2}, {3,9}, \s{0,3}),
// so none can backtrack catastrophically.
/** 2019-11-19, 2019/11/19, 2019.11.19 (ISO 8601 and its common variants), optionally followed by a time. */
const NUMERIC_YMD = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
/** 19 November 2019, 19th Nov. 2019, Tue, 19 Nov 2019 (RFC 2822). */
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?([A-Za-z]{3,9})\.?,?\s{1,3}(\d{4})\b/;
/** November 19, 2019, Nov. 19 2019. */
const MONTH_DAY_YEAR = /\b([A-Za-z]{3,9})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})\b/;

/** The earliest plausible year of a news page, and the latest, to reject ids that look like dates. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function isoDate(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const monthNumber = (name: string): number => MONTHS[name.toLowerCase()] ?? 0;

/** The first full calendar date in the text as 'YYYY-MM-DD', or null. */
export function parseDate(text: string): string | null {
  const numeric = NUMERIC_YMD.exec(text);
  if (numeric) return isoDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  const dmyDate = dmy ? isoDate(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1])) : null;
  const mdy = MONTH_DAY_YEAR.exec(text);
  const mdyDate = mdy ? isoDate(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2])) : null;
  if (dmyDate && mdyDate) return dmy!.index <= mdy!.index ? dmyDate : mdyDate;
  return dmyDate ?? mdyDate;
}

/** The time an ISO date-time gives after its day ('2019-03-25T10:00:00Z' is '10:00:00Z'); null for a day alone or midnight stated as a placeholder. */
export function timeOfDay(value: string): string | null {
  const m = /^\d{4}-\d{2}-\d{2}[T\s](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  // a date-only feed often writes its day as midnight UTC: that time says nothing
  if (!m || (/^00:00(?::00)?$/.test(m[1]!) && (!m[2] || m[2] === 'Z'))) return null;
  return `${m[1]}${m[2] ?? ''}`;
}
