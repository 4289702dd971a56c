import type { Deadline } from '../shared/deadline.js';
import { firstAtOrAfter } from '../shared/search.js';

/** Word and punctuation tokens with offsets into the text they came from. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Lower-cased, curly apostrophes straightened: the form the vocabulary tables use. */
  readonly norm: string;
}

/** `norm` is computed when first read: most tokens of a body are never looked up in a table. */
class TextToken implements Token {
  #norm: string | undefined;
  constructor(readonly text: string, readonly start: number, readonly end: number) {}
  get norm(): string { return (this.#norm ??= normWord(this.text)); }
}

const TOKEN = /[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*|\S/gu;

/** A whole body is long work: the deadline is checked every this many tokens. */
const CHECK_EVERY = 4096;

export function tokenize(text: string, offset = 0, deadline?: Deadline): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    if (deadline && out.length % CHECK_EVERY === 0) deadline.check();
    const start = offset + m.index!;
    out.push(new TextToken(m[0], start, start + m[0].length));
  }
  return out;
}

/**
 * The tokens of a whole text, read by range: tokenising once and slicing keeps many overlapping
 * windows (a paragraph dense with quote marks) linear in the text, not in windows × window size.
 */
export function tokenIndex(all: readonly Token[]): (start: number, end: number) => Token[] {
  const firstFrom = (pos: number) => firstAtOrAfter(all, pos, (t) => t.start);
  return (start, end) => {
    const i = firstFrom(start);
    let j = firstFrom(end);
    if (j > i && all[j - 1]!.end > end) j--; // a token cut by the window's end is not in it
    return all.slice(i, j);
  };
}

export function normWord(w: string): string {
  const lower = w.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

export const isCapitalised = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);
export const isWord = (t: Token | undefined): boolean => !!t && /^[\p{L}\p{N}]/u.test(t.text);
