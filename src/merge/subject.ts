import type { ArticleRecord } from '../schema/index.js';
import { articleOrganisations, withoutAssessors } from '../extract/shared/organisations.js';
import { INSTITUTION_WORDS, NOT_NAME_START, ORGANISATION_WORDS, ROLE_HEADS } from '../extract/people/vocabulary.js';
import { sentences } from '../extract/shared/segments.js';

/** Public services an inspection is about, as news names them. */
const SERVICES: ReadonlyArray<{ label: string; pattern: RegExp }> = [
  { label: 'children’s services', pattern: /\bchildren['’]?s (?:social )?services\b/i },
  { label: 'adult social care', pattern: /\badults?['’]? social care\b/i },
  { label: 'police force', pattern: /\b(?:police force|constabulary)\b/i },
  { label: 'fire and rescue service', pattern: /\bfire and rescue service\b/i },
  { label: 'hospital', pattern: /\bhospital\b/i },
  { label: 'school', pattern: /\bschool\b/i },
  { label: 'care home', pattern: /\bcare home\b/i },
];

export interface Subject {
  /** What events are grouped by: never merged across different keys. */
  key: string;
  label: string;
}

const GENERIC = new Set([...ORGANISATION_WORDS, ...NOT_NAME_START, ...ROLE_HEADS.filter((r) => !r.includes(' '))]);

/**
 * Subjects of an article's events. By default the place or body the article names most often (not a
 * person, not an inspectorate, not a generic word), with the service it discusses; an event whose own
 * sentence or graded subject names another body is about that body instead.
 */
export function subjectResolver(record: ArticleRecord): { article: Subject; of: (text: string, phrase?: boolean) => Subject } {
  const people = new Set(record.officials.flatMap((o) => o.name.split(/\s+/)));
  const lower = new Set(record.body.match(/\b\p{Ll}[\p{L}-]+/gu) ?? []);
  // a word the article also writes in lower case is a common noun ('Children’s Services' / 'children’s services')
  const proper = (w: string) => !GENERIC.has(w.toLowerCase()) && !people.has(w) && w.length >= 3 && !lower.has(w.toLowerCase());
  // the names of inspectorates and agencies are blanked: the words of 'Care Quality Commission' name no subject,
  // while 'Quality Street Academy' does
  const names = (text: string, initialWeight: number) => {
    const out: Array<[string, number]> = [];
    for (const m of withoutAssessors(text).matchAll(/\p{Lu}[\p{L}-]+(?:['’]s)?/gu)) {
      const w = m[0].replace(/['’]s$/, '');
      // capitals that start a sentence, a subject or a quotation say little about a name
      const before = text.slice(Math.max(0, m.index! - 3), m.index);
      const initial = m.index! === 0 || /(?:[.!?:]\s+|[“‘"'(]\s*)$/.test(before);
      if (proper(w) && (!initial || initialWeight > 0)) out.push([w, initial ? initialWeight : 1]);
    }
    return out;
  };
  const counts = new Map<string, number>();
  const add = (text: string, weight: number, initialWeight: number) => {
    for (const [w, k] of names(text, initialWeight)) counts.set(w, (counts.get(w) ?? 0) + k * weight);
  };
  // a sentence-initial capital says less; the headline says most
  for (const s of sentences(record.body)) add(s.text, 1, 0.5);
  const inBody = new Map(counts);
  if (record.title) add(record.title, 2, 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const { council } = articleOrganisations(record.body);
  const service = (text: string) => SERVICES.find((x) => x.pattern.test(text));
  const label = (name: string, text: string) => {
    const svc = service(text);
    return svc ? `${name} ${svc.label}` : name;
  };
  const mainName = council && (!top || council.includes(top)) ? council : top ?? council ?? record.id;
  const article: Subject = { key: (top ?? mainName).toLowerCase(), label: label(mainName, record.body + ' ' + (record.title ?? '')) };
  const asked = new Map<string, Subject>();
  return {
    article,
    // one article asks about the same sentence once per date in it: answer each sentence once.
    // A phrase (a graded subject) starts with a name, where a sentence starts with any capitalised word.
    of: (text: string, phrase = false): Subject => {
      const key = `${phrase ? 'phrase' : 'sentence'}\0${text}`;
      let subject = asked.get(key);
      if (!subject) asked.set(key, (subject = subjectOf(text, phrase ? 1 : 0)));
      return subject;
    },
  };

  function subjectOf(text: string, initialWeight: number): Subject {
    // a body the article names at least twice, or once by a full name ('Harrowby General Hospital'),
    // not a capitalised word that happens to be there
    const own = names(text, initialWeight).find(([w]) => (inBody.get(w) ?? 0) >= 2 || isInstitutionName(phraseAround(text, w)))?.[0];
    if (own && own !== top) return { key: own.toLowerCase(), label: label(phraseAround(text, own), text) };
    if (!own && council && /\b(?:the|its) (?:council|authority)['’]?s?\b/i.test(text) && top && !council.includes(top)) {
      return { key: council.split(/\s+/)[0]!.toLowerCase(), label: label(council, text) };
    }
    return article;
  }
}

/** A capitalised phrase that ends with an institution word: 'Harrowby General Hospital', 'Westshire Council'. */
const isInstitutionName = (phrase: string) => phrase.includes(' ') && INSTITUTION_WORDS.has(phrase.split(/\s+/).pop()!.toLowerCase());

const FOLLOWING_CAPITALS = /(?:\s+\p{Lu}[\p{L}-]+){0,3}/uy;

/** 'Ashgrove' in 'Ashgrove Lodge, which cares for …' gives 'Ashgrove Lodge'. */
function phraseAround(text: string, word: string): string {
  const at = text.indexOf(word);
  if (at < 0) return word;
  FOLLOWING_CAPITALS.lastIndex = at + word.length;
  return word + (FOLLOWING_CAPITALS.exec(text)?.[0] ?? '');
}
