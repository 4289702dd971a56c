/**
 * `compute` remembered for the last text it was given. The stages of one article ask the same
 * question about the same body (its sentences, its tokens, its council), and a thread handles one
 * article at a time, so one remembered answer is enough and nothing accumulates. Further arguments
 * (a deadline) reach the computation but are not part of what is remembered.
 */
export function lastText<T, A extends unknown[] = []>(compute: (text: string, ...rest: A) => T): (text: string, ...rest: A) => T {
  let last: { text: string; value: T } | null = null;
  return (text, ...rest) => (last?.text === text ? last.value : (last = { text, value: compute(text, ...rest) }).value);
}
