/**
 * The subject of a clause found by part-of-speech tagging: the noun phrase right before its first verb
 * ('Her economic plan promises to …', 'The audience … followed him by softly echoing …'). compromise tags
 * the words in context, which the lexicon lookups of the other sieves cannot; at about 0.3 ms a sentence it
 * runs only for the quotes that no cheaper sieve attributed.
 */
import nlp from 'compromise/two';

/** A tagged word with its offsets in the text. */
interface Term {
  word: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
}

/**
 * compromise's terms keep the text around them (pre, post), so offsets are running sums: cheaper than
 * asking compromise to compute them (json({ offset: true }) doubles the cost of tagging).
 */
function tag(text: string): Term[] {
  const out: Term[] = [];
  let at = 0;
  for (const t of nlp(text).docs.flat()) {
    at += t.pre.length;
    out.push({ word: t.text, tags: t.tags ?? new Set(), start: at, end: at + t.text.length });
    at += t.text.length + t.post.length;
  }
  return out;
}

/** Tags of the words a subject noun phrase is made of; 'of' joins two of them ('the secretary of state'). */
const NOMINAL = new Set(['Noun', 'Pronoun', 'ProperNoun', 'Determiner', 'Adjective', 'Possessive', 'Value', 'Acronym']);
const isNominal = (t: Term | undefined) => !!t && [...t.tags].some((tag) => NOMINAL.has(tag));

/**
 * The character span, relative to `text`, of the subject of its first clause; null when it has none.
 * A leading phrase that has no subject of its own ('In July,', 'Horrified at the prospect,', 'Reprising
 * one of her lines,') is passed over at its comma.
 */
export function clauseSubject(text: string): { start: number; end: number } | null {
  const terms = tag(text);
  const commaAfter = (k: number) => k + 1 < terms.length && text.slice(terms[k]!.end, terms[k + 1]!.start).includes(',');
  for (let from = 0, tries = 0; from < terms.length && tries < 3; tries++) {
    const verb = terms.findIndex((t, k) => k >= from && t.tags.has('Verb'));
    if (verb < 0) return null;
    let first = verb;
    while (first > from && !commaAfter(first - 1)
      && (isNominal(terms[first - 1]) || (terms[first - 1]!.word === 'of' && isNominal(terms[first - 2])))) first--;
    if (terms[first]!.word === 'of') first++;
    if (first < verb) return { start: terms[first]!.start, end: terms[verb - 1]!.end };
    const comma = terms.findIndex((_, k) => k >= verb && commaAfter(k));
    if (comma < 0) return null;
    from = comma + 1;
  }
  return null;
}
