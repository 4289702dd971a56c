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

/** Appends to the list a map keeps under a key, starting it when absent. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
