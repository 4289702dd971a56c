import type { DateMention, Rating } from '../../schema/index.js';
import { firstAtOrAfter } from '../shared/search.js';
import { sentences, type Segment } from '../shared/segments.js';
import { maskQuoted } from '../shared/text.js';
import { AWARD_VERBS, CREDIT_SCALE, GRADE_FOLLOWERS, RATING_NOUNS, WORD_SCALES, type RatingScale } from './scales.js';
import type { Deadline } from '../shared/deadline.js';

export { WORD_SCALES, CREDIT_SCALE, type RatingScale } from './scales.js';

export interface RatingOptions {
  /** Date mentions of the same body; a rating takes its `when` from a date in its sentence. */
  dates?: readonly DateMention[];
  /** Extra scales, checked before the built-in ones. */
  scales?: readonly RatingScale[];
  /** The article's time budget, checked as the loops go (extractArticle's timeoutMs). */
  deadline?: Deadline;
}

const OPEN = `[‘'"“]?`;
const CLOSE = `[’'"”]?`;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).map((x) => esc(x).replace(/ /g, '\\s+')).join('|');

interface Pattern {
  id: string;
  /** Builds the regular expression from the grade alternation; named groups: grade, previous, subject. */
  build: (grades: string) => string;
  /** The grade may stand bare only where the sentence speaks of grading. */
  needsContext?: boolean;
}

/** Patterns in priority order: an earlier one wins where two overlap. */
const PATTERNS: readonly Pattern[] = [
  { id: 'from-to', needsContext: true,
    build: (g) => `\\bfrom\\s+${OPEN}(?<previous>${g})${CLOSE}\\s+to\\s+${OPEN}(?<grade>${g})${CLOSE}` },
  { id: 'award-verb',
    build: (g) => `\\b(?:${alt(AWARD_VERBS)})\\s+(?:(?:as|being|an?|the|overall|now|again|previously|once|still)\\s+){0,3}${OPEN}(?<grade>${g})${CLOSE}` },
  { id: 'award-verb-object',
    build: (g) => `\\b(?:judged|rated|rates|rate|deemed|graded|branded|declared|found|assigned|affirmed)\\s+(?<subject>(?:[\\p{L}’'-]+\\s+){1,8}?)${OPEN}(?<grade>${g})${CLOSE}` },
  { id: 'grade-noun', build: (g) => `${OPEN}(?<grade>${g})${CLOSE}\\s+(?:${alt(RATING_NOUNS)})\\b` },
  // PEEL and CQC reports grade areas: ''adequate' at investigating crime', 'requires improvement for being well-led'
  { id: 'grade-for-area', needsContext: true,
    build: (g) => `${OPEN}(?<grade>${g})${CLOSE}\\s+(?:for|at)\\s+(?:being\\s+[\\p{L}-]+|[\\p{Ll}-]+ing)\\b` },
  { id: 'noun-of-grade', build: (g) => `\\b(?:${alt(RATING_NOUNS)})\\s+(?:of|as)\\s+${OPEN}(?<grade>${g})${CLOSE}` },
];

