import { firstAtOrAfter } from '../shared/search.js';
import { ABBREVIATIONS } from '../../vocabulary/abbreviations.js';

/** Paragraphs and sentences of a body, as offsets, so every extractor reports spans of the same string. */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

export function paragraphs(body: string): Segment[] {
  const out: Segment[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]+)*/g;
  for (let m = re.exec(body); m; m = re.exec(body)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

const BOUNDARY = /[.!?…]+["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\d])/gu;

/** Sentences of a body; the article context splits them once for every extractor. */
export function sentences(body: string): Segment[] {
  const out: Segment[] = [];
  for (const p of paragraphs(body)) {
    let start = p.start;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(p.text); m; m = BOUNDARY.exec(p.text)) {
      // the word before the stop; a short look-back keeps this linear in the paragraph's length
      const before = p.text.slice(Math.max(0, m.index - 24), m.index);
      const lastWord = /([\p{L}.’']+)$/u.exec(before)?.[1]?.toLowerCase().replace(/^['’]+/, '') ?? '';
      if (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord)) continue;
      const end = p.start + m.index + m[0].trimEnd().length;
      out.push({ start, end, text: body.slice(start, end) });
      start = p.start + m.index + m[0].length;
    }
    if (start < p.end) out.push({ start, end: p.end, text: body.slice(start, p.end) });
  }
  return out;
}

/** The segment containing offset `at`, by binary search over sorted, disjoint segments. */
export function segmentAt(segments: readonly Segment[], at: number): Segment | undefined {
  const s = segments[segmentIndexAt(segments, at)];
  return s && s.start <= at && at < s.end ? s : undefined;
}

/** The index of the last segment starting at or before `at` (the one containing it, when one does); -1 when none. */
export function segmentIndexAt(segments: readonly Segment[], at: number): number {
  return firstAtOrAfter(segments, at + 1, (s) => s.start) - 1;
}
