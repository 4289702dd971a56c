/**
 * Attribution sieves, most reliable first (as in GenderGapTracker's tiers and the Stanford
 * sieve-based quote attributor). Each takes one quote in its context and returns a speaker with the
 * cue that licensed it, or null to pass the quote to the next sieve. The order is `SIEVES`, at the end.
 */
import { lexiconTags } from '../shared/lexicon.js';
import { ABBREVIATIONS } from '../../vocabulary/abbreviations.js';
import { WEEKDAY_NAMES } from '../../vocabulary/calendar.js';
import { CLAUSE_START_WORDS, COMMA_CLAUSE_OPENERS } from '../../vocabulary/clauses.js';
import { segmentIndexAt } from '../context/segments.js';
import { isCapitalised, tokenize, type Token } from '../context/tokens.js';
import { ACCORDING_TO, CUE_FORMS, CUES_WITH_OBJECT, PASSIVE_CUES, TRAILING_CUE_FORMS } from '../../vocabulary/cueVerbs.js';
import { canSpeak, resolveSpeaker, ROLE_HEAD_WORDS, type Speaker, type SpeakerContext } from './speakers.js';
import type { QuoteSpan } from './spans.js';
import { clauseSubject, SUBJECT_PRONOUNS } from './taggedSubject.js';

export interface Attribution {
  speaker: Speaker | null;
  cue: string | null;
  rule: string;
}

export interface QuoteContext extends SpeakerContext {
  quote: QuoteSpan;
  /** The quote's clause before the opening mark (back to the sentence start or the previous quote), and after the closing mark (to the sentence end). */
  before: { start: number; text: string };
  after: { start: number; text: string };
  paragraph: { start: number; end: number };
  previousParagraph: { start: number; end: number; text: string } | null;
  /** Attributions of earlier quotes, in order, with their quote spans. */
  earlier: ReadonlyArray<{ quote: QuoteSpan; attribution: Attribution }>;
  /** The body's tokens between two offsets (see tokenIndex). */
  tokensIn: (start: number, end: number) => Token[];
  /** Words the article capitalises after a lower-case word, so names rather than sentence openers. */
  midSentenceCapitals: () => ReadonlySet<string>;
  /** The quoted words can be speech with no cue (not a title, a name or a lone word): worth the costlier sieves. */
  speechWithoutCue: boolean;
}

export interface Sieve {
  name: string;
  /** What the sieve reads, and why it stands where it does in the order. */
  reason: string;
  apply: (ctx: QuoteContext) => Attribution | null;
}

/** Words between a subject and its cue verb ('Trump also said', 'he later told', 'she has repeatedly said'). */
const BETWEEN_SUBJECT_AND_CUE = new Set([
  'has', 'have', 'had', 'was', 'is', 'were', 'are', 'also', 'then', 'later', 'previously', 'earlier', 'once',
  'recently', 'further', 'again', 'repeatedly', 'frequently', 'often', 'publicly', 'openly', 'reportedly', 'simply',
  'just', 'would', 'will', 'could', 'did', 'does', 'do', 'been', 'flatly', 'quickly', 'bluntly', 'angrily',
  'famously', 'memorably', 'still', 'even', 'first', 'initially', 'separately', 'privately', 'tersely', 'not', 'now',
  'finally', 'immediately', 'quietly', 'proudly', 'formally', 'explicitly', 'directly', 'specifically', 'never',
]);
/** Lower case only: 'Will described Trump as …' is George Will, not the modal. */
const isBetweenSubjectAndCue = (t: Token) => BETWEEN_SUBJECT_AND_CUE.has(t.text);
const CLAUSE_START: ReadonlySet<string> = new Set([';', ...CLAUSE_START_WORDS]);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose', 'whom']);
/** Speakers with no name to resolve to: the writer or the people addressed ('I laughed and said, “…”'). */
const FIRST_PERSON = new Set(['i', 'we', 'you']);
const MAX_SPEAKER_TOKENS = 30;
/** A cue form after one of these is a noun ('the report', 'a post') or an infinitive of someone else ('to say'). */
const NOT_BEFORE_CUE = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'latest', 'new', 'to', 'of', 'my', 'your']);
/** A passive auxiliary before 'called'/'described' means the speaker is not the subject ('was described as …'). */
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got']);
/** A cue verb under a modal before a quote reports no words said (see isCueAt). */
const MODALS = new Set(['will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'shall']);

const QUOTE_MARK = /^[“”"‘’„]$/;
/** A quote mark at token k; not the apostrophe of a plural possessive ('Americans’ liberties'), attached to its word. */
function isQuoteMarkAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !QUOTE_MARK.test(t.text)) return false;
  const prev = tokens[k - 1];
  return !((t.text === '’' || t.text === "'") && prev && prev.end === t.start && /s$/i.test(prev.text));
}
/**
 * A quote mark around one to three capitalised words inside a sentence's words: a nickname or a title
 * ('Marcia “Cia” Price', 'wearing “Ted Cruz” pins'), read through like the words around it.
 */
function isNameMarkAt(tokens: readonly Token[], k: number): boolean {
  const closing = (j: number) => j > k + 1 && j <= k + 4 && isQuoteMarkAt(tokens, j) && tokens.slice(k + 1, j).every(isCapitalised);
  const opening = (j: number) => j < k - 1 && j >= k - 4 && isQuoteMarkAt(tokens, j) && tokens.slice(j + 1, k).every(isCapitalised);
  if (!isQuoteMarkAt(tokens, k)) return false;
  for (let d = 2; d <= 4; d++) if (closing(k + d) || opening(k - d)) return true;
  return false;
}
const isPunct = (t: Token | undefined) => !!t && !/^[\p{L}\p{N}]/u.test(t.text);

/** A cue verb at token i, not a noun after a determiner and, for 'called'/'described', not passive. */
function isCueAt(tokens: readonly Token[], i: number, afterQuote = false): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (CUES_WITH_OBJECT.has(t.norm) && CUES_WITH_OBJECT.get(t.norm) === tokens[i + 1]?.norm) return true;
  if (!(CUE_FORMS.has(t.norm) || (afterQuote && TRAILING_CUE_FORMS.has(t.norm)))) return false;
  const prev = tokens[i - 1]?.norm ?? '';
  if (NOT_BEFORE_CUE.has(prev) || isNounUse(tokens, i)) return false;
  // 'a flurry of late-night tweets', 'his recent remarks': after an adjective an '-s' form is a plural noun
  if (/s$/.test(t.norm) && tokens[i - 1]?.text === prev && (prev.includes('-') || lexiconTags(prev).includes('Adjective'))) return false;
  if (PASSIVE_CUES.has(t.norm) && PASSIVE_AUX.has(auxiliaryBefore(tokens, i))) return false;
  // 'was said not to', 'is reported to have': a passive that reports what others say of the subject
  if (PASSIVE_AUX.has(auxiliaryBefore(tokens, i)) && /^(?:to|not)$/.test(tokens[i + 1]?.norm ?? '')) return false;
  // 'Rubio will continue to be “…”', 'voters would find it “…”': before a quote, a verb under a modal reports
  // no words said; after one it does ('“…,” he will say')
  if (!afterQuote && MODALS.has(tokens[i - 1]?.text ?? '')) return false; // lower case: 'Will wrote' is George Will
  // 'called for', 'called on', 'calls off': phrasal verbs that report no words
  if (/^call/.test(t.norm) && /^(?:for|on|off|up|in|out|back)$/.test(tokens[i + 1]?.norm ?? '')) return false;
  return true;
}

