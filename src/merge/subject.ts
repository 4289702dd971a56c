import type { ArticleRecord } from '../schema/index.js';
import { articleOrganisations, INSPECTORATES } from '../extract/shared/organisations.js';
import { NOT_NAME_START, ORGANISATION_WORDS, ROLE_HEADS } from '../extract/people/vocabulary.js';
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
 * What an article's events are about: the place or body it names most often (not a person, not the
 * inspectorate, not a generic word), with the service it discusses.
 */
export function articleSubject(record: ArticleRecord): Subject {
  const people = new Set(record.officials.flatMap((o) => o.name.split(/\s+/)));
  const inspectorates = new Set(INSPECTORATES.flatMap((i) => i.name.split(/\s+/)));
  const counts = new Map<string, number>();
  const count = (text: string, weight: number, initialWeight: number) => {
    (text.match(/\p{Lu}[\p{L}-]+(?:['’]s)?/gu) ?? []).forEach((raw, i) => {
      const w = raw.replace(/['’]s$/, '');
      if (GENERIC.has(w.toLowerCase()) || people.has(w) || inspectorates.has(w) || w.length < 3) return;
      // a sentence-initial capital says less; the headline says most
      const k = i === 0 && text.startsWith(raw) ? initialWeight : weight;
      counts.set(w, (counts.get(w) ?? 0) + k);
    });
  };
  for (const s of sentences(record.body)) count(s.text, 1, 0.5);
  if (record.title) count(record.title, 2, 2);
  // a word the article also writes in lower case is a common noun ('Children’s Services' / 'children’s services')
  const lower = new Set(record.body.match(/\b\p{Ll}[\p{L}-]+/gu) ?? []);
  for (const w of [...counts.keys()]) if (lower.has(w.toLowerCase())) counts.delete(w);
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const { council } = articleOrganisations(record.body);
  const name = council && (!top || council.includes(top)) ? council : top ?? council ?? record.id;
  const service = SERVICES.find((s) => s.pattern.test(record.body) || s.pattern.test(record.title ?? ''));
  return { key: (top ?? name).toLowerCase(), label: service ? `${name} ${service.label}` : name };
}
