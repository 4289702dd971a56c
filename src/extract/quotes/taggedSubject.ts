/**
 * The subject of a clause: the noun phrase right before its first verb ('Her economic plan promises to …',
 * 'Horrified at the prospect, Ramos believes …'). Words get a part of speech from compromise's lexicon
 * and their left neighbour, which is enough to find the first verb. Running compromise's tagger over the
 * sentence instead gave as many right speakers on PolNeAR's train split (5,603 against 5,608) but took the
 * quote stage from 0.33 to 0.56 ms an article on the benchmark batch, with a warm-up in every worker.
 */
import { lexiconTags } from '../people/index.js';
import { tokenize } from '../shared/tokens.js';

type Part = 'verb' | 'nominal' | 'other' | 'comma';

interface Term {
  word: string;
  part: Part;
  start: number;
  end: number;
}

/** Lexicon tags of inflected verb forms: verbs wherever they stand ('the official said', 'the report states'). */
const FINITE_TAGS = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary']);
/** Lexicon tags of base verb forms, which are nouns after a determiner or an adjective ('her economic plan'). */
const BASE_VERB_TAGS = new Set(['Verb', 'Infinitive', 'Gerund', 'Participle']);
/** Lexicon tags of words that are neither nominal nor verbs. */
const OTHER_TAGS = new Set(['Preposition', 'Conjunction', 'Adverb']);
/** Words after which the next word is part of a noun phrase ('the plan', 'her report', 'secretary of state'). */
const NOUN_OPENERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'of', 'for', 'with',
]);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** Endings of adjectives the lexicon leaves out ('economic', 'federal', 'political'). */
const ADJECTIVE_ENDING = /[a-z](?:ic|al|ous|ful|less|able|ible)$/;

/**
 * The part of speech of a word given the one before: inflected verbs are verbs; after an opener or an
 * adjective a word is nominal; an '-ed' word is a verb right after a nominal word or a comma, and so is a
 * word the lexicon does not know that ends in '-ed', or in '-s' right after a nominal word ('Ramos
 * believes'); capitalised words are names.
 */
function partOf(norm: string, text: string, prev: Term | undefined, afterModifier: boolean): Part {
  if (!/^[\p{L}\p{N}]/u.test(text)) return text === ',' ? 'comma' : 'other';
  if (NOUN_OPENERS.has(norm) || PRONOUNS.has(norm) || /^\p{Lu}/u.test(text)) return 'nominal';
  const tags = lexiconTags(norm);
  if (tags.some((t) => FINITE_TAGS.has(t))) return 'verb';
  if (afterModifier) return 'nominal';
  // 'Her father, Brad, worried that …': an '-ed' word right after its subject is its verb, not an adjective
  if (/[a-z]ed$/.test(norm) && (prev?.part === 'nominal' || prev?.part === 'comma')) return 'verb';
  if (tags.some((t) => BASE_VERB_TAGS.has(t))) return 'verb';
  if (!tags.length && (/[a-z]ed$/.test(norm) || (/[a-z]s$/.test(norm) && prev?.part === 'nominal'))) return 'verb';
  return tags.some((t) => OTHER_TAGS.has(t)) ? 'other' : 'nominal';
}

function tag(text: string): Term[] {
  const out: Term[] = [];
  let modifier = false; // the word before opens a noun phrase or is an adjective
  for (const t of tokenize(text)) {
    const part = partOf(t.norm, t.text, out[out.length - 1], modifier);
    out.push({ word: t.text, part, start: t.start, end: t.end });
    const tags = lexiconTags(t.norm);
    modifier = NOUN_OPENERS.has(t.norm) || (part === 'nominal' && (tags.includes('Adjective') || (!tags.length && ADJECTIVE_ENDING.test(t.norm))));
  }
  return out;
}

/**
 * The character span, relative to `text`, of the subject of its first clause; null when it has none.
 * A leading phrase that has no subject of its own ('In July,', 'Horrified at the prospect,', 'Reprising
 * one of her lines,') is passed over at its comma. 'of' joins two nominal words ('the secretary of state').
 */
export function clauseSubject(text: string): { start: number; end: number } | null {
  const terms = tag(text);
  const nominal = (k: number) => terms[k]?.part === 'nominal';
  for (let from = 0, tries = 0; from < terms.length && tries < 3; tries++) {
    const verb = terms.findIndex((t, k) => k >= from && t.part === 'verb');
    if (verb < 0) return null;
    // 'The union’s leader, Tom Hart, disagreed': the subject and its apposition, set off by commas
    const apposition = terms[verb - 1]?.part === 'comma' ? terms.findLastIndex((t, k) => k >= from && k < verb - 1 && t.part === 'comma') : -1;
    const last = apposition > from ? apposition : verb;
    let first = last;
    while (first > from && (nominal(first - 1) || (terms[first - 1]!.word === 'of' && nominal(first - 2)))) first--;
    if (terms[first]!.word === 'of') first++;
    // the span runs to the verb, or to the apposition's closing comma
    if (first < last) return { start: terms[first]!.start, end: terms[last === verb ? verb - 1 : verb - 2]!.end };
    const comma = terms.findIndex((t, k) => k >= verb && t.part === 'comma');
    if (comma < 0) return null;
    from = comma + 1;
  }
  return null;
}
