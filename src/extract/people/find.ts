import type { Span } from '../../schema/index.js';
import { lexiconTags } from '../shared/lexicon.js';
import { indicesOf } from '../shared/search.js';
import { COMPASS_WORDS, PLACE_TAGS } from '../../vocabulary/bodies.js';
import type { ArticleContext } from '../context/index.js';
import { isCapitalised, isWord, normWord, startsLower, tokenize, type Token } from '../context/tokens.js';
import { nameWords, sameWords } from './names.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../vocabulary/calendar.js';
import { CUE_FORMS } from '../../vocabulary/cueVerbs.js';
import { CAPITALISED_MODIFIERS, CAPITALS_ONLY_ROLES, COMPLEMENT_STOP, HONORIFICS, INSTITUTION_WORDS, NOT_NAME_START, ORGANISATION_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from './vocabulary.js';
import type { Deadline } from '../shared/deadline.js';
import type { Honorific } from '../../vocabulary/honorifics.js';

/** One place where a person is named, with what the words around it say about them. */
export interface PersonMention extends Span {
  name: string;
  honorific: string | null;
  /** The titles the honorific is made of ('Professor Sir' is two). */
  titles: readonly Honorific[];
  role: Span | null;
  /** Where the role was read. */
  roleRule: RoleRule | null;
  organization: string | null;
}

/** A person of the article: every mention of them, and the name in its fullest form. */
export interface Person {
  name: string;
  honorific: string | null;
  officialHonorific: boolean;
  roles: string[];
  /** Where the first role was read; null when the person has none. */
  roleRule: RoleRule | null;
  organization: string | null;
  mentions: Span[];
}

/** Token indices, end exclusive; `trim` characters of the last token are not part of it (a possessive's 's). */
interface Phrase { start: number; end: number; trim?: number }

const norm = (s: string) => s.split(/\s+/).map(normWord).join(' ');
const HONORIFIC_BY_NORM = new Map(HONORIFICS.map((h) => [norm(h.text), h]));
const HEADS = [...ROLE_HEADS].map(norm).sort((a, b) => b.split(' ').length - a.split(' ').length);
const HEAD_SET = new Set(HEADS);
/** Multi-word tables indexed by their first word, so a token is checked against a few entries, not all. */
function byFirstWord(entries: readonly string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const e of entries) {
    const words = e.split(' ');
    map.set(words[0]!, [...(map.get(words[0]!) ?? []), words].sort((a, b) => b.length - a.length));
  }
  return map;
}
const HEADS_BY_FIRST = byFirstWord(HEADS);
const HONORIFICS_BY_FIRST = byFirstWord([...HONORIFIC_BY_NORM.keys()]);

/** Words of the longest entry of `index` that starts at token i; 0 when none does. */
function entryAt(index: Map<string, string[][]>, tokens: Token[], i: number): number {
  for (const words of index.get(tokens[i]?.norm ?? '') ?? []) {
    if (words.every((w, k) => tokens[i + k]?.norm === w)) return words.length;
  }
  return 0;
}

/** compromise's lexicon knows some 3,000 given names. */
const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const isFirstName = (word: string) => lexiconTags(word).some((t) => GIVEN_NAME_TAGS.has(t));

/** People named in the body, clustered so that 'Coun Jonathan Lester' and 'Jonathan Lester' are one. */
export function peopleOf(ctx: ArticleContext): Person[] {
  const { body, deadline } = ctx;
  const mentions = ctx.paragraphs.flatMap((p) => {
    const tokens = ctx.tokensIn(p.start, p.end);
    return isHeadlineCase(tokens) ? [] : mentionsIn(body, tokens, deadline);
  });
  const people = cluster(body, mentions);
  roleFromLede(ctx, people);
  return people;
}

/** The sentences that open a news story: where it may name a role first and its holder in the next sentence. */
const LEDE_SENTENCES = 3;

/**
 * A story that opens on a role with no name ('The chief executive of the council has been sacked', '…, a
 * government-appointed commissioner has said') names its holder in the next sentence, which opens on them
 * ('Anthony Smith was suspended in 2013'): that person, given no role of their own, holds it. The role
 * must be the opening sentence's subject or the speaker of its closing cue, and that sentence names no one.
 */
function roleFromLede(ctx: ArticleContext, people: Person[]): void {
  const lede = ctx.sentences.slice(0, LEDE_SENTENCES + 1);
  for (let k = 1; k < lede.length; k++) {
    const opener = lede[k]!, before = lede[k - 1]!;
    // the name opens the sentence, after its titles maybe ('Dr Ruth Palmer stepped down …')
    const opens = (at: number) => at === opener.start || titlesOnly(ctx.tokensIn(opener.start, at));
    const holder = people.find((p) => p.name.includes(' ') && p.mentions.some((m) => m.start < opener.end && opens(m.start)));
    if (!holder || holder.roles.length || holder.officialHonorific) continue;
    if (people.some((p) => p.mentions.some((m) => m.start >= before.start && m.start < before.end))) continue;
    const role = anonymousRole(ctx.tokensIn(before.start, before.end));
    if (!role) continue;
    holder.roles.push(role.span.text);
    holder.roleRule = role.rule;
    holder.organization ??= role.organization;
  }
}

