import { afterAll, describe, expect, it } from 'vitest';
import { cleanText, extractDates, extractHtml, extractQuotes, extractRatings, findPeople, processArticle } from '../../src/index.js';

/**
 * Catastrophic backtracking and quadratic loops show as super-linear growth. Each extractor runs on
 * an adversarial string of 1 MB, and on the same string cut into sixteen pieces of 64 KB, one after
 * the other: the same amount of text, so linear code takes the same time both ways, n log n about
 * 1.25× longer on the whole, quadratic 16×. The bound, 6×, sits between, with room for the
 * garbage collector, which works harder on a heap holding a whole megabyte's tokens. A linear job (a
 * regex pass) is timed the same two ways in the same moment: when the machine's noise inflates its
 * ratio, the bound grows with it. Under FLOOR_MS at 1 MB there is too little time to measure growth by.
 * This file runs alone (vitest.config.ts), after the others.
 */
const SMALL = 64 * 1024;
const LARGE = 1024 * 1024;
const PIECES = LARGE / SMALL;
const FLOOR_MS = 50;
const MAX_RATIO = 6;
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
  extractQuotes: (t) => extractQuotes(t, { ratings: [] }),
  extractHtml: (t) => extractHtml(t),
  processArticle: (t) => { try { return processArticle(t, { fileName: 'a.txt' }); } catch { return null; } },
};

/** Fastest of three (noise only adds time), or a single run when one takes over a second. */
function time(f: () => unknown): number {
  const once = () => { const t0 = performance.now(); f(); return performance.now() - t0; };
  const first = once();
  if (first > 1000) return first;
  return Math.min(first, once(), once());
}

const sized = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes) + ' said the council.';

/** How much longer f takes on the whole text than on its pieces one after the other (1 when linear). */
function wholeOverPieces(f: (text: string) => unknown, whole: string, piece: string): { whole: number; pieces: number; ratio: number } {
  const w = time(() => f(whole));
  const p = time(() => { for (let k = 0; k < PIECES; k++) f(piece); });
  return { whole: w, pieces: p, ratio: w / p };
}

/** Linear by construction: one pass of a regex over the text. */
function LINEAR(text: string): number {
  const word = /\S+/g;
  let n = 0;
  while (word.exec(text)) n++;
  return n;
}

describe('no extractor grows super-linearly up to 1 MB', { timeout: 900_000 }, () => {
  const rows: string[] = [];
  afterAll(() => console.log(rows.join('\n')));
  for (const [family, run] of Object.entries(FAMILIES)) {
    it(family, () => {
      for (const [name, unit] of Object.entries(PATTERNS)) {
        const whole = sized(unit, LARGE), piece = sized(unit, SMALL);
        // a ratio over the bound is measured again, up to twice: super-linear code fails every time, a
        // pause of the machine (another process, a major collection) seldom strikes the same pair thrice
        let t = wholeOverPieces(run, whole, piece), noise = Math.max(1, wholeOverPieces(LINEAR, whole, piece).ratio);
        for (let again = 0; again < 2 && t.whole > FLOOR_MS && t.ratio >= MAX_RATIO * noise; again++) {
          t = wholeOverPieces(run, whole, piece);
          noise = Math.max(1, wholeOverPieces(LINEAR, whole, piece).ratio);
        }
        rows.push(`${family.padEnd(15)} ${name.padEnd(12)} 16 × 64 KB ${t.pieces.toFixed(0).padStart(6)} ms   1 MB ${t.whole.toFixed(0).padStart(6)} ms   ratio ${t.ratio.toFixed(2)} (linear job ${noise.toFixed(2)})`);
        if (t.whole > FLOOR_MS) expect(t.ratio, `${family} on ${name}: 16 × 64 KB ${t.pieces.toFixed(0)} ms, 1 MB ${t.whole.toFixed(0)} ms`).toBeLessThan(MAX_RATIO * noise);
      }
    });
  }
});
