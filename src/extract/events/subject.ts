import type { BodyKind, EventType, Rating } from '../../schema/index.js';
import { AWARD_OBJECT_VERBS, GRADE_NOUN_MODIFIERS, GRADED_BODIES, MOVE_VERBS, RATING_NOUNS, WORD_SCALES } from '../ratings/scales.js';
import { blankedOut, withoutAssessors, type ArticleContext } from '../context/index.js';
import { firstAtOrAfter, indicesOf, push } from '../shared/search.js';
import { holdsAny, wholeWordsOf } from '../shared/text.js';
import { memo } from '../shared/memo.js';
import { startsLower, startsUpper } from '../context/tokens.js';
import { lexiconTags } from '../shared/lexicon.js';
import { INSTITUTION_WORDS, NOT_NAME_START, ORGANISATION_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from '../people/vocabulary.js';
import { FEAST_NAMES } from '../../vocabulary/calendar.js';
import { HONORIFICS } from '../../vocabulary/honorifics.js';
import { CARE_HOME_KIND, COMPASS_WORDS, FOOD_PREMISES, COUNTY_SHORT_FORMS, GRADED_NAME_FORMS, KIND_WORDS, kindOf as kindByName, NAME_DESCRIPTORS, NAMED_COMMITTEE, PARTY_NAME, PLACE_TAGS, referencesBack, RESIDENT_NOUNS, RUN_BY, SENT_TO, tellsFoodBusiness, namesPostOf } from '../../vocabulary/bodies.js';
import { INSTITUTIONAL_TYPES } from './triggers.js';
import { INSPECTORATES } from '../../vocabulary/assessors.js';

/** Public services an inspection is about, as news names them. */
const SERVICES: ReadonlyArray<{ label: string; pattern: RegExp }> = [
  { label: 'children’s services', pattern: /\bchildren['’]?s (?:social )?services\b/i },
  { label: 'adult social care', pattern: /\badults?['’]? social care\b/i },
  { label: 'fire and rescue service', pattern: /\bfire and rescue service\b/i },
];

/**
 * The kind of body a word names when the article writes a kind's noun after it ('Fenmoor jail', 'Kelby council'; not 'a Kelby
 * school'); null if it does not.
 */
function kindWrittenAfter(body: string, word: string): BodyKind | null {
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
    // ('a Kelby school' is one of the place's schools, not the one it names)
    if (ONE_OF.test(body.slice(Math.max(0, at - 10), at))) continue;
    const noun = KIND_NOUN_AFTER.exec(body.slice(at + word.length, at + word.length + 20))?.[1];
    if (noun) return kindOf(noun);
  }
  return null;
}
const ONE_OF = /\b(?:a|an|one|another|any|every|each)\s+$/i;
const KIND_NOUN_AFTER = /^(?:['’]s)?\s+(jail|prison|school|academy|hospital|hospice|council|college|university)\b/;

/** A body's kind by its name (see BODY_KINDS), remembered: the same names are judged again and again. */
const kindOf = memo((name: string) => kindByName(name));

/** What a body's key drops: the words of its name that say what kind of body it is, not which. */
const KIND: ReadonlySet<string> = new Set(KIND_WORDS.flatMap((g) => g.words));
const onlyKindWords = (name: string) => name.toLowerCase().split(/\s+/).every((w) => KIND.has(w));

/** What names a river, a lake or a hill: a place's word, not a body's (see locates). */
const NATURAL_FEATURE_WORDS = ['river', 'lake', 'loch', 'mount', 'forest'];

/**
 * Plural groups and document nouns that start sentences as capitals ('Inspectors said', 'Pupils'), a letter's closing words
 * ('Sincerely,' above its writer's name) and a credit outlook an agency's release writes in capitals ('revised to Negative'):
 * never a body's name.
 */
const NOT_A_NAME: ReadonlySet<string> = new Set([
  'inspectors', 'officials', 'councillors', 'pupils', 'parents', 'staff', 'leaders', 'governors', 'residents', 'officers',
  'teachers', 'students', 'workers', 'managers', 'report', 'act', 'watch', 'visit', 'hide', 'mr', 'mrs', 'ms', 'dr', 'sir',
  'read', 'more', 'update', 'photo', 'image', 'picture', 'credit', 'sincerely', 'faithfully', 'truly', 'regards', 'yours',
  'negative', 'positive', 'stable',
]);

/** The subject of an article that names no body at all. */
export const UNKNOWN_SUBJECT = 'unknown';

export interface Subject {
  name: string;
  /** What reports of one body share, in any article: never merged across different keys. */
  key: string;
  /** Where the sentence names it; null when it is the article's body by default. */
  start: number | null;
  end: number | null;
  /**
   * What the name says of a body (see bodyOf): an institution (a full name, a council, an acronym the
   * article spells out, the body of a graded article), a place that acts as one ('Minneapolis',
   * 'Ireland'), or nothing ('Abedin', 'Beige', 'Crime'), whose events are none. Not written to the record.
   */
  body: 'institution' | 'place' | null;
}

const GENERIC = new Set([...ORGANISATION_WORDS, ...NOT_NAME_START, ...FEAST_NAMES, ...NOT_A_NAME, ...ROLE_HEADS.filter((r) => !r.includes(' ')),
  ...NATURAL_FEATURE_WORDS]);
const WORD = /\p{Lu}[\p{L}-]+(?:['’]s)?/gu;
const CAPITALISED = /^\p{Lu}[\p{L}-]+(?:['’]s)?$/u;
/** A possessive's ending: 'Kelby's', and a bare apostrophe after an s ('Kelby Springs' outlook'). */
const POSSESSIVE = /['’]s$|(?<=s)['’]$/;
/** A word without its possessive ending (tested by its last character first: most words have none). */
const withoutPossessive = (w: string) => { const c = w.charCodeAt(w.length - 1); return c === 115 || c === 39 || c === 0x2019 ? w.replace(POSSESSIVE, '') : w; };
/**
 * Whether the capitalised token at i only locates another place: written after a name and a comma and closed by punctuation
 * ('Harlow Creek, Ohio, one notch', 'KELBY, Ohio (AP)'), before 'city of' and the like ('the northeast Ohio city of Kelby') or a
 * private person ('a Kelby mother'), or names a river or a lake.
 */
function locates(tokens: readonly { text: string }[], i: number): boolean {
  // (a river's or a lake's name is a place's, whatever bodies are named after it: 'into the River Kelt')
  if (NATURAL_FEATURES.has(tokens[i - 1]?.text ?? '')) return true;
  const after = tokens[i + 1]?.text;
  if (tokens[i - 1]?.text === ',' && startsUpper(tokens[i - 2]?.text ?? '') && (after === undefined || LOCATOR_CLOSE.has(after))) return true;
  // (a part of a place, 'in north Wales', 'a south Wales council', says where, as 'in Wales' does)
  if (COMPASS_WORDS.has(tokens[i - 1]?.text ?? '') && /^(?:in|across|an?|the)$/i.test(tokens[i - 2]?.text ?? '')) return true;
  // (so does a town before a private person: 'a Kelby mother', 'Kelby mum's fight')
  if (after !== undefined && RESIDENT_NOUNS.has(after.replace(/['’]s?$/, '').toLowerCase())) return true;
  return after !== undefined && PLACE_OF.has(after.toLowerCase()) && tokens[i + 2]?.text === 'of';
}
/** A dateline's place in capitals, one word or two, before its comma or a dash: longer than an acronym. */
const DATELINE_CAPITALS = /^\p{Lu}{7,}$/u;
const DATELINE_WORD = /^\p{Lu}{2,}$/u;
const DATELINE_DASHES: ReadonlySet<string> = new Set(['—', '–', '-']);
function datelineAt(tokens: ReadonlyArray<{ text: string }>, i: number): boolean {
  const t = tokens[i]!.text, next = tokens[i + 1]?.text, prev = tokens[i - 1]?.text;
  const ends = (x: string | undefined) => x === ',' || DATELINE_DASHES.has(x ?? '');
  // one word before its comma or its dash ('KELBY, Ohio', 'KELBY — The council …'), or the second of two
  if (ends(next)) return (next === ',' ? DATELINE_CAPITALS.test(t) : DATELINE_WORD.test(t) && t.length >= 4) || (DATELINE_WORD.test(t) && prev !== undefined && DATELINE_WORD.test(prev));
  // the first of two ('IRON BRIDGE, Mich.', 'FAIRHAVEN HEIGHTS — Mayor …')
  return DATELINE_WORD.test(t) && next !== undefined && DATELINE_WORD.test(next) && ends(tokens[i + 2]?.text);
}
const LOCATOR_CLOSE: ReadonlySet<string> = new Set([',', '(', '—', '–', '-', '.', ':']);
const NATURAL_FEATURES: ReadonlySet<string> = new Set(NATURAL_FEATURE_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1)));
const PLACE_OF: ReadonlySet<string> = new Set(['city', 'town', 'village', 'county', 'borough', 'township']);
/** A place's name after the kind of place it is, in either case ('the city of Iron Bridge's', 'the Town of Park Ridge', 'the State of Kelby'). */
// (the pattern reads 'of' first and looks behind it for the kind: a kind's letters open too many words to try the kinds at each)
const PLACE_NAMED_AFTER = new RegExp(String.raw`of(?<=\b(?:${[...PLACE_OF, 'state', 'commonwealth'].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\s+of)\s+(\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,2})`, 'gu');
/**
 * The owner of a rating ('Marion's credit rating', 'Marion's Moody's rating', 'Marion's general obligation grade'): a borrower
 * or a graded body, whatever else its word is (a given name).
 */
// (read from the noun back: a capital, where the owner's word starts, is at every few words)
const RATING_OWNER = new RegExp(String.raw`(?:ratings?|grades?)\b(?<=(\p{Lu}[\p{L}’'-]*)['’]s?\s+(?:(?:\p{Lu}[\p{L}&’'-]*|${GRADE_NOUN_MODIFIERS.join('|')})\s+){0,3}(?:ratings?|grades?))`, 'gu');
/** After a place's name, a kind of place in lower case that is not a council's name: 'London borough’s', 'Ohio city of'. */
const PLACE_KIND_AFTER = new RegExp(String.raw`^\s+(?:${[...PLACE_OF].join('|')})(?:['’]s)?\b(?!\s+council\b)`);
/** 'a south Wales council', 'a Midlands town': one of the place's bodies, whatever kind follows. */
const A_PLACE_BEFORE = new RegExp(String.raw`\ban?\s+(?:(?:${[...COMPASS_WORDS].join('|')})\s+)?$`, 'i');
const A_PLACE_KIND_AFTER = new RegExp(String.raw`^\s+(?:${[...PLACE_OF, 'council', 'authority'].join('|')})(?:['’]s)?\b`);

/** Tokens after which a capital opens a clause or a quotation. */
const OPENERS: ReadonlySet<string> = new Set(['.', '!', '?', ':', ';', '“', '‘', '"', "'", '(', '•']);

interface Candidate {
  /** The word counted: as written, or the first word of the name an acronym stands for. */
  word: string;
  text: string;
  at: number;
  /** It opens its sentence or clause, or only locates: a capital that says little about a name. */
  initial: boolean;
  /** It only locates another place or a private person ('Kelby, Ohio', 'a Kelby law firm'): it says less still. */
  locator: boolean;
}

/** A capitalised description of a body, not its name: common words, then 'of the' or 'for the' its kind. */
const DESCRIBES = /\s(?:of|for)\sthe\s/;

/** The words of every scale's grades ('requires', 'improvement'): a grade's capitals name no body. */
const GRADE_WORDS: ReadonlySet<string> = new Set(WORD_SCALES.flatMap((s) => s.grades.flatMap((g) => g.toLowerCase().split(/\s+/))).filter((w) => !KIND.has(w)));

// (one space between words: a name runs across no blanked assessor or office, 'Kelby Police and Crime Commissioner Ann Lee')
const FOLLOWING_CAPITALS = /(?:\s(?:of\s|and\s|&\s)?\p{Lu}[\p{L}’'-]+)*/uy;

/**
 * The body with what names no subject blanked out, offsets kept: inspectorates and agencies, whose words ('Care Quality
 * Commission') name no subject, and the offices and bodies that act on or speak for the body the news is about.
 */
function blankedNonSubjects(ctx: ArticleContext): string {
  const { body } = ctx;
  // the offices that oversee a force (its commissioner and panel act on it, they are not what news is about), the bodies of staff
  // or students, which speak for them ('the Kelby Police Federation', 'the Kelby Students’ Union'), and the offices that investigate
  // or prosecute a body's people ('the Ohio Ethics Commission', 'the Kelby County Prosecutor's Office'): NON_SUBJECT_OFFICES
  let blanked = blankedOut(body, ctx.assessors);
  for (const { words, pattern } of NON_SUBJECT_OFFICES) if (holdsAny(body, words)) blanked = blanked.replace(pattern, (m) => ' '.repeat(m.length));
  return blanked;
}

/** An article's capitalised words that may name a body, and what the article tells of its words. */
interface CapitalWords {
  /** The words of the names of the people it names. */
  people: ReadonlySet<string>;
  /** Capitalised words it also writes in lower case: common nouns. */
  lower: ReadonlySet<string>;
  /** Whether a word may be part of a body's name. */
  proper: (w: string) => boolean;
  /** Each capitalised word that may name a body, in text order. */
  candidates: Candidate[];
  /** Words that locate another place somewhere in the article. */
  locators: ReadonlySet<string>;
  /** The words of the place each locator locates. */
  located: ReadonlyMap<string, string[]>;
  /** Words of a place's name after 'the city of', and owners of ratings: names, whatever else they are. */
  placeNames: ReadonlySet<string>;
}

/**
 * The capitalised words of an article that may name a body. (A function of its own: the subjects' rules around it are many, and
 * the engine compiles and recompiles a smaller function far faster.)
 */
function capitalWords(ctx: ArticleContext, ratings: readonly Rating[], blanked: string): CapitalWords {
  const { body } = ctx;
  // a one-word 'person' ('Chief Constable Cleveland') or one whose name holds an institution word is a title run into
  // a name: its words stay names of bodies; a surname after a courtesy title ('Mr Prosser') is a person's
  const isPerson = (p: (typeof ctx.people)[number], ws: readonly string[]) => (ws.length > 1 || (!!p.honorific && !p.officialHonorific))
    && !ws.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()));
  const people = new Set(ctx.people.flatMap((p) => { const ws = p.name.split(/[\s'’]+/); return isPerson(p, ws) ? ws : []; }));
  const grades = new Set(ratings.map((r) => r.value.toLowerCase()));
  const tokens = ctx.tokensIn(0, body.length);
  // the capitalised words' lower-case forms (the title's too), then which of them the article also writes in lower case
  const capitalised = new Set<string>();
  for (const t of tokens) if (startsUpper(t.text)) capitalised.add(withoutPossessive(t.text).toLowerCase());
  for (const m of ctx.title?.matchAll(WORD) ?? []) capitalised.add(withoutPossessive(m[0]).toLowerCase());
  const lower = new Set<string>();
  for (const t of tokens) if (startsLower(t.text) && capitalised.has(t.text)) lower.add(t.text);
  // a word the article also writes in lower case is a common noun ('Children’s Services' / 'children’s services')
  // (nor does a grade's word, given or not: a table's 'Requires Improvement')
  const proper = (w: string) => w.length >= 3 && !GENERIC.has(w.toLowerCase()) && !isRoleWord(w) && !people.has(w) && !grades.has(w.toLowerCase()) && !lower.has(w.toLowerCase())
    && !GRADE_WORDS.has(w.toLowerCase());
  // every capitalised word that may name a body, in text order, and whether it opens its sentence or clause
  // (such a capital says little about a name); a word the lexicon knows as a common word, a demonym or a
  // title ('How', 'European', 'Sen') names no body
  const candidates: Candidate[] = [];
  // (a word that comes back is judged once)
  const judged = new Map<string, { common: boolean; nameable: boolean }>();
  // (words that locate another place somewhere in the article: a headline's use of them says no more)
  const locators = new Set<string>();
  // (and the words of the place each locates, named before it and a comma)
  const located = new Map<string, string[]>();
  // the words of a place's name after 'the city of' are a name, whatever else they are ('the city of Iron Bridge', 'the Town of Park Ridge')
  // (and so is the owner of a rating: 'Marion's credit rating')
  const placeNames = new Set([...body.matchAll(PLACE_NAMED_AFTER)].flatMap((m) => m[1]!.split(/\s+/).map(withoutPossessive)));
  if (holdsAny(ctx.lowerBody, ['rating', 'grade'])) for (const m of body.matchAll(RATING_OWNER)) placeNames.add(m[1]!);
  let k = 0;
  tokens.forEach((t, i) => {
    if (!startsUpper(t.text) || !CAPITALISED.test(t.text) || blanked[t.start] === ' ') return;
    while (k < ctx.sentences.length - 1 && ctx.sentences[k]!.end <= t.start) k++;
    // (a dateline's second word opens it too: 'IRON BRIDGE, Mich.')
    const opens = i === 0 || t.start <= ctx.sentences[k]!.start || (DATELINE_WORD.test(t.text) && DATELINE_WORD.test(tokens[i - 1]!.text) && tokens[i - 1]!.start <= ctx.sentences[k]!.start);
    // a dateline's capitals are the place's name ('KELBY, Ohio (AP) —', 'IRON BRIDGE, Mich. —')
    const word = (opens && datelineAt(tokens, i) ? capitalise(t.text.toLowerCase()) : withoutPossessive(t.text));
    // a place after 'in' locates a body ('the school, in Worcestershire'): it says as little as a capital that opens a sentence
    // (so does a state after a place's name, 'Kelby, Ohio (AP)', and a region before one, 'the Ohio city of Kelby')
    // a given name after a saint's title names a church, a school or a hospital ('St Aidan's')
    let judgement = judged.get(word);
    if (!judgement) judged.set(word, (judgement = { common: isCommonWord(word), nameable: proper(word) && namePart(word) }));
    if (judgement.common && !(i > 0 && SAINT.test(tokens[i - 1]!.text)) && !placeNames.has(word)) return;
    // (but not the place a council's members sit for: 'Councillors in Kelby Regis have passed a motion')
    let initial = opens || OPENERS.has(tokens[i - 1]!.text) || (tokens[i - 1]!.text === 'in' && !COUNCILLORS.test(tokens[i - 2]?.text ?? ''));
    const locator = locates(tokens, i);
    if (locator) {
      initial = true;
      locators.add(word);
      // ('Greyson Falls, Iowa, is heading …': the words of the place the state locates)
      if (tokens[i - 1]?.text === ',') for (let j = i - 2; j >= Math.max(0, i - 5) && startsUpper(tokens[j]!.text); j--) push(located, word, withoutPossessive(tokens[j]!.text));
    }
    // (a body someone served before, 'former Ashby Council chief executive Jo Reed', is their past, not the article's subject)
    if (judgement.nameable && !(i > 0 && /^(?:former|ex)$/i.test(tokens[i - 1]!.text))) candidates.push({ word, text: word, at: t.start, initial, locator });
  });
  return { people, lower, proper, candidates, locators, located, placeNames };
}

interface TopWord {
  /** The word the article names most as a body's. */
  top: string | null;
  /** Each candidate word's count, the headline's included. */
  counts: ReadonlyMap<string, number>;
  /** The same, in the body alone. */
  inBody: ReadonlyMap<string, number>;
  acronyms: ReadonlyMap<string, { word: string; name: string }>;
}

/**
 * The word the article names most as a body's (a capital that opens a sentence counts half, one that only locates a quarter, the
 * headline's twice), every word's count, and the acronyms the article spells out. A state or a country a place is named in gives
 * way to that place.
 */
function topWord(ctx: ArticleContext, blanked: string, words: CapitalWords): TopWord {
  const { proper, candidates, locators, located, placeNames } = words;
  // an acronym the article spells out ('Buckinghamshire County Council … BCC') stands for that body
  const acronyms = expansions(blanked, candidates);
  for (const c of candidates) c.word = acronyms.get(c.text)?.word ?? c.text;
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.word, (counts.get(c.word) ?? 0) + (c.locator ? 0.25 : c.initial ? 0.5 : 1));
  const inBody = new Map(counts);
  if (ctx.title) {
    for (const m of withoutAssessors(ctx.title).matchAll(WORD)) {
      const w = withoutPossessive(m[0]);
      // (a common word in a headline's capitals names nothing, as in the body)
      // (nor does a headline word the body never writes: 'Statement from the Chair')
      if (proper(w) && (!isCommonWord(w) || placeNames.has(w)) && inBody.has(w) && !locators.has(w)) counts.set(w, (counts.get(w) ?? 0) + 2);
    }
  }
  // (the most counted, the first in order of the alphabet among equals)
  let top: string | null = null, most = -Infinity;
  for (const [w, n] of counts) if (n > most || (n === most && w.localeCompare(top!) < 0)) [top, most] = [w, n];
  // a state or a country the article names a place in ('Greyson Falls, Iowa') is where that place is: the place is the news's, when
  // named about as often ('the eastern Iowa city', 'other Iowa towns' count for the state; a dateline's city in a story of its state's
  // budget does not come near)
  const place = top !== null ? (located.get(top) ?? []).filter((w) => counts.has(w)).sort((a, b) => counts.get(b)! - counts.get(a)!)[0] : undefined;
  if (place !== undefined && counts.get(place)! * 2 >= most && lexiconTags(top!.toLowerCase()).some((tag) => tag === 'Region' || tag === 'Country')) top = place;
  return { top, counts, inBody, acronyms };
}

/**
 * Subjects of an article's events. By default the place or body the article names most often (not a
 * person, not an inspectorate, not a grade, not a generic word), with the service it discusses; an
 * event whose sentence names another body the article returns to is about that body instead.
 */
export function subjectResolver(ctx: ArticleContext, ratings: readonly Rating[]): {
  article: Subject;
  /** The subject of an event of `type` told in `sentence` by `trigger`. */
  of: (sentence: { start: number; text: string }, trigger: { start: number; end: number }, type?: EventType) => Subject;
  /** The subject of a court's step told by `trigger`: the body the sentence opens with as its object, else the article's. */
  accused: (sentence: { start: number; text: string }, trigger: { start: number }) => Subject;
} {
  const { body } = ctx;
  const blanked = blankedNonSubjects(ctx);
  const words = capitalWords(ctx, ratings, blanked);
  const { people, lower, candidates, located } = words;
  // what a grade was given to, named in full ('rated Oakdene House inadequate'): a body, whatever its name's words
  // ('The City', 'the Trust': a press office's capitals describe the body, they do not name one)
  // (not a body the text names only as what another runs: 'The trust which runs Kelby General Hospital has been placed in special measures')
  const ranByAnother = (n: string) => [...indicesOf(body, n)].every((at) => runByAnotherAt(body, at));
  const gradedNames = new Set(ratings.map((r) => r.subject?.replace(ON_A_STREET, '').replace(DESCRIPTORS_BEFORE, '')).filter((n): n is string => !!n && GRADED_NAME.test(n) && !onlyKindWords(n) && !ranByAnother(n)));
  const { acronyms, counts, inBody, top } = topWord(ctx, blanked, words);
  const { council } = ctx.organisations;
  // the kinds of body the article's grades can be given to (a school, not the trust that will take it over)
  const gradedKinds = kindsGraded(ratings);
  // (an article that gives no grade names the homes its inspectorate inspects as the grades would: 'Care Inspectorate Wales issued
  // Plas Kelby with a notice')
  const inspectorateScale = INSPECTORATES.find((i) => i.name === ctx.organisations.inspectorate)?.scale;
  const kinds = nameKinds(blanked, ratings.length || !inspectorateScale ? gradedKinds : new Set(GRADED_BODIES.get(inspectorateScale)));
  // a council's or a place's service ('Westshire Council children’s services', 'Herefordshire children’s services'), not a
  // care home's or a trust's: the first service the text names as `names` reads it
  const withService = (name: string, names: (pattern: RegExp) => boolean) => {
    const svc = COUNCIL_AREA_KINDS.has(kindOfGraded(name, kinds)) ? SERVICES.find((x) => names(x.pattern))?.label : undefined;
    // (whatever its apostrophe: 'Kelby Council's Children's Services' names the service already)
    const plain = (text: string) => text.toLowerCase().replace(/['’]/g, '');
    return svc && !plain(name).includes(plain(svc.split(' ')[0]!)) ? `${name} ${svc}` : name;
  };
  const topFullName = top ? firstFullName(blanked, top, candidates.filter((c) => c.text === top).map((c) => c.at), ctx.title && withoutAssessors(ctx.title), leadEndOf(ctx), kinds) : null;
  // a court the top word names ('Tollbridge Magistrates' Court') is where a case is heard, not the body it concerns
  // (nor is a street a body: 'a traffic stop on Pellham Avenue')
  // (nor is the outlet that tells the news, when it is no public body: 'told Kelby Sound:'; the top word alone is then the place's body)
  const outlet = ctx.outlet?.replace(/\s*\([^)]*\)$/, '') ?? null;
  const publisher = outlet && isInstitutionName(outlet) && PUBLISHING_KINDS.has(kindOf(outlet)) ? outlet : null;
  const fullName = topFullName && !isCourt(topFullName) && !STREET_NAME.test(topFullName) ? (topFullName !== outlet || publisher ? topFullName : top) : null;
  // a body the article names in full, in its lead or as often, is what it is about more than a place it mentions
  // ('North Bromsgrove High School, in Worcestershire'); a body named by the top word keeps its own full name
  // (a grade given years before the article is history: the kind it was given to is no clue to what the news is about, 'One of its
  // schools was rated requires improvement in 2023', in a story of the trust's notice two years on)
  const newsYear = Number(ctx.publishedAt?.slice(0, 4));
  const currentKinds = kindsGraded(ratings.filter((r) => !(Number(r.when?.slice(0, 4)) <= newsYear - 2)));
  const named = bestInstitution(blanked, ctx, counts, currentKinds, kinds, (w) => lower.has(w.toLowerCase()), people);
  const topsBody = named?.key.split(' ').includes(top?.toLowerCase() ?? '');
  // a body the article's grades are given to by name ('Ofsted judged Kestrel CofE Primary inadequate') is what it is
  // about, more than the council it stands in
  // (not when the article's first grade, its news, is given to a body of another kind it only describes: 'The council was
  // rated as requires improvement', beside 'rated Beech Lodge inadequate in May 2023')
  const described = DESCRIBED.exec(ratings[0]?.subject ?? '')?.[1];
  const describedKind = described ? kindOf(described) : 'other';
  const mentions = (name: string) => [...indicesOf(body, name)].length;
  // a grade whose words say what kind of body it was given to ('a school in special measures') gives it to the body of that kind the
  // article names, over the council of its place that the article also refers back to
  const gradeNamesKindOf = (name: string) => ratings.some((r) => {
    const kindWord = r.subject === null ? KIND_IN_GRADE.exec(r.text)?.[0] : undefined;
    return kindWord !== undefined && kindOf(kindWord) === kindOf(name);
  });
  // (a body graded in an aside, named once after the lead, is another the article compares it with: 'Fernlea House was rated
  // requires improvement in March', in a story about its sister home)
  const leadEnd = leadEndOf(ctx);
  const gradedBody = [...gradedNames].find((n) => !n.split(' ').some((w) => people.has(w)) && (!council || keyOf(n) !== keyOf(council))
    && (describedKind === 'other' || kindOfGraded(n, kinds) === describedKind) && (mentions(n) > 1 || top === null || n.includes(top) || body.indexOf(n) < leadEnd));
  // an article about 'the council' or 'the force' of the place its top word names is about that body, not a company named
  // after the place ('the council-owned Kelby Regeneration Ltd') nor a body named only as where someone's post is
  // (or whose top word names nothing but the place: 'Kelsford's adult social care … the city council')
  const placesBody = !council && top !== null && (fullName === null || fullName === top || kindOf(fullName) === 'company') && (referencesBack(body, 'council') >= 2 || (!/^\p{Lu}+$/u.test(top) && (named === null || kindOf(named.name) !== 'police force') && referencesBack(body, 'police force') >= 2));
  // (unless the article names another body of its place in full far more often: 'Tarnvale Water', not Tarnvale's council)
  const otherBody = council !== null && named !== null && keyOf(named.name) !== keyOf(council) && mentions(named.name) >= Math.max(3, 2 * mentions(council));
  // a body the lead opens with is what the news happened to ('Bro Morlais Health Board has been placed in special measures'),
  // unless the article names its top word far more often than that body (a lead about one body in a story about another)
  const leadOpens = openingBody(blanked, ctx.sentences[0], kinds);
  // an article that gives grades or names an assessor is about the body they concern
  const graded = ratings.length > 0 || ctx.assessors.length > 0;
  // a body named only after the headline and the lead, of the kind the article's top word is written as ('Fenmoor jail'), is named in passing
  // ('after HMP Oakhurst in January'): the top word's body is the article's
  // (and so is one of any kind when the headline names the top word's body in full: 'Kelby Academies Trust handed notice', of a
  // school it runs named once after the lead)
  const inPassing = named !== null && named.at >= leadEnd && !(ctx.title ?? '').toLowerCase().includes(firstWord(named.key)) && top !== null
    && (kindWrittenAfter(body, top) === named.kind || (fullName !== null && isInstitutionName(fullName) && !!ctx.title?.includes(fullName)));
  // (its place written as a name, or in the capitals some outlets open a story with: 'KELBY Town Council has voted …')
  // (a body the top word names in full only once, after the lead, is named in passing beside the council the article is about:
  // 'money for a new classroom at Kelby Cross Primary School', in a story of the council's planning decision on Kelby Cross)
  const passingFullName = council !== null && !onlyKindWords(council) && fullName !== null && mentions(fullName) < 2 && body.indexOf(fullName) >= leadEnd && !(ctx.title ?? '').includes(fullName);
  const councilsPlaceNamed = (name: string) => { const place = firstWord(keyOf(name)); return counts.has(capitalise(place)) || counts.has(place.toUpperCase()); };
  const usual = leadOpens && (!council || keyOf(leadOpens) !== keyOf(council)) && (counts.get(top ?? '') ?? 0) <= mentions(leadOpens) * 2 + 2 ? leadOpens
    : council && (!top || council.includes(top)) && !otherBody ? council
    : placesBody ? top!
    // (a company the article names beside its council is what the council dealt with: an applicant, a contractor)
    : named && !topsBody && named.score >= (counts.get(top ?? '') ?? 0) && !(council && kindOf(named.name) === 'company') && !inPassing ? named.name
    : passingFullName ? council!
    : fullName && isInstitutionName(fullName) ? fullName
    : topsBody ? named!.name
    // (a name that is no body, 'Holloway Farm' of a planning story or a council's 'Riverside Leisure Centre', gives way to the
    // council of a place the article names on its own too, unless grades or an assessor make it one; 'the National
    // Security Council' is of no place)
    : fullName && (graded || (bodyOf(fullName) !== null && !FACILITY.test(fullName)) || !council || !councilsPlaceNamed(council)) ? fullName
    : council ?? named?.name ?? fullName ?? UNKNOWN_SUBJECT;
  // a body of a kind the article's grades are given to, named in full more than the rest, over a body of another kind
  // or the council it is in ('Oakdene House', a care home in Westmere), if the headline or the lead names it (not a school
  // named in passing in a story of the council's own inspection)
  const usualKind = kindOfGraded(usual, kinds);
  // a public body's own page ('our services', 'the Trust') is about that body when the text names none in full (publisher, above;
  // an outlet's note in brackets is no part of its name: 'Kelby Council (press release)')
  // (a body's own page about a body it runs is the runner's news: a trust's statement on its hospital's report)
  const runsUsual = publisher !== null && runs(publisher, usual);
  // (and a body of no graded kind its page names once, after its first sentence and not in the headline, is one it refers to:
  // 'in line with the Local Government Staff Commission's procedures')
  const usualInPassing = publisher !== null && !gradedKinds.has(usualKind) && mentions(usual) < 2 && body.indexOf(usual) >= (ctx.sentences[0]?.end ?? 0) && !(ctx.title ?? '').includes(usual);
  // (a story that calls a business what it is: 'a Kelby restaurant', 'a takeaway in Kelby')
  // (tested only where it matters, an ungraded story's or an intervention's: most articles are neither)
  let food: boolean | undefined;
  const foodStory = () => (food ??= tellsFoodBusiness(`${ctx.title ?? ''}\n${body}`));
  // (a food business an ungraded story tells a step served on, by its trading name, is what the story is about: 'The Blue Lantern
  // on Mill Street was served with a closure order', in a story of a Kelby restaurant's closure)
  let served: Subject | null = null;
  if (!ratings.length && foodStory()) for (const x of ctx.sentences) if ((served = servedPremises(x, { end: x.start + x.text.length }))) break;
  const mainName = served ? served.name : publisher && ((!isInstitutionName(usual) && !gradedBody && !named?.fits) || runsUsual || usualInPassing) ? publisher
    : gradedBody ? gradedBody
    // (the body that runs the one named most, named for the same place: 'Kelby Vale Hospitals NHS Trust' over its Kelby General
    // Hospital, see RUN_BY; a trust named for another town is keyed apart and other articles name the hospital)
    : named?.fits && runs(named.name, usual) && firstWord(keyOf(named.name)) === firstWord(keyOf(usual)) ? named.name
    : named?.fits && usual !== leadOpens && (!(placesBody && usual === top) || gradeNamesKindOf(named.name)) && !inPassing && (!gradedKinds.has(usualKind) || (usualKind === 'council' && kindOfGraded(named.name, kinds) !== 'council' && named.at < leadEnd)) ? named.name
    : usual;
  // the service an article is about is in its headline or first sentence, or comes back: not one listed in passing ('halting spending
  // except on services such as adult social care')
  const repeated = (pattern: RegExp) => { const at = body.search(pattern); return at >= 0 && pattern.test(body.slice(at + 1)); };
  const articleNames = (pattern: RegExp) => pattern.test(ctx.title ?? '') || pattern.test(ctx.sentences[0]?.text ?? '') || repeated(pattern);
  // an article whose headline and lead name no body of its own, that gives no grade and is no body's own page, is general news:
  // the body it mentions most is no body its events happened to ('Ann Lee was appointed to the appeals court in 1998', in a
  // campaign story that names a broadcaster twice)
  const key = keyOf(mainName);
  // (or that names a post of its kind: 'Former councillor spared jail', in a story that names the council further down)
  const namesItUpFront = (words: string) => key.split(' ').some((w) => words.includes(` ${w} `)) || namesPostOf(kindOf(mainName), words);
  const ownBody = graded || publisher !== null || namesItUpFront(wholeWordsOf(`${ctx.title ?? ''} ${body.slice(0, leadEnd)}`));
  const article: Subject = {
    name: withService(mainName, articleNames), key, start: null, end: null,
    body: !ownBody ? null
      : graded || mainName === council || (placesBody && mainName === top) || acronyms.has(mainName) ? 'institution' : bodyOf(mainName) ?? (governedPlace(`${ctx.title ?? ''}\n${body}`, mainName) ? 'place' : null),
  };
  // a body that runs the article's graded body ('a restriction notice to Kelby Council', of its children's home; a termination
  // warning notice to an academy's trust) is where a grade or a regulator's step on that body is sent, not what it happened to (SENT_TO)
  const articleKind = kindOfGraded(article.name, kinds);
  const runsArticleBody = (found: Subject) => gradedKinds.has(articleKind) && SENT_TO.some((r) => r.kind === articleKind && r.sentTo === kindOf(found.name));

  return { article, of: subjectOf, accused };

  /**
   * A food business named only by its trading name, opening the sentence of the step served on it in the passive ('The Blue Lantern
   * on Mill Street was served with a closure order', 'Oakdene Grill was ordered to close'), in a story that calls it what it is ('a
   * Kelby restaurant'): that name, whatever its words.
   */
  function servedPremises(sentence: { start: number; text: string }, trigger: { end: number }): Subject | null {
    const head = blanked.slice(sentence.start, trigger.end);
    const run = NAME_RUN_AT.exec(head)?.[0];
    const name = run?.replace(/^The\s+/, '');
    // (not a pronoun or another common word: 'It was served with …')
    if (!run || !name || !SERVED_AFTER_NAME.test(head.slice(run.length)) || run.split(/\s+/).some((w) => people.has(w)) || (!name.includes(' ') && isCommonWord(name))) return null;
    const start = sentence.start + run.length - name.length;
    return { name, key: keyOf(name), start, end: start + name.length, body: 'institution' };
  }

  function accused(sentence: { start: number; text: string }, trigger: { start: number }): Subject {
    // 'Pellbrook Water Services Ltd was sentenced at Kelby Crown Court': the body in the dock, not the article's
    const name = openingBody(blanked, sentence, kinds);
    const head = blanked.slice(sentence.start, trigger.start);
    if (!name || keyOf(name) === article.key || !PASSIVE_HEAD.test(head) || head.length > name.length + PASSIVE_HEAD_REACH) return article;
    const start = sentence.start + head.indexOf(name);
    return { name, key: keyOf(name), start, end: start + name.length, body: 'institution' };
  }

  function subjectOf(sentence: { start: number; text: string }, trigger: { start: number; end: number }, type?: EventType): Subject {
    const institutional = type !== undefined && INSTITUTIONAL_TYPES.has(type);
    if (type === 'intervention' && foodStory()) { const served = servedPremises(sentence, trigger); if (served) return served; }
    // a body that meets acts in its meeting ('Eastmarsh District Council's planning committee voted'): it is the subject
    const acts = type === 'meeting';
    // what an inspection or report is of is its subject, whoever the sentence names before it ('the council has accepted
    // the findings of an Ofsted inspection of Ravensgill House')
    const object = OBJECT_AFTER.exec(body.slice(trigger.end, trigger.end + 12));
    if (object) {
      const i = firstAtOrAfter(candidates, trigger.end + object[0].length, (c) => c.at);
      const found = candidates[i]?.at === trigger.end + object[0].length ? bodyNamed(candidates[i]!, sentence, trigger, acts) : null;
      if (found && (kindOf(found.name) !== 'company' || !gradedKinds.size)) return found;
    }
    // a body the article names at least twice, or once by a full name ('Harrowby General Hospital'),
    // that the event happens to: not the one that acts ('Gwent Police referred the matter')
    // a body named in a clause coordinated after the trigger's is that clause's ('an academy order was issued on 16 April,
    // and the Kelby Learning Trust has been proposed as its sponsor')
    const afterTrigger = Math.max(0, trigger.start - sentence.start);
    const turn = sentence.text.slice(afterTrigger).search(type === 'departure' ? ONWARD_POST : NEXT_CLAUSE);
    const sentenceEnd = sentence.start + (turn < 0 ? sentence.text.length : afterTrigger + turn);
    // a company is the provider of a body of the kind the article grades, when its sentence names one ('the registration
    // of Amberlyn Care Ltd to provide care at Ferncliffe House'): that body is the subject
    let provider: Subject | null = null;
    // a body the main clause names is not the subject of an event its subordinate clause tells ('the findings were shared with
    // Kelby Council before head teacher Ann Lee stepped down')
    const clause = CLAUSE_OF_TRIGGER.exec(sentence.text.slice(0, afterTrigger));
    const from = sentence.start + (clause ? clause.index : 0);
    for (let i = firstAtOrAfter(candidates, from, (c) => c.at); i < candidates.length && candidates[i]!.at < sentenceEnd; i++) {
      // (a state that locates the article's own place, 'Greyson Falls, Iowa, was upgraded', is where the place is)
      if (candidates[i]!.initial && (located.get(candidates[i]!.word) ?? []).some((w) => article.key.split(' ').includes(w.toLowerCase()))) continue;
      const found = bodyNamed(candidates[i]!, sentence, trigger, acts);
      if (!found || (provider && !gradedKinds.has(kindOfGraded(found.name, kinds))) || (institutional && runsArticleBody(found))) continue;
      // (a company named after the trigger in an article about a public body is what the body dealt with: 'a report … which found
      // failures in the way the council oversaw Kelby Energy Ltd')
      if (kindOf(found.name) === 'company' && found.start !== null && found.start > trigger.end && article.body === 'institution' && kindOf(article.name) !== 'company') continue;
      if (provider || kindOf(found.name) !== 'company' || !gradedKinds.size) return found;
      provider = found;
    }
    // a clause that opens with the council, by what it is ('The council's own adult social care services were rated …', in a
    // story about a care home it funds), is about the one council the article names
    if (!provider && council && keyOf(council) !== article.key && THE_COUNCIL.test(sentence.text.slice(from - sentence.start, afterTrigger))) {
      return { name: withService(council, (pattern) => pattern.test(sentence.text)), key: keyOf(council), start: null, end: null, body: 'institution' };
    }
    return provider ?? article;
  }

  /** The body a capitalised word names in an event's sentence, or null when it names none the event happened to. */
  function bodyNamed(n: Candidate, sentence: { start: number; text: string }, trigger: { start: number }, acts = false): Subject | null {
    // an acronym is named by its expansion but written as itself
    const acronym = acronyms.get(n.text);
    const around = acronym ? null : nameAround(blanked, n.text, n.at);
    // without what opens a run but names no body: an owner, a post, a board, a meeting ('an Extraordinary Meeting of Full Council')
    const run = around && runName(around.name);
    const named = around && { name: run!, start: around.start + Math.max(0, around.name.indexOf(run!)) };
    if (named && !named.name) return null;
    const name = acronym?.name ?? named!.name;
    const start = acronym ? n.at : named!.start;
    const end = acronym ? n.at + n.text.length : named!.start + name.length;
    const graded = gradedNames.has(name);
    if ((inBody.get(n.word) ?? 0) < 2 && !isInstitutionName(name) && !graded) return null;
    if ((!acts && isAgent(body, sentence.start, n.at, end, trigger.start)) || PASSIVE_AGENT.test(body.slice(Math.max(sentence.start, start - PASSIVE_AGENT_REACH), start))) return null;
    // the article's top word is its body, unless it names another body in full here ('chief executive of the Kelby
    // Learning Trust', in a story about the trust's school)
    // (in general news, whose article body is none, a sentence that names a public body of a known kind in full names its event's:
    // 'Ann Lee resigned from Kelby District Council on 12 February', in a story of her sentencing that names it nowhere up front)
    if (keyOf(name) === article.key && article.body === null && kindOf(name) !== 'other' && bodyOf(name) === 'institution') return { ...article, start, end, body: 'institution' };
    if (keyOf(name) === article.key || (top && n.word === top && !isInstitutionName(name)) || runs(article.name, name)) return article;
    // a council's committee sits as part of the council: its meeting is the council's
    if (council && NAMED_COMMITTEE.exec(name)?.[0] === name) return keyOf(council) === article.key ? article : { name: council, key: keyOf(council), start: null, end: null, body: 'institution' };
    if (OTHER_POST.test(body.slice(Math.max(sentence.start, start - OTHER_POST_REACH), start)) || OWNER.test(body.slice(Math.max(sentence.start, start - 30), start))
      || TELLS.test(body.slice(end, end + 30)) || ITS_INSPECTORS.test(body.slice(end, end + 20)) || ITS_STAFF_BEFORE.test(body.slice(Math.max(sentence.start, start - 30), start)) || OWNER_AFTER.test(body.slice(end, end + 40))) return null;
    // a name run into a person's ('Ukraine Kurt Volker') is no body's
    const standing = acronym || graded ? 'institution' : name.split(' ').some((w) => people.has(w)) ? null : bodyOf(name);
    // a government department acts on the bodies news is about (it decides, funds, sends commissioners in): it is not
    // what an event happened to in an article about one of them
    if (!standing || isCourt(name) || (kindOf(name) === 'government department' && article.body !== null && kindOf(article.name) !== 'government department')) return null;
    // a place before a kind of place in lower case tells where a body is ('The Kelby borough’s finance director', 'the Ohio
    // city of Kelby', 'a south Wales council'): in an article about a council, that council
    const before = body.slice(Math.max(sentence.start, start - 24), start);
    const kindAfter = /\bthe\s+$/i.test(before) ? PLACE_KIND_AFTER : A_PLACE_BEFORE.test(before) ? A_PLACE_KIND_AFTER : null;
    if (kindAfter && !isInstitutionName(name) && kindAfter.test(body.slice(end, end + 24))) return articleKind === 'council' ? article : null;
    return { name: withService(name, (pattern) => pattern.test(sentence.text)), key: keyOf(name), start, end, body: standing };
  }
}

/**
 * A subordinate clause of time or reason that runs to the trigger, no comma between, with a subject of its own: a name or a
 * pronoun ('… before head teacher Ann Lee ', '… after she '); not a phrase the trigger heads ('… after an inspection').
 */
const CLAUSE_OF_TRIGGER = /\b(?:[Bb]efore|[Aa]fter|[Ww]hen|[Ww]hile|[Ww]hereas|[Aa]lthough|[Bb]ecause|[Uu]ntil)\s(?=[^,;:]*(?:\p{Lu}|\b(?:he|she|they|it|we)\b))[^,;:]*$/u;

/** Between an inspection or report and what it is of: 'an inspection of ', 'its report on the '. */
const OBJECT_AFTER = /^\s+(?:of|into|on)\s+(?:the\s+)?/;

/**
 * The institution named by the first words of a sentence as what something was done to ('Bro Morlais Health Board has
 * been placed in special measures'); not one that acts ('Kelby Council found …'), a government or a court.
 */
function openingBody(blanked: string, sentence: { start: number } | undefined, kinds: NameKinds): string | null {
  if (!sentence) return null;
  const text = blanked.slice(sentence.start, sentence.start + 160);
  const run = NAME_RUN_AT.exec(text)?.[0];
  const name = run ? institutionName(run, kinds) : null;
  return name && PASSIVE_AFTER.test(text.slice(run!.length)) && !isCourt(name) && kindOf(name) !== 'government department' ? name : null;
}

/**
 * Participles of feeling: a body that 'is pleased to confirm' or 'is disappointed by' something tells the news, it is not
 * what the news happened to (as one that 'has been placed in special measures' is).
 */
const FEELINGS = String.raw`(?:pleased|delighted|thrilled|excited|honoured|honored|saddened|disappointed|concerned|shocked|surprised|encouraged|heartened|committed|determined|dismayed|relieved)`;
const PASSIVE_AFTER = new RegExp(String.raw`^\s+(?:\([^)]*\)\s+)?(?:(?:has|have|had)\s+been|(?:was|were|is|are)\s+(?:now\s+|also\s+|being\s+)?(?!${FEELINGS}\b)\p{Ll}+(?:ed|en|wn)\b)`, 'u');
/** After a business's name that opens a sentence, where it stands, if told, and the passive of a step served on it. */
const SERVED_AFTER_NAME = /^(?:[^\S\n]+(?:on|in|at)[^\S\n]+\p{Lu}[\p{L}’'-]*(?:[^\S\n]+\p{Lu}[\p{L}’'-]*){0,3},?)?[^\S\n]+(?:was|were|has[^\S\n]+been|had[^\S\n]+been)[^\S\n]+(?:served|issued|hit|ordered)\b/u;
/** What stands between a sentence's opening name and the court's step done to it: its auxiliary ('… Ltd was ', '… has been '). */
const PASSIVE_HEAD = /\s(?:was|were|been|is|are)\s+$/;
const PASSIVE_HEAD_REACH = 30;

/** A clause that opens with the council by what it is: 'The council's own services …', 'The county council was …'. */
const THE_COUNCIL = /^\W*[Tt]he\s+(?:county\s+|city\s+|borough\s+|district\s+)?council(?:['’]s)?\s/;

/** The kind of body a grade's own words name ('school in special measures'). */
const KIND_IN_GRADE = /\b(?:school|academy|college|university|prison|hospital)\b/i;

/** A body a grade is given to by what it is, not by name ('The council was rated …'). */
const DESCRIBED = /^the\s+((?:city\s+|county\s+|borough\s+)?(?:council|school|academy|trust|force|service|home|practice|college|university|prison))$/i;

/** Where a coordinated clause with a subject of its own begins: ', and the …', ', but …', '; …'. */
const NEXT_CLAUSE = /;|,\s+(?:and|but|while|whereas)\s+(?:the|a|an|its|their|\p{Lu})/u;
/** Where someone who leaves goes next ('will leave on 29 August to become director at Pellham Council'): that body is not the one left. */
const ONWARD_POST = new RegExp(String.raw`${NEXT_CLAUSE.source}|\s(?:to\s+|and\s+(?:will\s+)?)(?:become|join|take\s+up|lead|head|run)\b`, 'u');

/**
 * A name the lexicon does not know that the article writes before the seat of a local body, its members or its officers
 * ('Caldmoor town hall', 'the Caldmoor council leader', 'Orrinsford's councillors', 'Orrinsford's city council', 'Larkton Police Chief Dana Reed', 'the
 * Larkton mayor', 'Larkton acting mayor', 'a Larkton school board member'): a place that governs itself, as a known town would be.
 */
function governedPlace(body: string, name: string): boolean {
  if (!PLACE_NAME.test(name) || isInstitutionName(name)) return false;
  // (one pattern for every name, tried after each of its mentions: no pattern is compiled per article)
  const lower = body.toLowerCase(), word = name.toLowerCase();
  for (const at of indicesOf(lower, word)) {
    if (at > 0 && /\w/.test(lower[at - 1]!)) continue;
    GOVERNED_SEAT.lastIndex = at + word.length;
    if (GOVERNED_SEAT.test(lower) || SITS_FOR.test(lower.slice(Math.max(0, at - 15), at))) return true;
  }
  return false;
}
/** A council's members before the place they sit for ('Councillors in Kelby Regis have voted'): the place governs itself. */
const SITS_FOR = /\bcouncillors\s+(?:in|for)\s+$/;
/** A place's name: one to three capitalised words ('Kelby', 'Iron Bridge'). */
const PLACE_NAME = /^\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,2}$/u;
const GOVERNED_SEAT = /['’]?s?\s+(?:(?:acting|interim|new|former|deputy)\s+)?(?:town\s+hall|county\s+hall|city\s+hall|civic\s+centre|council\s+house|(?:city\s+|town\s+|county\s+|borough\s+)?council\b|councillors\b|mayor\b|police\s+(?:chief|department|commissioner)\b|fire\s+(?:chief|department)\b|sheriff\b|school\s+(?:board|district)\b)/y;

/** A court hears what happened to others: it is where a case was heard, never the body it happened to (a care home named 'Court' is no court). */
const isCourt = (name: string) => kindOf(name) === 'court';

/** Where a body stands, after its name: 'Oakdene House on Mill Road' is Oakdene House ('Stoke on Trent' is a name). */
const STREET_WORDS = String.raw`(?:Road|Street|Lane|Avenue|Drive|Way|Close|Crescent|Hill|Square|Terrace)`;
const ON_A_STREET = new RegExp(String.raw`\s+on\s+(?:\p{Lu}[\p{L}’'-]*\s+)+${STREET_WORDS}$`, 'u');
/** A street's name: where a business is ('the High Street restaurant'), not its name. */
const STREET_NAME = new RegExp(String.raw`\s${STREET_WORDS}$`);
/** Words that describe a body before its name, in any case ('TROUBLED North Bromsgrove High School', in a lead's capitals). */
const DESCRIPTORS_BEFORE = new RegExp(String.raw`^(?:(?:${[...NAME_DESCRIPTORS].join('|')})\s+)+`, 'i');
/** A name of two or more capitalised words, with the small words names have ('Oakdene House', 'Vale of Leven Hospital'). */
const GRADED_NAME = /^\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|and|the|for|on)\s+)*\p{Lu}[\p{L}’'-]*)+$/u;

const SAINT = /^(?:St|Saint|Ste)\.?$/;
/** A council's members, before the place they sit for. */
const COUNCILLORS = /^[Cc]ouncillors$/;

/** The lexicon's tags that mark a place or a body ('Cleveland' is a City): other known words are common ones. */
const NAME_TAGS: ReadonlySet<string> = new Set(['ProperNoun', 'Place', 'City', 'Country', 'Region', 'Organization', 'Company', 'School', 'SportsTeam']);
const isCommonWord = memo((word: string) => {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
});

/**
 * A body that opens its clause right before an active trigger verb is the one acting ('Moody’s
 * downgraded', 'On Wednesday, Gwent Police referred', 'the DfE has appointed'), not one it acts on
 * ('put Minnesota on watch').
 */
function isAgent(body: string, sentenceStart: number, nameStart: number, nameEnd: number, triggerStart: number): boolean {
  if (triggerStart < nameEnd || triggerStart - nameEnd > 30) return false;
  const opener = body.slice(sentenceStart, nameStart).split(/[,;:]/).pop()!.trim();
  if (opener && !/^(?:the|then|and|but)$/i.test(opener) && !isFullNameOpening(opener)) return false;
  // a passive's auxiliary makes the body the one acted on; 'has appointed' is still the body acting
  return !/\b(?:was|were|been|is|are|be|being)\b|[,;]/.test(body.slice(nameEnd, triggerStart));
}

/** 'The Department for Education (' before 'DfE': the acronym's own full name opens the clause. */
const isFullNameOpening = (opener: string) => opener.length < 80 && FULL_NAME_OPENING.test(opener);
const FULL_NAME_OPENING = /^(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}’'-]*)*\s*\($/u;

/** A post's words, then the body it is at or of ('… deputy chief executive and chief nurse at '). */
const POST_OF = String.raw`\s*(?:[\p{L}’'-]+\s+){0,6}(?:of|at)\s+(?:the\s+)?$`;

/**
 * 'Jo Reed, currently head of Brookfield School, will take over', 'a former chief executive of Ashby Council', 'who led a
 * health board in north Wales until 2020', 'She joined from Kelby Hospitals NHS Foundation Trust': a body named as the post someone holds
 * now or held before, beside the one the event concerns, is not its subject.
 */
const OTHER_POST = new RegExp(String.raw`\b(?:currently|presently|formerly|previously|until\s+recently|former|ex-)${POST_OF}|\b(?:former|ex-)\s*$|\bwho\s+(?:currently\s+|now\s+|previously\s+|once\s+)?(?:leads|runs|heads|chairs|led|ran|headed|chaired)\s+(?:[^\s,;.]+\s+){0,6}?$|\b(?:joined|joins|joining|came|comes|moved|moves|arrived|arrives|transferred)\s+from\s+(?:the\s+)?$`, 'iu');
/**
 * A post in someone's career, held now or before, elsewhere ('currently chief nurse at', 'previously governor of'): not
 * one a 'former' holder held ('former chief constable of Kelby Police' is often the article's body).
 */
const CAREER_POST = new RegExp(String.raw`\b(?:currently|presently|previously|formerly)${POST_OF}`, 'iu');
/** The word a career's post needs: an article without it is spared CAREER_POST's test per name. */
const CAREER_POST_WORD = /\b(?:currently|presently|previously|formerly)\b/i;
/** How far before a name OTHER_POST's and CAREER_POST's words are looked for. */
const OTHER_POST_REACH = 80;

/**
 * 'served a warning notice on its owner, Amberley Care Ltd', 'Oakdene House, a home run by private provider Amberley Care Ltd, was
 * inspected': the company that owns or runs the body, not the body.
 */
const OWNER_NOUNS = String.raw`(?:owner|operator|provider|proprietor|parent\s+company)s?`;
const OWNER = new RegExp(String.raw`\b(?:(?:its|their|the)\s+${OWNER_NOUNS}|(?:run|owned|operated|managed)\s+by(?:\s+(?:the\s+)?(?:private\s+|independent\s+)?${OWNER_NOUNS})?)\s*,?\s+$`, 'i');
/** 'a notice to Thornvale Education Ltd, the proprietor of Brackenfold School': the owner, named before what it owns. */
const OWNER_AFTER = new RegExp(String.raw`^,\s+(?:the|its)\s+${OWNER_NOUNS}\s+of\b`, 'i');

/** '…, the trust announced on Monday', 'Its trust, Kelby Learning Trust, said': the body that tells the news is its source, not what it happened to. */
const TELLS = /^,?\s+(?:has\s+|had\s+)?(?:announced|said|says|confirmed|added|stated|told)\b/;

/** 'Harrowby District Council inspectors visited': the body whose inspectors act inspects, it is not inspected. */
const ITS_INSPECTORS = /^\s+(?:inspectors|auditors|investigators)\b/i;
/** 'officers from Pendleford Borough Council visited': the body whose staff act, before its name. */
const ITS_STAFF_BEFORE = /\b(?:officers|inspectors|auditors|investigators|officials|staff)\s+(?:from|of|at)\s+(?:the\s+)?$/i;

/**
 * 'sent in by the DfE': the body after a passive's 'by' acts on the subject, it is not the subject; nor is one coordinated with
 * it ('services run jointly by Kelby Council and NHS Kelby Integrated Care Board').
 */
const PASSIVE_AGENT = /\bby\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}’'-]*\s+){1,6}(?:and|&)\s+(?:the\s+)?)?$/u;
/** How far before a name its passive's 'by' may stand: a coordinated name's length. */
const PASSIVE_AGENT_REACH = 80;

/** Lexicon tags of words that open a clause, not a name ('Yesterday North Yorkshire Police …'). */
const CLAUSE_TAGS: ReadonlySet<string> = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Date', 'WeekDay', 'Month', 'Verb',
  'PastTense', 'PresentTense', 'Infinitive', 'QuestionWord', 'Modal', 'Auxiliary', 'Negative']);
// a title before a person's name ('Cllr', 'Dr', 'Sir') is no body's word: 'Cllr Steven Oduya' is a person
// (nor is a verb of grading in a headline's capitals: 'Fitch Affirms Kelby University at ‘A+’', 'Moody’s Downgrades Kelby')
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([...NOT_NAME_START, ...NOT_A_NAME, ...FEAST_NAMES, ...ROLE_HEADS,
  ...HONORIFICS.map((h) => h.text.toLowerCase().replace(/\.$/, '')), ...MOVE_VERBS, ...AWARD_OBJECT_VERBS]);

/** A capitalised word that may be part of a body's name: a compass word always, a clause opener, title or group noun never. */
const namePart = memo((word: string): boolean => {
  const lower = word.toLowerCase();
  if (COMPASS_WORDS.has(lower)) return true;
  // a compound that goes on in lower case describes the body ('Scandal-hit', 'Cash-strapped'); a headline's capitals are read as words
  return !/-\p{Ll}/u.test(word) && !NAME_DESCRIPTORS.has(lower) && !NOT_NAME_WORDS.has(lower)
    && !lexiconTags(capitalise(lower)).some((t) => CLAUSE_TAGS.has(t));
});

/**
 * A run of capitalised words, with the joining words of names ('Department for Education', 'Tyne and Wear'); a code after it
 * is no word of it ('the Kelby District's A1 rating'), nor is a body after 'and the' ('the City of Carby and the Justice Department').
 */
const NAME_RUN_AT = /^(?:The\s+)?\p{Lu}[\p{L}’'-]*(?:[^\S\n](?:(?:of|for)[^\S\n](?:the[^\S\n])?|(?:and|&)[^\S\n])?\p{Lu}[\p{L}’'-]*(?![\p{L}’'\d-]))*/u;
const NAME_RUN = /(?<![\p{L}’'-])\p{Lu}[\p{L}’'-]*(?:[^\S\n](?:(?:of|for)[^\S\n](?:the[^\S\n])?|(?:and|&)[^\S\n])?\p{Lu}[\p{L}’'-]*(?![\p{L}’'\d-]))*/gu;

/** A run's name of a body: without the words that open it but are no part of it, ending with an institution word; else null. */
function institutionName(run: string, kinds: NameKinds): string | null {
  const { name, institution } = runNamed(run);
  if (kinds.premises.has(name) || formKind(name, kinds)) return name;
  return institution ? name : null;
}
/** A run's name, and whether it names an institution by more than its kind. */
const runNamed = memo((run: string) => {
  const name = runName(run);
  return { name, institution: isInstitutionName(name) && name.split(' ').some((w) => !KIND.has(w.toLowerCase())) };
});

/** A run of capitals without the words that open it but are no part of a name ('The', 'Troubled') or its possessive. */
function runName(run: string): string {
  // a body's governing board is the body ('the Board of Governors of Brackley College')
  // (and a meeting of a body is named for it: 'an Extraordinary Meeting of Full Council')
  // (or after it: 'the Harlow Creek School District Board of School Directors')
  // (nor is an action done to it, in a headline's capitals: 'Escalation of Bro Morlais Health Board to special measures')
  const words = run.replace(POSSESSIVE, '').replace(GOVERNING_BOARD, '').replace(BOARD_AFTER, '').replace(A_MEETING_OF, '')
    .replace(ACTION_OF, (m, noun: string) => (ORGANISATION_WORDS.has(noun.toLowerCase()) ? m : '')).split(/\s+/);
  // a body's owner before it is no part of its name ('Pellingham MBC's Larchfield Lodge', 'Kelby Council's Oak House')
  // (or a place's: 'Indiana's Richmond High School' is Richmond High School, in Indiana)
  const owner = words.findLastIndex((w, i) => i < words.length - 1 && (OWNER_WORD.test(w) || isPlacesPossessive(w)));
  if (owner >= 0) words.splice(0, owner + 1);
  // nor is a post in it ('Vice-Chancellor of Castlegate University'): the body is what the post is of
  const of = words.indexOf('of');
  // (a post has a head: 'City of Carby' is a city, though 'city' may qualify a post; 'The Chief Executive of …' is a post too)
  const post = words.slice(/^the$/i.test(words[0] ?? '') ? 1 : 0, of);
  if (of > 0 && post.length && post.every(isRoleWord) && post.some(isRoleHead)) words.splice(0, of + 1);
  // (nor the grade it is given, in an agency's capitals: 'the Issuer Default Rating of Kelby County')
  else if (of > 0 && GRADE_NOUNS_AFTER_NAME.has(words[of - 1]!.toLowerCase())) words.splice(0, of + 1);
  while (words.length && (!namePart(words[0]!) || /^(?:of|for|and|&|the)$/.test(words[0]!))) words.shift();
  // (nor what a headline's capitals say of it after it: 'Changes City of Kelby Outlook to Stable')
  while (words.length > 1 && GRADE_NOUNS_AFTER_NAME.has(words.at(-1)!.toLowerCase())) words.pop();
  return firstOfTwo(words.join(' '));
}
/** A grade's nouns, which a headline in title case runs into the name of the body graded ('City of Kelby Outlook', 'Kelby County Rating'). */
const GRADE_NOUNS_AFTER_NAME: ReadonlySet<string> = new Set([...RATING_NOUNS, 'outlook', 'upgrade', 'downgrade']);

/**
 * What the article's grades say of its names: a care regulator's make a name ending 'House' or 'Lodge' a care home's, a school
 * inspectorate's one ending 'Primary' a school's (GRADED_NAME_FORMS); a food hygiene scheme's make a name the article writes beside
 * a food premises word ('the Golden Wok takeaway', 'takeaway Golden Wok', 'Golden Wok, a Chinese takeaway') a food business's.
 */
interface NameKinds { graded: ReadonlySet<BodyKind>; premises: ReadonlySet<string> }
/** The kind a name's form says it is, where the article's grades are of that kind (GRADED_NAME_FORMS). */
const formKind = (name: string, kinds: NameKinds) => GRADED_NAME_FORMS.find((f) => kinds.graded.has(f.kind) && f.pattern.test(name))?.kind;

function nameKinds(blanked: string, gradedKinds: ReadonlySet<BodyKind>): NameKinds {
  const premises = new Set<string>();
  if (gradedKinds.has('food business')) {
    for (const m of blanked.matchAll(NAME_RUN)) {
      const after = blanked.slice(m.index + m[0].length, m.index + m[0].length + 30);
      const before = blanked.slice(Math.max(0, m.index - 30), m.index);
      const name = runName(m[0]);
      // (or a name that ends in what it is: 'Golden Wok Takeaway', 'Anatolia Grill'; a place before 'a … takeaway' says where one is: 'a Kelby takeaway')
      const named = PREMISES_AFTER.test(after) && !A_PREMISES_IN.test(before);
      // (or the business someone runs or owns: 'Tom Reed, who runs Golden Grill on Mill Street'; or the place officers visited: 'officers
      // from Kelby Council visited The Blue Lantern on Mill Street')
      if (name && !STREET_NAME.test(name) && (named || PREMISES_BEFORE.test(before) || RUN_BY_SOMEONE.test(before) || VISITED.test(before) || (name.includes(' ') && PREMISES_LAST.test(name)))) premises.add(name);
    }
  }
  return { graded: gradedKinds, premises };
}
const PREMISES_AFTER = new RegExp(String.raw`^(?:[^\S\n]+|,[^\S\n]+(?:a|an|the)[^\S\n]+(?:[\p{L}-]+[^\S\n]+)?)(?:${FOOD_PREMISES.source})\b`, 'iu');
const PREMISES_LAST = new RegExp(String.raw`\b(?:${FOOD_PREMISES.source})$`, 'iu');
const PREMISES_BEFORE = new RegExp(String.raw`\b(?:${FOOD_PREMISES.source})[^\S\n]+$`, 'iu');
/** What officers did at a place, before its name: in an article about a food hygiene rating, the place is a food business. */
const VISITED = /\b(?:visited|inspected)[^\S\n]+$/;
/** What a food business's owner or manager does with it, before its name: in an article about a food hygiene rating, the name is the business's. */
const RUN_BY_SOMEONE = /\b(?:runs|ran|owns|owned|operates|operated|(?:owner|operator|manager|proprietor)[^\S\n]+of)[^\S\n]+(?:the[^\S\n]+)?$/i;
/**
 * An indefinite article before a name and its premises word: the name is the place the premises are in or the food served ('a Kelby
 * takeaway', 'a popular Indian restaurant').
 */
const A_PREMISES_IN = /\b[Aa]n?[^\S\n]+(?:\p{Ll}[\p{L}-]*[^\S\n]+){0,2}$/u;

/**
 * NAME_RUN's matches in the body (or a copy of it as long), tried only where a token opens with a capital:
 * a run starts at a word, and the context has the body's words at hand, so no scan of every offset is needed.
 */
function bodyNameRuns(text: string, ctx: ArticleContext): Array<{ 0: string; index: number }> {
  const runs: Array<{ 0: string; index: number }> = [];
  let end = 0;
  for (const t of ctx.tokensIn(0, text.length)) {
    if (t.start < end || !startsUpper(t.text)) continue;
    NAME_RUN_HERE.lastIndex = t.start;
    const m = NAME_RUN_HERE.exec(text);
    if (m) { runs.push({ 0: m[0], index: t.start }); end = t.start + m[0].length; }
  }
  return runs;
}
const NAME_RUN_HERE = new RegExp(NAME_RUN.source, 'uy');

/**
 * The body the article names in full most: each mention counts 1, one in the lead (its first three
 * sentences) 1 more, one in the title 2, and each time the article names it by its distinctive words
 * alone ('Cleveland' for 'Cleveland Police') counts as those words count.
 */
function bestInstitution(blanked: string, ctx: ArticleContext, counts: ReadonlyMap<string, number>, gradedKinds: ReadonlySet<BodyKind>, kinds: NameKinds,
  writtenLower: (word: string) => boolean, people: ReadonlySet<string>): { name: string; key: string; score: number; at: number; kind: BodyKind; fits: boolean } | null {
  const leadEnd = leadEndOf(ctx);
  const found = new Map<string, { name: string; key: string; score: number; at: number }>();
  // a name comes back many times: each run is read once
  const names = new Map<string, string | null>();
  // (a person run into the body they speak for is no part of its name: 'said Ann Lee of the Kelt Valley Angling Association')
  const ownName = (run: string) => (people.has(firstWord(run)) ? run.split(PERSON_OF)[1] ?? '' : run);
  const nameOf = (run: string) => { let name = names.get(run); if (name === undefined) names.set(run, (name = institutionName(ownName(run), kinds))); return name; };
  // (most articles name no one's present post: one test spares one per name)
  const careerPosts = CAREER_POST_WORD.test(blanked);
  const add = (runs: Iterable<{ 0: string; index: number }>, at: number, weight: number) => {
    for (const m of runs) {
      // (most runs name no body: its name, read once per run, is tested before the words around it)
      const name = nameOf(m[0]);
      if (!name) continue;
      // a body named as a post in someone's career (currently or previously chief nurse at Hallam Hospitals Trust) is where they come from
      if (at === 0 && careerPosts && CAREER_POST.test(blanked.slice(Math.max(0, m.index - OTHER_POST_REACH), m.index))) continue;
      // (nor is one named after the lead only in the post of someone who speaks for it)
      if (at === 0 && namesSpeakersPost(blanked, m.index + m[0].length, leadEnd)) continue;
      // (nor one named as what another body runs: 'The trust which runs Kelby General Hospital has been placed in special measures')
      if (runByAnotherAt(blanked, m.index)) continue;
      // a court hears what happened to others: it is where, not whom
      // (and a heading's capitals name none: each word is a kind's or one the article writes in lower case, or the common
      // words of a description, 'Ratings for the Trust')
      if (isCourt(name) || name.split(' ').every((w) => KIND.has(w.toLowerCase()) || writtenLower(w) || (DESCRIBES.test(name) && isCommonWord(w)))) continue;
      const key = keyOf(name);
      const entry = found.get(key) ?? { name, key, at: at + m.index, score: key.split(' ').reduce((sum, w) => sum + (counts.get(capitalise(w)) ?? 0), 0) };
      entry.score += weight || (at + m.index < leadEnd ? 2 : 1);
      found.set(key, entry);
    }
  };
  add(bodyNameRuns(blanked, ctx), 0, 0);
  add(describedBodies(blanked, people), 0, 0);
  if (ctx.title) add(withoutAssessors(ctx.title).matchAll(NAME_RUN), -Infinity, 2);
  // each name's kind once, and only where the article gives grades
  const entries = [...found.values()].map((x) => { const kind = kindOfGraded(x.name, kinds); return { ...x, kind, fits: gradedKinds.size > 0 && gradedKinds.has(kind) && (x.at < leadEnd || (counts.get(capitalise(firstWord(x.key))) ?? 0) > 1) }; });
  // 'the trust', 'the force': each reference back to the only body of its kind the article names is a mention of it
  // (a trust named once, then 'the trust' throughout, over the unit it runs, named twice)
  const ofKind = new Map<BodyKind, number>();
  for (const x of entries) ofKind.set(x.kind, (ofKind.get(x.kind) ?? 0) + 1);
  for (const x of entries) if (ofKind.get(x.kind) === 1) x.score += referencesBack(ctx.body, x.kind);
  // a government acts on the bodies news is about (it sends commissioners in, escalates a health board): it is one only when none is named
  const acting = (x: { name: string }) => Number(kindOf(x.name) === 'government department');
  return entries.sort((a, b) => Number(b.fits) - Number(a.fits) || acting(a) - acting(b) || b.score - a.score || a.at - b.at)[0] ?? null;
}

/**
 * A body the article names by its place and what it is, in lower case ('Kelby's mental health trust', 'Kelby and Pellham's
 * police force'), as a name in capitals: it shares the key of the body's full name, which another article may give.
 */
function describedBodies(blanked: string, people: ReadonlySet<string>): Array<{ 0: string; index: number }> {
  const out: Array<{ 0: string; index: number }> = [];
  // read from the possessive, which few sentences have, back to the place before it
  for (const m of blanked.matchAll(KIND_AFTER_POSSESSIVE)) {
    const place = PLACE_BEFORE_POSSESSIVE.exec(blanked.slice(Math.max(0, m.index - PLACE_REACH), m.index));
    if (!place || !place[1]!.split(/\s+and\s+/).every((w) => !people.has(w) && !isCommonWord(w))) continue;
    out.push({ 0: `${place[1]} ${m[1]!.split(/\s+/).map((w) => (w === 'and' ? w : capitalise(w))).join(' ')}`, index: m.index - place[1]!.length });
  }
  return out;
}
/**
 * A possessive and the kind of public body it has, each word a kind's ('mental health', 'fire and rescue'); not a council ('Kelby's
 * city council'), which the context finds as the council (a city's mayor's news is the city's), nor a 'trust fund'.
 */
const KIND_AFTER_POSSESSIVE = /['’]s[^\S\n]+((?:(?:mental[^\S\n]+health|health|community|acute|hospitals?|ambulance|police|fire(?:[^\S\n]+and[^\S\n]+rescue)?|county|NHS|foundation)[^\S\n]+)*(?:trust|force|service|board|constabulary|young[^\S\n]+offender(?:s['’]?)?[^\S\n]+institution))\b(?![^\S\n]+(?:funds?|grants?)\b)/gu;
/** The place whose possessive it is: a capitalised word, or two joined by 'and' ('Kelby and Pellham's'). */
const PLACE_BEFORE_POSSESSIVE = /(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]*(?:[^\S\n]+and[^\S\n]+\p{Lu}[\p{L}’'-]*)?)$/u;
/** How far before its possessive a place's name may start. */
const PLACE_REACH = 60;

const firstWord = (run: string) => { const space = run.indexOf(' '); return space < 0 ? run : run.slice(0, space); };

/** Between a person's name and the body they are of or at. */
const PERSON_OF = /\s(?:of|at)\s(?:the\s)?/;

/** Where the article's first three sentences, its lead, end. */
const leadEndOf = (ctx: ArticleContext) => ctx.sentences[Math.min(2, ctx.sentences.length - 1)]?.end ?? 0;

/** A place a council runs or a plan is for, named for what it is: no body of its own ('Riverside Leisure Centre', 'Mill Farm'). */
const FACILITY = /\b(?:Leisure\s+Centre|Sports\s+Centre|Library|Museum|Park|Pool|Baths|Farm|Fields|Stadium|Theatre|Market|Car\s+Park|Guildhall|Town\s+Hall|City\s+Hall|County\s+Hall|Civic\s+Centre)$/;

/** Kinds of body whose own pages tell their news ('Westshire County Council', 'Kelby Police'); a department's or an agency's tell others'. */
const PUBLISHING_KINDS: ReadonlySet<BodyKind> = new Set(['council', 'police force', 'fire service', 'ambulance service', 'nhs trust', 'hospital',
  'school', 'academy trust', 'college', 'university', 'prison', 'care home', 'hospice', 'gp practice', 'housing provider', 'city']);

/** Whether a body of the kind `runner` is runs one of the kind `name` is (see RUN_BY). */
const runs = (runner: string, name: string) => RUN_BY.some((r) => r.kind === kindOf(name) && r.runBy === kindOf(runner));

/** Kinds of name a council's service goes with: a council, or a place named alone (whose kind its name does not say). */
const COUNCIL_AREA_KINDS: ReadonlySet<BodyKind> = new Set(['council', 'city', 'other']);

/** The kinds of body the grades' scales are given to. */
const kindsGraded = (ratings: readonly Rating[]): Set<BodyKind> => new Set(ratings.flatMap((r) => GRADED_BODIES.get(r.scale) ?? []));

/** A body's kind by its name, read as the article's grades say (see NameKinds). */
const kindOfGraded = (name: string, kinds: NameKinds): BodyKind =>
  (kinds.premises.has(name) ? 'food business' : formKind(name, kinds) ?? kindOf(name));

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * Lexicon tags of a word that names a place or an organisation: a city borrows, a company is inspected. A country is none: its
 * posts, meetings and announcements are a nation's politics, and it is a body only as a rated borrower, which its grade says.
 */
const BODY_TAGS: ReadonlySet<string> = new Set(['Place', 'City', 'Region', 'Organization', 'Company', 'School', 'SportsTeam']);

/**
 * What a name says of a body: an institution's full name ('Harrowby Grammar School'); a place or an
 * organisation the lexicon knows ('Minneapolis', 'Ireland'); or nothing (a surname, a product, a
 * common noun in capitals).
 */
function bodyOf(name: string): Subject['body'] {
  if (PARTY_NAME.test(name)) return null;
  if (isInstitutionName(name)) return 'institution';
  const tags = name.split(' ').map((w) => lexiconTags(capitalise(w.toLowerCase())));
  // a place run into a person's name ('envoy to Ukraine Kurt Volker') is theirs
  if (tags.some((ts) => ts.some((t) => PERSON_TAGS.has(t)))) return null;
  return tags.some((ts) => ts.some((t) => BODY_TAGS.has(t))) ? 'place' : null;
}
const PERSON_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);

/** A capitalised phrase that ends with an institution word: 'Harrowby General Hospital', 'Westshire Council'. */
const isInstitutionName = (phrase: string) => {
  // (its possessive is still its name: 'Eastmarsh District Council's planning committee')
  const last = phrase.split(/\s+/).pop()!.toLowerCase().replace(POSSESSIVE, '');
  return phrase.includes(' ') && (INSTITUTION_WORDS.has(last) || KIND_PREFIX.test(phrase) || PLACE_BOARD.test(phrase) || (KINDS_OF_COMMON_LAST_WORD.get(last)?.has(kindOf(phrase)) ?? false));
};
/** An American school district's board, named for its place: 'Kelby Valley Board of Education' (a county's board is the county's). */
const PLACE_BOARD = /^\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}\s+Board\s+of\s+Education$/u;
/**
 * Last words too common to make a name a body's alone, with the kinds of body they end the names of: a 'Service' ('Westshire Fire
 * and Rescue Service', 'Kelby Ambulance Service'); a 'Centre' that is a GP surgery ('Kelby Medical Centre'; not 'Kelby Leisure Centre'); a 'Home'
 * that is a care home ('Kelby Nursing Home'; not 'Kelby Home'); an 'Institution' that is a prison.
 */
const KINDS_OF_COMMON_LAST_WORD: ReadonlyMap<string, ReadonlySet<BodyKind>> = new Map([
  ['service', new Set<BodyKind>(['fire service', 'ambulance service', 'police force'])],
  ['centre', new Set<BodyKind>(['gp practice'])],
  ['home', new Set<BodyKind>(['care home'])],
  // ('Kelby Young Offender Institution', 'Kelby Prison'; not 'Kelby Institution')
  ['institution', new Set<BodyKind>(['prison'])],
  ['prison', new Set<BodyKind>(['prison'])],
]);
/** A London borough's style before its place's name: 'London Borough of Kelby', 'Royal Borough of Pellham'. */
const LONDON_BOROUGH = /^(?:the\s+)?(?:London|Royal)\s+Borough\s+of\s+(\p{Lu}[\p{L}’'-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}’'-]*){0,3})$/u;
/**
 * A prefix that says what a body is, before its name: His Majesty's Prison or Young Offender Institution ('HMP Fenmoor'),
 * a municipal or state government named for its place ('City of Carby', 'County of Orrin', 'State of New Mexico'): the
 * prefix and a place's one or two words, nothing after them ('City of Carby Issuer Default Rating' is no body's name); a London
 * borough by its style ('London Borough of Kelby'); a university named for its place ('University of Ashby'); a Welsh school or college ('Ysgol Gyfun Cwm Kelby').
 */
const KIND_PREFIX = /^(?:HM(?:P|YOI)|(?:(?:London\s+|Royal\s+)?Borough|City|County|Town|Village|State|Commonwealth|University)\s+of|Ysgol(?:\s+(?:Gyfun|Gynradd|Uwchradd))?|Coleg)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?$/u;

/** 'Cleveland' at `at` in 'Cleveland Police said …' gives 'Cleveland Police'. */
function nameAt(body: string, word: string, at: number): string {
  FOLLOWING_CAPITALS.lastIndex = at + word.length;
  // a name's possessive ('Kelby Council's', 'Harlow Springs’ rating') is no part of it
  return firstOfTwo(withoutPost((word + (FOLLOWING_CAPITALS.exec(body)?.[0] ?? '')).replace(/\s+(?:of|and|&)$/, '').replace(POSSESSIVE, '').replace(/\s+/g, ' ')));
}

/**
 * A body's name without the post and person run into it ('Kelby County Commissioner Ann Lee', 'Kelby Police Chief Dana Reed', and a
 * place's: 'Port Kelby Mayor Ann Lee', where a given and a family name follow the post, not a kind's word: 'Kelby Sheriff Office').
 */
function withoutPost(name: string): string {
  const words = name.split(' ');
  const k = words.findIndex((w, i) => i > 0 && isRoleHead(w) && (KIND.has(words[i - 1]!.toLowerCase())
    || (words.length - i - 1 >= 2 && words.slice(i + 1).every((x) => !KIND.has(x.toLowerCase())))));
  return k > 0 ? words.slice(0, k).join(' ') : name;
}

/** Two bodies' names joined by 'and' ('Harlow General Hospital and St Aldhelm’s Hospital'): the first is one name. */
function firstOfTwo(name: string): string {
  const and = name.indexOf(' and ');
  return and > 0 && isInstitutionName(name.slice(0, and)) && isInstitutionName(name.slice(and + 5)) ? name.slice(0, and) : name;
}

/** The name a word is part of, with the capitals before it that belong to it ('North' of 'North Bromsgrove High School'). */
function nameAround(body: string, word: string, at: number): { name: string; start: number } {
  let start = at;
  // one word at a time, through a window of bounded length: a long run of capitals costs no more than its words
  for (let n = 0; n < MAX_NAME_WORDS; n++) {
    const from = Math.max(0, start - 40);
    const m = WORD_BEFORE.exec(body.slice(from, start));
    // a place joined by 'and' opens the name ('Harrowmere and Dunford Hospitals NHS Trust'), a body's kind does not
    // ('Kelby Council and Dunford Hospitals NHS Trust' are two bodies)
    // (nor does an owner's or a place's possessive: 'Ohio's Kelby High School')
    if (!m || !namePart(m[1]!) || (m[2] && KIND.has(m[1]!.toLowerCase())) || OWNER_WORD.test(m[1]!) || isPlacesPossessive(m[1]!)) break;
    start = from + m.index;
  }
  const prefix = body.slice(start, at);
  // a saint's possessive is part of the name it opens ('St Aldwyn's Hospice'), not an owner's
  const end = at + word.length;
  const own = SAINT.test(prefix.trimEnd()) && SAINTS_POSSESSIVE.test(body.slice(end, end + 4)) ? body.slice(at, end + 2) : word;
  return { name: (prefix + nameAt(body, own, at)).replace(/\s+/g, ' '), start };
}
const SAINTS_POSSESSIVE = /^['’]s\s\p{Lu}/u;
const WORD_BEFORE = /(?<![\p{L}’'-])(\p{Lu}[\p{L}’'-]*)[^\S\n](and[^\S\n])?$/u;
/** A character that may be part of a name's word. */
const NAME_CHAR = /[\p{L}’'-]/u;
const MAX_NAME_WORDS = 4;

/**
 * A body named after the lead in the post of someone it sends to speak ('Kelby Parish Council chairman Tom Reed said'): where they speak
 * from, which says nothing of what the article is about.
 */
const namesSpeakersPost = (text: string, end: number, leadEnd: number) => end > leadEnd && isRoleHead(firstWord(text.slice(end, end + 40).trimStart()).toLowerCase());

/**
 * A word's first use as part of a body's full name ('Cleveland Police'), else the name of words it is
 * most often part of ('Port Talbot', 'New Jersey': a place's name is no institution's), else the word.
 */
function firstFullName(body: string, word: string, starts: readonly number[], title: string | null, leadEnd: number, kinds: NameKinds): string {
  const runs = new Map<string, number>();
  for (const at of starts) {
    const around = nameAround(body, word, at);
    const phrase = around.name.replace(POSSESSIVE, '').replace(BOARD_AFTER, '');
    // (a name the article's grades make a home's or a premises' is one: 'Plas Kelby care home')
    if ((isInstitutionName(phrase) || institutionName(phrase, kinds) === phrase) && !namesSpeakersPost(body, around.start + around.name.length, leadEnd)) return phrase;
    runs.set(phrase, (runs.get(phrase) ?? 0) + 1);
  }
  // the title's use counts as one more ('… after Harbury and Wold suspension')
  // (found by hand: a pattern made for each article's word would be compiled for each article)
  const inTitle = title ? [...indicesOf(title, word)].find((i) => !NAME_CHAR.test(title[i - 1] ?? ' ') && !NAME_CHAR.test(title[i + word.length] ?? ' ')) : undefined;
  if (inTitle !== undefined) { const phrase = nameAround(title!, word, inTitle).name.replace(POSSESSIVE, ''); runs.set(phrase, (runs.get(phrase) ?? 0) + 1); }
  const [run, n] = [...runs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [word, 0];
  // a place's name is a few words, and one its mentions agree on more often than on the word alone
  return run !== word && run.split(' ').length <= 3 && n > (runs.get(word) ?? 0) ? run : word;
}

/**
 * Acronyms of the article's bodies: an all-capital word whose letters are the initials of a full name
 * the article gives ('BCC' for 'Buckinghamshire County Council'), mapped to that name's first word.
 */
function expansions(text: string, candidates: readonly Candidate[]): Map<string, { word: string; name: string }> {
  const out = new Map<string, { word: string; name: string }>();
  const acronyms = new Set(candidates.filter((c) => ACRONYM.test(c.text)).map((c) => c.text));
  if (!acronyms.size) return out;
  const seen = new Set<string>();
  for (const c of candidates) {
    if (acronyms.has(c.text) || seen.has(c.text)) continue;
    seen.add(c.text);
    const name = nameAt(text, c.text, c.at);
    const initials = name.split(' ').filter((w) => !/^(?:of|and|&|the|for)$/i.test(w)).map((w) => w[0]).join('');
    if (initials.length > 1 && acronyms.has(initials) && !out.has(initials)) out.set(initials, { word: c.text, name });
  }
  return out;
}
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** An owner's possessive: a body's kind word or an acronym ('Council's', 'MBC's'), not a saint's or a king's ('St Aldhelm's'). */
const OWNER_WORD = new RegExp(String.raw`^(?:(?:${[...KIND].filter((w) => /^[a-z]+$/.test(w)).map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})|\p{Lu}{2,6})['’]s$`, 'u');

/** A place's possessive, by the lexicon ('Indiana's', 'Ohio's'): a saint's or a king's name is no place. */
const isPlacesPossessive = (w: string) => /['’]s$/.test(w) && lexiconTags(w.slice(0, -2)).some((t) => PLACE_TAGS.has(t));

/** A word of a post's title: a role's head or modifier, or a compound ending in one ('Vice-Chancellor'). */
const ROLE_WORDS: ReadonlySet<string> = new Set([...ROLE_HEADS, ...ROLE_MODIFIERS]);
const HEADS: ReadonlySet<string> = new Set(ROLE_HEADS);
/** Whether a word, or a compound's last part, is in a table of post words. */
const inPostTable = (table: ReadonlySet<string>, w: string) => {
  const lower = w.toLowerCase();
  return table.has(lower) || (lower.includes('-') && table.has(lower.slice(lower.lastIndexOf('-') + 1)));
};
const isRoleWord = (w: string) => inPostTable(ROLE_WORDS, w);
export const isRoleHead = (w: string) => inPostTable(HEADS, w);

/**
 * The board that governs a body, or its members, named before it ('the Board of Governors of', 'the Board of the University of
 * Ashby', 'Members of Kelby Council'; 'Trustees of Kelby Academies Trust', where a name's run starts after 'Board of').
 */
const GOVERNING_BOARD = /^(?:The\s+)?(?:(?:(?:Board\s+of\s+)?(?:Governors|Trustees|Directors)|Governing\s+Body|Court\s+of\s+Governors|Members|Councillors)\s+of\s+(?:the\s+)?|Board\s+of\s+the\s+)/;

/** A noun of action and what it was done to ('Escalation of', 'Investigation into the'); an organisation's word is kept ('Federation of'). */
const ACTION_OF = /^(?:The\s+)?(\p{Lu}\p{Ll}+(?:ation|ment))\s+(?:of|into)\s+(?:the\s+)?/u;

/** A body's governing board named after it, which is no body of another kind ('Kelby School District Board of Education' is the district). */
const BOARD_AFTER = /(?:\s+(?:Board\s+of\s+(?:School\s+)?(?:Governors|Trustees|Directors)|Governing\s+Body)|(?<=\bDistrict)\s+Board\s+of\s+Education)$/;

/** A body's meeting named before it ('Extraordinary Meeting of Full Council', 'Annual General Meeting of the Trust'). */
const A_MEETING_OF = /^(?:The\s+)?(?:(?:Extraordinary|Special|Annual|Ordinary|Emergency|Full)\s+)?(?:General\s+)?(?:Meeting|Session|Sitting)\s+of\s+(?:the\s+)?/;

/** A site's name, 'and', then a saint's site of the same kind ('Harrowfield General and St Aldhelm's Hospital'). */
const TWO_SITES = /^(.+?)\s+and\s+(?:St|Saint)\.?\s+\p{Lu}[\p{L}’'-]*\s+(?:Hospitals?|Schools?)$/u;

/** A force's elected overseer and the panel that scrutinises it ('Police and Crime Commissioner', 'Police, Fire and Crime Panel', 'PCC'). */
const OVERSIGHT_OFFICES = /\bPolice,?\s+(?:Fire,?\s+)?and\s+Crime\s+(?:Commissioner|Panel)s?\b|\bPCC\b/g;

/** Before a body's name, words that make it what another body runs ('the trust which runs', 'the company that operates'). */
const RUN_BY_ANOTHER = /\b(?:which|that)\s+(?:runs|operates|manages)\s+$/;
/** Whether the name at `at` is named as what another body runs (RUN_BY_ANOTHER, within the few words before it). */
const runByAnotherAt = (text: string, at: number) => RUN_BY_ANOTHER.test(text.slice(Math.max(0, at - 24), at));

/**
 * Offices that investigate or prosecute what others did ('the Ohio Ethics Commission', 'the Kelby County Prosecutor's Office', 'the
 * district attorney's office', 'the Local Government Ombudsman'): they act on the body news is about, as an inspectorate does.
 */
const INVESTIGATING_OFFICES = /(?:\p{Lu}[\p{L}’'-]*\s+){0,3}(?:Ethics\s+(?:Commission|Board|Committee)|Inspector\s+General|(?:Prosecutor|Prosecuting\s+Attorney|District\s+Attorney|Attorney\s+General|State\s+Attorney)['’]?s?\s+Office|Ombudsman)\b/gu;

/**
 * Bodies of a workforce or of students, named with the words before them ('Kelby Police Federation', 'Carby Police Officers
 * Association', 'the Fire Brigades Union', 'Kelby Students’ Union'): they speak for their members, and what news reports
 * happened to the employer or the university.
 */
const STAFF_BODIES = /(?:\p{Lu}[\p{L}’'-]*\s+){0,4}(?:Federation|(?:Officers|Staff|Teachers|Nurses|Workers|Employees|Firefighters|Doctors|Students)['’]?\s+(?:Association|Union)|(?:Brigades|Trade|Teachers|Workers|College)['’]?\s+Union)\b/gu;

/** Offices and bodies whose words name no subject, each blanked only where one of its key words is (most articles name none). */
const NON_SUBJECT_OFFICES: ReadonlyArray<{ words: readonly string[]; pattern: RegExp }> = [
  { words: ['Crime', 'PCC'], pattern: OVERSIGHT_OFFICES },
  { words: ['Federation', 'Association', 'Union'], pattern: STAFF_BODIES },
  { words: ['Ethics', 'Inspector General', 'Prosecut', 'Attorney', 'Ombudsman'], pattern: INVESTIGATING_OFFICES },
];

/** 'Harrowmere and Dunford Hospitals NHS Foundation Trust', '… and Dene Valley Hospitals …', 'Harrowmere and Dunford Hospitals': the first town is the group's. */
const TWO_TOWNS_TRUST = /^(\p{Lu}[\p{L}’'-]*)\s+and\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,2}(?:(?:University|Teaching)\s+)?Hospitals(?:\b.*\bTrust)?$/u;

/** What names of one body share: its distinctive words ('caerphilly' for 'Caerphilly County Borough Council'). */
export const keyOf: (name: string) => string = memo((name) => {
  // a trust named for two towns' hospitals is reported by its first town's hospital ('Harrowmere and Dunford Hospitals NHS
  // Trust' runs 'Harrowmere General Hospital'): one body to the news
  const twoTowns = TWO_TOWNS_TRUST.exec(name);
  if (twoTowns) return keyOf(twoTowns[1]!);
  // two sites named as one ('Harrowfield General and St Aldhelm's Hospital'): the body is the first's
  const twoSites = TWO_SITES.exec(name);
  if (twoSites) return keyOf(twoSites[1]!);
  // a London borough is named for its place after its style ('London Borough of Kelby' is Kelby Council)
  const borough = LONDON_BOROUGH.exec(name);
  if (borough) return keyOf(borough[1]!);
  // a council's service is the council's ('Kelby Council's Children's Services', as 'Kelby Council' with its service after it)
  const words = SERVICES.reduce((n, s) => n.replace(s.pattern, ''), name).replace(CARE_HOME_KIND, '').toLowerCase().replace(/['’]s\b/g, '').split(/[\s-]+/).filter(Boolean).map((w) => COUNTY_SHORT_FORMS.get(w) ?? w);
  const distinctive = words.filter((w) => !KIND.has(w));
  return (distinctive.length ? distinctive : words).join(' ');
});
