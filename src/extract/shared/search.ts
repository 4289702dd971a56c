/** The index of the first item whose position is at or after `pos`, in items sorted by position (binary search). */
export function firstAtOrAfter<T>(items: readonly T[], pos: number, positionOf: (item: T) => number): number {
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positionOf(items[mid]!) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every place `needle` starts in `text`, in order (overlapping places too). */
export function* indicesOf(text: string, needle: string): Generator<number> {
  if (!needle) return;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) yield at;
}

/** Appends to the list a map keeps under a key, starting it when absent. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Many patterns as one, each its own capturing group: a text is scanned once, not once per pattern, and each match
 * says which pattern it is (`owner`, its index in `patterns`; a pattern's own groups count as its).
 */
export function unionOf(patterns: readonly RegExp[], flags: string): { any: RegExp; owner: (m: RegExpMatchArray) => number } {
  const groupOwner = patterns.flatMap((p, k) => Array.from({ length: new RegExp(`${p.source}|`).exec('')!.length }, () => k));
  return {
    any: new RegExp(patterns.map((p) => `(${p.source})`).join('|'), flags),
    owner: (m) => groupOwner[m.slice(1).findIndex((g) => g !== undefined)]!,
  };
}
