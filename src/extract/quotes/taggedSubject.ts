/**
 * The subject of a clause found by part-of-speech tagging: the noun phrase right before its first verb
 * ('Her economic plan promises to …', 'The audience … followed him by softly echoing …'). compromise tags
 * the words in context, which the lexicon lookups of the other sieves cannot; at about 1 ms a sentence it
 * runs only for the quotes that no cheaper sieve attributed.
 */
import nlp from 'compromise/two';

interface Term {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Tags of the words a subject noun phrase is made of; 'of' joins two of them ('the secretary of state'). */
const NOMINAL = new Set(['Noun', 'Pronoun', 'ProperNoun', 'Determiner', 'Adjective', 'Possessive', 'Value', 'Acronym']);
const isNominal = (t: Term | undefined) => !!t && t.tags.some((tag) => NOMINAL.has(tag));

/**
 * The character span, relative to `text`, of the subject of its first clause; null when it has none.
 * A leading phrase that has no subject of its own ('In July,', 'Horrified at the prospect,', 'Reprising
 * one of her lines,') is passed over at its comma.
 */
export function clauseSubject(text: string): { start: number; end: number } | null {
  const terms = (nlp(text).json({ offset: true }) as Array<{ terms: Term[] }>).flatMap((s) => s.terms);
  const end = (t: Term) => t.offset.start + t.offset.length;
  const commaAfter = (k: number) => k + 1 < terms.length && text.slice(end(terms[k]!), terms[k + 1]!.offset.start).includes(',');
  for (let from = 0, tries = 0; from < terms.length && tries < 3; tries++) {
    const verb = terms.findIndex((t, k) => k >= from && t.tags.includes('Verb'));
    if (verb < 0) return null;
    let first = verb;
    while (first > from && !commaAfter(first - 1)
      && (isNominal(terms[first - 1]) || (terms[first - 1]!.text === 'of' && isNominal(terms[first - 2])))) first--;
    if (terms[first]?.text === 'of') first++;
    if (first < verb) return { start: terms[first]!.offset.start, end: end(terms[verb - 1]!) };
    const comma = terms.findIndex((_, k) => k >= verb && commaAfter(k));
    if (comma < 0) return null;
    from = comma + 1;
  }
  return null;
}