/** Tokens that are nothing but titles ('Dr', 'The Rev'). */
function titlesOnly(tokens: Token[]): boolean {
  const titles = honorificAt(tokens, 0) ?? (tokens[0]?.norm === 'the' ? honorificAt(tokens, 1) : null);
  return !!titles && titles.end === tokens.length;
}

/** Lower-case words a role named without a name may have before its head ('a government-appointed commissioner'). */
const MAX_ROLE_ADJECTIVES = 2;
const PERFECT = new Set(['has', 'have']);
/** The words that join a role to its employer: ' of the ', ' at ', ' for '. */
const EMPLOYER_COMPLEMENT = /\s+(?:of|at|for)\s+(?:the\s+)?$/;

/**
 * The role a sentence names, with no name after it, as its subject ('The chief executive of X has …') or
 * as the speaker of its closing cue ('…, a government-appointed commissioner has said.').
 */
function anonymousRole(tokens: Token[]): RoleFound | null {
  const comma = tokens.findLastIndex((t) => t.text === ',');
  for (const start of comma >= 0 ? [0, comma + 1] : [0]) {
    if (!ROLE_DETERMINERS.has(tokens[start]?.norm ?? '')) continue;
    for (let k = start + 1; k <= start + 1 + MAX_ROLE_ADJECTIVES; k++) {
      if (k > start + 1 && !/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k - 1]?.text ?? '')) break;
      const role = roleAt(tokens, k, false);
      if (!role) continue;
      let end = tokens.findIndex((t) => t.start >= role.span.end);
      if (end < 0) end = tokens.length;
      if (start > 0 && !closingCue(tokens.slice(end))) return null;
      // the subject runs to its verb: 'The commissioner appointed to oversee the council’s services has warned'
      if (start === 0) end = subjectEnd(tokens, end);
      // 'The chief executive of X Council': the role is 'chief executive', X Council its employer
      const text = textOf(tokens, { start: start + 1, end });
      const employer = role.organization && text.endsWith(role.organization) ? EMPLOYER_COMPLEMENT.exec(text.slice(0, -role.organization.length)) : null;
      const span = { text: employer ? text.slice(0, employer.index) : text, start: tokens[start + 1]!.start, end: role.span.end };
      span.end = span.start + span.text.length;
      return { span, organization: role.organization, rule: 'role-lede' };
    }
  }
  return null;
}

/** A capitalised common word that opens its sentence, before a given name ('Resident Ann Lee'): a description, not a name's first word. */
function describesWhoFollows(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.text;
  if (before !== undefined && !SENTENCE_OPENERS.has(before)) return false;
  // (a noun or an adjective the lexicon knows, as nothing a name or a place is; not an adverb, 'Even Ann Lee …')
  const tags = lexiconTags(tokens[k]!.norm);
  return tags.some((t) => DESCRIBING_TAGS.has(t)) && !tags.some((t) => NAME_OR_PLACE_TAGS.has(t)) && isFirstName(tokens[k + 1]!.text);
}
const DESCRIBING_TAGS: ReadonlySet<string> = new Set(['Noun', 'Singular', 'Plural', 'Actor', 'Adjective']);
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['.', '!', '?', '“', '"', '‘', "'", '(', '•', '-', '–', '—']);
const NAME_OR_PLACE_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific', 'ProperNoun',
  'Place', 'City', 'Country', 'Region', 'Organization', 'Company', 'School', 'SportsTeam', 'Month', 'WeekDay', 'Date']);

/** Auxiliaries that end a sentence's subject. */
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should']);
/** How many words a role's complement may run to before its verb. */
const MAX_SUBJECT_WORDS = 16;

/** Where the subject a role opens ends: at the first auxiliary, over words only; else where the role ends. */
function subjectEnd(tokens: Token[], roleEnd: number): number {
  for (let j = roleEnd; j < tokens.length && j < roleEnd + MAX_SUBJECT_WORDS; j++) {
    if (AUXILIARIES.has(tokens[j]!.text)) return j;
    if (!isWord(tokens[j])) break;
  }
  return roleEnd;
}

