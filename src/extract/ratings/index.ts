import type { DateMention, Rating } from '../../schema/index.js';
import { firstAtOrAfter, unionOf } from '../shared/search.js';
import { contextOf, segmentAt, type ArticleContext, type Segment } from '../context/index.js';
import { holdsAny, maskQuoted } from '../shared/text.js';
import { latin } from '../shared/latin.js';
import { AWARD_OBJECT_VERBS, AWARD_VERBS, DATE_AFTER_GRADE, GRADE_NOUN_MODIFIERS, CREDIT_SCALE, GRADE_FOLLOWERS, GRADE_PHRASES, MOVE_VERBS, RATING_NOUNS, SPELLED_GRADES, WORD_SCALES, type GradePhrase, type RatingScale } from './scales.js';
import type { Deadline } from '../shared/deadline.js';
import { PRESENT_PERFECT_BEFORE } from '../../vocabulary/clauses.js';
import { LOCATION_AFTER_NAME } from '../../vocabulary/bodies.js';
import { datesNoEventAt } from '../../vocabulary/calendar.js';
import { ASSESSORS } from '../../vocabulary/assessors.js';

export { WORD_SCALES, CREDIT_SCALE, GRADE_PHRASES, type RatingScale, type GradePhrase } from './scales.js';

export interface RatingOptions {
  /** Date mentions of the same body; a rating takes its `when` from a date in its sentence. */
  dates?: readonly DateMention[];
  /** Extra scales, checked before the built-in ones. */
  scales?: readonly RatingScale[];
  /** The article's title: the inspectorate it names decides grade words when the body names none. */
  title?: string | null;
  /** The article's time budget, checked as the loops go (extractArticle's timeoutMs). */
  deadline?: Deadline;
}

const OPEN = `[‘'"“]?`;
const CLOSE = `[’'"”]?`;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).map((x) => esc(x).replace(/ /g, '\\s+')).join('|');

export interface Pattern {
  id: string;
  /** What the pattern reads, with an example. */
  reason: string;
  /** Builds the regular expression from the grade alternation and the scale; named groups: grade, previous, subject. */
  build: (grades: string, scale: RatingScale) => string;
  /** The grade may stand bare only where the sentence speaks of grading. */
  needsContext?: boolean;
  /** The grade opens the match, and the words after it are the pattern's own (no verdict check after it). */
  gradeFirst?: boolean;
  /** Only for grade codes ('from its AAA perch'): a grade word there is an adjective ('from the good work'). */
  codesOnly?: boolean;
}

/** Words before the grade a rating moved from ('down from', 'improved from', 'a drop from'): a grade after them is the previous one. */
const MOVED_FROM = String.raw`(?:down|up|improved|improving|rising|risen|falling|fallen|dropping|dropped|(?:a|an)\s+(?:drop|fall|slide|slip|decline|rise|improvement|step\s+(?:down|up)))\s+from`;

/** The grade a move started from, written after the new one ('to BBB+ from A-'). */
const FROM_PREVIOUS = (g: string) => `(?:\\s+from\\s+${OPEN}(?<previous>${g})${CLOSE})?`;

/** How many of an inspectorate's regulations or standards a compliance grade is given against ('with five', 'on most'). */
const RULE_COUNT = String.raw`all|each|every|most|both|many|several|some|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`;

