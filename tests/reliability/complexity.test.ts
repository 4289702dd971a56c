import { afterAll, describe, expect, it } from 'vitest';
import { cleanText, extractDates, extractHtml, extractQuotes, extractRatings, findPeople, processArticle } from '../../src/index.js';

/**
 * Catastrophic backtracking and quadratic loops show as super-linear growth. Each extractor runs on
 * adversarial strings of 64 KB and 1 MB: linear time grows 16×, n log n about 20×, quadratic 256×.
 * The bound, 64×, sits between with room for a loaded machine's noise. Times under FLOOR_MS at 1 MB
 * are too small to measure growth by.
 */
const SMALL = 64 * 1024;
const LARGE = 1024 * 1024;
const FLOOR_MS = 50;
const MAX_GROWTH = 64;
const PATTERNS: Record<string, string> = {
  spaces: ' ', digits: '2024 ', quotes: '"', curly: '“‘’”', capitals: 'Aa Bb ', said: 'said ', months: 'March ',
  commas: ',', apostrophes: "children's ", honorifics: 'Cllr ', sentences: 'The council met. ', newlines: 'Ofsted\n',
  names: 'Jonathan Lester, the council leader, said: ', grades: 'judged inadequate ', tags: '<div>',
};

const FAMILIES: Record<string, (text: string) => unknown> = {
  cleanText: (t) => cleanText(t),
  extractDates: (t) => extractDates(t, { publishedAt: '2024-03-05' }),
  extractRatings: (t) => extractRatings(t),
  findPeople: (t) => findPeople(t),
  extractQuotes: (t) => extractQuotes(t, { people: [] }),
  extractHtml: (t) => extractHtml(t),
  processArticle: (t) => { try { return processArticle(t, { fileName: 'a.txt' }); } catch { return null; } },
};

/** Median of three, or a single run when one takes over a second (noise is small then). */
function time(f: () => unknown): number {
  const once = () => { const t0 = performance.now(); f(); return performance.now() - t0; };
  const first = once();
  if (first > 1000) return first;
  return [first, once(), once()].sort((a, b) => a - b)[1]!;
}

const sized = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes) + ' said the council.';

describe('no extractor grows super-linearly up to 1 MB', { timeout: 600_000 }, () => {
  const rows: string[] = [];
  afterAll(() => console.log(rows.join('\n')));
  for (const [family, run] of Object.entries(FAMILIES)) {
    it(family, () => {
      for (const [name, unit] of Object.entries(PATTERNS)) {
        const small = time(() => run(sized(unit, SMALL)));
        const large = time(() => run(sized(unit, LARGE)));
        rows.push(`${family.padEnd(15)} ${name.padEnd(12)} 64 KB ${small.toFixed(0).padStart(6)} ms   1 MB ${large.toFixed(0).padStart(6)} ms`);
        if (large > FLOOR_MS) expect(large / Math.max(small, FLOOR_MS / 16), `${family} on ${name}: ${small.toFixed(0)} ms -> ${large.toFixed(0)} ms`).toBeLessThan(MAX_GROWTH);
      }
    });
  }
});
