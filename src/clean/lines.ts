/** Line shapes the cleaning rules reason about. */

const TERMINAL = /[.!?:;…]["'”’)\]]*$/;

/** A line that does not end like a sentence: headlines, captions, link lists. */
export function isHeadlineLike(line: string, maxWords = 25): boolean {
  const t = line.trim();
  if (!t || TERMINAL.test(t)) return false;
  const words = t.split(/\s+/).length;
  return words >= 2 && words <= maxWords && /^[\p{Lu}\d‘“"']/u.test(t);
}

/** Image alt text as scrapes keep it: short, lower-case start, no sentence punctuation ('three boys running on field'). */
export function isAltTextLike(line: string): boolean {
  const t = line.trim();
  if (!t || TERMINAL.test(t) || /[,;"“”]/.test(t)) return false;
  const words = t.split(/\s+/).length;
  return words >= 2 && words <= 12 && /^\p{Ll}/u.test(t);
}

/** A word of a name: capitalised ('Roe', 'O’Neill', 'Bradford-on-Avon'). */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
/** Words a name or title may hold in lower case ('Director of Housing', 'Leader of the Council'). */
const CONNECTIVE = new Set(['of', 'the', 'and', 'for', 'in', 'at', 'on', '&']);

/**
 * An image caption that only names what the next paragraph tells of: a short line of capitalised
 * words (a person, their title, a place), no sentence end or quote mark, two of whose capitalised
 * words stand together in that paragraph ('Jane Roe' over 'Former mayor Jane Roe, 61, said …').
 * A crosshead announces a topic in words of its own; it is not a bare name the text then repeats.
 */
export function isNameCaptionOf(line: string, next: string): boolean {
  const t = line.trim();
  // twelve words of a name are short: a long line is no caption, and is not split to find out
  if (t.length > 200 || TERMINAL.test(t) || /^[‘“"']/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 12) return false;
  if (!NAME_WORD.test(words[0]!) || !words.every((w) => NAME_WORD.test(w) || CONNECTIVE.has(w))) return false;
  return words.slice(1).some((w, i) => NAME_WORD.test(words[i]!) && NAME_WORD.test(w) && next.includes(`${words[i]} ${w}`));
}

export function wordCount(s: string): number {
  return s.trim() ? s.trim().split(/\s+/).length : 0;
}
