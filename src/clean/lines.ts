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

export function wordCount(s: string): number {
  return s.trim() ? s.trim().split(/\s+/).length : 0;
}