/** Patterns in priority order: an earlier one wins where two overlap. */
export const PATTERNS: readonly Pattern[] = [
  { id: 'from-to', needsContext: true, reason: 'a move between two grades (\'from good to inadequate\')',
    build: (g) => `\\bfrom\\s+${OPEN}(?<previous>${g})${CLOSE}\\s+to\\s+${OPEN}(?<grade>${g})${CLOSE}` },
  { id: 'down-from', needsContext: true, reason: 'the grade a rating moved from, after the new one (\'requires improvement, down from good at its last inspection\'; the Care Inspectorate\'s \'down from 4 (good)\')',
    build: (g) => `\\b${MOVED_FROM}\\s+(?:[1-6]\\s*\\(\\s*)?${OPEN}(?<grade>${g})${CLOSE}` },
  { id: 'from-grade', codesOnly: true, reason: 'the grade a rating was knocked from, stated apart from the new one (\'from its AAA perch\')', build: (g) => `\\bfrom\\s+(?:its|their|the)\\s+${OPEN}(?<grade>${g})${CLOSE}` },
  { id: 'affirmed-at', codesOnly: true, reason: 'an agency’s grade kept or given at a code, after its object (\'has affirmed Kelby University’s Long-Term Issuer Default Rating (IDR) at ‘A+’\', \'the bond was also affirmed at A+\')',
    build: (g) => `\\b(?:(?:re)?affirm(?:ed|s|ing)?|assign(?:ed|s)?|rated|rates)\\s+(?<subject>(?:[\\p{L}’'()-]+,?\\s+){0,12}?)at\\s+${OPEN}(?<grade>${g})${CLOSE}` },
  { id: 'award-verb', reason: 'a verb of grading before the grade (\'was rated inadequate\', \'downgraded to Aa1 from Aaa\')',
    build: (g) => `\\b(?:${alt(AWARD_VERBS)})\\s+(?:(?:as|being|an?|the|overall|now|again|previously|once|still)\\s+){0,3}${OPEN}(?<grade>${g})${CLOSE}${FROM_PREVIOUS(g)}` },
  { id: 'award-verb-numbered', reason: 'a verb of grading, the grade’s number, then its word (the Care Inspectorate’s \'graded 1, unsatisfactory,\', \'graded 4 (good)\', \'graded Kelby House 2 out of 6 - weak\')',
    build: (g) => `\\b(?:${alt(AWARD_VERBS)})\\s+(?:[\\p{L}’'-]+\\s+){0,4}?[1-6](?:\\s+out\\s+of\\s+6)?\\s*(?:[,(]|\\s[-–—])\\s*${OPEN}(?<grade>${g})${CLOSE}` },
  { id: 'quoted-label', reason: 'a grade\'s name in quote marks after a copula (\'the ward was ‘inadequate’\'): the marks make the word a label',
    build: (g) => `\\b(?:is|was|are|were|be|been|being|remains|remained|stays|stayed)\\s+(?:(?:now|still|also|again|overall)\\s+)?[‘'"“](?<grade>${g})[’'"”]` },
  { id: 'award-verb-object', reason: 'a verb of grading, its object (where it stands set off by commas: \'Oakdene House, on Sedge Lane,\'), then the grade (\'judged the service inadequate\', \'graded its leadership as inadequate\')',
    build: (g) => `\\b(?:${alt(AWARD_OBJECT_VERBS)})\\s+(?<subject>(?:[\\p{L}’'-]+,?\\s+){1,8}?)(?:as\\s+)?${OPEN}(?<grade>${g})${CLOSE}` },
  { id: 'and-as', needsContext: true, reason: 'a second object graded, coordinated after the first (\'graded safety as poor, and purposeful activity and preparation for release as not sufficiently good\')',
    build: (g) => `\\band\\s+(?<=\\b(?:graded|rated|judged|assessed)\\b[^.;]{1,200})(?<subject>(?:[\\p{L}’'-]+\\s+){1,8}?)as\\s+${OPEN}(?<grade>${g})${CLOSE}` },
  { id: 'participle-as', reason: 'a participle after a comma that tells the grading, its object, then \'as\' and the grade (\'published its assessment, rating the council’s adult social care as requires improvement\')',
    build: (g) => `,\\s+(?:rating|grading|judging)\\s+(?<subject>(?:[\\p{L}’'-]+\\s+){1,8}?)as\\s+${OPEN}(?<grade>${g})${CLOSE}` },
  { id: 'grade-apposition', reason: 'the grade named after the rung it is (\'gave the force the lowest grade, inadequate, in two areas\')',
    build: (g) => `\\b(?:lowest|highest|worst|best|top|bottom)\\s+(?:possible\\s+)?(?:\\p{L}+\\s+)?(?:grade|rating|judgement|judgment)\\s*[,:–—-]\\s*${OPEN}(?<grade>${g})${CLOSE}` },
  { id: 'and-grade', needsContext: true, reason: 'a second grade coordinated with a dated first (\'previously rated good in 2019 and outstanding in 2012\')',
    // (the first grade is matched, not looked behind for: a lookbehind would run at every position)
    build: (g) => `\\b(?:${g})${CLOSE}(?:\\s+by\\s+[^,;.]{1,40}?)?\\s+in\\s+(?:\\p{L}+\\s+)?\\d{4}\\s+and\\s+${OPEN}(?<grade>${g})${CLOSE}(?=\\s+in\\s+(?:\\p{L}+\\s+)?\\d{4}\\b)` },
  { id: 'move-to', reason: 'a verb that moves a rating, its object (up to sixteen words, a place\'s state or the notches set off by commas: \'Lakeport, Ohio,\'; \'the city of Lakeport, Michigan\'s issuer default rating and its unlimited tax general obligation bonds\'), then \'to\' and the grade (\'downgraded the city one notch to Aa1\', \'… to BBB+ from A-\')',
    build: (g) => `\\b(?:${alt(MOVE_VERBS)})\\s+(?<subject>(?:[\\p{L}’'.-]+,?\\s+){1,16}?)to\\s+(?:the\\s+|a\\s+)?${OPEN}(?<grade>${g})${CLOSE}${FROM_PREVIOUS(g)}` },
  { id: 'grade-noun', gradeFirst: true,
    reason: 'the grade before a rating noun, the awarding body or the kinds of debt maybe between (\'an ‘inadequate’ Ofsted verdict\', \'a AAA bond rating\', \'its Aa2 issuer and general obligation ratings\')',
    build: (g, scale) => `${OPEN}(?<grade>${g})${CLOSE}\\s+(?:(?:${scale.cue.source}|${alt(GRADE_NOUN_MODIFIERS)})\\s+(?:(?:and|or|&)\\s+)?){0,3}(?:${alt(RATING_NOUNS)})\\b` },
  { id: 'grade-in-areas', needsContext: true, gradeFirst: true,
    reason: 'PEEL reports grade a force area by area (\'inadequate in all areas\', \'‘adequate’ in four areas\', \'and adequate in two more\', and after such a count \'adequate in three, and inadequate in two\')',
    build: (g) => `${OPEN}(?<grade>${g})${CLOSE}\\s+in\\s+(?:(?:all|every|each|one|two|three|four|five|six|seven|eight|nine|ten|\\d+|several|some|most|many|the\\s+other)\\s+(?:\\p{L}+\\s+)?(?:areas?|categories|of\\s+the|more|others)\\b|(?:one|two|three|four|five|six|seven|eight|nine|ten)(?=\\s*(?:[,.;]|and\\b)))` },
  { id: 'grade-against-rules', gradeFirst: true,
    reason: 'a compliance grade given against a count of regulations or standards (\'non-compliant with two national standards\', \'substantially compliant on two regulations and compliant on six\', \'compliant with the standard on infection control\', \'non-compliant with national standards on …\'): only a grade of such a scale is followed by them',
    build: (g) => `${OPEN}(?<grade>${g})${CLOSE}\\s+(?:with|on|against|in)\\s+(?:(?:${RULE_COUNT})(?:\\s+(?:of\\s+the\\s+)?(?:other|others|more|further|remaining|national|key|relevant)?\\s*(?:regulations?|standards?|others)\\b|(?=\\s*(?:[,.;)]|and\\b|others\\b)))|(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:regulations?|standards?)\\b)` },
  { id: 'grade-for-area', needsContext: true, gradeFirst: true,
    reason: 'PEEL and CQC reports grade areas (\'‘adequate’ at investigating crime\', \'requires improvement for being well-led\', \'and requires improvement in promoting fairness\')',
    build: (g) => `${OPEN}(?<grade>${g})${CLOSE}\\s+(?:for|at|in)\\s+(?:being\\s+[\\p{L}-]+|[\\p{Ll}-]+ing)\\b` },
  { id: 'noun-of-grade', reason: 'a rating noun, then the grade (\'a rating of Good\', \'the junk status of Ba1\')', build: (g) => `\\b(?:${alt(RATING_NOUNS)})\\s*(?:\\s(?:of|as)\\s+|\\s|[-–—:]{1,2}\\s*)${OPEN}(?<grade>${g})${CLOSE}` },
];

