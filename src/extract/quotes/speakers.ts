/**
 * From the words that name a speaker ('he', 'the council', 'Ofsted inspectors', 'Cllr Diana Toynbee',
 * 'the Vermont senator') to the resolved speaker: a person's full name, an organisation or a group.
 * A pronoun goes to the nearest person before it whose gender (when the text states one) agrees.
 * When nothing resolves the words, the noun phrase itself is the speaker ('the ad’s narrator').
 */
import type { SpeakerType, Span } from '../../schema/index.js';
import { givenNameGender, statedGender, type Gender, type Person } from '../people/find.js';
import { lexiconTags } from '../shared/lexicon.js';
import { HONORIFICS, ORGANISATION_WORDS, ROLE_HEADS } from '../people/vocabulary.js';
import type { ArticleOrganisations } from '../context/organisations.js';
import { ASSESSORS } from '../context/organisations.js';
import { PAST_TENURE, ROLE_HEADS as ROLE_HEAD_LIST } from '../../vocabulary/roles.js';
import { segmentIndexAt, type Segment } from '../context/segments.js';
import { MONTH_NAMES_NOT_NAMES, WEEKDAY_NAMES } from '../../vocabulary/calendar.js';
import { isCapitalised, tokenize, type Token } from '../context/tokens.js';

/** Each assessor's pattern, one match anywhere in a mention, case as written (a mention is tested once per speaker). */
const ASSESSOR_NAMED = ASSESSORS.map((assessor) => ({ assessor, pattern: new RegExp(assessor.pattern.source) }));

export interface Speaker {
  /** Null when the words are a pronoun with no antecedent in the text. */
  name: string | null;
  type: SpeakerType;
  mention: Span;
}

export interface SpeakerContext {
  body: string;
  sentences: readonly Segment[];
  people: readonly Person[];
  organisations: ArticleOrganisations;
  /** Each capitalised word's first name-shaped predecessor in the body (namesBefore), worked out when first asked for. */
  namesBefore: () => ReadonlyMap<string, string>;
  /** Speakers already attributed, in text order: the antecedents of 'they' and 'it'. */
  previous: readonly Speaker[];
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const PRONOUN_GENDER: Record<string, Gender> = { he: 'male', him: 'male', she: 'female', her: 'female' };
const GROUP_PRONOUNS = new Set(['they', 'them', 'we']);
const OTHER_PRONOUNS = new Set(['i', 'you', 'it', 'who', 'which', 'one']);

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
  'members', 'judges', 'investigators', 'auditors', 'analysts', 'opponents', 'supporters', 'organisers', 'organizers',
  'sources', 'aides', 'advisers', 'advisors', 'lawmakers', 'democrats', 'republicans', 'voters', 'activists', 'people',
  'prosecutors', 'lawyers', 'attorneys', 'economists', 'scientists', 'pollsters', 'witnesses', 'authorities', 'others',
  'strategists', 'observers', 'diplomats', 'senators', 'governors', 'workers', 'employees', 'students', 'respondents',
]);
/** Nouns for one person ('the announcer', 'one questioner', 'the Vermont senator'), besides the role heads. */
const PERSON_NOUNS = new Set([
  ...ROLE_HEADS, 'nominee', 'candidate', 'announcer', 'narrator', 'questioner', 'man', 'woman', 'mother', 'father', 'son',
  'daughter', 'wife', 'husband', 'official', 'aide', 'adviser', 'advisor', 'analyst', 'source', 'spokesman',
  'spokeswoman', 'spokesperson', 'strategist', 'lawyer', 'attorney', 'host', 'anchor', 'reporter', 'author', 'writer',
  'columnist', 'professor', 'economist', 'expert', 'businessman', 'businesswoman', 'billionaire', 'congressman',
  'congresswoman', 'lawmaker', 'senator', 'governor', 'mayor', 'candidate', 'veteran', 'activist', 'voter', 'resident',
  'supporter', 'critic', 'leader', 'organizer', 'organiser', 'founder', 'ceo', 'owner', 'pastor', 'priest', 'doctor',
  'nurse', 'teacher', 'student', 'friend', 'neighbor', 'neighbour', 'witness', 'surrogate', 'pollster', 'democrat',
  'republican', 'independent', 'conservative', 'liberal', 'moderator', 'interviewer', 'diplomat', 'ambassador',
]);
const INSPECTORATE_STAFF = new Set(['inspectors', 'inspector']);
/** Things that carry someone's words or act as one ('the statement says', 'her plan promises', 'the crowd chanted'). */
const VOICE_NOUNS = new Set([
  'note', 'notes', 'deal', 'agreement', 'contract', 'bill', 'filing', 'statement', 'report', 'plan', 'platform', 'ad', 'letter', 'email', 'tweet', 'post', 'message', 'video', 'website',
  'poll', 'survey', 'study', 'complaint', 'lawsuit', 'ruling', 'editorial', 'article', 'story', 'piece', 'book', 'memo',
  'release', 'document', 'transcript', 'sign', 'banner', 'campaign', 'committee', 'party', 'group', 'organization',
  'organisation', 'agency', 'department', 'administration', 'government', 'court', 'board', 'company', 'newspaper',
  'paper', 'magazine', 'audience', 'crowd', 'media', 'public', 'team', 'staff', 'panel', 'network', 'show',
]);
/** Common nouns for organisations, which speak as bodies do ('the bank said', 'the force added'). */
const ORGANISATION_NOUNS = new Set([
  'bank', 'firm', 'daily', 'charity', 'union', 'business', 'lender', 'insurer', 'retailer', 'school', 'college',
  'university', 'hospital', 'trust', 'force', 'club', 'ministry', 'embassy', 'watchdog', 'regulator', 'inspectorate',
  'council', 'authority', 'service', 'office', 'company', 'agency', 'department', 'government', 'administration',
]);

