/**
 * Quote spans by pairing marks. Curly marks pair by shape; straight marks by position (an opening
 * mark follows a space or bracket, a closing one follows a word or punctuation). A mark between two
 * letters is an apostrophe (children’s). Inside an open quote, marks of the other family are nested
 * quotes and stay part of it, and so are curly pairs inside a straight quote ("He said “no” twice").
 * A quote still open at a paragraph's end continues when the next paragraph opens with the same
 * mark (the newspaper convention for long quotes); otherwise it is dropped as unclosed, unless the
 * text ends there: a page stored up to a limit stops inside a quote, which runs up to the cut.
 */
import { paragraphs, type Segment } from '../context/segments.js';

export interface QuoteSpan {
  /** Offsets of the quoted words, without the marks. */
  start: number;
  end: number;
  /** Offsets including the opening and closing marks. */
  outerStart: number;
  outerEnd: number;
  family: 'double' | 'single';
}

type Family = QuoteSpan['family'];

const isLetter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrOpen = (c: string | undefined) => c === undefined || /[\s([{\-–—\/]/u.test(c);

function opens(text: string, i: number): Family | null {
  const c = text[i], prev = text[i - 1], next = text[i + 1];
  if (c === '“' || c === '„') return 'double';
  if (c === '"') return isSpaceOrOpen(prev) && next !== undefined && !/\s/.test(next) ? 'double' : null;
  if (c === '‘') return isLetter(prev) ? null : 'single';
  if (c === "'") return isSpaceOrOpen(prev) && isLetter(next) ? 'single' : null;
  return null;
}

function closes(text: string, i: number, family: Family, opener: string): boolean {
  const c = text[i], prev = text[i - 1], next = text[i + 1];
  if (family === 'double') {
    if (opener === '"' && c === '”') return false; // a curly pair nested in a straight quote closes itself
    return c === '”' || (c === '"' && prev !== undefined && !/\s/.test(prev));
  }
  if (c !== '’' && c !== "'") return false;
  return prev !== undefined && !/\s/.test(prev) && !isLetter(next);
}

/** The opening mark a paragraph starts with continues an open quote only if it is the same character. */
const sameOpener = (a: string, b: string | undefined) => a === b || (a === '„' && b === '“');

export function findQuoteSpans(body: string, paras: readonly Segment[] = paragraphs(body)): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open: { at: number; family: Family; nested: number } | null = null;
  paras.forEach((p, pi) => {
    let i = p.start;
    if (open) {
      if (opens(body, p.start) === open.family && sameOpener(body[open.at]!, body[p.start])) { i = p.start + 1; open.nested = 0; }
      else open = null; // an unclosed quote: no span rather than a guess
    }
    for (; i < p.end; i++) {
      if (!open) {
        const family = opens(body, i);
        if (family) open = { at: i, family, nested: 0 };
      } else if (body[open.at] === '"' && body[i] === '“') {
        open.nested++;
      } else if (open.nested && body[i] === '”') {
        open.nested--;
      } else if (closes(body, i, open.family, body[open.at]!)) {
        if (i > open.at + 1) out.push({ start: open.at + 1, end: i, outerStart: open.at, outerEnd: i + 1, family: open.family });
        open = null;
      }
    }
    // the stored page stops inside a quote: the words up to the cut are the quote
    if (open && pi === paras.length - 1) {
      const end = body.trimEnd().length;
      if (end > open.at + 1 && end === p.end) out.push({ start: open.at + 1, end, outerStart: open.at, outerEnd: end, family: open.family });
      open = null;
    }
  });
  return out;
}
