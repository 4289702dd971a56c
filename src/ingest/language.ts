/**
 * The language of an article's body, as far as the pipeline needs it: English, or not. The
 * extractors read English only (cue verbs, role nouns, month names): a page in Korean or Indonesian
 * gives no facts, only false ones. The test counts function words, the short words every sentence of
 * a language is made of, of English and of the languages met most on the web in Latin script; and
 * the letters of other scripts. A text is English unless another language shows more evidence than
 * English does: a list of names and scores in English, with few function words of any language,
 * stays English. Why this and not a detector from npm: README, Language.
 */

/** Function words by language (ISO 639-1), each list the most frequent closed-class words of the language. */
const FUNCTION_WORDS: ReadonlyArray<{ code: string; reason: string; words: readonly string[] }> = [
  { code: 'en', reason: 'English: articles, prepositions, auxiliaries and pronouns (no noun or verb, so the share does not depend on the subject)',
    words: ['the', 'of', 'and', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'about', 'after', 'than', 'is', 'are', 'was', 'were',
      'be', 'been', 'has', 'have', 'had', 'will', 'would', 'said', 'not', 'but', 'or', 'also', 'it', 'its', 'he', 'she', 'his', 'her', 'they',
      'their', 'we', 'our', 'you', 'your', 'this', 'that', 'which', 'who', 'there', 'can'] },
  { code: 'de', reason: 'German', words: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'dem', 'den', 'ein', 'eine', 'auch', 'von', 'zu', 'werden', 'wird', 'sie'] },
  { code: 'fr', reason: 'French', words: ['de', 'le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'pour', 'dans', 'que', 'qui', 'sur', 'pas', 'avec', 'au', 'aux', 'sont', 'ce', 'il'] },
  { code: 'es', reason: 'Spanish', words: ['de', 'la', 'el', 'los', 'las', 'del', 'y', 'es', 'una', 'por', 'con', 'para', 'que', 'se', 'su', 'lo', 'al', 'como', 'más', 'pero', 'está', 'fue'] },
  { code: 'pt', reason: 'Portuguese', words: ['de', 'o', 'os', 'as', 'do', 'da', 'dos', 'das', 'e', 'é', 'um', 'uma', 'para', 'com', 'não', 'que', 'no', 'na', 'em', 'se', 'por'] },
  { code: 'it', reason: 'Italian', words: ['il', 'lo', 'gli', 'della', 'di', 'e', 'è', 'che', 'un', 'una', 'per', 'non', 'sono', 'con', 'del', 'nel', 'alla', 'anche', 'questo', 'ha'] },
  { code: 'nl', reason: 'Dutch', words: ['de', 'het', 'een', 'en', 'van', 'is', 'niet', 'op', 'voor', 'met', 'zijn', 'dat', 'die', 'ook', 'bij', 'er', 'naar', 'wordt', 'om', 'werd'] },
  { code: 'id', reason: 'Indonesian and Malay', words: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'tidak', 'ke', 'akan', 'pada', 'juga', 'ada', 'dalam', 'kita', 'bisa', 'atau', 'oleh', 'saya'] },
];

/** Scripts that name their language, and the rest, by the letters they use; the first of them in this list that the text uses names it (Japanese writes Han characters too, Chinese no kana). */
const SCRIPTS: ReadonlyArray<{ code: string; pattern: RegExp }> = [
  { code: 'ja', pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u },
  { code: 'ko', pattern: /\p{Script=Hangul}/u },
  { code: 'zh', pattern: /\p{Script=Han}/u },
  // Cyrillic, Arabic, Greek … are several languages each: not named
  { code: 'und', pattern: /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u },
];

const BY_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const { code, words } of FUNCTION_WORDS) for (const w of words) m.set(w, [...(m.get(w) ?? []), code]);
  return m;
})();

/** Words looked at: the first this many of the body; enough for a stable count, cheap on a long page. */
const SAMPLE_WORDS = 300;
/** Fewer words than this tell nothing: such a text counts as English (never mark English otherwise without evidence). */
const MIN_WORDS = 30;
/** Another language must have at least this share of the words to outvote English: a few foreign words in English are names and quotes. */
const MIN_OTHER_SHARE = 0.08;

export interface LanguageGuess {
  /** ISO 639-1 code ('en', 'de', 'ko'), or 'und' for a text in another script or language this test does not name. */
  language: string;
  /** The share of English function words among the words sampled, for the record's reason. */
  englishShare: number;
  words: number;
}

/** The first SAMPLE_WORDS words, lower-cased; the scan stops there. */
function sampleWords(text: string): string[] {
  const sample = text.slice(0, SAMPLE_WORDS * 12).toLowerCase();
  const words: string[] = [];
  LETTERS.lastIndex = 0;
  while (words.length < SAMPLE_WORDS) {
    const m = LETTERS.exec(sample);
    if (!m) break;
    words.push(m[0]);
  }
  return words;
}
const LETTERS = /\p{L}+/gu;

export function detectLanguage(text: string): LanguageGuess {
  const words = sampleWords(text);
  const counts = new Map<string, number>();
  let otherScriptWords = 0;
  const scripts = new Set<string>();
  for (const w of words) {
    const codes = BY_WORD.get(w);
    if (codes) for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
    else if (!/^[a-z]+$/.test(w)) {
      const script = SCRIPTS.find((s) => s.pattern.test(w));
      if (script) { otherScriptWords++; scripts.add(script.code); }
    }
  }
  const english = counts.get('en') ?? 0;
  const englishShare = words.length ? Math.round((english / words.length) * 1000) / 1000 : 0;
  const guess = (language: string) => ({ language, englishShare, words: words.length });
  if (words.length < MIN_WORDS) return guess('en');
  // a Chinese or Japanese sentence is one 'word' between spaces: half the words in another script is most of the text
  if (otherScriptWords * 2 >= words.length) return guess(SCRIPTS.find((s) => scripts.has(s.code))!.code);
  let best = 'en', bestCount = english;
  for (const [code, n] of counts) if (n > bestCount) [best, bestCount] = [code, n];
  return best !== 'en' && bestCount >= MIN_OTHER_SHARE * words.length ? guess(best) : guess('en');
}