/** What ends a sentence after its speaker: '(has) said', 'warned', and the full stop. */
function closingCue(rest: Token[]): boolean {
  const words = rest.filter((t) => isWord(t));
  const cue = PERFECT.has(words[0]?.norm ?? '') ? 1 : 0;
  return words.length === cue + 1 && CUE_FORMS.has(words[cue]!.norm);
}

/**
 * A line in headline case ('Sheriff Praises Deputy About Possible Run'): every word capitalised, verbs and
 * prepositions too, so capitals say nothing about names there. The body repeats the people it names.
 */
function isHeadlineCase(tokens: Token[]): boolean {
  // (a paragraph of prose has a word in lower case within its first few: the test stops there)
  const words: Token[] = [];
  for (const t of tokens) {
    if (!WORD_OF_LETTERS.test(t.text)) continue;
    if (startsLower(t.text) && !HEADLINE_SMALL_WORDS.has(t.text)) return false;
    words.push(t);
  }
  if (words.length < 4) return false;
  return words.slice(1).some((t) => isCapitalised(t) && lexiconTags(t.norm).some((tag) => HEADLINE_EVIDENCE.has(tag)));
}
const WORD_OF_LETTERS = /^\p{L}{2,}/u;
/** Words a headline leaves in lower case ('of', 'and', 'the'). */
const HEADLINE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'as', 'is', 'vs']);
/** Tags of words that prose writes in lower case: capitalised, they show headline case. */
const HEADLINE_EVIDENCE = new Set(['Preposition', 'Conjunction', 'PastTense', 'PresentTense', 'Infinitive', 'Adverb', 'Copula', 'Determiner']);

function mentionsIn(body: string, tokens: Token[], deadline: Deadline | undefined): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    deadline?.check();
    if (!isCapitalised(tokens[i])) continue;
    const hon = honorificAt(tokens, i);
    const previous = tokens[i - 1];
    // inside a longer capitalised run ('Herefordshire Council Paul …' is handled from its own start)
    // (but a common noun that opens the sentence describes who follows: 'Resident Ann Lee, who lives …', 'Parent Tom Reed said')
    if (!hon && isCapitalised(previous) && !NOT_NAME_START.has(previous!.norm) && !isRoleToken(previous!) && !ORGANISATION_WORDS.has(previous!.norm)
      && !describesWhoFollows(tokens, i - 1)) continue;
    const nameStart = hon ? hon.end : i;
    const known = nameAt(tokens, nameStart, !!hon);
    const byRole = known || hon ? null : namedByRole(tokens, i);
    const name = known ?? byRole;
    if (!name) continue;
    const first = tokens[name.start]!, end = tokens[name.end - 1]!.end - (name.trim ?? 0);
    // after a possessive ('President Putin’s spokesman') only a role before the name is the person's
    const role = name.trim ? roleBefore(tokens, hon ? hon.start : name.start, hon?.end) : roleAround(tokens, hon ? hon.start : name.start, name.end, hon?.end);
    // a name known only by a role beside it, or by a given name with neither title nor role, that the article also writes
    // as an institution's first words is that institution's ('would lead Ridgeway Park as interim head', beside 'Ridgeway
    // Park Academy'; 'Harlow Creek's enrolment', beside 'Harlow Creek City School District')
    if ((byRole || (!hon && !role)) && namesInstitution(body, body.slice(first.start, end))) continue;
    out.push({
      text: body.slice(first.start, end), start: first.start, end,
      name: body.slice(first.start, end),
      honorific: hon ? body.slice(tokens[hon.start]!.start, tokens[hon.end - 1]!.end) : null,
      titles: hon?.titles ?? [],
      role: role?.span ?? null,
      roleRule: role?.rule ?? null,
      organization: role?.organization ?? null,
    });
    i = name.end - 1;
  }
  return out;
}

interface Titles extends Phrase { titles: Honorific[] }
/** The most titles one name stacks ('The Rt Hon Professor Sir'): a run of titles is read in bounded time. */
const MAX_TITLES = 3;

/** One title or a stack of them ('Professor Sir', 'the Rt Hon'), each with its full stop. */
function honorificAt(tokens: Token[], i: number): Titles | null {
  const titles: Honorific[] = [];
  let end = i;
  for (let n; titles.length < MAX_TITLES && isCapitalised(tokens[end]) && (n = entryAt(HONORIFICS_BY_FIRST, tokens, end)); ) {
    titles.push(HONORIFIC_BY_NORM.get(tokens.slice(end, end + n).map((t) => t.norm).join(' '))!);
    end += n;
    if (tokens[end]?.text === '.') end++;
  }
  return titles.length ? { start: i, end, titles } : null;
}

/**
 * Whether the body writes `name` as the first words of an institution's: right before its word, or before one or two more
 * capitals that lead to it ('Ridgeway Park Academy', 'Harlow Creek City School District').
 */
