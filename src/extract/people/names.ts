/** Whether two written names are one person's: a separate module so that the merge needs no extractor. */
import { normWord } from '../context/tokens.js';
import { NICKNAMES } from '../../vocabulary/givenNames.js';

/** Same person when one name's words are all in the other and the surnames agree. */
export function sameName(a: string, b: string): boolean {
  return sameWords(nameWords(a), nameWords(b));
}

/**
 * A name's words, normalised: lower case, a given name's short form as the formal name ('Jim' as 'james'),
 * middle initials left out, so that 'Jim Comey' is within 'James B. Comey'.
 */
export const nameWords = (name: string): string[] => {
  const words = name.split(/\s+/).map(normWord);
  return words.filter((w, k) => k === 0 || k === words.length - 1 || !/^\p{L}\.?$/u.test(w))
    .map((w, k, all) => (k === 0 && all.length > 1 ? NICKNAMES.get(w) ?? w : w));
};

export function sameWords(ta: readonly string[], tb: readonly string[]): boolean {
  const [small, big] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return small.every((w) => big.includes(w)) && small[small.length - 1] === big[big.length - 1];
}
