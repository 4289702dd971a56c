/** Greedy one-to-one matching and the metrics built on it, as the reference scorer defines them. */

/** True positives, predictions and gold items of one measure. */
export interface Counts { tp: number; pred: number; gold: number }
export interface PRF extends Counts { p: number; r: number; f1: number }

/** Correct cases out of the cases checked, for measures that are accuracies. */
export interface Hits { ok: number; n: number }
export interface Accuracy extends Hits { acc: number }

/** Nothing predicted and nothing to find counts as perfect; nothing predicted against gold as zero. */
export function prf(tp: number, pred: number, gold: number): PRF {
  const p = pred ? tp / pred : gold ? 0 : 1;
  const r = gold ? tp / gold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, pred, gold };
}

/** No case to check counts as perfect, so a measure that never applied does not drag the headline down. */
export function accuracy({ ok, n }: Hits): Accuracy {
  return { acc: n ? ok / n : 1, ok, n };
}

/** Index of the prediction, index of the gold item, and the pair's score. */
export type Pair = [pred: number, gold: number, score: number];

/**
 * Pairs with score >= min, best first, each side used at most once. Greedy rather than optimal
 * because the reference scorer is; ties keep the order of predictions, then of gold items.
 */
export function match<P, G>(preds: readonly P[], golds: readonly G[], score: (p: P, g: G) => number, min: number): Pair[] {
  const candidates: Array<[score: number, pred: number, gold: number]> = [];
  preds.forEach((p, i) => golds.forEach((g, j) => {
    const s = score(p, g);
    if (s >= min) candidates.push([s, i, j]);
  }));
  candidates.sort((a, b) => b[0] - a[0]);
  const usedP = new Set<number>(), usedG = new Set<number>();
  const pairs: Pair[] = [];
  for (const [s, i, j] of candidates) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    pairs.push([i, j, s]);
  }
  return pairs;
}

/** Which predictions and which gold items a matching used, to report the rest as spurious or missed. */
export function matched(pairs: readonly Pair[]): { preds: Set<number>; golds: Set<number> } {
  return { preds: new Set(pairs.map(([i]) => i)), golds: new Set(pairs.map(([, j]) => j)) };
}