function namesInstitution(body: string, name: string): boolean {
  for (const at of indicesOf(body, name)) {
    const next = CAPITALS_AFTER_NAME.exec(body.slice(at + name.length, at + name.length + 60));
    if (next?.slice(1).some((w) => w !== undefined && INSTITUTION_WORDS.has(w.toLowerCase()))) return true;
  }
  return false;
}
/** Up to three capitalised words right after a name, each captured. */
const CAPITALS_AFTER_NAME = /^[^\S\n]+(\p{Lu}\p{L}+)(?:[^\S\n]+(\p{Lu}\p{L}+))?(?:[^\S\n]+(\p{Lu}\p{L}+))?/u;

const twoOrMore = (p: Phrase | null) => (p && p.end - p.start >= 2 ? p : null);

/**
 * Two or more name-shaped words next to a role are a name whether or not the lexicon knows the given
 * name: after a capitalised title ('Secretary General Ban Ki-moon'), or with a role phrase right before
 * ('councillor Tegwen Morgannwg', 'the regulator’s lead inspector, Jaswinder Kahlon') or after it
 * ('Oluwaseun Adeyemi, cabinet member for housing').
 */
function namedByRole(tokens: Token[], i: number): Phrase | null {
  const name = twoOrMore(nameAt(tokens, i, true));
  // a place's name before a title is no given name ('New Mexico State Treasurer Arturo Benavidez'), nor is a compass word
  // ('joined North Ravensdale as chief constable')
  if (!name || (lexiconTags(tokens[i]!.text).some((t) => PLACE_TAGS.has(t)) && !isFirstName(tokens[i]!.text)) || COMPASS_WORDS.has(tokens[i]!.norm)) return null;
  const titled = i > 0 && isCapitalised(tokens[i - 1]) && isRoleToken(tokens[i - 1]!);
  return titled || roleBefore(tokens, i) || roleAfter(tokens, name.end) || roleLinked(tokens, name.end) ? name : null;
}

const NAME_TOKEN = /^\p{Lu}[\p{L}’'\-]*\p{Ll}[\p{L}’'\-]*$/u;

/** Two to four name-shaped tokens; without an honorific the first must be a known given name. */
function nameAt(tokens: Token[], i: number, hasHonorific: boolean): Phrase | null {
  let end = i;
  // 'R.T. Rybak', 'J. K. Hale': initials open a name only after a title or a role, where no given name is needed
  while (hasHonorific && INITIALS.test(tokens[end]?.text ?? '') && tokens[end + 1]?.text === '.' && end - i < 4) end += 2;
  const initials = end - i;
  let trim = 0;
  while (end < tokens.length && end - i < 4 + initials) {
    const t = tokens[end]!;
    if (end > i && NAME_PARTICLES.has(t.text) && tokens[end + 1] && isNameToken(tokens[end + 1]!)) { end++; continue; } // 'Bill de Blasio'
    if (end > i && !isNameToken(t)) {
      // the name's last word: 'Putin’s' (the mention stops before the possessive), 'al-Assad', 'May' of Theresa May
      const owner = POSSESSIVE.test(t.text) && isNameToken(tokenize(t.text.replace(POSSESSIVE, ''))[0]!);
      const dateWord = end === i + initials + 1 && NOT_NAME_START.has(t.norm) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && CALENDAR_WORDS.has(t.norm) && !/^\d/.test(tokens[end + 1]?.text ?? '');
      if (owner || ARABIC_PARTICLE.test(t.text) || dateWord) { end++; trim = owner ? 2 : 0; }
      break;
    }
    if (!isNameToken(t)) break;
    end++;
    if (tokens[end]?.text.length === 1 && /\p{Lu}/u.test(tokens[end]!.text) && tokens[end + 1]?.text === '.') end += 2; // middle initial
  }
  if (initials && end === i + initials) return null;
  const n = end - i;
  if (n === 0) return null;
  if (n === 1) return hasHonorific ? { start: i, end } : null;
  const first = tokens[i]!;
  if (NOT_NAME_START.has(first.norm)) return null;
  if (!hasHonorific && !isFirstName(first.text)) return null;
  return { start: i, end, trim };
}

/** Lower-case words inside a surname ('de Blasio', 'van Rompuy'). */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'du', 'da', 'di', 'del', 'della', 'le', 'la', 'bin', 'ibn']);
const ARABIC_PARTICLE = /^(?:al|el|bin|ibn|abu)-\p{Lu}\p{L}+$/u;
/** Month and weekday names that are also surnames ('Theresa May'), as the last word of a name. */
const CALENDAR_WORDS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);

