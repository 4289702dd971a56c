/** Text comparison as the reference scorer (shared/eval/score.mjs) defines it. */

/** Typographic variants, spacing, edge punctuation and case do not make two texts differ. */
export function norm(s: string | null | undefined): string {
  return (s ?? '').normalize('NFKC')
    .replace(/[‘’‚‛′`]/g, "'").replace(/[“”„‟″]/g, '"').replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ').trim()
    .replace(/^[\s"'.,:;!?()\-]+|[\s"'.,:;!?()\-]+$/g, '').toLowerCase();
}

/** Words of a normalised text; currency and percent signs stay, as they carry meaning in figures. */
export function tokens(s: string | null | undefined): string[] {
  return norm(s).split(/[^\p{L}\p{N}£$%]+/u).filter(Boolean);
}

/** How many of `a`'s tokens `b` holds, each of `b`'s used once (multiset overlap). */
export function overlap(a: readonly string[], b: readonly string[]): number {
  const left = new Map<string, number>();
  for (const t of b) left.set(t, (left.get(t) ?? 0) + 1);
  let n = 0;
  for (const t of a) {
    const c = left.get(t) ?? 0;
    if (c > 0) { n++; left.set(t, c - 1); }
  }
  return n;
}

/** Token F1 of two texts: 1 for the same words in any order, 0 when they share none. */
export function tokenF1(a: string, b: string): number {
  const ta = tokens(a), tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const n = overlap(ta, tb);
  if (!n) return 0;
  const p = n / ta.length, r = n / tb.length;
  return (2 * p * r) / (p + r);
}

/**
 * Titles dropped before names are compared, so 'Cllr Jonathan Lester' is 'Jonathan Lester'. This is the
 * reference scorer's list (../shared/eval/score.mjs), not the pipeline's honorifics table: `newsfacts eval`
 * must give the scorer's figures, so it follows the scorer, not the extractor.
 */
const HONORIFICS = new Set(['cllr', 'coun', 'councillor', 'cllr.', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'baroness', 'rev', 'the', 'rt', 'hon', 'mp']);
const nameTokens = (s: string) => tokens(s).filter((t) => !HONORIFICS.has(t));

/**
 * Same person: one name's words lie within the other's, and a lone word must be the surname
 * ('Lester' is 'Jonathan Lester', 'Jonathan' is not) unless both names are one word.
 */
export function sameName(a: string, b: string): boolean {
  const ta = nameTokens(a), tb = nameTokens(b);
  if (!ta.length || !tb.length) return false;
  const [small, big] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const inBig = new Set(big);
  if (!small.every((t) => inBig.has(t))) return false;
  return small.length >= 2 || big.length === 1 || small[small.length - 1] === big[big.length - 1];
}

/** One normalised text contains the other; an empty text contains nothing and is in nothing. */
export function contains(a: string, b: string): boolean {
  const x = norm(a), y = norm(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}
