/** Text comparison as the reference scorer (shared/eval/score.mjs) defines it. */

export function norm(s: string | null | undefined): string {
  return (s ?? '').normalize('NFKC')
    .replace(/[‘’‚‛′`]/g, "'").replace(/[“”„‟″]/g, '"').replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ').trim()
    .replace(/^[\s"'.,:;!?()\-]+|[\s"'.,:;!?()\-]+$/g, '').toLowerCase();
}

export function tokens(s: string | null | undefined): string[] {
  return norm(s).split(/[^\p{L}\p{N}£$%]+/u).filter(Boolean);
}

/** Multiset token overlap of two texts. */
export function common(a: readonly string[], b: readonly string[]): number {
  const m = new Map<string, number>();
  for (const t of b) m.set(t, (m.get(t) ?? 0) + 1);
  let n = 0;
  for (const t of a) {
    const c = m.get(t) ?? 0;
    if (c > 0) { n++; m.set(t, c - 1); }
  }
  return n;
}

export function tokenF1(a: string, b: string): number {
  const ta = tokens(a), tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const n = common(ta, tb);
  if (!n) return 0;
  const p = n / ta.length, r = n / tb.length;
  return (2 * p * r) / (p + r);
}

const HONORIFICS = new Set(['cllr', 'coun', 'councillor', 'cllr.', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'baroness', 'rev', 'the', 'rt', 'hon', 'mp']);
const nameTokens = (s: string) => tokens(s).filter((t) => !HONORIFICS.has(t));

/** Same person: one name's words (titles aside) within the other's, and the surnames agree unless both are full. */
export function sameName(a: string, b: string): boolean {
  const ta = nameTokens(a), tb = nameTokens(b);
  if (!ta.length || !tb.length) return false;
  const [small, big] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const setBig = new Set(big);
  if (!small.every((t) => setBig.has(t))) return false;
  return small.length >= 2 || big.length === 1 || small[small.length - 1] === big[big.length - 1];
}

/** One normalised text contains the other. */
export function contains(a: string, b: string): boolean {
  const x = norm(a), y = norm(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}
