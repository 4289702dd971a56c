import type { Quote, Rating } from '../../schema/index.js';
import { extractRatings } from '../ratings/index.js';
import { contextOf, segmentAt, type ArticleContext, type ContextOptions, type Token } from '../context/index.js';
import { SIEVES, type Attribution, type QuoteContext } from './sieves.js';
import { checkedSpeaker, namesBefore, type Speaker } from './speakers.js';
import { findQuoteSpans, type QuoteSpan } from './spans.js';

export { findQuoteSpans, type QuoteSpan } from './spans.js';
export { SIEVES } from './sieves.js';
export { CUE_FORMS } from '../../vocabulary/cueVerbs.js';

export interface QuoteOptions extends Pick<ContextOptions, 'deadline'> {
  /** Ratings of the article (from extractRatings); computed when absent. A grade's name in quote marks is no quotation. */
  ratings?: readonly Rating[];
}

/** Direct quotations with their speakers, attributed by the ordered sieves of sieves.ts. */
export function extractQuotes(input: string | ArticleContext, options: QuoteOptions = {}): Quote[] {
  const article = contextOf(input, options);
  const { body, people, organisations, paragraphs: paras, sentences: sents } = article;
  const ratings = options.ratings ?? extractRatings(article);
  const tokensIn = (start: number, end: number) => article.tokensIn(start, end);
  let names: ReadonlyMap<string, string> | null = null;
  const namesBeforeWords = () => (names ??= namesBefore(body));
  let capitals: Set<string> | null = null;
  const midSentenceCapitals = () => (capitals ??= wordsAfterLowerCase(body, tokensIn(0, body.length)));
  const earlier: Array<{ quote: QuoteSpan; attribution: Attribution }> = [];
  const previous: Speaker[] = [];
  const out: Quote[] = [];
  for (const quote of findQuoteSpans(body, paras)) {
    article.deadline?.check();
    const pi = paras.findIndex((p) => p.start <= quote.outerStart && quote.outerStart < p.end);
    const paragraph = paras[pi]!;
    const prevPara = pi > 0 ? paras[pi - 1]! : null;
    const text = body.slice(quote.start, quote.end);
    const alone = quote.outerStart === paragraph.start && body.slice(quote.outerEnd, paragraph.end).trim() === '';
    const shape = shapeOf(text, body.slice(Math.max(paragraph.start, quote.outerStart - 40), quote.outerStart), namesGrade(quote, ratings, text), alone);
    // marks around no words ('“”', a flood of marks) or a scare quote are never speech: no attribution to look for
    if (shape.neverSpeech) continue;
    const openSentence = segmentAt(sents, quote.outerStart) ?? paragraph;
    const ctx: QuoteContext = {
      body, sentences: sents, people, organisations, namesBefore: namesBeforeWords, previous, quote, earlier, tokensIn, midSentenceCapitals,
      speechWithoutCue: !shape.titleLike && shape.words.length > 1,
      before: windowBefore(body, openSentence.start, quote.outerStart),
      // to the paragraph's end: the sieves cut it at the sentence end ('…?” Graham asked.' is one sentence)
      after: { start: quote.outerEnd, text: body.slice(quote.outerEnd, Math.min(Math.max(quote.outerEnd, paragraph.end), quote.outerEnd + CONTEXT_CHARS)) },
      paragraph,
      previousParagraph: prevPara,
    };
    const attribution = attribute(ctx);
    if (!isSpeech(text, shape, attribution)) continue;
    earlier.push({ quote, attribution });
    if (attribution.speaker) previous.push(attribution.speaker);
    out.push({
      text, start: quote.start, end: quote.end,
      speaker: attribution.speaker?.name ?? null,
      speakerType: attribution.speaker?.type ?? 'unknown',
      speakerMention: attribution.speaker?.mention ?? null,
      cue: attribution.cue,
      rule: attribution.rule,
    });
  }
  return out;
}

/** Words written right after a lower-case word (and maybe its comma): capitalised there, a word is a name. */
function wordsAfterLowerCase(body: string, tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    let prev = tokens[k - 1]!;
    if (prev.end === t.start || !/^[\p{L}\p{N}]/u.test(t.text)) continue;
    if ((prev.text === ',' || prev.text === ';') && k > 1 && tokens[k - 2]!.end === prev.start) prev = tokens[k - 2]!;
    if (/\p{Ll}$/u.test(prev.text) && /^\s+$/.test(body.slice(tokens[k - 1]!.end, t.start))) out.add(t.text);
  }
  return out;
}

/**
 * The first sieve whose speaker passes the check (checkedSpeaker): one that names no one who can speak
 * misread its sentence. When none passes, the first cue found still says the words were said, by no one named.
 */
