/**
 * The subject of a clause: the noun phrase right before its first verb ('Her economic plan promises to …',
 * 'Horrified at the prospect, Ramos believes …'). Words get a part of speech from compromise's lexicon
 * and their left neighbour, which is enough to find the first verb. Running compromise's tagger over the
 * sentence instead gave as many right speakers on PolNeAR's train split (5,603 against 5,608) but took the
 * quote stage from 0.33 to 0.56 ms an article on the benchmark batch, with a warm-up in every worker.
 */
import { isAdjective, lexiconTags } from '../shared/lexicon.js';
import type { Token } from '../context/tokens.js';

type Part = 'verb' | 'nominal' | 'other' | 'comma';

/** Lexicon tags of inflected verb forms: verbs wherever they stand ('the official said', 'the report states'). */
const FINITE_TAGS = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary']);
/** Lexicon tags of base verb forms, which are nouns after a determiner or an adjective ('her economic plan'). */
const BASE_VERB_TAGS = new Set(['Verb', 'Infinitive', 'Gerund', 'Participle']);
/** Lexicon tags of nouns ('meeting', 'morning'). */
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable']);
/** Lexicon tags of words that are neither nominal nor verbs. */
const OTHER_TAGS = new Set(['Preposition', 'Conjunction', 'Adverb']);
/** Words after which the next word is part of a noun phrase ('the plan', 'her report', 'secretary of state'). */
const NOUN_OPENERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'of', 'for', 'with',
]);
/** Pronouns that stand as a clause's subject. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/**
 * The part of speech of a word given the one before: inflected verbs are verbs; after an opener or an
 * adjective a word is nominal; an '-ed' word is a verb right after a nominal word or a comma, and so is a
 * word the lexicon does not know that ends in '-ed', or in '-s' right after a nominal word ('Ramos
 * believes'); capitalised words are names.
 */
function partOf(t: Token, tags: readonly string[], prev: Part | undefined, afterModifier: boolean): Part {
  const norm = t.norm;
  if (!/^[\p{L}\p{N}]/u.test(t.text)) return t.text === ',' ? 'comma' : 'other';
  // 'In responding Friday, …', 'But when …': a sentence's first word is capitalised whatever it is
  if (prev === undefined && tags.some((tag) => OTHER_TAGS.has(tag))) return 'other';
  // '…, telling Fox 35 that …': an '-ing' word opening a clause is a participle, whatever else the lexicon says
  if (prev === undefined && /[a-z]ing$/.test(t.text) && !tags.some((tag) => NOUN_TAGS.has(tag))) return 'verb';
  if (NOUN_OPENERS.has(norm) || SUBJECT_PRONOUNS.has(norm) || /^\p{Lu}/u.test(t.text)) return 'nominal';
  if (tags.some((tag) => FINITE_TAGS.has(tag))) return 'verb';
  if (afterModifier) return 'nominal';
  // 'Her father, Brad, worried that …': an '-ed' word right after its subject is its verb, not an adjective
  if (/[a-z]ed$/.test(norm) && (prev === 'nominal' || prev === 'comma')) return 'verb';
  if (tags.some((tag) => BASE_VERB_TAGS.has(tag))) return 'verb';
  if (!tags.length && (/[a-z]ed$/.test(norm) || (/[a-z]s$/.test(norm) && prev === 'nominal'))) return 'verb';
  return tags.some((tag) => OTHER_TAGS.has(tag)) ? 'other' : 'nominal';
}

function partsOf(tokens: readonly Token[]): Part[] {
  const parts: Part[] = [];
  let modifier = false; // the word before opens a noun phrase or is an adjective
  for (const t of tokens) {
    const tags = lexiconTags(t.norm);
    const part = partOf(t, tags, parts[parts.length - 1], modifier);
    parts.push(part);
    modifier = NOUN_OPENERS.has(t.norm) || (part === 'nominal' && isAdjective(t.norm));
  }
  return parts;
}

/**
 * The words of the subject of the clause that `tokens` open; null when it has none. A leading phrase
 * that has no subject of its own ('In July,', 'Horrified at the prospect,', 'Reprising one of her lines,')
 * is passed over at its comma. 'of' joins two nominal words ('the secretary of state').
 */
export function clauseSubject(tokens: readonly Token[]): Token[] | null {
  const parts = partsOf(tokens);
  const nominal = (k: number) => parts[k] === 'nominal';
  for (let from = 0, tries = 0; from < tokens.length && tries < 3; tries++) {
    const verb = parts.findIndex((p, k) => k >= from && p === 'verb');
    if (verb < 0) return null;
    // 'The union’s leader, Tom Hart, disagreed': the subject and its apposition, set off by commas
    const apposition = parts[verb - 1] === 'comma' ? parts.findLastIndex((p, k) => k >= from && k < verb - 1 && p === 'comma') : -1;
    const last = apposition > from ? apposition : verb;
    let first = last;
    while (first > from && (nominal(first - 1) || (tokens[first - 1]!.text === 'of' && nominal(first - 2)))) first--;
    if (tokens[first]!.text === 'of') first++;
    // the words run to the verb, or to the apposition's closing comma
    if (first < last) return tokens.slice(first, last === verb ? verb : verb - 1);
    const comma = parts.findIndex((p, k) => k >= verb && p === 'comma');
    if (comma < 0) return null;
    from = comma + 1;
  }
  return null;
}