const POSSESSIVE = /['’]s$/u;
/** Nouns for a person by what they do ('strategist', 'economist', 'scientist', 'adviser'). */
const PERSON_NOUN_ENDING = /^\p{Ll}{3,}(?:ist|er|or|ian)$/u;
const INITIALS = /^\p{Lu}(?:\.\p{Lu}){0,2}$/u;

/** A name-shaped word that no table claims ('Smith', not 'Council', 'Director' or 'Smith’s'). */
function isNameToken(t: Token): boolean {
  return NAME_TOKEN.test(t.text) && !POSSESSIVE.test(t.text)
    && !ORGANISATION_WORDS.has(t.norm) && !NOT_NAME_START.has(t.norm) && !HONORIFIC_BY_NORM.has(t.norm) && !isRoleToken(t);
}

function isRoleToken(t: Token): boolean {
  return (HEAD_SET.has(t.norm) && writtenAsRole(t)) || isModifier(t);
}

/** A role modifier; 'His' of 'His Majesty’s' only capitalised. */
const isModifier = (t: Token) => ROLE_MODIFIERS.has(t.norm) && (!CAPITALISED_MODIFIERS.has(t.norm) || isCapitalised(t));

/** 'MP' is a role, 'am' and 'ms' are words. */
const writtenAsRole = (t: Token) => !CAPITALS_ONLY_ROLES.has(t.norm) || t.text === t.text.toUpperCase();

/** A role head at token i: the longest table entry that matches there. */
function headAt(tokens: Token[], i: number): number {
  const n = entryAt(HEADS_BY_FIRST, tokens, i);
  return n === 1 && !writtenAsRole(tokens[i]!) ? 0 : n;
}

/** Where the role was read, as the Official record's `rule` names it. */
export type RoleRule = 'role-before' | 'role-apposition' | 'role-clause' | 'role-lede';
interface RoleFound { span: Span; organization: string | null; rule: RoleRule }

/**
 * The role phrase right before the name ('Council leader, Jonathan Lester') or right after it ('Paul Walker,
 * Chief Executive'). `titleEnd` ends an honorific that may close a longer role ('Police and Crime Commissioner').
 */
function roleAround(tokens: Token[], nameStart: number, nameEnd: number, titleEnd?: number): RoleFound | null {
  return roleBefore(tokens, nameStart, titleEnd) ?? roleAfter(tokens, nameEnd) ?? roleLinked(tokens, nameEnd);
}

function roleBefore(tokens: Token[], nameStart: number, titleEnd?: number): RoleFound | null {
  let end = nameStart;
  if (tokens[end - 1]?.text === ',') end--;
  // 'Chair of governors the Rev Peter Ashdown'
  else if (tokens[end - 1]?.text === 'the' && honorificAt(tokens, nameStart)) end--;
  // the longest role that ends there: 'Police and Crime Commissioner', not 'Commissioner'
  let best: Phrase | null = null;
  // a title takes the role words written before it: 'Vice President', 'Prime Minister', 'Chief Justice'
  if (titleEnd !== undefined) {
    let start = nameStart;
    while (start > 0 && nameStart - start < MAX_TITLES && isCapitalised(tokens[start - 1]) && isModifier(tokens[start - 1]!)) start--;
    if (start < nameStart) best = { start, end: titleEnd };
  }
  for (let headStart = end - 1; headStart >= Math.max(0, end - 10); headStart--) {
    const len = headAt(tokens, headStart);
    if (!len) continue;
    const phrase = rolePhrase(tokens, headStart, len);
    if ((phrase.end === end || phrase.end === titleEnd) && (!best || phrase.start < best.start)) best = phrase;
  }
  return best && found(tokens, best, 'role-before');
}

/** Adverbs an apposition may open with before its role ('Sarah Cole, currently deputy chief constable of …'). */
const APPOSITION_ADVERBS = new Set(['currently', 'now', 'also']);

function roleAfter(tokens: Token[], nameEnd: number): RoleFound | null {
  if (tokens[nameEnd]?.text !== ',') return null;
  return roleAt(tokens, nameEnd + 1 + (APPOSITION_ADVERBS.has(tokens[nameEnd + 1]?.text ?? '') ? 1 : 0), true);
}

/** The role phrase that starts at token i ('the council’s chief executive', 'its new commissioner'). */
function roleAt(tokens: Token[], i: number, apposition: boolean): RoleFound | null {
  const rule: RoleRule = apposition ? 'role-apposition' : 'role-clause';
  let organization: string | null = null;
  if (ROLE_DETERMINERS.has(tokens[i]?.text ?? '')) i++;
  // 'the council’s chief executive', 'the CQC’s deputy director': the owner is the employer
  if (tokens[i] && POSSESSIVE.test(tokens[i]!.text)) {
    const owner = tokens[i]!.text.replace(POSSESSIVE, '');
    organization = isCapitalised(tokens[i]) ? owner : `the ${owner}`;
    i++;
  }
  // an employer in apposition ('Department for Education, Children’s Commissioner'); 'Director of Adult
  // Social Services' is a role, though it ends with an organisation word, and so is 'His Majesty’s Chief
  // Inspector of Constabulary'
  const org = apposition && !headAt(tokens, i) ? organisationAt(tokens, i) : null;
  if (org && tokens[org.end]?.text === ',' && !hasHead(tokens, org)) {
    organization = textOf(tokens, org);
    i = org.end + 1;
  }
  for (let k = i; k < i + 4 && k < tokens.length; k++) {
    const len = headAt(tokens, k);
    // 'deputy director of operations': a head that can modify the next one is read as its modifier
    if (!len || (isModifier(tokens[k]!) && headAt(tokens, k + len))) continue;
    const phrase = rolePhrase(tokens, k, len);
    // 'Mr Reed, his deputy Sam Cole and …': a role right before another name is that person's
    if (phrase.start > i || (isCapitalised(tokens[phrase.end]) && (honorificAt(tokens, phrase.end) || nameAt(tokens, phrase.end, false)))) return null;
    const role = found(tokens, phrase, rule);
    return { ...role, organization: role.organization ?? organization };
  }
  return null;
}

const hasHead = (tokens: Token[], p: Phrase) => tokens.slice(p.start, p.end).some((_, k) => headAt(tokens, p.start + k) > 0);

const ROLE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their']);
/** Words that give the person after them the role that follows ('joined as acting head', 'becomes chair of governors'). */
const ROLE_LINKS = new Set(['as', 'becomes', 'became', 'become', 'remains', 'remained']);
/** Copulas that link a role only right after the name ('Jane Smith is the council’s chief executive'). */
const ROLE_COPULAS = new Set(['is', 'was']);
const DASHES = new Set(['–', '—', '―']);
/** Words a link may be reached over: the clause between the name and 'as' ('who earns £90,000 a year as'). */
const MAX_LINK_GAP = 9;

/**
 * A role the clause after the name gives its holder: 'Lee Hale joined as acting head teacher', 'Amy Roe
 * becomes chair of governors', 'Ann Cole, who earns £90,000 a year as executive director of …', 'appointed
 * Tom Hale – a former police officer – as its new commissioner'. The clause ends at any punctuation but a
 * number's comma, and at a cue verb: 'Smith said as chair …' is not read.
 */
function roleLinked(tokens: Token[], nameEnd: number): RoleFound | null {
  let k = nameEnd;
  if (DASHES.has(tokens[k]?.text ?? '')) {
    const close = tokens.findIndex((t, j) => j > k && j <= k + 16 && DASHES.has(t.text));
    if (close < 0) return null;
    k = close + 1;
  }
  if (tokens[k]?.text === ',' && tokens[k + 1]?.norm === 'who') k += 2;
  if (ROLE_COPULAS.has(tokens[k]?.text ?? '') && tokens[k + 1] && ROLE_DETERMINERS.has(tokens[k + 1]!.text)) return roleAt(tokens, k + 1, false);
  for (let j = k; j < tokens.length && j <= k + MAX_LINK_GAP; j++) {
    const t = tokens[j]!;
    if (ROLE_LINKS.has(t.text)) return roleAt(tokens, j + 1, false);
    // 'backed the appointment of Sarah Cole as chief constable': a name on the way takes the role itself
    if (j > k && isCapitalised(t) && nameAt(tokens, j, false)) return null;
    const numberComma = t.text === ',' && /\d$/.test(tokens[j - 1]?.text ?? '') && /^\d/.test(tokens[j + 1]?.text ?? '');
    if ((!isWord(t) && !numberComma && !CURRENCY.has(t.text)) || CUE_FORMS.has(t.norm)) return null;
  }
  return null;
}

const CURRENCY = new Set(['£', '$', '€']);

/** Extends a head over modifiers on the left and an 'of/for …' complement or an organisation on the right. */
/** Tenure modifiers that are also a verb's participle ('the newly appointed chief', 'has appointed its chief'). */
const PARTICIPLE_MODIFIERS: ReadonlySet<string> = new Set(['appointed', 'elected', 'designated']);

function rolePhrase(tokens: Token[], headStart: number, headLen: number): Phrase {
  let start = headStart;
  while (start > 0 && start > headStart - 3) {
    const t = tokens[start - 1]!;
    if (!(isModifier(t) || (isCapitalised(t) && ORGANISATION_WORDS.has(t.norm)))) break;
    if (/['’]s$/.test(t.text) && !isCapitalised(t)) break;
    // 'voted to fire City Manager Laura Chen': a lower-case word after 'to', before a title in capitals, is a verb
    if (!isCapitalised(t) && isCapitalised(tokens[headStart]) && tokens[start - 2]?.norm === 'to') break;
    // 'has appointed Assistant City Manager Ana Ruiz': a participle after an auxiliary is the verb, not the role's tenure
    if (PARTICIPLE_MODIFIERS.has(t.norm) && AUXILIARIES.has(tokens[start - 2]?.norm ?? '')) break;
    start--;
  }
  let end = headStart + headLen;
  // 'chief strategist', 'chief market strategist': a head that is also a modifier, before the noun it modifies
  if (headLen === 1 && isModifier(tokens[headStart]!)) {
    const noun = [end, end + 1].find((k) => PERSON_NOUN_ENDING.test(tokens[k]?.text ?? '') && tokens.slice(end, k + 1).every((t) => /^\p{Ll}+$/u.test(t.text) && !COMPLEMENT_STOP.has(t.text)));
    if (noun !== undefined) end = noun + 1;
  }
  const next = tokens[end];
  if (next && ['of', 'for', 'at'].includes(next.norm) && next.text === next.norm) {
    let k = end + 1;
    const limit = Math.min(tokens.length, end + 9);
    while (k < limit && isWord(tokens[k]) && !COMPLEMENT_STOP.has(tokens[k]!.text)
      && !(tokens[k]!.text === 'and' && /^(?:a|an)$/.test(tokens[k + 1]?.text ?? '')) // 'president of X and an influential …'
      && !honorificAt(tokens, k) && !(isCapitalised(tokens[k]) && nameAt(tokens, k, false))) k++;
    while (k > end + 1 && ['and', 'the', 'of', 'for', 'a'].includes(tokens[k - 1]!.norm)) k--;
    if (k > end + 1) end = k;
  } else {
    const org = organisationAt(tokens, end);
    if (org) end = org.end;
  }
  return { start, end };
}

/** A capitalised phrase ending in an organisation word ('Herefordshire Council', 'Department for Education'). */
function organisationAt(tokens: Token[], i: number): Phrase | null {
  let k = i, lastOrgWord = -1;
  while (k < tokens.length && k < i + 6) {
    const t = tokens[k]!;
    if (isCapitalised(t) && !honorificAt(tokens, k)) { if (ORGANISATION_WORDS.has(t.norm)) lastOrgWord = k; k++; continue; }
    if (['for', 'of', 'and'].includes(t.text) && isCapitalised(tokens[k + 1])) { k++; continue; }
    break;
  }
  return lastOrgWord >= i ? { start: i, end: lastOrgWord + 1 } : null;
}

function found(tokens: Token[], phrase: Phrase, rule: RoleRule): RoleFound {
  const text = textOf(tokens, phrase);
  const span = { text, start: tokens[phrase.start]!.start, end: tokens[phrase.end - 1]!.end };
  // the employer: 'Leader of Herefordshire Council', 'Leader Herefordshire Council', 'the council’s chief executive'
  let k = phrase.end;
  while (k > phrase.start && (isCapitalised(tokens[k - 1]) || ['of', 'for', 'and'].includes(tokens[k - 1]!.text))) k--;
  while (k < phrase.end && (isRoleToken(tokens[k]!) || !isCapitalised(tokens[k]))) k++;
  const org = k < phrase.end ? tokens.slice(k, phrase.end) : [];
  if (org.some((t) => INSTITUTION_WORDS.has(t.norm))) return { span, organization: textOf(tokens, { start: k, end: phrase.end }), rule };
  const owner = tokens[phrase.start - 1];
  const possessive = owner && /['’]s$/.test(owner.text) && !isCapitalised(owner) ? `the ${owner.text.replace(/['’]s$/, '')}` : null;
  return { span, organization: possessive, rule };
}

function textOf(tokens: Token[], p: Phrase): string {
  const first = tokens[p.start]!, last = tokens[p.end - 1]!;
  let s = '';
  for (let k = p.start; k < p.end; k++) s += (k > p.start && tokens[k]!.start > tokens[k - 1]!.end ? ' ' : '') + tokens[k]!.text;
  return s || first.text + last.text;
}

function cluster(body: string, mentions: PersonMention[]): Person[] {
  // every mention is compared with every person: each name is split and normalised once
  const words = new Map<string, string[]>();
  const wordsOf = (name: string) => words.get(name) ?? words.set(name, nameWords(name)).get(name)!;
  const samePerson = (a: string, b: string) => sameWords(wordsOf(a), wordsOf(b));
  const full = mentions.filter((m) => m.name.includes(' ')).sort((a, b) => b.name.length - a.name.length || a.start - b.start);
  const people: Array<Person & { key: string; titleRole?: string }> = [];
  for (const m of full) {
    if (!people.some((p) => samePerson(p.key, m.name))) {
      people.push({ key: m.name, name: m.name, honorific: null, officialHonorific: false, roles: [], roleRule: null, organization: null, mentions: [] });
    }
  }
  for (const m of mentions) {
    // 'Sir Mike' is Mike Richards: a knight is called by his given name
    const byGivenName = !m.name.includes(' ') && m.titles.some((t) => t.givenName);
    const candidates = people.filter((p) => (byGivenName ? p.key.split(' ')[0] === m.name : samePerson(p.key, m.name)));
    let person = candidates.length === 1 ? candidates[0] : undefined;
    if (!person && !m.name.includes(' ') && m.honorific) {
      person = { key: m.name, name: m.name, honorific: null, officialHonorific: false, roles: [], roleRule: null, organization: null, mentions: [] };
      people.push(person);
    }
    if (!person) continue;
    person.mentions.push({ text: m.text, start: m.start, end: m.end });
    if (m.honorific) person.honorific ??= m.honorific;
    for (const title of m.titles) {
      person.officialHonorific ||= title.official;
      if (title.role && !person.titleRole) person.titleRole = title.role;
    }
    if (m.role && !person.roles.some((r) => r.toLowerCase() === m.role!.text.toLowerCase())) person.roles.push(m.role.text);
    person.roleRule ??= m.roleRule;
    person.organization ??= m.organization;
  }
  addSurnameMentions(body, people);
  return people
    // 'President Barack Obama' with no other role holds the office his title names
    .map(({ key: _key, titleRole, ...p }) => ({ ...p, roles: p.roles.length || !titleRole ? p.roles : [titleRole], mentions: p.mentions.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

/** 'Mr Lester said' and a bare 'Lester' later in the article refer back to the person. */
function addSurnameMentions(body: string, people: Person[]): void {
  const surnames = new Map<string, Person[]>();
  for (const p of people) {
    const s = p.name.split(/\s+/).pop()!;
    surnames.set(s, [...(surnames.get(s) ?? []), p]);
  }
  for (const [surname, owners] of surnames) {
    if (owners.length !== 1) continue; // two people share it: a bare surname cannot be resolved
    const person = owners[0]!;
    // a bare surname inside a mention already found ends where that mention ends
    const ends = new Set(person.mentions.map((x) => x.end));
    for (const start of wholeWord(body, surname)) {
      const end = start + surname.length;
      if (ends.has(end)) continue;
      person.mentions.push({ text: surname, start, end });
    }
  }
}

/**
 * Where `word` stands in `text` between word boundaries, exactly as /\bword\b/gu finds it, by a
 * literal search: a pattern compiled for each surname cost more than the search itself.
 */
function* wholeWord(text: string, word: string): Generator<number> {
  for (let at = text.indexOf(word); at >= 0;) {
    if (isBoundary(text, at) && isBoundary(text, at + word.length)) {
      yield at;
      at = text.indexOf(word, at + word.length);
    } else at = text.indexOf(word, at + 1);
  }
}

/** `\b`: without the i flag, a regular expression's word characters are ASCII only, even with the u flag. */
const ASCII_WORD = /^[A-Za-z0-9_]$/;
const isBoundary = (text: string, at: number) => ASCII_WORD.test(text[at - 1] ?? '') !== ASCII_WORD.test(text[at] ?? '');

export type Gender = 'male' | 'female';
const byGender = (gender: Gender) => new Set(HONORIFICS.filter((h) => h.gender === gender).map((h) => h.text.toLowerCase()));
const MALE_HONORIFICS = byGender('male');
const FEMALE_HONORIFICS = byGender('female');

/** A person's gender when the text states it: an honorific before one of their mentions (Mr, Mrs, Ms); null otherwise. */
export function statedGender(person: Person, body: string): Gender | null {
  for (const m of person.mentions) {
    const title = /\b(\p{L}+)\.?\s+$/u.exec(body.slice(Math.max(0, m.start - 12), m.start))?.[1]?.toLowerCase();
    if (title && MALE_HONORIFICS.has(title)) return 'male';
    if (title && FEMALE_HONORIFICS.has(title)) return 'female';
  }
  const honorific = person.honorific?.replace(/\.$/, '').toLowerCase();
  if (honorific && MALE_HONORIFICS.has(honorific)) return 'male';
  if (honorific && FEMALE_HONORIFICS.has(honorific)) return 'female';
  return null;
}

/** A guess from the given name, which compromise's lexicon tags #MaleName or #FemaleName ('Lindsey' → female); null otherwise. */
export function givenNameGender(person: Person): Gender | null {
  const tags = lexiconTags(person.name.split(/\s+/)[0]!);
  return tags.includes('MaleName') ? 'male' : tags.includes('FemaleName') ? 'female' : null;
}
