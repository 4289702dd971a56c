import type { Rating } from '../../schema/index.js';
import { withoutAssessors, type ArticleContext } from '../context/index.js';
import { INSTITUTION_WORDS, NOT_NAME_START, ORGANISATION_WORDS, ROLE_HEADS } from '../people/vocabulary.js';

/** Public services an inspection is about, as news names them. */
const SERVICES: ReadonlyArray<{ label: string; pattern: RegExp }> = [
  { label: 'children’s services', pattern: /\bchildren['’]?s (?:social )?services\b/i },
  { label: 'adult social care', pattern: /\badults?['’]? social care\b/i },
  { label: 'fire and rescue service', pattern: /\bfire and rescue service\b/i },
];

/**
 * Words of a body's full name that say what kind of body it is, not which: 'Caerphilly County
 * Borough Council' and 'Caerphilly Council' are one body, so its key drops them.
 */
const KIND_WORDS: ReadonlySet<string> = new Set([
  ...INSTITUTION_WORDS, 'service', 'services', 'high', 'junior', 'infant', 'primary', 'secondary', 'grammar', 'city', 'district',
  'metropolitan', 'royal', 'general', 'of', 'and', 'the', 'for', '&', 'fire', 'rescue', 'ambulance',
]);

/** Plural groups and document nouns that start sentences as capitals ('Inspectors said', 'Pupils'): never a body's name. */
const NOT_A_NAME: ReadonlySet<string> = new Set([
  'inspectors', 'officials', 'councillors', 'pupils', 'parents', 'staff', 'leaders', 'governors', 'residents', 'officers',
  'teachers', 'students', 'workers', 'managers', 'report', 'act', 'watch', 'visit', 'hide', 'mr', 'mrs', 'ms', 'dr', 'sir',
  'read', 'more', 'update', 'photo', 'image', 'picture', 'credit',
]);

export interface Subject {
  name: string;
  /** What reports of one body share, in any article: never merged across different keys. */
  key: string;
  /** Where the sentence names it; null when it is the article's body by default. */
  start: number | null;
  end: number | null;
}

const GENERIC = new Set([...ORGANISATION_WORDS, ...NOT_NAME_START, ...NOT_A_NAME, ...ROLE_HEADS.filter((r) => !r.includes(' '))]);
const WORD = /\p{Lu}[\p{L}-]+(?:['’]s)?/gu;
const FOLLOWING_CAPITALS = /(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}’'-]+)*/uy;

/**
 * Subjects of an article's events. By default the place or body the article names most often (not a
 * person, not an inspectorate, not a grade, not a generic word), with the service it discusses; an
 * event whose sentence names another body the article returns to is about that body instead.
 */
export function subjectResolver(ctx: ArticleContext, ratings: readonly Rating[]): { article: Subject; of: (sentence: { start: number; text: string }, trigger: { start: number }) => Subject } {
  const { body } = ctx;
  // a one-word 'person' ('Chief Constable Cleveland') or one whose name holds an institution word is a title run into
  // a name: its words stay names of bodies
  const people = new Set(ctx.people.map((p) => p.name.split(/[\s'’]+/)).filter((ws) => ws.length > 1 && !ws.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()))).flat());
  const grades = new Set(ratings.map((r) => r.value.toLowerCase()));
  const lower = new Set(body.match(/\b\p{Ll}[\p{L}-]+/gu) ?? []);
  // a word the article also writes in lower case is a common noun ('Children’s Services' / 'children’s services')
  const proper = (w: string) => w.length >= 3 && !GENERIC.has(w.toLowerCase()) && !people.has(w) && !grades.has(w.toLowerCase()) && !lower.has(w.toLowerCase());
  // names of inspectorates and agencies are blanked: the words of 'Care Quality Commission' name no subject
  const blanked = withoutAssessors(body);
  const names = (start: number, end: number, initialWeight: number) => {
    const out: Array<{ word: string; at: number; weight: number }> = [];
    const text = blanked.slice(start, end);
    for (const m of text.matchAll(WORD)) {
      const word = m[0].replace(/['’]s$/, '');
      // capitals that start a sentence, a clause or a quotation say little about a name
      const before = text.slice(Math.max(0, m.index! - 3), m.index);
      const initial = m.index! === 0 || /(?:[.!?:;]\s+|[“‘"'(•]\s*)$/.test(before);
      if (proper(word) && (!initial || initialWeight > 0)) out.push({ word, at: start + m.index!, weight: initial ? initialWeight : 1 });
    }
    return out;
  };
  const counts = new Map<string, number>();
  for (const s of ctx.sentences) for (const n of names(s.start, s.end, 0.5)) counts.set(n.word, (counts.get(n.word) ?? 0) + n.weight);
  const inBody = new Map(counts);
  if (ctx.title) {
    for (const m of withoutAssessors(ctx.title).matchAll(WORD)) {
      const w = m[0].replace(/['’]s$/, '');
      if (proper(w)) counts.set(w, (counts.get(w) ?? 0) + 2);
    }
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  const { council } = ctx.organisations;
  const service = (text: string) => SERVICES.find((x) => x.pattern.test(text))?.label;
  const withService = (name: string, text: string) => {
    const svc = service(text);
    return svc && !name.toLowerCase().includes(svc.split(' ')[0]!) ? `${name} ${svc}` : name;
  };
  const fullName = top ? bodyNameAround(blanked, top) : null;
  const mainName = council && (!top || council.includes(top)) ? council : fullName ?? council ?? 'unknown';
  const article: Subject = { name: withService(mainName, body + ' ' + (ctx.title ?? '')), key: keyOf(mainName), start: null, end: null };
  const asked = new Map<string, Subject>();
  const namesIn = new Map<number, ReturnType<typeof names>>();
  return {
    article,
    of: (sentence, trigger) => {
      const key = `${sentence.start}:${trigger.start}`;
      let subject = asked.get(key);
      if (!subject) asked.set(key, (subject = subjectOf(sentence, trigger)));
      return subject;
    },
  };

  function subjectOf(sentence: { start: number; text: string }, trigger: { start: number }): Subject {
    // a body the article names at least twice, or once by a full name ('Harrowby General Hospital'),
    // that the event happens to: not the one that acts ('Gwent Police referred the matter')
    let named = namesIn.get(sentence.start);
    if (!named) namesIn.set(sentence.start, (named = names(sentence.start, sentence.start + sentence.text.length, 1)));
    for (const n of named) {
      const name = bodyNameAround(blanked, n.word, n.at);
      if ((inBody.get(n.word) ?? 0) < 2 && !isInstitutionName(name)) continue;
      if (isAgent(body, sentence.start, n.at, n.at + name.length, trigger.start)) continue;
      if (keyOf(name) === article.key || (top && n.word === top)) return article;
      return { name: withService(name, sentence.text), key: keyOf(name), start: n.at, end: n.at + name.length };
    }
    return article;
  }
}

/**
 * A body that opens its clause right before an active trigger verb is the one acting ('Moody’s
 * downgraded', 'On Wednesday, Gwent Police referred'), not one it acts on ('put Minnesota on watch').
 */
function isAgent(body: string, sentenceStart: number, nameStart: number, nameEnd: number, triggerStart: number): boolean {
  if (triggerStart < nameEnd || triggerStart - nameEnd > 30) return false;
  const opener = body.slice(sentenceStart, nameStart).split(/[,;:]/).pop()!.trim();
  if (opener && !/^(?:the|then|and|but)$/i.test(opener)) return false;
  return !/\b(?:was|were|been|is|are|be|being|has|have)\b|[,;]/.test(body.slice(nameEnd, triggerStart));
}

/** A capitalised phrase that ends with an institution word: 'Harrowby General Hospital', 'Westshire Council'. */
const isInstitutionName = (phrase: string) => phrase.includes(' ') && INSTITUTION_WORDS.has(phrase.split(/\s+/).pop()!.toLowerCase());

/** 'Cleveland' at `at` in 'Cleveland Police said …' gives 'Cleveland Police'; at no offset, its first full-name use. */
function bodyNameAround(body: string, word: string, at?: number): string {
  const starts = at !== undefined ? [at] : [...body.matchAll(new RegExp(String.raw`\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`, 'g'))].map((m) => m.index!);
  let best = word;
  for (const start of starts) {
    FOLLOWING_CAPITALS.lastIndex = start + word.length;
    const phrase = (word + (FOLLOWING_CAPITALS.exec(body)?.[0] ?? '')).replace(/\s+(?:of|and|&)$/, '').replace(/\s+/g, ' ');
    if (isInstitutionName(phrase)) return phrase;
    if (phrase.length > best.length && phrase.split(' ').length <= 4) best = phrase;
  }
  return at !== undefined ? best : word;
}

/** What names of one body share: its distinctive words ('caerphilly' for 'Caerphilly County Borough Council'). */
export function keyOf(name: string): string {
  const words = name.toLowerCase().replace(/['’]s\b/g, '').split(/[\s-]+/).filter(Boolean);
  const distinctive = words.filter((w) => !KIND_WORDS.has(w));
  return (distinctive.length ? distinctive : words).join(' ');
}