/** Words for no one, who says nothing ('Nobody asked.'). */
const NOBODY = new Set(['nobody', 'none', 'nothing', 'neither']);
/** Endings of nouns for people ('researcher', 'prosecutor', 'scientist', 'historian', 'retiree', 'actress', 'spokeswoman'). */
const PERSON_ENDING = /(?:er|or|ist|ian|ant|ent|ee|eon|man|woman|ess)s?$/;
/** Words after which a noun phrase's head has been said ('an inspection carried out in June'). */
// 'appointed' only before its complement: 'the commissioner appointed to oversee …', not 'the newly appointed head'
const POST_MODIFIER = /\s(?:from|of|in|at|by|with|for|to|on|carried|sent|published|issued|released|written|that|which|who|whose|appointed(?=\s(?:to|by|as)\s)),?\s|,|\s\(/;
const DETERMINERS = /^(?:the|a|an|its|their|his|her|this|that|these|those|one|another|some|several)\s+/i;
/** Titles, and 'vice' before one ('Vice President'): words before a name that are not the name. */
const HONORIFIC_WORDS = new Set(HONORIFICS.map((h) => h.text.toLowerCase()).concat(['vice']));
const NAME_WORD = /^\p{Lu}[\p{L}’'\-]*\p{Ll}[\p{L}’'\-]*$|^\p{Lu}\.?$/u;
/** Capitalised words that open a sentence or name a thing, never a person. */
const NOT_PERSON_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'in', 'on', 'at', 'after', 'before', 'when', 'while', 'but', 'and', 'or', 'if',
  'as', 'for', 'from', 'with', 'by', 'of', 'to', 'some', 'many', 'most', 'all', 'both', 'one', 'no', 'yet', 'so',
  ...WEEKDAY_NAMES, ...MONTH_NAMES_NOT_NAMES, 'twitter', 'facebook', 'instagram',
]);

/** Articles, prepositions, conjunctions and existential 'there': a phrase of nothing else names nobody. */
const FUNCTION_WORDS = new Set([
  'there', 'here', 'the', 'a', 'an', 'in', 'on', 'at', 'after', 'before', 'when', 'while', 'but', 'and', 'or', 'if', 'as', 'for', 'from',
  'with', 'by', 'of', 'to', 'yet', 'so', 'though', 'although', 'because', 'since', 'until', 'during',
]);

/** Words after which a name is a complement of the phrase, not its head. */
const COMPLEMENT_BEFORE = new Set(['of', 'to', 'for', 'with', 'at', 'by', 'from', 'about', 'against', 'like', 'than']);

const spanOf = (tokens: readonly Token[], body: string): Span => {
  const start = tokens[0]!.start, end = tokens[tokens.length - 1]!.end;
  return { text: body.slice(start, end), start, end };
};

/**
 * Resolves the words of a noun phrase; null when they name nobody (no noun, a clause rather than a phrase).
 * `tagged`: the part-of-speech pass of taggedSubject.ts already found the words to be a noun phrase.
 */
