/**
 * Attribution sieves, most reliable first (as in GenderGapTracker's tiers and the Stanford
 * sieve-based quote attributor). Each takes one quote in its context and returns a speaker with the
 * cue that licensed it, or null to pass the quote to the next sieve.
 */
import { isCapitalised, tokenize, type Token } from '../shared/tokens.js';
import { ACCORDING_TO, CUE_FORMS } from './cueVerbs.js';
import { resolveSpeaker, type Speaker, type SpeakerContext } from './speakers.js';
import type { QuoteSpan } from './spans.js';

export interface Attribution {
  speaker: Speaker | null;
  cue: string | null;
  rule: string;
}

export interface QuoteContext extends SpeakerContext {
  quote: QuoteSpan;
  /** Text of the quote's sentence before the opening mark, and after the closing mark. */
  before: { start: number; text: string };
  after: { start: number; text: string };
  paragraph: { start: number; end: number };
  previousParagraph: { start: number; end: number; text: string } | null;
  /** Attributions of earlier quotes, in order, with their quote spans. */
  earlier: ReadonlyArray<{ quote: QuoteSpan; attribution: Attribution }>;
}

export interface Sieve {
  name: string;
  apply: (ctx: QuoteContext) => Attribution | null;
}

const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'is', 'were', 'are', 'also', 'then', 'later', 'previously', 'earlier', 'once', 'recently', 'further']);
const CLAUSE_START = new Set([';', 'and', 'but', 'while', 'whereas', 'although', 'though', 'because', 'so']);
const MAX_SPEAKER_TOKENS = 30;

/** 'and' inside a name ('Children and Young People') does not start a clause; a cue verb ends the previous one. */
function startsClause(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (isCueAt(tokens, i)) return true;
  return CLAUSE_START.has(t.norm) && !(t.norm === 'and' && isCapitalised(tokens[i + 1]));
}

const isCue = (t: Token | undefined) => !!t && CUE_FORMS.has(t.norm);
const DETERMINER = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'latest', 'new']);
/** A cue form after a determiner is a noun ('the report', 'a post'). */
const isCueAt = (tokens: Token[], i: number) => isCue(tokens[i]) && !DETERMINER.has(tokens[i - 1]?.norm ?? '');
const isPunct = (t: Token | undefined) => !!t && !/^[\p{L}\p{N}]/u.test(t.text);

function attributed(speaker: Speaker | null, cue: string | null, rule: string): Attribution | null {
  return speaker ? { speaker, cue, rule } : null;
}

