/** Replaces what stands between paired double quote marks with underscores, keeping offsets. */
export function maskQuoted(text: string): string {
  return text.replace(/“[^“”]*”|"[^"\n]*"/g, (m) => m[0] + '_'.repeat(m.length - 2) + m[m.length - 1]);
}

/**
 * Whether a text holds one of some literal words: a native substring search, for the test many rules make before their patterns
 * (a pattern of alternatives is tried at every position of the text). Give a lower-case text for a case-blind test.
 */
export const holdsAny = (text: string, words: readonly string[]): boolean => words.some((w) => text.includes(w));

/** A text's words in lower case, one space between and around them (' kelby council s children s services '): a whole word `w` is in it as ` ${w} `. */
export const wholeWordsOf = (text: string): string => ` ${text.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ')} `;