export function resolveSpeaker(np: readonly Token[], ctx: SpeakerContext, tagged = false): Speaker | null {
  if (!np.length) return null;
  const mention = spanOf(np, ctx.body);
  const first = np[0]!;
  // the first person named in the phrase ('Aaron Kall, the director …', 'Democratic Sen. Claire McCaskill',
  // 'Another critic, Laurence H. Tribe'), unless as a possessive or a complement ('Trump’s campaign manager',
  // 'a senior adviser to Hillary Clinton')
  const inside = ctx.people
    .flatMap((p) => p.mentions.filter((m) => m.start < mention.end && mention.start < m.end).map((m) => ({ p, m })))
    .filter(({ m }) => !/^[’']s\b/.test(ctx.body.slice(m.end, m.end + 3)))
    .filter(({ m }) => !COMPLEMENT_BEFORE.has(np[np.findIndex((t) => t.start >= m.start) - 1]?.norm ?? ''))
    .sort((a, b) => a.m.start - b.m.start)[0];
  if (inside) {
    // 'Beck, who has in the past described …': the relative pronoun is the cue's subject, so the mention runs to it
    const end = np.find((t) => t.start >= inside.m.end && RELATIVE_PRONOUNS.has(t.norm))?.end ?? inside.m.end;
    return { name: inside.p.name, type: 'person', mention: { text: ctx.body.slice(inside.m.start, end), start: inside.m.start, end } };
  }
  const words = np.filter((t) => /\p{L}/u.test(t.text)); // '46-year-old' is a word, '22' is not
  if (!words.length || words.every((t) => FUNCTION_WORDS.has(t.norm))) return null; // 'After', 'In the'
  if (words.length === 1) {
    const w = words[0]!.norm.replace(/'s$/, ''); // 'He’s predicting'
    if (w in PRONOUN_GENDER) {
      const antecedent = nearestPerson(ctx, mention.start, PRONOUN_GENDER[w]!);
      return { name: antecedent, type: 'person', mention };
    }
    if (GROUP_PRONOUNS.has(w)) {
      const antecedent = [...ctx.previous].reverse().find((s) => s.type !== 'person' && s.name && s.mention.start < mention.start);
      return { name: antecedent?.name ?? null, type: antecedent?.type ?? 'group', mention };
    }
    if (w === 'it') {
      const antecedent = [...ctx.previous].reverse().find((s) => s.type === 'organization' && s.name && s.mention.start < mention.start);
      return { name: antecedent?.name ?? null, type: 'organization', mention };
    }
    if (OTHER_PRONOUNS.has(w)) return { name: null, type: 'unknown', mention };
  }
  const inspectorate = ASSESSOR_NAMED.find((x) => x.pattern.test(mention.text))?.assessor;
  // 'In short, the report' -> 'the report': leading adverbials end with a comma
  const lower = mention.text.replace(/^.*,\s+(?=\S)/s, '').toLowerCase().replace(/[’']s\b/g, '').replace(DETERMINERS, '').trim();
  // the phrase before its post-modifiers ('the commissioner appointed to …'), and its last word
  const headPhrase = lower.split(POST_MODIFIER)[0]!.trim();
  const head = headPhrase.split(/\s+/).pop() ?? '';
  if (INSPECTORATE_STAFF.has(head)) {
    const org = inspectorate?.name ?? ctx.organisations.inspectorate;
    return { name: org ? `${org} ${head}` : head, type: 'group', mention };
  }
  if (inspectorate) return { name: inspectorate.name, type: 'organization', mention };
  if (COUNCIL_REFERENCES.has(lower) || COUNCIL_REFERENCES.has(head) && !/\p{Lu}/u.test(mention.text.replace(/^The\b/, ''))) {
    return { name: ctx.organisations.council ?? mention.text.replace(DETERMINERS, ''), type: 'organization', mention };
  }
  // a council named in the phrase's head ('The Security Council'), not in its complement ('the commissioner … at Sefton Council')
  if (/\bcouncil\b/i.test(headPhrase) && /\p{Lu}/u.test(mention.text)) {
    // 'The Security Council on Friday': the name ends before its first lower-case modifier
    const name = mention.text.replace(DETERMINERS, '').replace(/\s+(?!(?:of|for|and|the)\b)\p{Ll}.*$/su, '');
    return { name, type: 'organization', mention };
  }
  if (DOCUMENT_NOUNS.has(head)) {
    const author = authorOf(np, ctx);
    if (author) return { ...author, mention };
  }
  const assessor = ctx.organisations.inspectorate ?? ctx.organisations.assessor;
  if (assessor && (INSPECTORATE_REFERENCES.has(head) || INSPECTORATE_REFERENCES.has(lower))) {
    return { name: assessor, type: 'organization', mention };
  }
  const named = properName(np, ctx);
  if (named) return named;
  if (GROUP_NOUNS.has(head)) return { name: lower, type: 'group', mention };
  return commonNoun(np, head, ctx, tagged);
}

/** Documents that speak for whoever wrote them ('the report said', 'the letter added'). */
const DOCUMENT_NOUNS = new Set([
  'report', 'letter', 'statement', 'findings', 'review', 'judgement', 'judgment', 'verdict', 'summary', 'notice', 'email', 'emails',
  'memo', 'release', 'document', 'documents',
]);

/**
 * Who wrote the document a phrase names: the agent ('a report published by the Wales Audit Office'),
 * the owner ('Mr Hale’s report'), or the speaker of the last sentence that named such a document ('In a
 * letter to parents, the head teacher said …' then '“…,” the letter added').
 */
function authorOf(np: readonly Token[], ctx: SpeakerContext): Speaker | null {
  const by = np.findIndex((t) => t.text === 'by');
  if (by > 0 && (isCapitalised(np[by + 1]) || (/^(?:the|a)$/.test(np[by + 1]?.text ?? '') && isCapitalised(np[by + 2])))) {
    const agent = resolveSpeaker(np.slice(by + 1), ctx);
    if (agent?.name && agent.type !== 'unknown') return agent;
  }
  const owner = np.findIndex((t) => /['’]s$/.test(t.text) && isCapitalised(t));
  if (owner >= 0) {
    const t = np[owner]!;
    const bare = tokenize(t.text.replace(/['’]s$/, ''), t.start)[0]!;
    const agent = resolveSpeaker([...np.slice(0, owner).filter((w) => !DETERMINER_WORDS.has(w.norm)), bare], ctx);
    if (agent?.name && agent.type !== 'unknown') return agent;
  }
  const start = np[0]!.start;
  const noun = np.filter((t) => DOCUMENT_NOUNS.has(t.norm)).pop()!.norm;
  const here = segmentIndexAt(ctx.sentences, start);
  for (let k = here - 1; k >= Math.max(0, here - 2); k--) {
    const sentence = ctx.sentences[k]!;
    if (!new RegExp(`\\b${noun}\\b`, 'i').test(ctx.body.slice(sentence.start, sentence.end))) continue;
    const speaker = [...ctx.previous].reverse().find((p) => p.name && p.mention.start >= sentence.start && p.mention.end <= sentence.end);
    if (speaker) return speaker;
  }
  return null;
}

/**
 * Capitalised words: a person's name ('Minyon Moore', 'Ms. Moore', 'Rep. Gwen Moore (D-Wis.)'), or an
 * organisation ('The New York Post', 'Politifact'). A surname alone takes the fuller name the article gave.
 */
function properName(np: readonly Token[], ctx: SpeakerContext): Speaker | null {
  let tokens = np.filter((t) => t.text !== '.');
  const paren = tokens.findIndex((t) => t.text === '(');
  if (paren > 0) tokens = tokens.slice(0, paren); // '(D-Wis.)'
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma > 0) {
    // an apposition follows the name ('Aaron Kall, the director'), or is the name ('Her father, Brad')
    const apposition = tokens.slice(comma + 1);
    const described = !/^\p{Lu}/u.test(tokens[0]!.text) || DETERMINER_WORDS.has(tokens[0]!.norm);
    tokens = described && apposition.length && apposition.every(isCapitalisedWord) ? apposition : tokens.slice(0, comma);
  }
  const modifier = tokens.findIndex((t, k) => k > 0 && /^\p{Ll}/u.test(t.text) && !NAME_CONNECTORS.has(t.text));
  // 'the Republican lawmaker', 'The Indiana governor': capitals that modify a noun for a person name no one
  const noun = modifier > 0 ? tokens[modifier]!.norm : '';
  const capitalsBefore = modifier > 0 && tokens.slice(0, modifier).every((t) => DETERMINER_WORDS.has(t.norm) || /^\p{Lu}/u.test(t.text)) && tokens.slice(0, modifier).some((t) => /^\p{Lu}/u.test(t.text) && !DETERMINER_WORDS.has(t.norm));
  if (capitalsBefore && (PERSON_NOUNS.has(noun) || GROUP_NOUNS.has(noun)) && tokens.slice(modifier + 1).every((t) => /^\p{Ll}/u.test(t.text))) {
    const mention = spanOf(np, ctx.body);
    return { name: tokens.slice(0, modifier + 1).map((t) => t.text).join(' ').replace(DETERMINERS, ''), type: GROUP_NOUNS.has(noun) ? 'group' : 'person', mention };
  }
  if (modifier > 0) tokens = tokens.slice(0, modifier); // 'The Security Council on Friday'
  let i = 0;
  // 'host Bill Maher', 'actress America Ferrera': a lower-case descriptor before the name
  while (i < tokens.length - 2 && /^\p{Ll}/u.test(tokens[i]!.text) && !NAME_CONNECTORS.has(tokens[i]!.text)) i++;
  while (i < tokens.length - 1 && (HONORIFIC_WORDS.has(tokens[i]!.norm) || /^(?:former|democratic|republican|the)$/i.test(tokens[i]!.text))) i++;
  const titled = i > 0 && tokens.slice(0, i).some((t) => HONORIFIC_WORDS.has(t.norm));
  // 'Iowa State University’s Dianne Bystrom': the name follows the possessive
  const possessive = tokens.findLastIndex((t, k) => k >= i && k < tokens.length - 1 && /['’]s$/.test(t.text));
  const nameTokens = tokens.slice(Math.max(i, possessive + 1));
  if (nameTokens.every((t) => NOT_PERSON_WORDS.has(t.norm) || lexiconTags(t.norm).some((tag) => NOT_NP_EDGE.has(tag)))) return null;
  if (/['’]s$/.test(nameTokens[nameTokens.length - 1]?.text ?? '')) return null; // 'Trump’s': a possessive, not a speaker
  if (!nameTokens.length || nameTokens.length > 6 || !nameTokens.every((t) => isCapitalisedWord(t))) return null;
  if (!/^\p{L}/u.test(nameTokens[0]!.text)) return null; // 'the 46-year-old' is no name
  const mention = spanOf(np, ctx.body);
  const orgLike = nameTokens.some((t) => ORGANISATION_WORDS.has(t.norm)) || /^the$/i.test(np[0]!.text);
  const personShaped = nameTokens.length <= 4 && nameTokens.every((t) => NAME_WORD.test(t.text) && !NOT_PERSON_WORDS.has(t.norm));
  if (!orgLike && personShaped && (titled || nameTokens.length >= 2)) {
    const text = nameTokens.map((t) => t.text).join(' ');
    return { name: nameTokens.length === 1 ? fullerName(text, ctx) ?? text : text, type: 'person', mention };
  }
  if (!orgLike && personShaped && nameTokens.length === 1) {
    const fuller = fullerName(nameTokens[0]!.text, ctx);
    if (fuller) return { name: fuller, type: 'person', mention };
    // a given name alone ('“I would,” Melanie said') is a person the article calls by it
    if (lexiconTags(nameTokens[0]!.norm).some((t) => NAME_TAGS.has(t))) return { name: nameTokens[0]!.text, type: 'person', mention };
  }
  const name = tokens.map((t) => t.text).join(' ').replace(DETERMINERS, '');
  return { name, type: 'organization', mention };
}

/** Lower-case words inside names ('Department of State', 'Ludwig van Beethoven'). */
const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'van', 'von', 'du', 'da', 'del', 'la', 'le', 'bin', 'al']);
const isCapitalisedWord = (t: Token) => /^[\p{Lu}\p{N}]/u.test(t.text) || NAME_CONNECTORS.has(t.text);

/**
 * For each capitalised word of the body, the name-shaped word first written right before it ('Minyon'
 * before 'Moore', 'John F.' before 'Kennedy'): one scan of the body, however many surnames are asked about.
 */
export function namesBefore(body: string): Map<string, string> {
  const before = new Map<string, string>();
  for (const m of body.matchAll(NAME_PAIR)) {
    const word = m[2]!.replace(/['’]s$/, '');
    if (!before.has(word)) before.set(word, m[1]!);
  }
  return before;
}
const NAME_PAIR = /\b(\p{Lu}[\p{L}’'\-]+(?:\s+\p{Lu}\.)?)\s+(?=(\p{Lu}[\p{L}\p{N}’'\-]*))/gu;

/** 'Moore' -> 'Minyon Moore': a person of the article with that surname, or a name-shaped word written right before it. */
function fullerName(surname: string, ctx: SpeakerContext): string | null {
  const person = ctx.people.find((p) => p.name.split(/\s+/).pop() === surname && p.name.includes(' '));
  if (person) return person.name;
  const first = ctx.namesBefore().get(surname);
  if (!first || NOT_PERSON_WORDS.has(first.toLowerCase()) || HONORIFIC_WORDS.has(first.toLowerCase()) || ORGANISATION_WORDS.has(first.toLowerCase())) return null;
  return `${first} ${surname}`;
}

/**
 * Whether a noun phrase that only a part-of-speech pass found can be a speaker: a pronoun, a name, or a
 * head noun for a person, a group or something that carries words ('Initiatives by the council' cannot).
 * `isName` tells a name from a capitalised word that only opens its sentence.
 */
export function canSpeak(np: readonly Token[], isName: (t: Token) => boolean): boolean {
  const words = np.filter((t) => /^\p{L}/u.test(t.text));
  const end = words.findIndex((t, k) => k > 0 && COMPLEMENT_BEFORE.has(t.norm));
  const head = words[(end < 0 ? words.length : end) - 1];
  if (!head) return false;
  const w = head.norm.replace(/'s$/, '');
  if (NOBODY.has(w)) return false;
  if (w in PRONOUN_GENDER || GROUP_PRONOUNS.has(w) || OTHER_PRONOUNS.has(w) || isName(head)) return true;
  return [w, w.replace(/s$/, '')].some((x) => PERSON_NOUNS.has(x) || GROUP_NOUNS.has(x) || VOICE_NOUNS.has(x))
    || lexiconTags(w).includes('Actor') || PERSON_ENDING.test(w);
}

/** 'the ad’s narrator', 'one questioner', 'several environmental groups': the phrase itself speaks. */
function commonNoun(np: readonly Token[], head: string, ctx: SpeakerContext, tagged: boolean): Speaker | null {
  const words = np.filter((t) => /^[\p{L}\p{N}]/u.test(t.text));
  // 'a strategist for one of these candidates': a short phrase is read up to its complement
  const complement = words.findIndex((t, k) => k > 0 && k <= 4 && COMPLEMENT_BEFORE.has(t.norm));
  if (words.length > 14 || !head || !(tagged || isNounPhrase(complement < 0 ? words : words.slice(0, complement)))) return null;
  const mention = spanOf(np, ctx.body);
  const name = mention.text.replace(DETERMINERS, '');
  if (PERSON_NOUNS.has(head) || /-year-old$/.test(head)) return { name, type: 'person', mention };
  if (ORGANISATION_NOUNS.has(head)) return { name, type: 'organization', mention };
  if (/s$/.test(head) && !/ss$/.test(head)) return { name, type: 'group', mention };
  if (/^\p{Lu}/u.test(words[words.length - 1]!.text)) return { name, type: 'organization', mention };
  return { name, type: 'unknown', mention };
}

/** A person's gender as stated by a title, else as guessed from the given name; once per person of an article. */
const GENDERS = new WeakMap<Person, { stated: Gender | null; guess: Gender | null }>();
function gendersOf(p: Person, body: string): { stated: Gender | null; guess: Gender | null } {
  let found = GENDERS.get(p);
  if (!found) {
    const stated = statedGender(p, body);
    GENDERS.set(p, (found = { stated, guess: stated ? null : givenNameGender(p) }));
  }
  return found;
}

/**
 * The antecedent of 'he' or 'she': subjects before objects, as readers resolve them. The first person
 * named earlier in the pronoun's sentence, else the first named in the sentence before ('Trump said X was
 * “…” and Cruz “…”. However, he …' is Trump), else the person mentioned last. People whose stated gender
 * differs from the pronoun's are skipped; a gender guessed from a given name only when another person
 * of those two sentences fits ('Lindsey Graham … he').
 */
function nearestPerson(ctx: SpeakerContext, before: number, gender: Gender, depth = 0): string | null {
  const candidates: Array<{ name: string; at: number; guessed: boolean }> = [];
  const add = (p: Person, mentions: readonly Span[]) => {
    const { stated, guess } = gendersOf(p, ctx.body);
    if (stated && stated !== gender) return;
    const guessed = !!guess && guess !== gender;
    // a person named as the complement of a preposition ('criticism by the previous commissioner Jo Bell') is not what 'he' continues
    for (const m of mentions) if (m.end <= before && !isComplement(ctx.body, m.start)) candidates.push({ name: p.name, at: m.start, guessed });
  };
  for (const p of ctx.people) add(p, p.mentions);
  for (const s of ctx.previous) {
    if (s.type !== 'person' || !s.name || s.mention.end > before || /^(?:he|she|him|her)$/i.test(s.mention.text)) continue;
    // (an earlier speaker the article names is that person, whose stated gender holds: 'Mr Reed' is no 'she')
    const known = ctx.people.find((p) => p.name === s.name);
    add(known ?? { name: s.name, honorific: null, officialHonorific: false, roles: [], roleRule: null, organization: null, mentions: [s.mention] }, [s.mention]);
  }
  const sents = ctx.sentences;
  const here = segmentIndexAt(sents, before);
  const firstIn = (k: number, pool: typeof candidates) => {
    const sentence = sents[k];
    return sentence ? pool.filter((c) => c.at >= sentence.start && c.at < sentence.end).sort((a, b) => a.at - b.at)[0] : undefined;
  };
  const fitting = candidates.filter((c) => !c.guessed);
  const inHere = firstIn(here, fitting);
  if (inHere) return inHere.name;
  // 'He also found that Mr Cole …' before the pronoun's sentence: the subject goes on, so does its antecedent
  const previous = sents[here - 1];
  if (previous && depth < 4 && PRONOUN_OPENER[gender].test(ctx.body.slice(previous.start, previous.end))) {
    return nearestPerson(ctx, previous.start, gender, depth + 1);
  }
  const found = firstIn(here - 1, fitting) ?? firstIn(here, candidates) ?? firstIn(here - 1, candidates);
  if (found) return found.name;
  return fitting.length ? fitting.reduce((a, b) => (b.at > a.at ? b : a)).name : null;
}

/** A sentence whose subject is the pronoun ('He also found …', 'But she said …'). */
const PRONOUN_OPENER: Record<Gender, RegExp> = { male: /^\W*(?:(?:But|And|However,?)\s+)?He\b/, female: /^\W*(?:(?:But|And|However,?)\s+)?She\b/ };

/** Words a person's mention may stand after inside a noun phrase: determiners, titles, role words ('the previous commissioner'). */
const COMPLEMENT_PATH = /\b(?:by|of|with|from|about|against|to|for|like|than)\s+(?:(?:the|a|an|his|her|its|their|former|previous|new|[\p{Ll}-]*(?:er|or|ist|ant|ent|man|woman|head|chief|chair))\s+){0,4}$/u;
function isComplement(body: string, start: number): boolean {
  return COMPLEMENT_PATH.test(body.slice(Math.max(0, start - 60), start));
}

/** Tags of compromise's lexicon that a noun phrase does not start or end with. */
const NOT_NP_EDGE = new Set(['Preposition', 'Conjunction', 'Adverb', 'Comparative', 'PastTense', 'Infinitive', 'Gerund', 'PresentTense', 'Modal', 'Participle', 'Copula', 'Pronoun']);
/** Words that make a span a clause, not a noun phrase ('it would take', 'the agreements were handed out'). */
const CLAUSE_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might',
  'must', 'has', 'have', 'had', 'do', 'does', 'did', 'what', 'there', 'it', 'because', 'if', 'when', 'whether', 'not',
  'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me',
]);
const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'several', 'many', 'most', 'other', 'both', 'all', 'each', 'every', 'no', 'few', 'two', 'three']);

/** A noun phrase: no clause word, and neither edge is a verb, adverb, preposition or pronoun. */
function isNounPhrase(words: readonly Token[]): boolean {
  if (words.some((t) => CLAUSE_WORDS.has(t.norm) && t.text === t.norm)) return false;
  const first = words[0]!, last = words[words.length - 1]!;
  const bad = (t: Token) => t.text === t.norm && !DETERMINER_WORDS.has(t.norm)
    && (lexiconTags(t.norm).some((tag) => NOT_NP_EDGE.has(tag)) || /(?:ly|ing)$/.test(t.norm) || (/ed$/.test(t.norm) && !lexiconTags(t.norm).length));
  // after a determiner a word is a noun, whatever the lexicon's first reading ('the judge', 'a report')
  const lastIsNoun = words.length > 1 && DETERMINER_WORDS.has(words[words.length - 2]!.norm);
  if (bad(first) || (!lastIsNoun && bad(last))) return false;
  if (DETERMINER_WORDS.has(last.norm) || /['’]s$/.test(last.text)) return false;
  // 'women to vote for …': an infinitive clause
  if (words.some((t, k) => t.norm === 'to' && lexiconTags(words[k + 1]?.norm ?? '').includes('Infinitive'))) return false;
  return true;
}

/**
 * The check every attributed speaker passes: a person's name, an organisation or a group noun. A role that
 * refers back ('the commissioner') becomes the person the article gives that role; anything else ('Work',
 * 'decision', 'Aa1', 'Newham Council’s') means the sieve misread its sentence, and gives null so that the
 * quote goes on to the next sieve. A pronoun with no antecedent passes, with no name.
 */
export function checkedSpeaker(found: Speaker, ctx: SpeakerContext, isName: (word: string) => boolean): Speaker | null {
  if (!found.name) return found;
  // 'And a bartender': a connective opening the sentence is no part of the speaker
  const speaker = { ...found, name: found.name.replace(LEADING_CONNECTIVE, '') };
  const { name, type } = speaker;
  // 'Forty-one percent of respondents say': a share of a group speaks for it
  const share = SHARE.exec(speaker.mention.text)?.[0];
  if (share) return { ...speaker, name: share, type: 'group' };
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  // a possessive is a determiner of the subject ('Newham Council’s'), and 'Aa1' a grade code
  if ((/['’]s$/.test(last) && !ASSESSORS.some((a) => a.name === name)) || words.some((w) => GRADE_CODE.test(w))) return null;
  if (ctx.people.some((p) => p.name === name)) return speaker;
  const head = headNoun(name);
  const singular = head.replace(/s$/, '');
  const noun = GROUP_NOUNS.has(head) || PERSON_NOUNS.has(singular) || VOICE_NOUNS.has(head) || VOICE_NOUNS.has(singular) || ORGANISATION_NOUNS.has(singular);
  if (/^\p{Lu}/u.test(name)) {
    // a name opens with no function word, number or adverb ('Between Saturday', 'Forty-one', 'Conversely', 'My')
    const first = words[0]!.toLowerCase();
    if (FUNCTION_WORDS.has(first) || NUMBER_WORD.test(first) || lexiconTags(first).some((t) => CLOSED_CLASS.has(t) || t === 'Gerund')
      || (words.length === 1 && /ly$/.test(first) && !lexiconTags(first).some((t) => NAME_TAGS.has(t)))) return null;
    // 'Secretary of State John F Kerry', 'House Speaker Paul Ryan': a title, then the person
    const titled = /^(.*?)\s((?:\p{Lu}[\p{L}’'-]+\s)(?:\p{Lu}\.?\s)?\p{Lu}[\p{L}’'-]+)$/u.exec(name);
    if (titled && titled[1]!.split(/\s+/).some((w) => ROLE_HEAD_WORDS.has(w.toLowerCase()))) return { ...speaker, name: titled[2]!, type: 'person' };
    if (words.length > 1 || type === 'person' || noun || isName(name) || ASSESSORS.some((a) => a.name === name)) return speaker;
    // one capitalised word that the article never writes so inside a sentence: not a word that only opens
    // one ('There was …'), nor the modifier of a common noun there ('Work practices were …', 'Pupil behaviour')
    const at = speaker.mention.start + Math.max(0, speaker.mention.text.indexOf(name)) + name.length;
    const next = /^\s+(\p{Ll}+)/u.exec(ctx.body.slice(at, at + 40))?.[1];
    // the next word is a noun: the lexicon says so and not that it is a verb, or it does not know it and it is no verb form
    const tags = next ? lexiconTags(next) : [];
    const modifies = !!next && (tags.length ? tags.some((t) => NOUN_TAGS.has(t)) && !tags.some((t) => VERB_TAGS.has(t)) : !/(?:ed|ing)$/.test(next));
    return modifies ? null : speaker;
  }
  // 'her top aide Huma Abedin': the name the description ends with
  const named = /(?:^|\s)((?:\p{Lu}[\p{L}’'.-]*\s+)+\p{Lu}[\p{L}’'-]+)$/u.exec(name)?.[1];
  if (named && !ORGANISATION_WORDS.has(headNoun(named))) return { ...speaker, name: named, type: 'person' };
  if (type === 'person') return { ...speaker, name: roleHolder(name, head, ctx) ?? name };
  return noun || PERSON_ENDING.test(head) || lexiconTags(singular).includes('Actor') ? speaker : null;
}

const NOUN_TAGS = new Set(['Singular', 'Plural', 'Uncountable', 'Noun']);
const LEADING_CONNECTIVE = /^(?:And|But|So|Yet|Or)\s+(?:(?:a|an|the)\s+)?/;
/** A share of a group: 'Forty-one percent of respondents', '52% of voters'. */
const SHARE = /^(?:\d+(?:\.\d+)?|[A-Za-z]+(?:-[a-z]+)?)\s*(?:%|per\s?cent)\s+of\s+(?:the\s+)?[\p{L}-]+(?:\s[\p{Ll}-]+)?$/u;
/** Number words ('Forty-one percent of respondents say'): a share of people, not a name. */
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-\w+)?$/;
/** The lexicon's tags for given names. */
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Copula', 'Modal', 'Auxiliary']);
/** Tags of words that are never a name: 'However', 'Although'. */
const CLOSED_CLASS = new Set(['Preposition', 'Conjunction', 'Adverb', 'Pronoun', 'Determiner', 'Possessive']);

/** A credit grade's code ('Aa1', 'Baa3', 'A2'): no one's name. */
const GRADE_CODE = /^\p{Lu}\p{Ll}{0,2}\d$/u;


/** The head of a noun phrase: its last word before any post-modifier, and before a verb the subject ran into ('officials haven’t'). */
const headNoun = (phrase: string) => phrase.toLowerCase().replace(/[’']s\b/g, '').split(POST_MODIFIER)[0]!.trim()
  .replace(/(?:\s+(?:which|who|that|whose|\w+n[’']t|is|are|was|were|has|have|had|will|would))+$/, '').split(/\s+/).pop() ?? '';

/** The last words of role heads ('commissioner', 'executive', 'teacher'): what a role phrase ends with. */
export const ROLE_HEAD_WORDS: ReadonlySet<string> = new Set(ROLE_HEAD_LIST.map((r) => r.split(' ').pop()!));

/**
 * The person a role refers back to ('the commissioner' → the one person the article gives a commissioner's
 * role, not one it calls former or previous). Null when no one or several hold it.
 */
function roleHolder(phrase: string, head: string, ctx: SpeakerContext): string | null {
  if (!ROLE_HEAD_WORDS.has(head)) return null;
  const holders = ctx.people.filter((p) => p.name.includes(' ') && p.roles.some((r) => {
    const words = r.toLowerCase().split(/\s+/);
    return headNoun(r) === head && !words.some((w) => PAST_TENURE.has(w));
  }));
  return holders.length === 1 && !/\b(?:former|previous|ex-)/i.test(phrase) ? holders[0]!.name : null;
}