/** Verbs that follow a subject: after a cue form, they show that the form was a noun ('the member state had', 'the report pointed'). */
const VERB_AFTER_NOUN = new Set(['was', 'were', 'is', 'are', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'may', 'might']);

/**
 * A cue form used as a noun: after a possessive ('Hale’s report'), before the verb of its clause ('the
 * member state had', 'the rating report pointed'), or after a determiner and a modifier ('the Ofsted
 * report, specifically'); never a past form, nor before 'that', where it reports ('the council reports that').
 */
function isNounUse(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!, prev = tokens[i - 1], next = tokens[i + 1];
  // a past form is a verb ('who he said are …', 'Moody’s praised')
  if (next?.norm === 'that' || PAST_FORM.test(t.norm)) return false;
  if (prev && /['’]s$/.test(prev.text) && prev.end === t.start - 1) return true;
  if (next && next.text === next.norm && (VERB_AFTER_NOUN.has(next.norm) || (next.norm !== t.norm && lexiconTags(next.norm).includes('PastTense')))) return true;
  return !!prev && NOUN_DETERMINERS.has(tokens[i - 2]?.norm ?? '') && !isCueAt(tokens, i - 1);
}
const PAST_FORM = /(?:ed|said|told|wrote|found|thought|put)$/;
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our']);

/** The word before a cue past adverbs ('were recently described'). */
function auxiliaryBefore(tokens: readonly Token[], i: number): string {
  let k = i - 1;
  while (k > 0 && /ly$/.test(tokens[k]!.text) && tokens[k]!.text === tokens[k]!.norm) k--;
  return tokens[k]?.norm ?? '';
}

/** A full stop, question or exclamation mark that ends a sentence (not 'Mr.', 'D-Wis.', 'U.S.'). */
function endsSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text === '!' || t.text === '?') return true;
  if (t.text !== '.' && t.text !== '…') return false;
  const prev = tokens[i - 1], next = tokens[i + 1];
  if (next && (/^[,;:)]$/.test(next.text) || /^\p{Ll}/u.test(next.text))) return false; // 'R-Ky., said', '(D-Md.)'
  if (!prev || prev.end !== t.start) return true;
  if (ABBREVIATIONS.has(prev.norm.replace(/^.*-/, '')) || /^\p{Lu}$/u.test(prev.text)) return false;
  return true;
}

/** Tokens of the 'after' text up to the end of its sentence or the next opening quote mark. */
function tokensAfter(ctx: QuoteContext): Token[] {
  const tokens = ctx.tokensIn(ctx.after.start, ctx.after.start + ctx.after.text.length);
  let depth = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (isQuoteMarkAt(tokens, k) && t.text !== '’' && !isNameMarkAt(tokens, k)) return tokens.slice(0, k);
    else if (depth === 0 && endsSentence(tokens, k)) return tokens.slice(0, k);
  }
  return tokens;
}

/** Longest subject of an attribution set off by commas ('…, the senator from Vermont said, …'), its comma included. */
const MAX_PARENTHETICAL_SUBJECT = 6;

/** Words before a cue verb, back to the start of its clause: the cue's subject. */
function subjectBefore(tokens: readonly Token[], cueIndex: number): Token[] {
  let i = cueIndex;
  while (i > 0 && isBetweenSubjectAndCue(tokens[i - 1]!)) i--;
  const end = i;
  if (i > 0 && SUBJECT_PRONOUNS.has(tokens[i - 1]!.norm.replace(/'s$/, ''))) return [tokens[i - 1]!]; // '… but even now she still says'
  const back = () => {
    while (i > 0 && end - i < MAX_SPEAKER_TOKENS && !startsClause(tokens, i - 1) && !(isQuoteMarkAt(tokens, i - 1) && !isNameMarkAt(tokens, i - 1))
      && !(tokens[i - 1]!.text === '.' && endsSentence(tokens, i - 1))) i--;
  };
  back();
  // 'Valdez Anderson, who works at a heating and air-conditioning company, said': a relative clause set off
  // by commas holds the 'and' the walk stopped at
  if (tokens[end - 1]?.text === ',' && i > 0 && !RELATIVE_PRONOUNS.has(tokens[i - 1]!.norm)) {
    const pronoun = tokens.findLastIndex((t, k) => k < i && end - k < MAX_SPEAKER_TOKENS && RELATIVE_PRONOUNS.has(t.norm) && tokens[k - 1]?.text === ',');
    const between = tokens.slice(pronoun, i);
    if (pronoun > 0 && !between.some((t, k) => (isQuoteMarkAt(between, k) && !inShortQuote(between, k)) || (t.text === '.' && endsSentence(between, k)) || isCueAt(between, k))) i = pronoun + 1;
  }
  // 'Parker Eaton, a Republican who voted for Clinton, said' and 'Beck, who has in the past described':
  // the subject of a relative clause is the noun phrase before its pronoun
  if (i > 0 && RELATIVE_PRONOUNS.has(tokens[i - 1]!.norm)) { i--; back(); }
  // 'Judge David McKeague, writing for the majority, said': a participle phrase set off by commas
  if (i > 1 && /ing$/.test(tokens[i - 1]!.norm) && tokens[i - 2]!.text === ',') { i -= 2; back(); }
  // 'Vice President Joe Biden, Rubio said, had been …': an attribution set off by commas names its own
  // subject, after the comma that opens it
  if (tokens[cueIndex + 1]?.text === ',' && tokens[end - 1]?.text !== ',' && !/ing$/.test(tokens[cueIndex]!.norm)) {
    const comma = tokens.findLastIndex((t, k) => k >= i && k < end - 1 && t.text === ',');
    if (comma >= 0 && end - comma <= MAX_PARENTHETICAL_SUBJECT) i = comma + 1;
  }
  return trimSubject(tokens.slice(i, end));
}

/** Quoted words of a short phrase inside a clause ('who was praised for bringing “greater stability”'): words of the clause, not speech. */
const SHORT_QUOTE = 4;
function inShortQuote(tokens: readonly Token[], k: number): boolean {
  const pair = (j: number) => j !== k && Math.abs(j - k) <= SHORT_QUOTE + 1 && isQuoteMarkAt(tokens, j);
  for (let j = Math.max(0, k - SHORT_QUOTE - 1); j <= k + SHORT_QUOTE + 1 && j < tokens.length; j++) if (pair(j)) return true;
  return false;
}

/** 'and' between capitalised words ('Children and Young People') does not start a clause; a cue verb ends the previous one. */
function startsClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (isCueAt(tokens, i) && !/^\p{Lu}/u.test(t.text)) return true;
  if (t.text === ':' || t.text === '—' || t.text === '–' || t.text === '―') return true;
  // 'and' between names or numbers ('Children and Young People', 'on 23 and 24 January') joins words, not clauses
  const joinsWords = t.norm === 'and' && ((isCapitalised(tokens[i + 1]) && isCapitalised(tokens[i - 1])) || (/^\d/.test(tokens[i - 1]?.text ?? '') && /^\d/.test(tokens[i + 1]?.text ?? '')));
  return CLAUSE_START.has(t.norm) && t.text === t.norm && !joinsWords;
}

/** Words that open a sentence adverbial ('In a statement, Peabody said'), dropped up to their comma. */
const ADVERBIAL_START = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'speaking', 'asked', 'last', 'earlier', 'later', 'meanwhile', 'still',
  'however', 'yet', 'instead', 'also', 'then', 'now', 'today', 'yesterday', 'separately', 'similarly', 'for', 'from',
  'with', 'by', 'writing', 'addressing', 'responding', 'and', 'but', 'so', 'indeed', 'finally', 'of', 'like', 'as',
  'pressed', 'interviewed', 'appearing', 'elsewhere', 'afterward', 'afterwards', ...WEEKDAY_NAMES,
  'this', 'when', 'while', 'if', 'although', 'though', 'since', 'until',
]);