/** Words before a cue verb, back to the start of its clause: the cue's subject. */
function subjectBefore(tokens: Token[], cueIndex: number): Token[] {
  let i = cueIndex;
  while (i > 0 && AUXILIARIES.has(tokens[i - 1]!.norm)) i--;
  const end = i;
  while (i > 0 && end - i < MAX_SPEAKER_TOKENS && !startsClause(tokens, i - 1) && !/^[“”"‘’]$/.test(tokens[i - 1]!.text)) i--;
  return tokens.slice(i, end).filter((t, k, all) => !(k === all.length - 1 && t.text === ','));
}

/** '…,” the inspectors said.' and '…,” said Mr Smith.' */
const trailingCue: Sieve = {
  name: 'trailing-cue',
  apply(ctx) {
    const tokens = tokenize(ctx.after.text, ctx.after.start).slice(0, 14);
    let i = 0;
    while (isPunct(tokens[i])) i++;
    if (i === 0 && !endsClause(ctx)) return null; // the quote runs on into its sentence
    if (isCue(tokens[i])) {
      const np: Token[] = [];
      for (let k = i + 1; k < tokens.length && !isPunct(tokens[k]); k++) np.push(tokens[k]!);
      return attributed(resolveSpeaker(np, ctx), tokens[i]!.text, 'trailing-cue');
    }
    for (let k = i; k < tokens.length; k++) {
      if (isCue(tokens[k])) {
        const np = subjectBefore(tokens, k).filter((t) => t.start >= tokens[i]!.start);
        return attributed(resolveSpeaker(np, ctx), tokens[k]!.text, 'trailing-cue');
      }
      if (tokens[k]!.text === '.' || tokens[k]!.text === '“' || tokens[k]!.text === '"') break;
    }
    return null;
  },
};

/** The quoted words close their clause ('…,”' or '…?”'), or a comma follows the mark. */
function endsClause(ctx: QuoteContext): boolean {
  const inside = ctx.body.slice(ctx.quote.start, ctx.quote.end).trimEnd();
  if (/[,?!]$/.test(inside)) return true;
  return /\.$/.test(inside) && /^\s*\p{Ll}/u.test(ctx.after.text);
}

/** 'Paul Walker, Chief Executive said:' as its own paragraph, then the quote paragraphs. */
const colonBlock: Sieve = {
  name: 'colon-block',
  apply(ctx) {
    const prev = ctx.previousParagraph;
    const startsParagraph = ctx.quote.outerStart === ctx.paragraph.start;
    if (!prev || !startsParagraph || !/:\s*$/.test(prev.text)) return null;
    const tokens = tokenize(prev.text, prev.start);
    const cueAt = tokens.findLastIndex((_, k) => isCueAt(tokens, k));
    const np = cueAt > 0 ? subjectBefore(tokens, cueAt) : tokens.slice(0, -1);
    return attributed(resolveSpeaker(np, ctx), cueAt > 0 ? tokens[cueAt]!.text : ':', 'colon-block');
  },
};

/** 'according to Ofsted' after the quote, or 'According to X, “…”' before it. */
const accordingTo: Sieve = {
  name: 'according-to',
  apply(ctx) {
    const after = /\baccording to\s+([^.;:!?“”"]{1,80})/i.exec(ctx.after.text);
    if (after) {
      const np = tokenize(after[1]!, ctx.after.start + after.index + after[0].length - after[1]!.length).filter((t) => !isPunct(t) || t.text === '’');
      return attributed(resolveSpeaker(cutAtComma(np), ctx), 'according to', 'according-to');
    }
    const before = /\baccording to\s+([^.;:!?“”"]{1,80}?),?\s*$/i.exec(ctx.before.text);
    if (!before) return null;
    const np = tokenize(before[1]!, ctx.before.start + before.index + before[0].indexOf(before[1]!));
    return attributed(resolveSpeaker(cutAtComma(np), ctx), 'according to', 'according-to');
  },
};

function cutAtComma(tokens: Token[]): Token[] {
  const comma = tokens.findIndex((t) => t.text === ',');
  return comma < 0 ? tokens : tokens.slice(0, comma);
}

/** 'Ofsted has said that “…”', 'X said the plan was “…”', 'X said: “…”'. */
const precedingCue: Sieve = {
  name: 'preceding-cue',
  apply(ctx) {
    if (ACCORDING_TO.test(ctx.before.text)) return null;
    const tokens = tokenize(ctx.before.text, ctx.before.start);
    const lastQuoteMark = tokens.findLastIndex((t) => /^[“”"]$/.test(t.text));
    // nearest cue first; 'The council said it accepted …' falls back from 'it' to 'The council'
    for (let k = tokens.length - 1; k > lastQuoteMark && k >= tokens.length - 16; k--) {
      if (!isCueAt(tokens, k)) continue;
      if (isCapitalised(tokens[k]) && k > 0) continue; // 'Say' in a title, 'Post' as a name
      const found = attributed(resolveSpeaker(subjectBefore(tokens, k), ctx), tokens[k]!.text, 'preceding-cue');
      if (found) return found;
    }
    return null;
  },
};

/** A second quote in the sentence of an attributed one has the same speaker ('They concluded that “…”, while … “…”'). */
const sameSentence: Sieve = {
  name: 'same-sentence',
  apply(ctx) {
    const prev = ctx.earlier[ctx.earlier.length - 1];
    if (!prev?.attribution.speaker || prev.quote.outerEnd < ctx.before.start) return null;
    return { speaker: { ...prev.attribution.speaker }, cue: prev.attribution.cue, rule: 'same-sentence' };
  },
};

/** A quote with no cue of its own, in the paragraph of or just after an attributed quote, continues that speaker. */
const continuation: Sieve = {
  name: 'continuation',
  apply(ctx) {
    const prev = ctx.earlier[ctx.earlier.length - 1];
    if (!prev?.attribution.speaker) return null;
    const reach = ctx.previousParagraph?.start ?? ctx.paragraph.start;
    if (prev.quote.outerStart < reach) return null;
    return { speaker: { ...prev.attribution.speaker }, cue: null, rule: 'continuation' };
  },
};

/** The order in which the sieves run: read top to bottom. */
export const SIEVES: readonly Sieve[] = [colonBlock, trailingCue, accordingTo, precedingCue, sameSentence, continuation];
