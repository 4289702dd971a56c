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

/** A whole body is long work: the deadline is checked every this many tokens. */
const CHECK_EVERY = 4096;

/**
 * Tokens are runs of letters and digits, joined across an apostrophe, a hyphen or a full stop between two of them
 * ('don’t', 'co-op', 'U.S'), and every other character that is not a space on its own. The scan is written out,
 * not a Unicode pattern: it runs over every body, and most of its characters are ASCII, tested by their codes.
 */
export function tokenize(text: string, offset = 0, deadline?: Deadline): Token[] {
  const out: Token[] = [];
  const n = text.length;
  for (let i = 0; i < n;) {
    if (isSpaceAt(text, i)) { i += widthAt(text, i); continue; }
    let j = i + widthAt(text, i);
    if (isWordAt(text, i)) {
      j = wordEnd(text, j);
      for (let c = text.charCodeAt(j); JOINERS.has(c) && isWordAt(text, j + 1); c = text.charCodeAt(j)) j = wordEnd(text, j + 1);
    }
    if (deadline && out.length % CHECK_EVERY === 0) deadline.check();
    out.push(new TextToken(text.slice(i, j), offset + i, offset + j));
    i = j;
  }
  return out;
}

/** What joins two runs of letters into one token: ’ ' - . */
const JOINERS: ReadonlySet<number> = new Set([0x2019, 0x27, 0x2d, 0x2e]);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const SPACE = /^\s/u;
/** A character outside the Basic Multilingual Plane is two code units. */
const widthAt = (text: string, at: number) => { const c = text.charCodeAt(at); return c >= 0xd800 && c <= 0xdbff ? 2 : 1; };
function isWordAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return at < text.length && LETTER_OR_DIGIT.test(text.slice(at, at + widthAt(text, at)));
}
function isSpaceAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text.slice(at, at + widthAt(text, at)));
}
function wordEnd(text: string, at: number): number {
  while (at < text.length && isWordAt(text, at)) at += widthAt(text, at);
  return at;
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

/** First-letter case, without a Unicode pattern for the ASCII letters most words start with. */
export const startsUpper = (w: string): boolean => { const c = w.charCodeAt(0); return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w); };
export const startsLower = (w: string): boolean => { const c = w.charCodeAt(0); return c < 128 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(w); };
export const isCapitalised = (t: Token | undefined): boolean => !!t && startsUpper(t.text);
export const isWord = (t: Token | undefined): boolean => !!t && isWordAt(t.text, 0);
