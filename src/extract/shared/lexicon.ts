/**
 * compromise's lexicon: some 24,600 English words with their parts of speech, and 3,000 given names.
 * The extractors look words up in it; they do not run compromise's tagger (a document per sentence costs
 * more than every other stage together). The words are read from lexicon.json, written from compromise
 * by scripts/lexicon.mjs: loading the JSON takes about 12 ms, importing compromise about 215 ms, in
 * every worker of a batch.
 */
import lexicon from './lexicon.json' with { type: 'json' };

const NONE: readonly string[] = [];
const TAGS = new Map<string, readonly string[]>(
  Object.entries(lexicon as Record<string, string | string[]>).map(([word, tags]) => [word, typeof tags === 'string' ? [tags] : tags]),
);

/** The lexicon's tags of a word ('said' -> ['PastTense']); none for a word it does not know. */
export function lexiconTags(word: string): readonly string[] {
  return TAGS.get(word.toLowerCase()) ?? NONE;
}

/** Endings of adjectives the lexicon leaves out ('economic', 'federal', 'mental', 'political'). */
const ADJECTIVE_ENDING = /[a-z](?:ic|al|ous|ful|less|able|ible)$/;

/** An adjective by the lexicon, or by its ending when the lexicon does not know the word. */
export function isAdjective(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.includes('Adjective') || (!tags.length && ADJECTIVE_ENDING.test(word));
}