/**
 * Drops leading adverbials ('In a statement, Peabody') and the trailing comma of an appositive ('Aaron Kall,
 * the director of debate,'). Comma-separated parts that do not open with a capitalised name leave the last
 * part as the subject ('Many of the visitors were older, she').
 */
function trimSubject(np: Token[]): Token[] {
  let out = np;
  for (;;) {
    const comma = out.findIndex((t) => t.text === ',');
    if (comma < 0 || !ADVERBIAL_START.has(out[0]?.norm ?? '')) break;
    out = out.slice(comma + 1);
  }
  const commas = out.map((t, k) => (t.text === ',' && k < out.length - 1 ? k : -1)).filter((k) => k >= 0);
  const last = commas.length ? out.slice(commas[commas.length - 1]! + 1) : [];
  // 'Trump will use the debate to make news, Kall said': a bare name after a clause, not an apposition
  // of a name ('Paul Walker, Chief Executive said', 'Sen. Jane Smith, D-Mass., said', 'John Smith, 45, said')
  const clauseBefore = out.slice(0, commas[commas.length - 1]).some((t) => /^\p{Ll}/u.test(t.text) && !/^(?:of|and|the|for)$/.test(t.text));
  const bareName = clauseBefore && last.length > 0 && last.length <= 4 && last.every((t) => isCapitalised(t) && !/[-.]/.test(t.text));
  if (commas.length && (bareName || !(isCapitalised(out[0]) && !ADVERBIAL_START.has(out[0]!.norm))) && last.length <= 8) out = last;
  while (out.length && isPunct(out[out.length - 1]) && out[out.length - 1]!.text !== ')') out = out.slice(0, -1);
  while (out.length && isPunct(out[0]) && out[0]!.text !== '(') out = out.slice(1);
  return out;
}