const GRADING_CONTEXT = /\b(rat(?:ing|ed)|grad(?:e|ed|ing)|judg(?:e?ment|ed)|verdict|downgrad|upgrad|inspect)/i;
/** A date right after 'published' (or in brackets after 'published today') dates a report, not the grading. */
const REPORT_DATE_CUE = /\b(?:published|publication|released|out)\s+(?:\w+\s+)?\(?$/i;
/** Where a sentence turns to another matter ('…, but after two visits in June 2023 …'). */
const CLAUSE_TURN = /,\s*(?:but|while|whereas|although|though|and then|yet)\b|;/gi;

/** Formal grades that were given: Ofsted/CQC/HMICFRS words, credit letters, star ratings. */
export function extractRatings(body: string, options: RatingOptions = {}): Rating[] {
  const scales = [...(options.scales ?? []), ...WORD_SCALES];
  const cues = scales.flatMap((scale, rank) => [...body.matchAll(globalCue(scale))].map((m) => ({ scale, rank, at: m.index! })))
    .sort((a, b) => a.at - b.at || a.rank - b.rank);
  const articleScale = dominantScale(cues);
  const found: Rating[] = [];
  for (const sentence of sentences(body)) {
    options.deadline?.check();
    const scale = nearestScale(sentence, cues) ?? articleScale;
    if (scale) found.push(...asPrevious(sentence, matchScale(sentence, scale, options.dates ?? []), options.dates ?? []));
    if (CREDIT_SCALE.cue.test(sentence.text)) found.push(...matchScale(sentence, CREDIT_SCALE, options.dates ?? []));
    found.push(...matchStars(sentence, options.dates ?? []));
  }
  return dropOverlaps(found);
}

function matchScale(sentence: Segment, scale: RatingScale, dates: readonly DateMention[]): Rating[] {
  const out: Rating[] = [];
  if (!anyGrade(scale).test(sentence.text)) return out; // most sentences name no grade: one test instead of six
  const masked = maskQuoted(sentence.text);
  for (const [pattern, re] of compiled(scale)) {
    if (pattern.needsContext && !GRADING_CONTEXT.test(sentence.text) && !scale.cue.test(sentence.text)) continue;
    for (const m of sentence.text.matchAll(re)) {
      const g = m.groups!;
      const gradeStart = m.index! + m[0].lastIndexOf(g.grade!);
      const gradeEnd = gradeStart + g.grade!.length;
      const quoted = /[‘'"“]$/.test(sentence.text.slice(0, gradeStart));
      if (!quoted && !endsVerdict(sentence.text.slice(gradeEnd))) continue;
      // letter grades are ordinary words and initials elsewhere ('a B road'): only after a rating word or verb
      if (scale.caseSensitive && pattern.id !== 'award-verb-object' && !/\b(?:to|at|of|as|from|rated|rating)\s+$/i.test(sentence.text.slice(0, gradeStart))) continue;
      const start = sentence.start + gradeStart;
      out.push({
        text: g.grade!, start, end: start + g.grade!.length,
        value: canonical(g.grade!, scale),
        scale: scale.id,
        subject: g.subject?.trim() || passiveSubject(masked, sentence.text, m.index!),
        previous: g.previous ? canonical(g.previous, scale) : null,
        when: whenGiven(sentence, dates, start),
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
    if (n && /^\s*(?:player|striker|signing|witness|recruit|man|general|admiral)\b/i.test(sentence.text.slice(m.index! + m[0].length))) continue;
    const start = sentence.start + m.index!;
    out.push({ text: m[0], start, end: start + m[0].length, value, scale: 'stars', subject: null, previous: null,
      when: whenGiven(sentence, dates, start), rule: 'stars' });
  }
  return out;
}

function canonical(surface: string, scale: RatingScale): string {
  const s = surface.replace(/\s+/g, ' ').toLowerCase();
  return scale.grades.find((g) => g.toLowerCase() === s) ?? surface;
}

/** After a verdict comes punctuation, the end, or a word that starts a new phrase, not a noun. */
function endsVerdict(after: string): boolean {
  const next = /^[’'"”]?\s*([\p{L}]+)/u.exec(after);
  if (!next || /^[’'"”]?\s*[,.;:!?)\]–—-]/u.test(after)) return true;
  const word = next[1]!;
  return GRADE_FOLLOWERS.has(word.toLowerCase()) || /^\p{Lu}/u.test(word);
}

const AUXILIARY = /\b(?:was|were|is|are|has been|have been|had been|been|being|be)\b(?:\s+(?:last|this|next|previously|also|now|again|once|recently|later|year|month|week|subsequently|initially|first))*\s*$/i;
const CLAUSE_BREAK = /[,;:(]|\b(?:while|whereas|but|after|following|and|since|when|that|as|because|although)\b/gi;

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
 * for a grade that replaced another (`changed`), the date of the earlier inspection.
 */
function whenGiven(sentence: Segment, dates: readonly DateMention[], at: number, changed = false): string | null {
  const inSentence = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end && d.value);
  const candidates = inSentence.filter((d) => {
    const before = sentence.text.slice(0, d.start - sentence.start);
    return !REPORT_DATE_CUE.test(before) && !(changed && EARLIER_CUE.test(before));
  });
  const clause = clauseOf(sentence, at);
  const distance = (d: DateMention) => (d.start >= clause.start && d.end <= clause.end ? 0 : 1e6) + Math.abs(d.start - at);
  candidates.sort((a, b) => distance(a) - distance(b) || a.start - b.start);
  return candidates[0]?.value ?? null;
}

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
    const grades = alt(scale.grades);
    res = PATTERNS.map((p) => [p, new RegExp(p.build(grades), scale.caseSensitive ? 'gu' : 'giu')]);
    COMPILED.set(scale, res);
  }
  return res;
}

const ANY_GRADE = new WeakMap<RatingScale, RegExp>();
function anyGrade(scale: RatingScale): RegExp {
  let re = ANY_GRADE.get(scale);
  if (!re) ANY_GRADE.set(scale, (re = new RegExp(`\\b(?:${alt(scale.grades)})\\b`, scale.caseSensitive ? 'u' : 'iu')));
  return re;
}

const CUES = new WeakMap<RatingScale, RegExp>();
function globalCue(scale: RatingScale): RegExp {
  let re = CUES.get(scale);
  if (!re) CUES.set(scale, (re = new RegExp(scale.cue.source, 'gi')));
  return re;
}

/** Within this many characters, a named inspectorate decides the scale of a sentence's grade words. */
const CUE_REACH = 600;

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
const PREVIOUS_CUE = /\b(?:(?:down|up|improved|improving|rising|risen|falling|fallen|dropping|dropped)\s+from|out\s+of)\s+(?:the\s+|its\s+|a\s+|an\s+)?[‘'"“]?$/i;

/**
 * A grade after 'down from' or 'out of' is the previous grade of the rating before it in the sentence, not
 * a rating; a date the sentence gives to an earlier inspection ('since its last visit in 2019')
 * then dates that grade, not the new one.
 */
function asPrevious(sentence: Segment, ratings: Rating[], dates: readonly DateMention[]): Rating[] {
  const ordered = [...ratings].sort((a, b) => a.start - b.start);
  return ordered.filter((r, k) => {
    const current = ordered.slice(0, k).reverse().find((c) => c.previous === null && c.scale === r.scale);
    if (!current || !PREVIOUS_CUE.test(sentence.text.slice(0, r.start - sentence.start))) return true;
    current.previous = r.value;
    current.when = whenGiven(sentence, dates, current.start, true);
    return false;
  });
}

function dropOverlaps(ratings: Rating[]): Rating[] {
  const kept: Rating[] = [];
  for (const r of ratings) if (!kept.some((k) => r.start < k.end && k.start < r.end)) kept.push(r);
  return kept.sort((a, b) => a.start - b.start);
}
