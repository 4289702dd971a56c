/** Word and punctuation tokens with offsets into the text they came from. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower-cased, curly apostrophes straightened: the form the vocabulary tables use. */
  norm: string;
}

const TOKEN = /[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = offset + m.index!;
    out.push({ text: m[0], start, end: start + m[0].length, norm: normWord(m[0]) });
  }
  return out;
}

export function normWord(w: string): string {
  const lower = w.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

export const isCapitalised = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);
export const isWord = (t: Token | undefined): boolean => !!t && /^[\p{L}\p{N}]/u.test(t.text);
