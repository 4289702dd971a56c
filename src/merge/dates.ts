/**
 * Comparing TIMEX3 values of different precision: '2022' is refined by '2022-07', 'XXXX-06' by
 * '2023-06', and null (a date we could not anchor) by anything.
 */
const PARTS = /^(\d{4}|XXXX)(?:-(\d\d))?(?:-(\d\d))?$/;

export function refines(specific: string | null, general: string | null): boolean {
  if (general === null) return true;
  if (specific === null) return false;
  const a = PARTS.exec(specific), b = PARTS.exec(general);
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