/** Noun phrase after a cue ('said David Plouffe, the architect of …'): up to its comma or clause end. */
function objectAfter(tokens: readonly Token[], from: number): Token[] {
  const np: Token[] = [];
  if (tokens[from]?.norm === 'that') return np; // 'said that …' opens a clause, not a name
  let depth = 0;
  for (let k = from; k < tokens.length && np.length < MAX_SPEAKER_TOKENS; k++) {
    const t = tokens[k]!;
    if (t.text === '(') depth++;
    if (depth === 0 && isPunct(t) && !/^[’'\/\-&]$/.test(t.text) && t.text !== '.') break;
    if (depth === 0 && t.text === '.' && endsSentence(tokens, k)) break;
    if (t.text === ')') depth = Math.max(0, depth - 1);
    // 'former chair of governors Ann Cole': a role's complement runs on to the name
    const complement = /^(?:of|for)$/.test(t.text) && ROLE_HEAD_WORDS.has(np[np.length - 1]?.norm ?? '');
    if (depth === 0 && np.length && !complement && /^(?:in|on|at|during|after|before|about|of|to|via|from|with|when|while|who|that)$/.test(t.text)) break;
    np.push(t);
  }
  return np;
}

function attributed(speaker: Speaker | null, cue: string | null, rule: string): Attribution | null {
  return speaker ? { speaker, cue, rule } : null;
}

/** The quoted words close their clause ('…,”', '…?”', '…—”'), or a comma or dash follows the mark. */
function closesClause(ctx: QuoteContext, after: readonly Token[]): boolean {
  const inside = ctx.body.slice(ctx.quote.start, ctx.quote.end).replace(/[\s“”"‘’']+$/u, '');
  if (/[,?!—–\-…:;]$/.test(inside)) return true;
  if (after[0] && [',', '—', '–', '―', '-'].includes(after[0].text)) return true;
  return /\.$/.test(inside) && /^\s*\p{Ll}/u.test(ctx.after.text);
}

/**
 * Reads 'NP cue …' or 'cue NP …' at the start of `tokens` (a tail of the sentence): the attribution
 * of the words before it. Words after the cue ('said Friday', 'said in a statement') are not read.
 */
function tailAttribution(tokens: readonly Token[], ctx: QuoteContext, rule: string): Attribution | null {
  let i = 0;
  while (i < tokens.length && isPunct(tokens[i]) && tokens[i]!.text !== '(') i++;
  if (isCueAt(tokens, i, true) || (i < tokens.length && CUE_FORMS.has(tokens[i]!.norm) && i === 0)) {
    // '…,” adding that …': a participle hangs on the clause before the quote, whose subject speaks
    if (/ing$/.test(tokens[i]!.norm)) return null;
    const np = objectAfter(tokens, i + 1);
    return attributed(resolveSpeaker(np, ctx), tokens[i]!.text, rule);
  }
  for (let k = i + 1; k < tokens.length && k < i + MAX_SPEAKER_TOKENS; k++) {
    if (isCueAt(tokens, k, true)) {
      if (tokens[k + 1]?.text === ':') return null; // 'Trump said:' introduces the next quote, not this one
      // '…, followed by the head and deputy head, said former chair Ann Cole': after a comma the cue comes first
      // (not 'told', whose object is the one spoken to: '…,” Trump, 70, told CNN’s Dana Bash')
      if (tokens[k - 1]?.text === ',' && !/ing$/.test(tokens[k]!.norm) && !/^(?:told|tells|tell)$/.test(tokens[k]!.norm)) {
        const inverted = resolveSpeaker(objectAfter(tokens, k + 1), ctx);
        if (inverted?.name && inverted.type === 'person') return attributed(inverted, tokens[k]!.text, rule);
      }
      const np = subjectBefore(tokens, k).filter((t) => t.start >= tokens[i]!.start);
      // '“Spanish,” which is what some erroneously call …': a new clause, not the quote's attribution
      // ('…,” as a Homeland Security memo put it' is one)
      const asPutIt = tokens[i]!.norm === 'as' && CUES_WITH_OBJECT.has(tokens[k]!.norm);
      if (np[0] && np[0] !== tokens[i] && !asPutIt && (CLAUSE_START.has(tokens[i]!.norm) || RELATIVE_PRONOUNS.has(tokens[i]!.norm))) return null;
      return attributed(resolveSpeaker(np, ctx), tokens[k]!.text, rule);
    }
    if (tokens[k]!.text === ';') break;
  }
  return null;
}

/** Tags of compromise's lexicon that make an '-ed' word a noun, a number or a name, not a verb ('hundred', 'Ted'). */
const NOT_VERB_TAGS = new Set(['Singular', 'Plural', 'Cardinal', 'Multiple', 'MaleName', 'FemaleName', 'FirstName']);
/** Past forms that are auxiliaries, not the verb of a dialogue tag ('he was told', 'she had …'). */
const AUXILIARIES = new Set(['was', 'were', 'had', 'did', 'could', 'would', 'should', 'might']);

/** Words that may follow the verb of a dialogue tag: particles and adverbial openers. */
const TAG_CONTINUATIONS = new Set([
  'back', 'on', 'in', 'out', 'up', 'again', 'with', 'at', 'as', 'to', 'from', 'during', 'before', 'after', 'while',
  'when', 'into', 'over', 'loudly', 'quietly', 'later', 'then', 'too', 'sarcastically', 'angrily',
]);

/** A lower-case past-tense verb: the lexicon says so, or an '-ed' word it knows as nothing else. */
function isPastTenseVerb(t: Token | undefined): boolean {
  if (!t || t.text !== t.norm || AUXILIARIES.has(t.norm)) return false;
  const tags = lexiconTags(t.norm);
  return tags.includes('PastTense') || (/^[a-z]{3,}ed$/.test(t.norm) && !tags.some((tag) => NOT_VERB_TAGS.has(tag)));
}

/**
 * A dialogue tag with any verb: '“…,” Bennett shot back', '“…?” Hannity pressed', '“…,” an angry Hollande
 * retaliated', '“…,” remembered Roy Verley'. Right after a quote that closes its clause, a short subject
 * naming someone and a past-tense verb (or the verb, then a person's name) report the words, whatever the verb.
 */
function dialogueTag(tokens: readonly Token[], ctx: QuoteContext): Attribution | null {
  let i = 0;
  while (i < tokens.length && isPunct(tokens[i])) i++;
  // inverted: '“…,” remembered Roy Verley, HP’s former spokesman'; only a named person after the verb
  if (isPastTenseVerb(tokens[i])) {
    const speaker = resolveSpeaker(objectAfter(tokens, i + 1), ctx);
    return speaker?.type === 'person' && speaker.name ? { speaker, cue: tokens[i]!.text, rule: 'trailing-cue' } : null;
  }
  for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
    if (isPunct(tokens[k]) && !/^[’'.]$/.test(tokens[k]!.text)) return null;
    if (!isPastTenseVerb(tokens[k])) continue;
    // a tag ends there or goes on with a particle or an adverbial ('shot back with a laugh'), not an object
    const next = tokens[k + 1];
    if (next && !isPunct(next) && !TAG_CONTINUATIONS.has(next.norm)) return null;
    const speaker = resolveSpeaker(tokens.slice(i, k), ctx);
    const someone = speaker && (speaker.type === 'person' || ((speaker.type === 'organization' || speaker.type === 'group') && speaker.name));
    return someone ? { speaker, cue: tokens[k]!.text, rule: 'trailing-cue' } : null;
  }
  return null;
}

/** '…,” the inspectors said.', '…,” said Mr Smith.', and '“…” for criminal behavior, she said.' */
const trailingCue: Sieve = {
  name: 'trailing-cue',
  reason: 'a cue and its subject right after the quote (‘…,” the inspectors said’): the commonest attribution, and the surest',
  apply(ctx) {
    const tokens = tokensAfter(ctx);
    if (closesClause(ctx, tokens)) {
      const found = tailAttribution(tokens, ctx, 'trailing-cue') ?? dialogueTag(tokens, ctx);
      if (found) return found;
    }
    // '“…” Grubbs said.': no comma, so only a bare tail, a name or pronoun and the cue ending the sentence
    if (tokens.length && tokens.length <= 5 && isCueAt(tokens, tokens.length - 1, true)) {
      const found = tailAttribution(tokens, ctx, 'trailing-cue');
      if (found) return found;
    }
    // the quote runs on into its sentence, which ends ', she said.'
    const lastComma = tokens.findLastIndex((t) => t.text === ',');
    const last = lastComma >= 0 && tokens.length - lastComma <= 12 ? tailAttribution(tokens.slice(lastComma + 1), ctx, 'trailing-cue') : null;
    if (last) return last;
    // a quote that opens its sentence has its attribution after it, maybe mid-sentence: '“…” that Sanders can
    // win, said Steve Elmendorf, deputy …', '“A big truck” plowed through barriers, he said, and “…”'
    if (ctx.before.text.trim() !== '') return null;
    for (let c = 0; c < tokens.length; c++) {
      if (tokens[c]!.text !== ',' || !tokens.slice(c + 1, c + 4).some((_, k) => isCueAt(tokens, c + 1 + k, true))) continue;
      const found = tailAttribution(tokens.slice(c + 1), ctx, 'trailing-cue');
      if (found) return found;
    }
    return null;
  },
};

/**
 * 'Paul Walker, Chief Executive said:' as its own paragraph, then the quote paragraphs; or a name and a
 * colon right before the quote in its paragraph, as digests credit an excerpt ('… - Philip Bump: “…”').
 */
const colonBlock: Sieve = {
  name: 'colon-block',
  reason: 'a speaker and a colon introduce the quote, in the paragraph before or right before it (‘Paul Walker, Chief Executive said:’)',
  apply(ctx) {
    const prev = ctx.previousParagraph;
    if (prev && ctx.quote.outerStart === ctx.paragraph.start && /:\s*$/.test(prev.text)) {
      const all = ctx.tokensIn(prev.start, prev.end);
      return introducedBy(all.slice(all.findLastIndex((_, k) => isQuoteMarkAt(all, k)) + 1), ctx);
    }
    // in the quote's own paragraph only a credit with no cue verb ('X said: “…”' is the preceding-cue sieve's),
    // and before an excerpt, not a word or two (a title after a colon is no speech)
    if (!/:\s*$/.test(ctx.before.text) || ctx.body.slice(ctx.quote.start, ctx.quote.end).split(/\s+/).length < 4) return null;
    const all = ctx.tokensIn(ctx.before.start, ctx.quote.outerStart);
    const credit = all.slice(all.findLastIndex((t, k) => CREDIT_BREAK.has(t.text) || isQuoteMarkAt(all, k)) + 1);
    if (credit.some((_, k) => isCueAt(credit, k)) || /^according$/i.test(credit[0]?.text ?? '')) return null;
    return introducedBy(credit, ctx);
  },
};

/** Where a credit line starts: after a dash, a full stop or a closing bracket. */
const CREDIT_BREAK = new Set(['-', '–', '—', '―', '.', ']', ')', '|']);

/** The speaker of the words before a colon: a cue's subject or object, or a short heading ('Statement from Jane Smith:'). */
function introducedBy(tokens: Token[], ctx: QuoteContext): Attribution | null {
  const cueAt = tokens.findLastIndex((_, k) => isCueAt(tokens, k));
  if (cueAt < 0) {
    if (tokens.length <= 8) return attributed(resolveSpeaker(trimSubject(tokens.slice(0, -1)), ctx), ':', 'colon-block');
    // '… doesn’t surprise Republican pollster Daron Shaw: “…”': a person named right before the colon
    const name = tokens.slice(0, -1).slice(-4);
    const speaker = resolveSpeaker(name.slice(name.findLastIndex((t) => !isCapitalised(t)) + 1), ctx);
    return speaker?.type === 'person' && speaker.name ? attributed(speaker, ':', 'colon-block') : null;
  }
  const subject = subjectBefore(tokens, cueAt);
  const np = subject.length ? subject : objectAfter(tokens, cueAt + 1);
  return attributed(resolveSpeaker(np, ctx), tokens[cueAt]!.text, 'colon-block');
}

/** 'according to Ofsted' after the quote, or 'According to X, “…”' before it. */
const accordingTo: Sieve = {
  name: 'according-to',
  reason: 'the source named after ‘according to’, before or after the quote in its sentence',
  apply(ctx) {
    // within the quote's sentence: a later sentence's 'according to' sources other words
    const ended = /[.!?]$/.test(ctx.body.slice(ctx.quote.start, ctx.quote.end).trimEnd()) && /^\s+\p{Lu}/u.test(ctx.after.text);
    const sentence = ended ? '' : ctx.after.text.slice(0, (tokensAfter(ctx).at(-1)?.end ?? ctx.after.start) - ctx.after.start);
    const after = /\baccording to\s+([^.;:!?“”"]{1,80})/i.exec(sentence);
    if (after) {
      const np = tokenize(after[1]!, ctx.after.start + after.index + after[0].length - after[1]!.length).filter((t) => !isPunct(t) || t.text === '’');
      return attributed(sourceOf(np, ctx), 'according to', 'according-to');
    }
    const before = /\baccording to\s+([^.;:!?“”"]{1,80}?)[,:]?\s*$/i.exec(ctx.before.text) ?? /^\s*according to\s+([^;:!?“”"]{1,160}?),/i.exec(ctx.before.text);
    if (!before) return null;
    const np = tokenize(before[1]!, ctx.before.start + before.index + before[0].indexOf(before[1]!));
    return attributed(sourceOf(np, ctx), 'according to', 'according-to');
  },
};

/**
 * The source after 'according to', up to its comma; when that is too long to name anyone, up to its
 * post-modifier ('a 52-count civil complaint filed by the SEC and …' -> 'a 52-count civil complaint').
 */
function sourceOf(tokens: Token[], ctx: QuoteContext): Speaker | null {
  const comma = tokens.findIndex((t) => t.text === ',');
  const np = comma < 0 ? tokens : tokens.slice(0, comma);
  const modifier = np.findIndex((t, k) => k > 1 && (t.text === 'by' || /^[a-z]+ed$/.test(t.text)));
  return resolveSpeaker(np, ctx) ?? (modifier > 0 ? resolveSpeaker(np.slice(0, modifier), ctx) : null);
}

/** 'Ofsted has said that “…”', 'X said the plan was “…”', 'X said: “…”', 'said X: “…”'. */
const precedingCue: Sieve = {
  name: 'preceding-cue',
  reason: 'a subject and cue before the quote in its sentence (‘Ofsted has said that “…”’, ‘X said: “…”’)',
  apply(ctx) {
    if (ACCORDING_TO.test(ctx.before.text)) return null;
    const tokens = ctx.tokensIn(ctx.before.start, ctx.quote.outerStart);
    const lastQuoteMark = lastSpeechEnd(tokens, ctx);
    // nearest cue first; 'The council said it accepted …' falls back from an unresolved 'it' to 'The council'
    let unresolved: Attribution | null = null;
    for (let k = tokens.length - 1; k > lastQuoteMark; k--) {
      // 'Sanders was asked by host Bill Maher, …, “…”': a passive cue's agent speaks
      if (tokens[k]!.norm === 'by' && k > 1 && PASSIVE_CUES.has(tokens[k - 1]!.norm) && PASSIVE_AUX.has(tokens[k - 2]!.norm)) {
        const agent = resolveSpeaker(objectAfter(tokens, k + 1), ctx);
        if (agent?.name) return { speaker: agent, cue: tokens[k - 1]!.text, rule: 'preceding-cue' };
      }
      if (!isCueAt(tokens, k)) continue;
      if (isCapitalised(tokens[k]) && k > lastQuoteMark + 1) continue; // 'Say' in a title, 'Post' as a name
      // '…, calling him a “talented guy”', '… and said the senator can “…”': the cue has the subject of the
      // clause it hangs on
      const hangs = hangsOnClause(tokens, k);
      const subject = hangs ? [] : subjectBefore(tokens, k).filter((t) => t.start > (tokens[lastQuoteMark]?.start ?? -1));
      let found = attributed(hangs ? governingSubject(tokens, k, lastQuoteMark, ctx) : resolveSpeaker(subject, ctx), tokens[k]!.text, 'preceding-cue');
      // 'said Sen. Jane Smith: “…”': the name after the cue runs up to the quote's colon or comma
      if (!found && !hangs && !subject.length) {
        const object = objectAfter(tokens, k + 1);
        if (k + 2 + object.length >= tokens.length) found = attributed(resolveSpeaker(object, ctx), tokens[k]!.text, 'preceding-cue');
      }
      if (found?.speaker?.name || FIRST_PERSON.has(found?.speaker?.mention.text.toLowerCase() ?? '')) return found;
      unresolved ??= found;
    }
    // 'The Security Council … pledged sanctions as a deterrence to what it called “…”': 'it' is the sentence's
    // subject, and stays the mention
    const subject = unresolved && sentenceSubjectOf(tokens, ctx);
    return subject ? { ...unresolved!, speaker: { ...subject, mention: unresolved!.speaker!.mention } } : unresolved;
  },
};

/**
 * The token that closes the last quoted speech among `tokens`, -1 if none does. A title or a name in quote
 * marks ('told MSNBC’s “Morning Joe” that “…”') is read through, as words of the sentence.
 */
function lastSpeechEnd(tokens: readonly Token[], ctx: QuoteContext): number {
  const speech = ctx.earlier[ctx.earlier.length - 1]?.quote;
  if (!speech || speech.outerEnd <= (tokens[0]?.start ?? Infinity)) return -1;
  return tokens.findLastIndex((t) => t.end <= speech.outerEnd);
}

/** Words that join a second verb to its clause's subject ('X praised Y and said …'). */
const COORDINATORS = new Set(['and', 'but', 'or', 'then']);

/** Words before a participle cue that leave it without a subject of its own ('by calling', 'after saying'). */
const PARTICIPLE_PREPOSITIONS = new Set(['by', 'after', 'before', 'for', 'in', 'on', 'without', 'while', 'when', 'since']);

/** A cue with no subject of its own: a participle ('…, saying') or a verb coordinated with an earlier one ('… and told'). */
function hangsOnClause(tokens: readonly Token[], cueIndex: number): boolean {
  let i = cueIndex;
  while (i > 0 && isBetweenSubjectAndCue(tokens[i - 1]!)) i--;
  if (COORDINATORS.has(tokens[i - 1]?.norm ?? '')) return true;
  // 'responded to that tweet by calling him “dopey”': a participle after a preposition
  if (/ing$/.test(tokens[cueIndex]!.norm) && PARTICIPLE_PREPOSITIONS.has(tokens[i - 1]?.text ?? '')) return true;
  // '…, adding' and '…,” adding': a comma, maybe inside the closing mark of a quote
  const comma = tokens[i - 1]?.text === ',' || (isQuoteMarkAt(tokens, i - 1) && tokens[i - 2]?.text === ',');
  return comma && /ing$/.test(tokens[cueIndex]!.norm);
}

/**
 * The subject of the clause a subjectless cue hangs on: the subject of the verb it is coordinated with; an
 * earlier cue's subject in the sentence; the speaker of an earlier quote of the sentence ('Cruz said that
 * there is “…,” adding that …'); or the sentence's subject.
 */
function governingSubject(tokens: readonly Token[], cueIndex: number, lastQuoteMark: number, ctx: QuoteContext): Speaker | null {
  const after = (t: Token) => t.start > (tokens[lastQuoteMark]?.start ?? -1);
  // 'he laughed and said', 'I laughed and said': the subject of the verb just before the coordinator
  if (COORDINATORS.has(tokens[cueIndex - 1]?.norm ?? '') && isPastTenseVerb(tokens[cueIndex - 2])) {
    const speaker = resolveSpeaker(subjectBefore(tokens, cueIndex - 2).filter(after), ctx);
    if (speaker?.name || FIRST_PERSON.has(speaker?.mention.text.toLowerCase() ?? '')) return speaker;
  }
  for (let j = cueIndex - 1; j > lastQuoteMark; j--) {
    if (!isCueAt(tokens, j)) continue;
    const speaker = resolveSpeaker(subjectBefore(tokens, j).filter(after), ctx);
    if (speaker?.name) return speaker;
  }
  const prev = ctx.earlier[ctx.earlier.length - 1];
  if (lastQuoteMark >= 0 && prev?.attribution.speaker?.name && prev.quote.outerEnd > ctx.before.start && prev.attribution.cue) {
    return { ...prev.attribution.speaker };
  }
  // the clause after the last quote mark, else the sentence ('Kerpen needled the CNN “reporter,” saying, “…”')
  const clause = tokens.slice(lastQuoteMark + 1);
  return sentenceSubjectOf(clause, ctx) ?? taggedSubjectOf(clause, ctx, false)
    ?? (lastQuoteMark >= 0 ? sentenceSubjectOf(tokens, ctx) : null);
}

/**
 * The attribution that ends the quote's sentence past other quotes: 'his endorsements will carry “a great
 * deal of weight” and bring “grass-roots firepower,” DFA spokesman Neil Sroka said.'
 */
const sentenceEnd: Sieve = {
  name: 'sentence-end',
  reason: 'the attribution that ends the quote’s sentence, past a later quote of it',
  apply(ctx) {
    const sents = ctx.sentences;
    const sentence = sents[segmentIndexAt(sents, ctx.quote.outerEnd - 1)];
    // the sentence ends within the text the sieves read after a quote (a bound: see windowBefore)
    if (!sentence || sentence.end <= ctx.quote.outerEnd || sentence.end - ctx.quote.outerEnd > ctx.after.text.length) return null;
    const tokens = ctx.tokensIn(ctx.quote.outerEnd, sentence.end);
    const lastMark = tokens.findLastIndex((_, k) => isQuoteMarkAt(tokens, k));
    const lastComma = tokens.findLastIndex((t) => t.text === ',');
    if (lastMark < 0 || lastComma < lastMark - 1 || tokens.length - lastComma > 12) return null;
    const tail = tokens.slice(lastComma + 1);
    const end = tail.findIndex((t, k) => endsSentence(tail, k));
    if (end >= 0 && end < tail.length - 1) return null;
    return tailAttribution(end < 0 ? tail : tail.slice(0, end), ctx, 'sentence-end');
  },
};

/** '“…” — Sonya Herridge' and '“…” ― Jane Smith, a nurse': a credit line after the quote. */
const dashCredit: Sieve = {
  name: 'dash-credit',
  reason: 'a name after a dash signs the quote (‘“…” — Jane Smith’)',
  apply(ctx) {
    const m = /^\s*[—―–-]{1,2}\s*(?=\p{Lu})/u.exec(ctx.after.text);
    if (!m) return null;
    const tokens = ctx.tokensIn(ctx.after.start + m[0].length, ctx.after.start + ctx.after.text.length);
    const np: Token[] = [];
    for (const t of tokens) { if (isPunct(t) && t.text !== '.') break; if (t.text === '.' && np.length > 1) break; np.push(t); }
    if (!np.length || np.length > 6 || !np.every((t) => isCapitalised(t) || t.text === '.')) return null;
    return attributed(resolveSpeaker(np, ctx), '—', 'dash-credit');
  },
};

/** A name or nickname in quote marks, as it may stand in an attribution ('state Del. Marcia "Cia" Price', '"No-B.S."'). */
const QUOTED_NAME = /[“"]\p{Lu}[^“”"]{0,20}[”"]/gu;

/**
 * The second part of an interrupted quote: '“We know,” she said. “That is …”'. The previous quote of the
 * paragraph was attributed after its closing mark and only that attribution stands between the two.
 */
const interrupted: Sieve = {
  name: 'interrupted',
  reason: 'the second part of a quote that its attribution interrupts (‘“We know,” she said. “That is …”’)',
  apply(ctx) {
    const prev = ctx.earlier[ctx.earlier.length - 1];
    if (!prev?.attribution.speaker || prev.attribution.rule !== 'trailing-cue') return null;
    if (prev.quote.outerEnd < ctx.paragraph.start) return null;
    const gap = ctx.body.slice(prev.quote.outerEnd, ctx.quote.outerStart).replace(QUOTED_NAME, '');
    if (gap.length > 200 || /[“"]/.test(gap)) return null;
    return { speaker: { ...prev.attribution.speaker }, cue: prev.attribution.cue, rule: 'interrupted' };
  },
};

/** A second quote in the sentence of an attributed one has the same speaker ('They concluded that “…”, while … “…”'). */
const sameSentence: Sieve = {
  name: 'same-sentence',
  reason: 'a second quote in the sentence of an attributed one, with no cue of its own',
  apply(ctx) {
    const prev = ctx.earlier[ctx.earlier.length - 1];
    if (!prev?.attribution.speaker || prev.quote.outerEnd < ctx.before.start) return null;
    if (prev.quote.outerEnd > ctx.before.start && prev.attribution.rule === 'none') return null;
    // '… and he pronounced Peña Nieto “a friend”': a pronoun for the same speaker, nearer this quote, is its mention
    const gap = ctx.tokensIn(prev.quote.outerEnd, ctx.quote.outerStart);
    const k = gap.findLastIndex((t, j) => SUBJECT_PRONOUNS.has(t.text) && COORDINATORS.has(gap[j - 1]?.norm ?? ''));
    const again = k >= 0 ? resolveSpeaker([gap[k]!], ctx) : null;
    const speaker = again?.name && again.name === prev.attribution.speaker.name ? again : { ...prev.attribution.speaker };
    return { speaker, cue: prev.attribution.cue, rule: 'same-sentence' };
  },
};

/**
 * No cue verb, but the sentence's subject is a speaker: 'Trump openly admires Putin as a “strong leader”',
 * 'In July, Gingrich dismissed Estonia as the “suburbs of St. Petersburg”'. The subject must be a named
 * person, a pronoun or an organisation followed by a lower-case word (its verb).
 */
const sentenceSubject: Sieve = {
  name: 'sentence-subject',
  reason: 'no cue verb, but the sentence’s subject names a person or an organisation (‘Trump admires Putin as a “strong leader”’)',
  apply(ctx) {
    const tokens = ctx.tokensIn(ctx.before.start, ctx.quote.outerStart);
    if (lastSpeechEnd(tokens, ctx) >= 0) return null;
    // 'The force has become the first to be branded “failing”': the quoted words were said of the subject
    if (tokens.some((_, j) => j >= tokens.length - PASSIVE_REACH && isPassiveAt(tokens, j))) return null;
    // the quote's own clause: '…, while Mike Huckabee, the former Arkansas governor, proposed we “…”'
    const opener = lastClauseOpener(tokens);
    const speaker = sentenceSubjectOf(opener > 0 ? tokens.slice(opener + 1) : tokens, ctx);
    return speaker ? { speaker, cue: null, rule: 'sentence-subject' } : null;
  },
};

/** The subject of the sentence whose words are `tokens`, when it names a person or an organisation. */
function sentenceSubjectOf(tokens: readonly Token[], ctx: QuoteContext): Speaker | null {
  let i = 0;
  // leading adverbials: 'In July,', 'At a rally on Friday,'; a connective alone ('And then Trump went …')
  for (let guard = 0; guard < 3 && ADVERBIAL_START.has(tokens[i]?.norm ?? ''); guard++) {
    if (CONNECTIVES.has(tokens[i]!.norm) && tokens[i + 1]?.text !== ',') {
      while (CONNECTIVES.has(tokens[i]?.norm ?? '')) i++;
      continue;
    }
    const comma = tokens.findIndex((t, k) => k > i && t.text === ',');
    if (comma < 0 || comma - i > 30) return null;
    i = comma + 1;
    if (isQuoteMarkAt(tokens, i)) i++; // 'On “Face the Nation,” Sen. Bernie Sanders …'
  }
  // the subject: up to the first lower-case word that is not part of a name or an apposition
  let k = i;
  let depth = 0;
  while (k < tokens.length && k - i < 12) {
    const t = tokens[k]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (depth === 0 && t.text === ',') break;
    else if (depth === 0 && /^\p{Ll}/u.test(t.text) && !/^(?:of|the|and)$/.test(t.text) && k > i && !ownedNoun(tokens, k, i) && !roleBeforeName(tokens, k)) break;
    k++;
  }
  const np = tokens.slice(i, k);
  // 'Filippo Grandi, the United Nations High Commissioner for Refugees (UNHCR), reacted …': a name, its
  // apposition between commas, then the verb
  if (tokens[k]?.text === ',' && isCapitalised(np[0])) {
    const close = tokens.findIndex((t, j) => j > k && t.text === ',');
    // not a clause of its own ('Salem, New Hampshire, Trump went after Bush, calling …')
    const clause = isCapitalised(tokens[k + 1]) && lexiconTags(tokens[k + 2]?.norm ?? '').some((tag) => tag === 'PastTense' || tag === 'PresentTense');
    if (close > k && close - k <= 20 && !clause) k = close + 1;
  }
  // 'The Security Council on Friday made …': a day between the subject and its verb
  if (tokens[k]?.text === 'on' && WEEKDAYS.test(tokens[k + 1]?.text ?? '')) k += 2;
  if (k === i || k >= tokens.length || !/^\p{Ll}/u.test(tokens[k]!.text) || NOT_A_VERB.has(tokens[k]!.norm) || isPassiveAt(tokens, k)) return null;
  // 'Manafort and campaign spokesman …', 'Her father, Brad, …': the subject runs on past what was read
  if (/^(?:of|the|and)$/.test(np[np.length - 1]!.norm) || (np.length === 1 && POSSESSIVES.has(np[0]!.norm))) return null;
  const speaker = resolveSpeaker(np, ctx);
  if (!speaker?.name || (speaker.type !== 'person' && speaker.type !== 'organization')) return null;
  // a lone capitalised word opening the sentence is a name only if the article capitalises it mid-sentence too
  if (np.length === 1 && speaker.type === 'organization' && !ctx.midSentenceCapitals().has(np[0]!.text)) return null;
  return speaker;
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** How far before a quote a passive verb makes its words said of the subject ('to be branded “…”'). */
const PASSIVE_REACH = 6;
/** A lower-case role word before a name inside a subject ('Council leader Ava Stone apologised'). */
const roleBeforeName = (tokens: readonly Token[], k: number) => ROLE_HEAD_WORDS.has(tokens[k]!.norm) && isCapitalised(tokens[k + 1]);

/** Past participles that do not end in -ed. */
const IRREGULAR_PARTICIPLES = new Set(['said', 'told', 'found', 'seen', 'given', 'shown', 'known', 'thought', 'held', 'taken', 'written']);
/**
 * A passive verb at token k ('was said not to investigate', 'were praised for'): its subject is what is
 * spoken of, not who speaks.
 */
function isPassiveAt(tokens: readonly Token[], k: number): boolean {
  if (!PASSIVE_AUX.has(tokens[k]?.text ?? '')) return false;
  let j = k + 1;
  while (tokens[j] && (tokens[j]!.text === 'not' || tokens[j]!.text === 'also' || /^[a-z]+ly$/.test(tokens[j]!.text))) j++;
  const w = tokens[j]?.text ?? '';
  return /^[a-z]+ed$/.test(w) || IRREGULAR_PARTICIPLES.has(w);
}

/**
 * A lower-case word inside a subject that a capitalised possessive opens: 'Ireland’s finance ministry
 * described', 'Eastmoor’s mayor Ann Cole, who …, apologised'; its nouns run up to the first verb.
 */
function ownedNoun(tokens: readonly Token[], k: number, start: number): boolean {
  const owner = tokens.findIndex((t, j) => j >= start && j < k && /['’]s$/.test(t.text) && isCapitalised(t));
  if (owner < 0 || k - owner > 3) return false;
  const w = tokens[k]!;
  return !/ed$/.test(w.norm) && !lexiconTags(w.norm).some((tag) => tag === 'PastTense' || tag === 'PresentTense' || tag === 'Copula' || tag === 'Modal');
}
const WEEKDAYS = new RegExp(`^(?:${WEEKDAY_NAMES.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|')})$`);
/** Words that join a sentence to the one before without an adverbial phrase to skip. */
const CONNECTIVES = new Set(['and', 'but', 'so', 'then', 'yet', 'also', 'still']);

/** Lower-case words that follow a subject without being its verb ('Initiatives by the council have …'). */
const NOT_A_VERB = new Set(['by', 'of', 'in', 'for', 'at', 'on', 'from', 'with', 'to', 'and', 'or', 'as', 'about', 'than', 'like', 'who', 'which', 'that']);

/** A quote with no cue of its own, in the paragraph of or just after an attributed quote, continues that speaker. */
const continuation: Sieve = {
  name: 'continuation',
  reason: 'a cue-less quote in the paragraph of, or the paragraph after, an attributed one, with no other speaker between',
  apply(ctx) {
    const prev = ctx.earlier[ctx.earlier.length - 1];
    if (!prev?.attribution.speaker) return null;
    const reach = ctx.previousParagraph?.start ?? ctx.paragraph.start;
    if (prev.quote.outerStart < reach) return null;
    // what stands between the two, after the previous quote's own sentence, must not bring in another
    // speaker: no cue verb, no other person named
    const gap = ctx.tokensIn(prev.quote.outerEnd, ctx.quote.outerStart);
    const end = gap.findIndex((t, k) => endsSentence(gap, k));
    const rest = end < 0 ? [] : gap.slice(end + 1);
    if (rest.some((_, k) => isCueAt(rest, k))) return null;
    const speaker = prev.attribution.speaker;
    const other = ctx.people.some((p) => p.name !== speaker.name && p.mentions.some((m) => rest.some((t) => t.start <= m.start && m.start < t.end)));
    if (other && ctx.quote.outerStart !== ctx.paragraph.start) return null;
    return { speaker: { ...speaker }, cue: null, rule: 'continuation' };
  },
};

/**
 * A quote that opens its sentence with no cue, after a sentence with no quote that names who speaks next:
 * that sentence's subject ('Valastro praised Christie’s leadership …' then '“We need someone who …”';
 * 'Iowa State University's Dianne Bystrom agreed. “Mainstream Republicans are …”').
 */
const leadIn: Sieve = {
  name: 'lead-in',
  reason: 'a cue-less quote opening its sentence after a sentence that names who speaks next',
  apply(ctx) {
    if (ctx.before.text.trim() !== '') return null;
    const sents = ctx.sentences;
    const previous = sents[segmentIndexAt(sents, ctx.quote.outerStart - 1)];
    const paragraphStart = ctx.previousParagraph?.start ?? ctx.paragraph.start;
    if (!previous || previous.start < paragraphStart || previous.end > ctx.quote.outerStart) return null;
    const tokens = ctx.tokensIn(previous.start, previous.end);
    if (lastSpeechEnd(tokens, ctx) >= 0) return null;
    const speaker = sentenceSubjectOf(tokens, ctx) ?? taggedSubjectOf(tokens, ctx, false);
    return speaker ? { speaker, cue: null, rule: 'lead-in' } : null;
  },
};

/**
 * For a quote inside a sentence that no sieve above attributed: the subject of the sentence found by a
 * part-of-speech pass ('Her economic plan promises to “…”', 'Ramos believes in journalism that “takes
 * sides”'). Before `continuation` only a subject that can speak (canSpeak) is taken; after it, as a last
 * resort, any ('Initiatives by the council have “…”' is better left to the quotes before it).
 */
function taggedSubject(anySubject: boolean): Sieve {
  return {
    name: 'tagged-subject',
    reason: anySubject
      ? 'last resort: the subject a part-of-speech pass finds, whatever it is'
      : 'the subject a part-of-speech pass finds, when it can speak (a name, a person or group noun, a pronoun)',
    apply(ctx) {
      if (!ctx.speechWithoutCue) return null;
      const tokens = ctx.tokensIn(ctx.before.start, ctx.quote.outerStart);
      const speaker = taggedSubjectOf(tokens.slice(tokens.findLastIndex((_, k) => isQuoteMarkAt(tokens, k)) + 1), ctx, anySubject);
      return speaker ? { speaker, cue: null, rule: 'tagged-subject' } : null;
    },
  };
}

/** The last clause opener after a comma or semicolon among `tokens` ('…, while Mike Huckabee proposed …'), -1 if none. */
const lastClauseOpener = (tokens: readonly Token[]) => tokens.findLastIndex((t, k) => k > 0 && COMMA_CLAUSE_OPENERS.has(t.text) && /^[,;]$/.test(tokens[k - 1]!.text));

/**
 * The subject of the clause whose words are `tokens`, by the part-of-speech pass of taggedSubject.ts: the
 * last clause the words hold, else the first ('Jindal signed an order, while Mike Huckabee proposed we “…”').
 */
function taggedSubjectOf(tokens: readonly Token[], ctx: QuoteContext, anySubject: boolean): Speaker | null {
  const opener = lastClauseOpener(tokens);
  return (opener > 0 && clauseSubjectOf(tokens.slice(opener + 1), ctx, anySubject)) || clauseSubjectOf(tokens, ctx, anySubject);
}

function clauseSubjectOf(tokens: readonly Token[], ctx: QuoteContext, anySubject: boolean): Speaker | null {
  const np = clauseSubject(tokens);
  if (!np || isPassiveAt(tokens, tokens.indexOf(np[np.length - 1]!) + 1)) return null;
  // a capitalised word is a name when the article also capitalises it inside a sentence
  const isName = (t: Token) => isCapitalised(t) && (t !== tokens[0] || ctx.midSentenceCapitals().has(t.text));
  return anySubject || canSpeak(np, isName) ? resolveSpeaker(np, ctx, true) : null;
}

/** The order in which the sieves run: read top to bottom. */
export const SIEVES: readonly Sieve[] = [
  trailingCue, colonBlock, accordingTo, precedingCue, sentenceEnd, dashCredit, interrupted, sameSentence, sentenceSubject, leadIn,
  taggedSubject(false), continuation, taggedSubject(true),
];
