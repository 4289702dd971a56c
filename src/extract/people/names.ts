/** Whether two written names are one person's: a separate module so that the merge needs no extractor. */
import { normWord } from '../context/tokens.js';

/** Same person when one name's words are all in the other and the surnames agree. */
export function sameName(a: string, b: string): boolean {
  return sameWords(nameWords(a), nameWords(b));
}

export const nameWords = (name: string): string[] => name.split(/\s+/).map(normWord);

export function sameWords(ta: readonly string[], tb: readonly string[]): boolean {
  const [small, big] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return small.every((w) => big.includes(w)) && small[small.length - 1] === big[big.length - 1];
}
