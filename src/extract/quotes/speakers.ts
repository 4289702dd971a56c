/**
 * From the words that name a speaker ('he', 'the council', 'Ofsted inspectors', 'Cllr Diana Toynbee')
 * to the resolved speaker: a person's full name, an organisation or a group.
 */
import type { SpeakerType, Span } from '../../schema/index.js';
import type { Person } from '../people/index.js';
import type { ArticleOrganisations } from '../shared/organisations.js';
import { INSPECTORATES } from '../shared/organisations.js';
import type { Token } from '../shared/tokens.js';

export interface Speaker {
  name: string;
  type: SpeakerType;
  mention: Span;
}

export interface SpeakerContext {
  body: string;
  people: readonly Person[];
  organisations: ArticleOrganisations;
  /** Speakers already attributed, in text order: the antecedents of 'they'. */
  previous: readonly Speaker[];
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const GROUP_PRONOUNS = new Set(['they', 'them']);

/** Nouns that stand for the article's council. */
const COUNCIL_REFERENCES = new Set(['council', 'authority', 'local authority', 'county council', 'city council', 'borough council']);
/** Documents and acts that speak for the inspectorate that wrote them. */
const INSPECTORATE_REFERENCES = new Set([
  'report', 'letter', 'inspection', 'findings', 'headlines', 'inspectorate', 'watchdog', 'regulator', 'review', 'visit',
  'monitoring visit', 'judgement', 'judgment', 'verdict', 'summary',
]);
/** Plural groups of speakers; an inspectorate's staff when the article names one. */
const GROUP_NOUNS = new Set([
  'inspectors', 'officials', 'councillors', 'campaigners', 'residents', 'parents', 'police', 'officers', 'experts',
  'critics', 'researchers', 'ministers', 'teachers', 'staff', 'unions', 'leaders', 'protesters', 'doctors', 'nurses',
  'members', 'judges', 'investigators', 'auditors', 'analysts', 'opponents', 'supporters', 'organisers',
]);
const INSPECTORATE_STAFF = new Set(['inspectors', 'inspector']);
/** Words after which a noun phrase's head has been said ('an inspection carried out in June'). */
const POST_MODIFIER = /\s(?:from|of|in|at|by|with|for|to|on|carried|sent|published|issued|that|which|who|whose),?\s|,/;
const DETERMINERS = /^(?:the|a|an|its|their|his|her|this|that|these|those)\s+/i;

const spanOf = (tokens: readonly Token[], body: string): Span => {
  const start = tokens[0]!.start, end = tokens[tokens.length - 1]!.end;
  return { text: body.slice(start, end), start, end };
};

/** Resolves the words of a noun phrase; null when they name nobody we can tell. */
export function resolveSpeaker(np: readonly Token[], ctx: SpeakerContext): Speaker | null {
  if (!np.length) return null;
  const mention = spanOf(np, ctx.body);
  const person = ctx.people.find((p) => p.mentions.some((m) => m.start < mention.end && mention.start < m.end));
  if (person) {
    const m = person.mentions.find((x) => x.start < mention.end && mention.start < x.end)!;
    return { name: person.name, type: 'person', mention: { text: m.text, start: m.start, end: m.end } };
  }
  const words = np.filter((t) => /^[\p{L}]/u.test(t.text));
  if (words.length === 1 && PERSON_PRONOUNS.has(words[0]!.norm)) {
    const antecedent = nearestPerson(ctx.people, mention.start);
    return antecedent ? { name: antecedent.name, type: 'person', mention } : null;
  }
  if (words.length === 1 && GROUP_PRONOUNS.has(words[0]!.norm)) {
    const antecedent = [...ctx.previous].reverse().find((s) => s.type !== 'person' && s.mention.start < mention.start);
    return antecedent ? { name: antecedent.name, type: antecedent.type, mention } : null;
  }
  const inspectorate = INSPECTORATES.find((i) => new RegExp(i.pattern.source).test(mention.text));
  // 'In short, the report' -> 'the report': leading adverbials end with a comma
  const lower = mention.text.replace(/^.*,\s+(?=\S)/s, '').toLowerCase().replace(/[’']s\b/g, '').replace(DETERMINERS, '').trim();
  const head = lower.split(POST_MODIFIER)[0]!.trim().split(/\s+/).pop() ?? '';
  if (INSPECTORATE_STAFF.has(head)) {
    const org = inspectorate?.name ?? ctx.organisations.inspectorate;
    return { name: org ? `${org} ${head}` : head, type: 'group', mention };
  }
  if (inspectorate) return { name: inspectorate.name, type: 'organization', mention };
  if (COUNCIL_REFERENCES.has(lower) || COUNCIL_REFERENCES.has(head) && !/\p{Lu}/u.test(mention.text.replace(/^The\b/, ''))) {
    return { name: ctx.organisations.council ?? mention.text.replace(DETERMINERS, ''), type: 'organization', mention };
  }
  if (/\bcouncil\b/i.test(lower) && /\p{Lu}/u.test(mention.text)) return { name: mention.text.replace(DETERMINERS, ''), type: 'organization', mention };
  if (INSPECTORATE_REFERENCES.has(head) || INSPECTORATE_REFERENCES.has(lower)) {
    return ctx.organisations.inspectorate
      ? { name: ctx.organisations.inspectorate, type: 'organization', mention }
      : null;
  }
  if (GROUP_NOUNS.has(head)) return { name: lower, type: 'group', mention };
  const capitalised = np.filter((t) => /^\p{Lu}/u.test(t.text));
  if (capitalised.length && capitalised.length === words.length && words.length <= 6) {
    return { name: mention.text.replace(DETERMINERS, ''), type: 'organization', mention };
  }
  return null;
}

function nearestPerson(people: readonly Person[], before: number): Person | null {
  let best: Person | null = null, bestAt = -1;
  for (const p of people) {
    for (const m of p.mentions) if (m.end <= before && m.start > bestAt) { bestAt = m.start; best = p; }
  }
  return best;
}
