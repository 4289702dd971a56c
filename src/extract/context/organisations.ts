/**
 * The organisations an article is about: its council (what 'the council' refers to) and the
 * inspectorate whose reports it discusses (what 'the report' and 'inspectors' speak for).
 */
import { ASSESSORS, INSPECTORATES, type Inspectorate } from '../../vocabulary/assessors.js';
import { NAME_DESCRIPTORS } from '../../vocabulary/bodies.js';
import { lexiconTags } from '../shared/lexicon.js';
import { unionOf } from '../shared/search.js';

export { ASSESSORS, INSPECTORATES, type Inspectorate };

/** Where a text names an assessor. */
export interface AssessorMention {
  name: string;
  scale: string | undefined;
  start: number;
  end: number;
}

/** Every assessor's names in a text, in text order. */
export function assessorMentions(text: string): AssessorMention[] {
  const out = mentionsIn(text);
  // a paragraph's opening words in capitals ('THE HEALTH INFORMATION and Quality Authority has', a house style of some Irish
  // outlets) are read again as a name is written; an acronym among them ('HIQA INSPECTORS found') is found as written
  const cased = text.replace(CAPITAL_LEAD, (run) => run.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase()));
  if (cased === text) return out;
  const more = mentionsIn(cased).filter((m) => !out.some((o) => o.start < m.end && m.start < o.end));
  return more.length ? [...out, ...more].sort((a, b) => a.start - b.start) : out;
}

/** The assessors' names as the text writes them. */
function mentionsIn(text: string): AssessorMention[] {
  const out: AssessorMention[] = [];
  // one scan for all of them, each assessor's pattern a group of its own: a body is read once, not once per assessor
  for (const m of text.matchAll(ANY_ASSESSOR.any)) {
    const a = ASSESSORS[ANY_ASSESSOR.owner(m)]!;
    out.push({ name: a.name, scale: a.scale, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
const ANY_ASSESSOR = unionOf(ASSESSORS.map((a) => a.pattern), 'g');

/** Two or more words in capitals that open a paragraph and run into a word in lower case. */
const CAPITAL_LEAD = /^\p{Lu}{2,}(?:[^\S\n]+\p{Lu}{2,})+(?=[^\S\n]+\p{L}*\p{Ll})/gmu;

/** The text with the mentions blanked out, offsets unchanged. */
export function blankedOut(text: string, mentions: ReadonlyArray<{ start: number; end: number }>): string {
  if (!mentions.length) return text;
  let out = '', at = 0;
  for (const m of mentions) {
    if (m.start < at) continue;
    out += text.slice(at, m.start) + ' '.repeat(m.end - m.start);
    at = m.end;
  }
  return out + text.slice(at);
}

/** The text with every assessor's name blanked out, offsets unchanged. */
export function withoutAssessors(text: string): string {
  return blankedOut(text, assessorMentions(text));
}

// up to four words: 'Kelby County Borough Council', 'Brighton and Hove City Council' (on one line: a byline's last words
// are no part of the name on the line after)
const COUNCIL = /\b(?:\p{Lu}[\p{L}’'-]+[^\S\n]+(?:and[^\S\n]+)?){0,3}\p{Lu}[\p{L}’'-]+[^\S\n]+Council\b/gu;
/**
 * Capitalised words that qualify a council meeting or office, not the council's name ('Full Council', 'Leader'), and the words
 * news puts before a body's name to describe it ('Former Kelby Council member', 'Troubled Kelby Council').
 */
const NOT_COUNCIL_NAME = new RegExp(String.raw`^(?:(?:The|Full|Extra-?ordinary|Special|Annual|Leader|Deputy|Chief|Executive|Member|Members|Cabinet|Local|Whole|Said|Says|In|At|Of|And|On|${[...NAME_DESCRIPTORS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\s+)+`);

export interface ArticleOrganisations {
  council: string | null;
  inspectorate: string | null;
  /** The assessor of any kind named most (an inspectorate, a credit agency, an auditor): whose 'report' the article discusses. */
  assessor: string | null;
}

/** The council the body names most, and the inspectorate among the assessors it names (assessorMentions). */
export function articleOrganisations(body: string, assessors: readonly AssessorMention[]): ArticleOrganisations {
  // most bodies name no council: a literal search spares them the pattern's scan
  return {
    council: body.includes('Council') ? mostFrequent(body.match(COUNCIL) ?? []) : null,
    inspectorate: dominant(assessors, INSPECTORATES),
    assessor: dominant(assessors, ASSESSORS),
  };
}

/** The body of `pool` named most often; of two named as often, the first in the pool. */
function dominant(assessors: readonly AssessorMention[], pool: readonly Inspectorate[]): string | null {
  const counts = new Map<string, number>();
  for (const a of assessors) counts.set(a.name, (counts.get(a.name) ?? 0) + 1);
  let best: string | null = null, most = 0;
  for (const i of pool) {
    const n = counts.get(i.name) ?? 0;
    if (n > most) { most = n; best = i.name; }
  }
  return best;
}

/** Lexicon tags of a capitalised word that opens a clause before a name ('Meanwhile', 'Yesterday', 'When'). */
const OPENER_TAGS: ReadonlySet<string> = new Set(['Adverb', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'Date', 'WeekDay', 'Month', 'QuestionWord']);
const withoutOpeners = (name: string) => {
  const words = name.split(' ');
  while (words.length > 2 && lexiconTags(words[0]!).some((t) => OPENER_TAGS.has(t))) words.shift();
  return words.join(' ');
};

function mostFrequent(xs: string[]): string | null {
  const counts = new Map<string, number>();
  for (const x of xs) {
    const key = withoutOpeners(x.replace(/\s+/g, ' ')).replace(NOT_COUNCIL_NAME, '');
    if (key.includes(' ')) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // (of two named as often, the first named: the lead's council, not a parish council whose chairman speaks at the end)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
