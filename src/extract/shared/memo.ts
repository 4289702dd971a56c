/**
 * A pure function of a string, remembered across articles: the words and names one article judges come back in the next.
 * The table is emptied when it holds `limit` entries, so a long batch keeps it bounded.
 */
export function memo<T>(fn: (key: string) => T, limit = 50_000): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    const known = seen.get(key);
    if (known !== undefined || seen.has(key)) return known as T;
    if (seen.size >= limit) seen.clear();
    const value = fn(key);
    seen.set(key, value);
    return value;
  };
}