function attribute(ctx: QuoteContext): Attribution {
  const isName = (word: string) => ctx.midSentenceCapitals().has(word);
  let misread: Attribution | null = null;
  for (const sieve of SIEVES) {
    const found = sieve.apply(ctx);
    if (!found) continue;
    const speaker = found.speaker && checkedSpeaker(found.speaker, ctx, isName);
    // a cue a misread sieve found still says that the words were said
    if (speaker) return { ...found, speaker, cue: found.cue ?? misread?.cue ?? null };
    misread ??= { ...found, speaker: null };
  }
  return misread ?? { speaker: null, cue: null, rule: 'none' };
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'on', 'a', 'an', 'at', 'by', 'with', 'or', '&']);
/** Words right before a title in quote marks: where it was said or shown, or what kind of work it is. */
const BEFORE_TITLE = /(?:\b(?:on|of|in|at|from|titled|entitled|headlined|show|program|programme|book|film|movie|song|album|series|newspaper|magazine|column|documentary|podcast|the|so-called)|[’']s)\s*$/i;

/**
 * How far before and after a quote the sieves read. Attributions sit within a sentence or two of
 * their quote; a bound keeps a paragraph of thousands of quote marks linear, not quadratic.
 */
const CONTEXT_CHARS = 600;

function windowBefore(body: string, sentenceStart: number, quoteStart: number): { start: number; text: string } {
  const start = Math.max(sentenceStart, quoteStart - CONTEXT_CHARS);
  return { start, text: body.slice(start, quoteStart) };
}

const MAX_CROSSHEAD_WORDS = 6;
/** Words after which a quoted word is inside a noun phrase or a prepositional phrase. */
const NOUN_PHRASE_WORDS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'of', 'in', 'on', 'for', 'with', 'about', 'as', 'to', 'by', 'and', 'or']);

/** What the quoted words look like, whoever said them. */
interface Shape {
  words: string[];
  /** A short run of capitalised words: a title or a name rather than speech, unless a cue says otherwise. */
  titleLike: boolean;
  /** The quote follows a lower-case word that is no determiner or preposition: a verb's object or complement. */
  afterVerb: boolean;
  /** A scare quote after 'so-called', a title after 'on', 'of' or a possessive, a grade's name ('‘requires improvement’') or a crosshead. */
  neverSpeech: boolean;
}

/** The quote marks hold a grade and nothing else ('rated “requires improvement”'): they name it, nobody is quoted. */
function namesGrade(quote: QuoteSpan, ratings: readonly Rating[], text: string): boolean {
  return OUTLOOK_LABEL.test(text) || ratings.some((r) => r.start >= quote.start && r.end <= quote.end && r.end - r.start >= quote.end - quote.start - 1);
}
/** A credit outlook in quote marks ('a “negative outlook”') names the agency's label, as a grade's name does. */
const OUTLOOK_LABEL = /^\s*(?:positive|negative|stable|developing)\s+outlook\W*$/i;

/** How far back the word before a quote is looked for: a word's length and its spaces. */
const WORD_REACH = 60;

function shapeOf(text: string, before: string, gradeName: boolean, alone: boolean): Shape {
  const words = text.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const titleLike = words.length <= 8 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_WORDS.has(w.toLowerCase()));
  // a short phrase in quote marks standing as its own paragraph, with no sentence end, is a crosshead ('‘Lack of trust’')
  const crosshead = alone && words.length <= MAX_CROSSHEAD_WORDS && !/[.!?,]$/.test(text.trim());
  const wordBefore = /(\p{L}+)\s*$/u.exec(before.slice(-WORD_REACH))?.[1] ?? '';
  return {
    words, titleLike, afterVerb: /^\p{Ll}/u.test(wordBefore) && !NOUN_PHRASE_WORDS.has(wordBefore),
    neverSpeech: !words.length || /\bso-called\s*$/i.test(before) || (titleLike && BEFORE_TITLE.test(before)) || gradeName || crosshead,
  };
}

/**
 * Quote marks also wrap titles, names and scare quotes. A short all-capitalised phrase after 'on',
 * 'of' or a possessive is a title ('told MSNBC’s “Morning Joe”'); without a cue, any short
 * all-capitalised phrase is a title or name ('Listening to Families Forum') and a single word is a
 * scare quote. 'so-called' always marks a scare quote.
 */
function isSpeech(text: string, { words, titleLike, afterVerb }: Shape, attribution: Attribution): boolean {
  // one word right after the verb of a sentence whose named subject speaks ('The mayor apologised “unreservedly”')
  // is theirs; inside a noun phrase ('needled the CNN “reporter”') it is a scare quote
  const subjectsWord = afterVerb && attribution.rule === 'sentence-subject' && (attribution.speaker?.type === 'person' || attribution.speaker?.type === 'organization');
  const cued = attribution.cue !== null && attribution.rule !== 'continuation' && attribution.rule !== 'same-sentence';
  if (cued && words.length > 1) return true;
  // a one-word reply closed by its own punctuation and a trailing cue ('“Okay,” I said')
  if (cued && attribution.rule === 'trailing-cue' && /[,!?]$/.test(text.trim())) return true;
  if (titleLike) return false;
  // a short phrase that does not end a sentence, with no speaker or only the tagger's guess of one that is
  // not a person, is a scare quote ('Voters cared about "super PACs"')
  const guessed = attribution.rule === 'none' || (attribution.rule === 'tagged-subject' && attribution.speaker?.type !== 'person');
  if (guessed && words.length <= 3 && !/[.!?]$/.test(text.trim())) return false;
  return words.length > 1 || cued || subjectsWord;
}
