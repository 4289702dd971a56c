import { describe, expect, it } from 'vitest';
import { cleanText, extractDates, extractHtml, extractQuotes, extractRatings, findPeople, processArticle } from '../../src/index.js';

/**
 * Catastrophic backtracking and quadratic loops show as super-linear growth. Each extractor runs on
 * adversarial strings of 16 KB and 64 KB: time must grow about 4× (linear), and may not grow 16×
 * (quadratic). Times under FLOOR_MS are noise, not growth.
 */
const FLOOR_MS = 25;
const MAX_GROWTH = 12;

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

describe('no extractor grows super-linearly', { timeout: 600_000 }, () => {
  const rows: string[] = [];
  for (const [family, run] of Object.entries(FAMILIES)) {
    it(family, () => {
      for (const [name, unit] of Object.entries(PATTERNS)) {
        const small = time(() => run(sized(unit, 16 * 1024)));
        const large = time(() => run(sized(unit, 64 * 1024)));
        rows.push(`${family.padEnd(15)} ${name.padEnd(12)} 16 KB ${small.toFixed(0).padStart(6)} ms   64 KB ${large.toFixed(0).padStart(6)} ms`);
        if (large > FLOOR_MS) expect(large / Math.max(small, FLOOR_MS / 4), `${family} on ${name}: ${small.toFixed(0)} ms -> ${large.toFixed(0)} ms`).toBeLessThan(MAX_GROWTH);
      }
    });
  }
  it('prints the table', () => {
    console.log(rows.join('\n'));
    expect(rows.length).toBe(Object.keys(FAMILIES).length * Object.keys(PATTERNS).length);
  });
});
