/**
 * `compute` remembered for the last text it was given. The stages of one article ask the same
 * question about the same body (its sentences, its tokens, its council), and a thread handles one
 * article at a time, so one remembered answer is enough and nothing accumulates.
 */
export function lastText<T>(compute: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | null = null;
  return (text) => (last?.text === text ? last.value : (last = { text, value: compute(text) }).value);
}
