import { DATE_CUES, NOT_PAST_ED, TENSE_CUES, alternation, lookup } from './lexicon.js';
import type { Tense } from './normalise.js';

/** How far around a mention the context checks look; a sentence edge stops them earlier. */
const WINDOW = 200;

const CUE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(DATE_CUES)})[\\s-]+(?:the\\s+)?$`, 'iu');

/** True when a cue word ('in', 'since', 'last', 'mid-') stands right before `start`: 'in June', 'since 2019'. */
export function cuedAt(text: string, start: number): boolean {
  return CUE_BEFORE.test(text.slice(Math.max(0, start - 25), start));
}

const NOT_PAST = new Set(NOT_PAST_ED);
const WORD = /[\p{L}'’]+/gu;

function cueOf(word: string): Tense {
  const w = word.toLowerCase();
  const v = lookup(TENSE_CUES, w);
  if (v !== undefined) return v;
  return w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w) ? -1 : 0;
}

/**
 * The tense around a mention: the nearest tense cue before it in the same sentence, else the nearest
 * after it. 'will receive the report on 29 September' -> 1; 'told CNN in August' -> -1; none -> 0.
 */
export function tenseAt(text: string, start: number, end: number): Tense {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  const edge = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const words = before.slice(edge + 1).match(WORD) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const t = cueOf(words[i]!);
    if (t) return t;
  }
  const after = text.slice(end, end + WINDOW);
  const stop = after.search(/[.!?](?:\s|$)|\n/);
  for (const w of (stop < 0 ? after : after.slice(0, stop)).match(WORD) ?? []) {
    const t = cueOf(w);
    if (t) return t;
  }
  return 0;
}