const GRADING_CONTEXT = /\b(rat(?:ing|ed)|grad(?:e|ed|ing)|judg(?:e?ment|ed)|verdict|downgrad|upgrad|inspect|found\s+to\s+be)/i;
/** A date right after 'published' (or in brackets after 'published today') dates a report, not the grading. */
const REPORT_DATE_CUE = /\b(?:published|publication|released|out)\s+(?:\w+\s+)?\(?$/i;
/**
 * Where a sentence turns to another matter ('…, but after two visits in June 2023 …', '… to A3, concluding a review that
 * began March 12'); not where a participle dates the grading itself ('rated inadequate, following an inspection in May').
 */
const CLAUSE_TURN = /,\s*(?:but|while|whereas|although|though|and then|yet)\b|;|\s(?:but|whereas)\s|,\s*(?!(?:during|following|including|according)\b)[a-z]+ing\b/gi;

/** Formal grades that were given: Ofsted/CQC/HMICFRS words, credit letters, star ratings. */
export function extractRatings(input: string | ArticleContext, options: RatingOptions = {}): Rating[] {
  const ctx = contextOf(input, options);
  const { body } = ctx;
  const scales = [...(options.scales ?? []), ...WORD_SCALES];
  const cuesOf = (list: readonly RatingScale[]) => {
    // one scan for every scale's names, each scale's cue a group of its own
    const { any, owner } = anyCue(list);
    return [...body.matchAll(any)].map((m) => { const rank = owner(m); return { scale: list[rank]!, rank, at: m.index }; });
  };
  const cues = cuesOf(scales);
  // an agency named a sentence or two away still decides that letters are its grades ('Moody's said … It was cut to Aa1')
  const creditCues = cuesOf([CREDIT_SCALE]);
  // a headline may be the only place that names the inspectorate ('School celebrates top Ofsted grade')
  const articleScale = dominantScale(cues) ?? (ctx.title ? scales.find((scale) => new RegExp(scale.cue.source, 'i').test(ctx.title!)) ?? null : null);
  // (several phrases share a gate or a topic: each is tested on the body once, the topic, which few articles have, first)
  const holds = new Map<RegExp, boolean>();
  const has = (pattern: RegExp) => { let v = holds.get(pattern); if (v === undefined) holds.set(pattern, (v = pattern.test(body))); return v; };
  const phrases = GRADE_PHRASES.filter((phrase) => holdsAny(ctx.lowerBody, phrase.words) && (!phrase.topic || has(phrase.topic)) && has(phrase.gate));
  const dates = options.dates ?? [];
  const found: Rating[] = [];
  for (const sentence of ctx.sentences) {
    ctx.deadline?.check();
    const named = nearestScale(sentence, cues);
    const scale = named ?? articleScale;
    const nearCredit = nearestScale(sentence, creditCues) !== null;
    const sentenceRatings: Rating[] = [];
    if (scale) sentenceRatings.push(...matchScale(sentence, scale, dates, named === scale));
    if (nearCredit) sentenceRatings.push(...matchScale(sentence, CREDIT_SCALE, dates, true));
    if (phrases.length) sentenceRatings.push(...matchPhrases(phrases, sentence, sentenceRatings, scale, nearCredit, dates));
    found.push(...asPrevious(sentence, withoutRanges(sentence, sentenceRatings), dates), ...matchStars(sentence, dates));
  }
  return withAwardingBodies(ctx, withEarlierGrades(ctx, dropOverlaps(found)));
}

/**
 * The body that gave each grade: the assessor of the grade's scale named nearest before it within
 * reach, or after it in its clause ('rated AAA by Standard & Poor's'; not the next clause's agency in
 * 'S&P cut it to A, and Fitch downgraded it to A-').
 */
function withAwardingBodies({ body, assessors, sentences: sents }: ArticleContext, ratings: Rating[]): Rating[] {
  if (!ratings.length) return ratings;
  const mentions = assessors.filter((a) => a.scale).map((a) => ({ name: a.name, scale: a.scale, at: a.start }));
  for (const r of ratings) {
    const sentence = segmentAt(sents, r.start)!;
    const inClause = (m: { at: number }) => m.at < r.start || !CLAUSE_END.test(body.slice(r.end, m.at));
    const candidates = mentions.filter((m) => m.scale === r.scale && m.at >= r.start - CUE_REACH && m.at < sentence.end && inClause(m));
    const distance = (m: { at: number }) => (m.at < r.start ? r.start - m.at : (m.at - r.start) * 2);
    r.awardedBy = candidates.sort((a, b) => distance(a) - distance(b))[0]?.name ?? null;
  }
  return ratings;
}

/** Grades that no grade word states (GRADE_PHRASES): special measures, junk, a food hygiene number. */
function matchPhrases(phrases: readonly GradePhrase[], sentence: Segment, graded: readonly Rating[], scale: RatingScale | null, nearCredit: boolean,
  dates: readonly DateMention[]): Rating[] {
  const out: Rating[] = [];
  for (const phrase of phrases) {
    if (!phrase.gate.test(sentence.text)) continue;
    if (phrase.scales.includes('credit') && !nearCredit) continue;
    const scaleId = scale && phrase.scales.includes(scale.id) ? scale.id : phrase.scales[0]!;
    if (phrase.yieldsToGrade && graded.some((r) => r.scale === scaleId)) continue;
    for (const m of sentence.text.matchAll(phrase.pattern)) {
      if (phrase.unless?.test(sentence.text.slice(clauseOf(sentence, sentence.start + m.index!).start - sentence.start, m.index! + m[0].length))) continue;
      const grade = m.groups?.grade;
      const offset = grade ? m[0].lastIndexOf(grade) : 0;
      const text = grade ?? m[0];
      const start = sentence.start + m.index! + offset;
      // (what was given it, in the passive: 'Blue Lantern on Mill Street was given a food hygiene rating of 1')
      const given = GIVEN_BEFORE.exec(sentence.text.slice(Math.max(0, m.index! - GIVEN_REACH), m.index!));
      const verbAt = given ? m.index! - given[0].length : m.index!;
      out.push({
        text, start, end: start + text.length,
        value: phrase.value ?? SPELLED_GRADES.get(scaleId)?.[/^\d$/.test(text) ? Number(text) : -1] ?? (/^\d/.test(text) ? text : text[0]!.toUpperCase() + text.slice(1).toLowerCase()),
        scale: scaleId, subject: cleanSubject(passiveSubject(sentence.text, sentence.text, verbAt)), previous: null, when: whenGiven(sentence, dates, start), awardedBy: null, rule: phrase.id,
      });
    }
  }
  return out;
}

/** A verb of giving and an article right before a grade phrase: its subject, in the passive, is what the grade was given to. */
const GIVEN_BEFORE = /\b(?:given|awarded|handed|issued\s+with|hit\s+with)\s+(?:a|an|the|its)\s+(?:new\s+)?$/i;
const GIVEN_REACH = 40;

/** Patterns whose own words say a short code with a digit is a grade: a rating noun after it or before it. */
const NAMED_AS_GRADE: ReadonlySet<string> = new Set(['grade-noun', 'grade-apposition']);

/** `named`: the scale's body is named within reach of the sentence, which is context enough for a bare grade. */
function matchScale(sentence: Segment, scale: RatingScale, dates: readonly DateMention[], named: boolean): Rating[] {
  const out: Rating[] = [];
  if (!anyGrade(scale).test(sentence.text)) return out; // most sentences name no grade: one test instead of six
  const masked = maskQuoted(sentence.text);
  for (const [pattern, re] of compiled(scale)) {
    if (pattern.codesOnly && !scale.caseSensitive) continue;
    if (pattern.needsContext && !named && !GRADING_CONTEXT.test(sentence.text)) continue;
    for (const m of sentence.text.matchAll(re)) {
      const g = m.groups!;
      // (where the grade group matched: a previous grade after it, '… to A from AA-', may hold its letters)
      const gradeStart = m.indices!.groups!.grade![0];
      const gradeEnd = gradeStart + g.grade!.length;
      const quoted = /[‘'"“]$/.test(sentence.text.slice(0, gradeStart));
      if (!quoted && !pattern.gradeFirst && !pattern.codesOnly && !endsVerdict(sentence.text.slice(gradeEnd))) continue;
      // short letter grades are ordinary words, initials and roads elsewhere ('a B road', 'the A1'): only after a rating word or
      // verb, or with a rating noun right after ('a C3 consumer grade') or before ('the top governance grade, G1')
      // ('A credit rating works like …' is the article: only a code with a digit is told by its noun)
      if (scale.caseSensitive && g.grade!.length <= 2 && !(NAMED_AS_GRADE.has(pattern.id) && /\d/.test(g.grade!)) && pattern.id !== 'award-verb-object'
        && !/\b(?:to|at|of|as|from|rated|rating)\s+[‘'"“]?$/i.test(sentence.text.slice(0, gradeStart))) continue;
      const start = sentence.start + gradeStart;
      out.push({
        text: g.grade!, start, end: start + g.grade!.length,
        value: canonical(g.grade!, scale),
        scale: scale.id,
        subject: cleanSubject(g.subject?.trim() || passiveSubject(masked, sentence.text, m.index!) || (pattern.gradeFirst ? OWNER_BEFORE.exec(sentence.text.slice(Math.max(0, gradeStart - OWNER_REACH), gradeStart))?.[1] : null) || null),
        previous: g.previous ? canonical(g.previous, scale) : null,
        when: whenGiven(sentence, dates, start),
        awardedBy: null,
        rule: pattern.id,
      });
    }
  }
  return out;
}

const STARS = /\b(?<n>one|two|three|four|five|[1-5](?:\.5)?)[- ]stars?\b|\b(?<m>[0-9](?:\.\d)?)\s*(?:out of|\/)\s*(?<of>5|10)\b(?=[^.]{0,40}\b(?:stars?|rating|rated)\b)|\b(?:rated|rating of|scored)\s+(?<k>[0-9](?:\.\d)?)\s*(?:out of|\/)\s*(?<kof>5|10)\b/giu;
const NUMBER_WORDS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5' };

const STAR_HINT = /star|out of|\//i;

function matchStars(sentence: Segment, dates: readonly DateMention[]): Rating[] {
  const out: Rating[] = [];
  if (!STAR_HINT.test(sentence.text)) return out;
  for (const m of sentence.text.matchAll(STARS)) {
    const g = m.groups!;
    const n = g.n ? NUMBER_WORDS[g.n.toLowerCase()] ?? g.n : null;
    const value = n ?? `${g.m ?? g.k} out of ${g.of ?? g.kof}`;
    // a star count before a person or a name is no rating: 'a five-star recruit', 'the 5-Star Movement', 'two Star Trek novels'
    const next = sentence.text.slice(m.index! + m[0].length);
    if (n && (/^\s*(?:player|striker|signing|witness|recruit|man|general|admiral)\b/i.test(next) || /Star/.test(m[0]) || /^[\s-]*\p{Lu}/u.test(next))) continue;
    const start = sentence.start + m.index!;
    out.push({ text: m[0], start, end: start + m[0].length, value, scale: 'stars', subject: null, previous: null,
      when: whenGiven(sentence, dates, start), awardedBy: null, rule: 'stars' });
  }
  return out;
}

/** Every way the scale's grades are written: the grades and their other spellings. */
const spellingsOf = (scale: RatingScale): string[] => [...scale.grades, ...Object.values(scale.spellings ?? {}).flat()];

/** A grade as written to the grade in the scale's own spelling ('requiring improvement' is 'Requires Improvement'). */
function canonical(surface: string, scale: RatingScale): string {
  // credit grades differ by case ('Aaa' is Moody's, 'AAA' S&P's and Fitch's)
  if (scale.caseSensitive) return surface;
  const s = surface.replace(/\s+/g, ' ').toLowerCase();
  return scale.grades.find((g) => g.toLowerCase() === s)
    ?? Object.entries(scale.spellings ?? {}).find(([, forms]) => forms.some((f) => f.toLowerCase() === s))?.[0]
    ?? surface;
}

/** After a verdict comes punctuation, the end, or a word that starts a new phrase, not a noun. */
function endsVerdict(after: string): boolean {
  const next = /^[’'"”]?\s*([\p{L}]+)/u.exec(after);
  if (!next || /^[’'"”]?\s*[,.;:!?)\]–—-]/u.test(after)) return true;
  const word = next[1]!;
  return GRADE_FOLLOWERS.has(word.toLowerCase()) || /^\p{Lu}/u.test(word) || TIME_AGO.test(after);
}
/** A date told as a time ago right after the grade ('judged good four years ago'): the verdict ends there. */
const TIME_AGO = /^\s*(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|a\s+few)\s+(?:years?|months?|weeks?|days?)\s+(?:ago|earlier|before)\b/i;

const AUXILIARY = /\b(?:was|were|is|are|has been|have been|had been|been|being|be)\b(?:\s+(?:last|this|next|previously|also|now|again|once|recently|later|year|month|week|subsequently|initially|first))*\s*$/i;
// ('and' between two capitalised words joins a name: 'Kestermoor Fire and Rescue Service')
const CLAUSE_BREAK = /[,;:(]|\b(?:while|whereas|but|after|following|since|when|that|as|because|although)\b|(?<!\p{Lu}[\p{L}’'-]*\s)\band\b|\band\b(?!\s\p{Lu})/giu;

/**
 * Words a subject phrase does not end with: the verb or particle that led to the grade ('the second area to', 'outcomes have all'),
 * or the rating's noun after its owner ('cut Kelby Homes' governance grade to G3'), or its short form in brackets ('Long-Term Issuer
 * Default Rating (IDR)').
 */
const SUBJECT_TAIL = new RegExp(String.raw`\s+(?:to|as|and|or|but|have|has|had|all|now|is|was|are|were|be|been|being|continuing|still|also|which|who|that|(?:one|two|three|four|\d+)\s+notch(?:es)?|(?:(?:${alt(GRADE_NOUN_MODIFIERS)})\s+)*(?:ratings?|grades?)|\(\p{Lu}{2,6}\))$`, 'iu');
/** A second object after the first, the same owner's ('its issuer default rating and its general obligation bonds'): no part of the owner. */
const SECOND_OBJECT = /\s+and\s+(?:its|their|the)\s+[^,;]*$/;
/** A rating agency named between the owner and the rating's noun ('Kelby's Moody's rating', 'the city's S&P rating'): no part of the owner. */
const AGENCY_AFTER_OWNER = new RegExp(String.raw`(?<=\S)\s+(?:${ASSESSORS.filter((a) => a.scale === CREDIT_SCALE.id).map((a) => a.pattern.source).join('|')})$`);
/** Words that cannot name what was graded: a pronoun points elsewhere, a preposition is a parse's leftover. */
const NOT_A_SUBJECT = /^(?:it|its|they|them|he|she|which|who|that|this|these|those|there|in|on|at|of|by)$/i;

/**
 * A subject as the patterns found it, made a noun phrase or nothing: the last sentence's part only, the
 * object of a relative clause ('a report which found the force' is the force), no trailing verb,
 * particle, rating noun or the street it stands on, and null for a pronoun (or a phrase ending in one) or a lone function word.
 */
function cleanSubject(subject: string | null): string | null {
  if (!subject) return null;
  let s = subject.replace(/^[^]*(?<!\b(?:St|Dr|Mr|Mrs|Ms|Mt|No|Co|Inc|Ltd|Jr|Sr))[.!?]\s+(?=\p{Lu})/u, '')
    .replace(/^[^]*\b(?:which|that|who)\s+\p{Ll}+\s+(?=\S)/u, '').trim();
  s = s.replace(SECOND_OBJECT, '');
  while (SUBJECT_TAIL.test(s)) s = s.replace(SUBJECT_TAIL, '');
  s = s.replace(AGENCY_AFTER_OWNER, '');
  s = s.replace(LOCATION_AFTER_NAME, '').replace(DESCRIPTOR_BEFORE_NAME, '');
  s = s.replace(/['’]s$|(?<=s)['’]$/, ''); // the rating's owner: 'Minneapolis' rating', 'the city’s rating'
  const last = s.split(/\s+/).pop() ?? '';
  return !s || NOT_A_SUBJECT.test(s) || NOT_A_SUBJECT.test(last) ? null : s;
}

/** A compound that describes a name before it ('Council-run Ravensgill House', 'Labour-led Kelby Council'): no part of the name. */
const DESCRIPTOR_BEFORE_NAME = /^\p{Lu}\p{L}*-\p{Ll}[\p{L}-]*\s+(?=\p{Lu})/u;

/** The named owner of a grade written before it ('the Kelby City School District’s A1 rating', 'Lakeport’s AA- rating'). */
const OWNER_REACH = 80;
const OWNER_BEFORE = /(\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}’'-]*)*)['’]s?\s+$/u;

/** 'Individual service areas were judged Good' gives 'Individual service areas'. */
function passiveSubject(masked: string, text: string, verbAt: number): string | null {
  const aux = AUXILIARY.exec(masked.slice(0, verbAt));
  if (!aux) return null;
  const before = masked.slice(0, aux.index);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) from = m.index! + m[0].length;
  let subject = text.slice(from, aux.index).trim();
  // '… follows the service being judged': a participle's subject is the noun phrase just before it
  if (/^being\b/i.test(aux[0])) subject = /^.*\b((?:the|a|an|its|their|his|her|this|that)\s+[^,;]*)$/is.exec(subject)?.[1] ?? subject;
  return subject || null;
}

/** Before a date, words that give it to an earlier inspection: 'since its last visit in 2019'. */
const EARLIER_CUE = /\b(?:previous|prior|earlier|last)\s+(?:\p{L}+\s+){0,2}?(?:inspection|visit|report|rating|assessment)\s+(?:in|on|of)\s+$/iu;

/**
 * The date of the grading: the nearest date in the sentence that is not a report's publication date, nor,
 * for a grade that replaced another (`changed`), the date of the earlier inspection, nor a date after the
 * earlier grade (`earlierAt`: 'down from the good rating it held in 2019').
 */
function whenGiven(sentence: Segment, dates: readonly DateMention[], at: number, changed = false, earlierAt = Infinity): string | null {
  // a financial or school year ('the PEEL 2021/22 assessment') names a period, not when a grade was given
  const inSentence = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end && d.value && d.rule !== 'year-range');
  const candidates = inSentence.filter((d) => {
    const before = sentence.text.slice(0, d.start - sentence.start);
    // 'since September' opens a period, in which grades were given; it is not when this one was
    // a date before ', after Ofsted judged it …' is the main clause's, told of what followed the grade
    const toGrade = d.end <= at ? sentence.text.slice(d.end - sentence.start, at - sentence.start) : '';
    return !REPORT_DATE_CUE.test(before) && !datesNoEventAt(sentence.text, d.start - sentence.start) && !(changed && EARLIER_CUE.test(before)) && !PERIOD_OPENS.test(before) && d.start < earlierAt
      && !LATER_MAIN_CLAUSE.test(toGrade) && !REACTS_TO.test(toGrade) && !(PARTICIPLE_ASIDE_BEFORE.test(before) && /^\s*,/.test(toGrade))
      && !(d.start > at && (APPOSITIVE_AFTER.test(sentence.text.slice(at - sentence.start, d.start - sentence.start))
        || RELATIVE_CLAUSE_OPEN.test(sentence.text.slice(at - sentence.start, d.start - sentence.start))));
  });
  // a date told right after the grade is its own ('… and outstanding in 2012'), however near another stands
  const right = candidates.find((d) => d.start > at && GRADE_THEN_DATE.test(sentence.text.slice(at - sentence.start, d.start - sentence.start)));
  if (right) return right.value;
  const clause = clauseOf(sentence, at);
  const distance = (d: DateMention) => (d.start >= clause.start && d.end <= clause.end ? 0 : 1e6) + Math.abs(d.start - at);
  candidates.sort((a, b) => distance(a) - distance(b) || a.start - b.start);
  return candidates[0]?.value ?? null;
}

const PERIOD_OPENS = /\b(?:since|until)\s+$/i;
/** What the grading was, set off after it ('to AA+, a move city officials say will save money when the city sells bonds next week'): its dates are the move's sequel's. */
const APPOSITIVE_AFTER = /,\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:move|decision|step|change|upgrade|downgrade|boost|blow)\b/u;
/**
 * A relative clause opened after the grade, still open at the date: 'assigned its A+ rating to the notes, which go on sale on
 * 3 June' (not one that tells the grading: 'holds an Aa2 rating from Moody's, which was affirmed in May 2023').
 */
const RELATIVE_CLAUSE_OPEN = /,\s+(?:which|who|whose)\b(?![^,;]*\b(?:affirmed|assigned|awarded|given|confirmed|upgraded|downgraded|rated|judged|graded|cut|raised|lowered)\b)[^,;]*$/u;
/**
 * 'stepped down on 29 March, after inspectors rated the college …', 'signed off the plan on Tuesday, six weeks after the regulator
 * rated …', 'will step down at the end of February, days after inspectors found …': the grade's clause, after a comma, tells what came first.
 */
const LATER_MAIN_CLAUSE = /,\s*(?:(?:just\s+|only\s+|some\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+|less\s+than\s+)?(?:(?:an?|\d+|[\p{L}-]+)\s+)?(?:days?|weeks?|fortnights?|months?|years?)\s+)?(?:after|following)\s[^,;]*$/iu;

/**
 * 'today welcomed the decision by Moody's to affirm the city's A2 rating', 'today responded to S&P Global Ratings' decision to lower
 * its rating': a date before a reaction to the decision that gave the grade is the reaction's; the decision came first.
 */
const REACTS_TO = /\b(?:welcom|prais|hail|criticis|criticiz|condemn|respond|react|appeal)\p{L}*\s+(?:to\s+|against\s+)?(?:the|this|a|that|its|(?:\p{Lu}[\p{L}&-]*\s+){0,3}\p{Lu}[\p{L}&-]*['’]s?)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:decision|announcement|news|move|ruling|verdict|upgrade|downgrade|findings|judgement|judgment)\b/iu;

/**
 * A participle's aside that a date closes, before the grade's clause: 'Under the revised framework, launched in January, the school was judged …'
 * dates the ratings, not the grading.
 */
const PARTICIPLE_ASIDE_BEFORE = /,\s+\p{Ll}+ed\s+(?:\p{L}+\s+){0,3}?$/u;

/** A grade of one or two words, then the word that gives its date: 'outstanding in ', 'requires improvement in '. */
const GRADE_THEN_DATE = /^[‘'"“]?\p{L}+(?:\s\p{L}+)?[’'"”]?\s+(?:in|on)\s+$/u;

function clauseOf(sentence: Segment, at: number): { start: number; end: number } {
  let start = sentence.start, end = sentence.end;
  for (const m of sentence.text.matchAll(CLAUSE_TURN)) {
    const pos = sentence.start + m.index!;
    if (pos < at) start = pos;
    else { end = pos; break; }
  }
  return { start, end };
}

/** Patterns are compiled once per scale, not per sentence. */
const COMPILED = new WeakMap<RatingScale, Array<[Pattern, RegExp]>>();
function compiled(scale: RatingScale): Array<[Pattern, RegExp]> {
  let res = COMPILED.get(scale);
  if (!res) {
    const grades = alt(spellingsOf(scale));
    // (every scale compiles every pattern: spelled in Latin letters, see latin)
    res = PATTERNS.map((p) => [p, latin(new RegExp(p.build(grades, scale), scale.caseSensitive ? 'dgu' : 'dgiu'))]);
    COMPILED.set(scale, res);
  }
  return res;
}

const ANY_GRADE = new WeakMap<RatingScale, RegExp>();
function anyGrade(scale: RatingScale): RegExp {
  let re = ANY_GRADE.get(scale);
  if (!re) ANY_GRADE.set(scale, (re = latin(new RegExp(`\\b(?:${alt(spellingsOf(scale))})\\b`, scale.caseSensitive ? 'u' : 'iu'))));
  return re;
}

const CUES = new WeakMap<object, ReturnType<typeof unionOf>>();
/** Every scale's names as one pattern: compiled once for the word scales and for each scale alone, per call for a caller's own. */
function anyCue(scales: readonly RatingScale[]): ReturnType<typeof unionOf> {
  const key: object | null = scales.length === 1 ? scales[0]! : scales.length === WORD_SCALES.length && scales.every((x, k) => x === WORD_SCALES[k]) ? WORD_SCALES : null;
  let found = key ? CUES.get(key) : undefined;
  if (!found) {
    found = unionOf(scales.map((x) => x.cue), 'gi');
    if (key) CUES.set(key, found);
  }
  return found;
}

/** Within this many characters, a named inspectorate decides the scale of a sentence's grade words. */
const CUE_REACH = 600;
/**
 * What ends a grade's clause before a later agency's name or another grade: a stop, comma or semicolon, a
 * contrast ('while', 'but') or a participle clause ('having been rated good in 2019').
 */
const CLAUSE_END = /[.,;]|\b(?:while|whereas|but|having)\b/;

interface Cue { scale: RatingScale; rank: number; at: number }

/** The cue nearest the sentence (inside it counts as 0; ties go to the scale listed first). `cues` is sorted by position. */
function nearestScale(sentence: Segment, cues: readonly Cue[]): RatingScale | null {
  const lo = firstAtOrAfter(cues, sentence.start, (c) => c.at); // by binary search: long bodies have many cues
  let best: Cue | null = null, bestDistance = Infinity;
  const consider = (cue: Cue, d: number) => {
    if (d < bestDistance || (d === bestDistance && cue.rank < best!.rank)) { bestDistance = d; best = cue; }
  };
  if (lo > 0) consider(cues[lo - 1]!, sentence.start - cues[lo - 1]!.at);
  for (let i = lo; i < cues.length; i++) {
    const d = Math.max(0, cues[i]!.at - sentence.end);
    if (d > bestDistance) break;
    consider(cues[i]!, d);
    if (d > 0) break;
  }
  return best && bestDistance <= CUE_REACH ? (best as Cue).scale : null;
}

/** The scale named most often; ties go to the scale listed first. */
function dominantScale(cues: readonly Cue[]): RatingScale | null {
  const counts = new Map<RatingScale, { n: number; rank: number }>();
  for (const { scale, rank } of cues) counts.set(scale, { n: (counts.get(scale)?.n ?? 0) + 1, rank });
  let best: RatingScale | null = null, most = 0, bestRank = Infinity;
  for (const [scale, { n, rank }] of counts) if (n > most || (n === most && rank < bestRank)) { most = n; bestRank = rank; best = scale; }
  return best;
}

/**
 * Before a grade, words that make it the grade a rating replaced: 'rated ‘requires improvement’, down from
 * the ‘good’ rating', 'rated good, which takes it out of the ‘inadequate’ category'.
 */
const PREVIOUS_CUE = new RegExp(String.raw`\b(?:${MOVED_FROM}|out\s+of)\s+(?:the\s+|its\s+|a\s+|an\s+|[1-6]\s*\(\s*)?[‘'"“]?$`, 'i');

/** How far after an earlier grade its own date may stand ('requires improvement at its last full inspection in 2021'). */
const OWN_DATE_REACH = 50;

/**
 * Two grades joined by 'or' name a band, not a grade given ('one of 14 settings in Kelby rated good or outstanding'): neither is a
 * rating. ('graded adequate or better in most areas' keeps its grade: a floor the body reached.)
 */
function withoutRanges(sentence: Segment, ratings: Rating[]): Rating[] {
  if (ratings.length < 2 || !/\bor\b/.test(sentence.text)) return ratings;
  const text = (from: number, to: number) => sentence.text.slice(from - sentence.start, to - sentence.start);
  const joined = (a: Rating, b: Rating) => a.scale === b.scale && a.end <= b.start && OR_BETWEEN.test(text(a.end, b.start));
  return ratings.filter((r) => !ratings.some((o) => o !== r && (joined(o, r) || joined(r, o))));
}
/** Between two grades of a band: 'good or outstanding', '‘good’ or ‘outstanding’'. */
const OR_BETWEEN = /^[’'"”]?\s*or\s+[‘'"“]?$/;

/**
 * A grade after 'down from' or 'out of' is the previous grade of the rating before it in the sentence, and
 * stays a rating of its own (it was given, earlier); a date the sentence gives to an earlier inspection
 * ('since its last visit in 2019') then dates that earlier grade, not the new one.
 */
function asPrevious(sentence: Segment, ratings: Rating[], dates: readonly DateMention[]): Rating[] {
  const ordered = [...ratings].sort((a, b) => a.start - b.start);
  ordered.forEach((r, k) => {
    const current = ordered.slice(0, k).reverse().find((c) => c.previous === null && c.scale === r.scale && c.value !== r.value);
    if (!current || !PREVIOUS_CUE.test(sentence.text.slice(0, r.start - sentence.start))) return;
    current.previous = r.value;
    current.when = whenGiven(sentence, dates, current.start, true, r.start);
    // the earlier grade is dated by its own phrase ('down from good at its last inspection in 2019'), never by the news's date
    const own = dates.find((d) => d.value && d.start >= r.end && d.end <= sentence.end && d.start - r.end <= OWN_DATE_REACH && !CLAUSE_END.test(sentence.text.slice(r.end - sentence.start, d.start - sentence.start)));
    r.when = own?.value ?? null;
  });
  return withOwnDates(sentence, ordered, dates);
}

/**
 * A date on the far side of another grade, past a clause break, is that grade's alone when this one is told
 * as the news: 'has been rated inadequate; they were judged good in 2019', 'has been rated inadequate, having
 * been rated good in 2019' (grades coordinated by 'and' share their date: 'inadequate and its sixth form
 * requires improvement in March 2024').
 */
function withOwnDates(sentence: Segment, ordered: Rating[], dates: readonly DateMention[]): Rating[] {
  if (ordered.length < 2) return ordered;
  for (const r of ordered) {
    if (r.when === null) continue;
    const mention = dates.filter((d) => d.value === r.when && d.start >= sentence.start && d.end <= sentence.end)
      .sort((a, b) => Math.abs(a.start - r.start) - Math.abs(b.start - r.start))[0];
    if (!mention) continue;
    const sharing = ordered.filter((o) => o !== r && o.value !== r.value && o.when === r.when);
    // a date right after an earlier grade is that grade's, not a later one's ('given a zero rating last month has been
    // re-inspected and awarded a four')
    if (mention.end <= r.start && sharing.some((o) => o.end <= mention.start && mention.start - o.end <= DATE_AFTER_GRADE)) { r.when = null; continue; }
    // only a grade told as the news ('has been rated', 'is now in special measures') is apart from a dated one: two past
    // verdicts of one sentence share it
    if (!toldAsNews(sentence, r)) continue;
    const [from, to] = mention.start > r.end ? [r.end, mention.start] : [mention.end, r.start];
    const gap = (x: Rating) => (mention.start >= x.end ? mention.start - x.end : x.start - mention.end);
    // the other grade on the date's far side from this one
    const beyond = (x: Rating) => (mention.start > r.end ? x.start >= mention.end : x.end <= mention.start);
    const other = sharing.find((o) => o.start >= from && o.end <= to);
    const between = !other ? '' : mention.start > r.end ? sentence.text.slice(r.end - sentence.start, other.start - sentence.start) : sentence.text.slice(other.end - sentence.start, r.start - sentence.start);
    // the date is the other grade's: past a clause break from this one, or right by the other ('a school judged good four
    // years ago is now in special measures')
    if ((other && CLAUSE_END.test(between)) || sharing.some((o) => beyond(o) && gap(o) <= NEAR_GRADE)) r.when = null;
  }
  return ordered;
}

/** How near a date must be to another grade to be that grade's rather than the news's (a few words: 'good four years ago'). */
const NEAR_GRADE = 20;

/** A grade told as the news: in the present perfect ('has been rated'), or a state the body is now in ('is now in special measures'). */
function toldAsNews(sentence: Segment, r: Rating): boolean {
  const before = sentence.text.slice(Math.max(0, r.start - sentence.start - 40), r.start - sentence.start);
  return PRESENT_PERFECT_BEFORE.test(before) || NOW_IN_STATE.test(before) || NOW_IN_STATE.test(`${r.text} `);
}
const NOW_IN_STATE = /\b(?:is|are)\s+(?:now|still|currently)\s+(?:in\s+)?$|^(?:is|are)\s+(?:now|still|currently)\s/;

function dropOverlaps(ratings: Rating[]): Rating[] {
  const kept: Rating[] = [];
  for (const r of ratings) if (!kept.some((k) => r.start < k.end && k.start < r.end)) kept.push(r);
  return kept.sort((a, b) => a.start - b.start);
}

/** Words that put a grade in the past, as the grade a later one replaced ('previously rated good', 'at its last inspection'). */
const EARLIER_GRADE = /\b(?:previous(?:ly)?|formerly|prior|no\s+longer|last\s+(?:full\s+)?(?:\p{L}+\s+)?(?:inspection|visit|report|assessment)|last\s+(?:rated|judged|graded|assessed))\b|\bhad\s+been\s+(?:\p{L}+\s+){0,2}[‘'"“]?$/iu;
/** After a grade, words that put it in the past: 'rated good back in 2019', 'judged good four years ago'. */
const EARLIER_AFTER = /^[’'"”]?\s+(?:back\s+in\b|(?:\w+\s+){1,2}ago\b)/i;

/** Words before a grade that tell it has lasted: 'still inadequate', 'remains good'. */
const LASTING = /\b(?:still|remains?|remained|again|continues?\s+to\s+be)\s+(?:\p{L}+\s+)?[‘'"“]?$/iu;

/** Ratings made by a grade phrase (a state such as special measures) are no grade on the scale's ladder. */
const PHRASE_RULES = new Set(GRADE_PHRASES.map((p) => p.id));

/**
 * A grade the article puts in the past ('The school was previously rated good') is the previous grade
 * of the article's current grade on that scale, stated elsewhere ('rated inadequate'). An inspection
 * article restates one verdict, so every mention of the current grade (the first the article gives)
 * takes it; an article about credit grades several issuers, so only the next grade after it does. An
 * inspectorate's grade the article also gives as current ('inadequate in all areas' then, 'inadequate
 * in two' now) was not replaced.
 */
function withEarlierGrades({ body, sentences: sents }: ArticleContext, ratings: Rating[]): Rating[] {
  const onLadder = ratings.filter((r) => !PHRASE_RULES.has(r.rule));
  const earlier = onLadder.filter((r) => {
    if (r.rule === 'from-grade') return true;
    const clause = clauseOf(segmentAt(sents, r.start)!, r.start);
    return EARLIER_GRADE.test(body.slice(clause.start, r.start)) || EARLIER_AFTER.test(body.slice(r.end, r.end + 24));
  });
  for (const old of earlier) {
    const credit = old.scale === CREDIT_SCALE.id;
    const sameScale = onLadder.filter((r) => !earlier.includes(r) && r.scale === old.scale);
    // the article's verdict the same as the earlier grade, or that grade told as lasting ('still inadequate in two
    // areas'): not replaced (an area's grade the same, 'the sixth form was judged good', is not the verdict)
    if (!credit && (sameScale[0]?.value === old.value || sameScale.some((r) => r.value === old.value && LASTING.test(body.slice(Math.max(0, r.start - 20), r.start))))) continue;
    const current = sameScale.filter((r) => r.value !== old.value);
    const target = credit ? current.find((r) => r.start > old.start) : current[0];
    if (!target || target.previous) continue;
    const targets = credit ? [target] : current.filter((r) => r.value === target.value && !r.previous);
    for (const t of targets) t.previous = old.value;
  }
  return ratings;
}
