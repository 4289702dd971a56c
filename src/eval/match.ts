/** Greedy one-to-one matching and precision/recall, as the reference scorer defines them. */

export interface PRF { p: number; r: number; f1: number; tp: number; pred: number; gold: number }

export function prf(tp: number, pred: number, gold: number): PRF {
  const p = pred ? tp / pred : gold ? 0 : 1;
  const r = gold ? tp / gold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, pred, gold };
}

/** Pairs (prediction, gold, score) with score >= min, best first, each side used once. */
export function match<P, G>(preds: readonly P[], golds: readonly G[], score: (p: P, g: G) => number, min: number): Array<[number, number, number]> {
  const pairs: Array<[number, number, number]> = [];
  preds.forEach((p, i) => golds.forEach((g, j) => {
    const s = score(p, g);
    if (s >= min) pairs.push([s, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const usedP = new Set<number>(), usedG = new Set<number>();
  const out: Array<[number, number, number]> = [];
  for (const [s, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i); usedG.add(j);
    out.push([i, j, s]);
  }
  return out;
}

/** Running sums of true positives, predictions and gold items, and of correct/total for accuracies. */
export class Tally {
  readonly counts: Record<string, { tp: number; pred: number; gold: number }> = {};
  readonly accuracies: Record<string, { ok: number; n: number }> = {};

  add(key: string, tp: number, pred: number, gold: number): void {
    const t = (this.counts[key] ??= { tp: 0, pred: 0, gold: 0 });
    t.tp += tp; t.pred += pred; t.gold += gold;
  }

  addAcc(key: string, ok: number, n: number): void {
    const t = (this.accuracies[key] ??= { ok: 0, n: 0 });
    t.ok += ok; t.n += n;
  }
}
