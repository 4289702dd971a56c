import type { ArticleEvent, DateMention, EventDateSource, EventType, Official, Quote, Rating, Span } from '../../schema/index.js';
import { contextOf, segmentAt, segmentIndexAt, type ArticleContext, type ContextOptions, type Segment } from '../context/index.js';
import { firstAtOrAfter, push } from '../shared/search.js';
import { holdsAny } from '../shared/text.js';
import { compareDates, daysBefore, isDay, isWeek, refines, shiftedDay, statedYears, weekdayOf, weekOf } from '../dates/compare.js';
import { alternation, lookup, NUMBER_WORDS, UNITS } from '../dates/lexicon.js';
import { isRoleHead, keyOf, subjectResolver, UNKNOWN_SUBJECT, type Subject } from './subject.js';
import { CLAUSE_WORD_GROUPS, PRESENT_PERFECT_BEFORE, SUBORDINATORS } from '../../vocabulary/clauses.js';
import { ASSESSOR_NOUNS } from '../../vocabulary/assessors.js';
import { DATE_AFTER_GRADE } from '../ratings/scales.js';
import { NAMED_COMMITTEE } from '../../vocabulary/bodies.js';
import { datesNoEventAt } from '../../vocabulary/calendar.js';
import { ASSESSOR_STEP_TYPES, BODY_IN_TRIGGER, GRADED_TYPES, INSPECTION_FAMILY, INSTITUTIONAL_TYPES, ARTICLE_REPORTING_DELAY_DAYS, MAX_TRIGGER_DISTANCE, PEOPLE_TYPES, POST_TYPES, RECALLED, TRIGGERS, UNREPORTED_SCALES, type Trigger } from './triggers.js';

export { TRIGGERS, type Trigger } from './triggers.js';

export interface EventOptions extends ContextOptions {
  /** The record's facts, which events point at by index: dates date them, ratings grade them, quotes speak of them. */
  dates?: readonly DateMention[];
  ratings?: readonly Rating[];
  officials?: readonly Official[];
  quotes?: readonly Quote[];
}

/** What every named committee holds: a literal test spares most sentences the name pattern. */
const COMMITTEE_WORDS = ['Committee', 'Panel'];

/** How many sentences open an article: where a present perfect ('has been suspended') is the news of the day. */
const LEAD_SENTENCES = 3;
/** A lead sentence has at least this many words: a caption or an image line is no lead. */
const LEAD_MIN_WORDS = 6;

interface Found { trigger: Trigger; at: Span }

type EventDate = ArticleEvent['date'];

/** No date: the event's sentence gives none we could place. */
const NO_DATE: EventDate = { value: null, endValue: null, start: null, end: null, source: null, weekday: null };

/** The publication day, for news the lead tells in the present perfect; no date when it is unknown. */
const publicationDay = (publishedAt: string | null): EventDate => (publishedAt ? { ...NO_DATE, value: publishedAt, source: 'publication' } : NO_DATE);

interface Draft {
  type: EventType;
  trigger: Span;
  sentence: Segment;
  date: EventDate;
  subject: Subject;
  ratings: Set<number>;
  rule: string;
  /** Dated by a relative date of the article's present that we could not anchor (see RECENT). */
  recent: boolean;
  /** The officials its sentence names, where it names them: an undated change of post is the dated one of the same person. */
  people: ReadonlyArray<Span & { name: string }>;
  /** For an announcement of a plan the lead tells, what the plan is (see tellsDatedChange). */
  planned?: EventType;
}

/**
 * Events an article reports: each a trigger (a table entry, or a grade) in a sentence, dated by a
 * date the sentence states, a date heading its paragraph, or (for news in the lead told in the present
 * perfect) the publication day; what it is about, the grades it gave, and who was involved.
 */
export function extractEvents(input: string | ArticleContext, options: EventOptions = {}): ArticleEvent[] {
  const ctx = contextOf(input, options);
  const { body, sentences } = ctx;
  // a financial or school year ('the PEEL 2021/22 assessment', 'the 2023-24 budget') names a period, not the day of an event
  // (nor does the day something began to exist or a debt falls due: 'the prison, which opened in 1868', 'comes into force in January', 'a bond due 2055')
  // (nor does a clock time told alone, whose day is only the publication day's by default: 'the meeting, which started at 7pm')
  const dates = (options.dates ?? []).filter((d) => d.granularity !== 'reference' && d.granularity !== 'decade' && d.granularity !== 'century' && d.rule !== 'year-range'
    && !BARE_CLOCK.has(d.rule) && !datesNoEventAt(body, d.start));
  const ratings = options.ratings ?? [];
  const quotes = options.quotes ?? [];
  const inQuote = (x: { start: number; end: number }) => within(quotes, x.start) || within(quotes, Math.max(x.start, x.end - 1));
  const leadSentences = leadOf(sentences);
  const headings = paragraphDates(ctx, dates);
  const datesIn = bySentence(sentences, dates.filter((d) => !inQuote(d) && !inDateline(body, d)), (d) => d.start);
  // sentences that name an official: 'Paul Boyce was appointed' is a report of the appointment another article dates
  const namingOfficial = bySentence(sentences, (options.officials ?? []).flatMap((o) => o.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, name: o.name }))).filter((m) => !inQuote(m)), (m) => m.start);
  // sentences that name a council's committee: 'the meeting of the Staff Pay Committee' is a report of its meeting another article dates
  const namingCommittee = new Set(ctx.organisations.council && holdsAny(body, COMMITTEE_WORDS) ? committeeSentences(ctx) : []);
  // sentences that name a regulator: 'the CQC has also served a warning notice' is its step another article dates
  const namingAssessor = bySentence(sentences, [...ctx.assessors, ...assessorNouns(ctx)].filter((a) => !inQuote(a)), (a) => a.start);
  const told = (s: Segment, k: number) => datesIn.has(k) || namingOfficial.has(k) || namingCommittee.has(k) || leadSentences.has(s)
    || headings.has(segmentAt(ctx.paragraphs, s.start)?.start ?? -1);
  // a sentence read only for the regulator it names is searched only for that regulator's steps
  let eligible: readonly Trigger[] | undefined;
  const canHold = () => (eligible ??= articleTriggers(ctx, ratings));
  const triggers = [
    ...findTriggers(ctx, ratings, canHold, spans(body, sentences.filter(told))),
    ...findTriggers(ctx, ratings, canHold, spans(body, sentences.filter((s, k) => !told(s, k) && namingAssessor.has(k))), ASSESSOR_STEP_TYPES),
  ].filter((t) => !inQuote(t.at)).sort((a, b) => a.at.start - b.at.start);
  if (!triggers.length && !ratings.length) return [];
  // most articles report no event: the subject (a pass over every sentence) is only worked out for those that do
  let resolver: ReturnType<typeof subjectResolver> | null = null;
  const subjects = () => (resolver ??= subjectResolver(ctx, ratings));
  const drafts = new Drafts();
  const mentionAt = new Map(dates.map((d) => [d.start, d]));
  const years = statedYears(dates);
  const draft = (type: EventType, trigger: Span, sentence: Segment, stated: EventDate, rule: string, planned?: EventType): Draft => {
    // a year the weekday or the story's order gives, before grades look for the article's current events
    const date = inferYear(stated, years) ?? yearFromNarrative(body, stated, dates, ctx.publishedAt) ?? stated;
    // an announcement or a court's step concerns the article's body: the bodies its sentence names act in it (a court's step
    // concerns one the sentence opens with as what it was done to)
    const subject = type === 'announcement' ? subjects().article : type === 'legal' ? subjects().accused(sentence, trigger) : subjects().of(sentence, trigger, type);
    const recent = date.value === null && date.start !== null && RECENT.has(mentionAt.get(date.start)?.granularity ?? '');
    const people = namingOfficial.get(segmentIndexAt(sentences, sentence.start)) ?? [];
    return drafts.add({ type, trigger, sentence, date, subject, ratings: new Set(), rule, recent, people, ...(planned ? { planned } : {}) });
  };

  const triggersIn = bySentence(sentences, triggers, (t) => t.at.start);
  // a lead that gives its news a day ('stepped down on Wednesday, a week after the report') leaves what prompted it undated
  let assessorToday: boolean | undefined;
  const leadDatesItsNews = sentences.some((s, k) => leadSentences.has(s) && (datesIn.get(k) ?? []).some((d) => d.granularity === 'day' || d.granularity === 'time'));
  for (const [k, found] of triggersIn) {
    ctx.deadline?.check();
    const sentence = sentences[k]!;
    // an inspection or report still to come ('its next inspection is expected in 2025') has happened to no one yet
    const here = withoutParticiples(body, found).filter((t) => !(GRADED_TYPES.has(t.trigger.type) && stillToCome(body, sentence, t.at)));
    // (an announcement of the news after it is read for its date, which is the news's: see announcedNews)
    const announced = announcedNews(body, here);
    const datesOf = pairDates(body, here, datesIn.get(k) ?? [], ratings);
    for (const [telling, news] of announced) {
      if (!datesOf.get(news)?.length) datesOf.set(news, datesOf.get(telling) ?? []);
      here.splice(here.indexOf(telling), 1);
    }
    const heading = headings.get(segmentAt(ctx.paragraphs, sentence.start)?.start ?? -1);
    for (const t of here) {
      const own = datesOf.get(t) ?? [];
      for (const d of own) draft(t.trigger.type, t.at, sentence, dateOf(d, d.rule === OFFSET_RULE ? 'context' : 'stated'), d.rule === OFFSET_RULE ? OFFSET_RULE : 'stated-date');
      if (own.length) continue;
      if (heading) draft(t.trigger.type, t.at, sentence, dateOf(heading, 'context'), 'paragraph-date');
      else if (leadSentences.has(sentence) && (reportsNews(body, sentence, t.at) || (t.trigger.type === 'appointment' && plans(body, sentence, t.at, t.trigger.type)))) {
        // a plan the lead tells ('the government is to send commissioners in', 'will take over as interim chief executive')
        // is announced that day; it happens later
        if (plans(body, sentence, t.at, t.trigger.type)) draft('announcement', t.at, sentence, publicationDay(ctx.publishedAt), 'lead-plan', t.trigger.type);
        else {
          // (an authority's step, on the day another lead sentence says it was made known)
          const toldOn = TOLD_BY_AUTHORITY.has(t.trigger.type) ? leadToldDay(ctx, leadSentences, datesIn, sentence) : null;
          if (toldOn) draft(t.trigger.type, t.at, sentence, dateOf(toldOn, 'context'), 'lead-told-day');
          else draft(t.trigger.type, t.at, sentence, publicationDay(ctx.publishedAt), 'lead-present-perfect');
        }
      } else if (leadSentences.has(sentence) && t.trigger.type === 'report-published' && !leadDatesItsNews && promptsNews(body, sentence, t.at)) {
        draft(t.trigger.type, t.at, sentence, publicationDay(ctx.publishedAt), 'lead-prompted-news');
      } else if (leadSentences.has(sentence) && t.trigger.type === 'report-published' && (assessorToday ??= assessorSpeaksToday(ctx, leadSentences, datesIn))) {
        // the lead has the assessor speak today ('the ombudsman said today …. In a public interest report, …'): its report is the news
        draft(t.trigger.type, t.at, sentence, publicationDay(ctx.publishedAt), 'lead-assessor-today');
      } else if (POST_TYPES.has(t.trigger.type) && ctx.publishedAt && IMMEDIATELY_AFTER.test(body.slice(t.at.end, sentence.start + sentence.text.length))) {
        // a post taken or left 'with immediate effect' changes hands the day the news is told
        draft(t.trigger.type, t.at, sentence, publicationDay(ctx.publishedAt), 'immediate-effect');
      } else if (PEOPLE_TYPES.has(t.trigger.type) && namingOfficial.has(k)) draft(t.trigger.type, t.at, sentence, NO_DATE, 'official-named');
      else if (t.trigger.type === 'meeting' && namingCommittee.has(k)) draft(t.trigger.type, t.at, sentence, NO_DATE, 'committee-named');
      else if (t.trigger.byAssessor) draft(t.trigger.type, t.at, sentence, NO_DATE, 'assessor-report');
      else if (ASSESSOR_STEP_TYPES.has(t.trigger.type) && actsIn(body, namingAssessor.get(k) ?? [], t.at)) draft(t.trigger.type, t.at, sentence, NO_DATE, 'assessor-step');
    }
  }
  gradeEvents(ctx, drafts, ratings, datesIn, leadSentences, draft);
  const all = withStandInsDated(drafts.all);
  const events = coalesce(withinSentence(all.filter((d) => happensToBody(d) && !toldElsewhere(d, all, ctx.assessors) && !takesEffectLater(d, all, ctx.publishedAt)
    && !announcesDeparture(d, all, sentences) && !tellsDatedChange(d, all) && !tellsStepOrDeparture(body, d, all) && !leavesPostHeldElsewhere(body, d))));
  return describe(ctx, events, ratings, options.officials ?? [], quotes);
}

/** 'The regulator', 'the watchdog': the article's one regulator, named by what it is (none when it names no regulator, or several). */
function assessorNouns(ctx: ArticleContext): Span[] {
  if (soleRegulator(ctx) === null) return [];
  return [...ctx.body.matchAll(ASSESSOR_NOUNS_ALL)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}
const ASSESSOR_NOUNS_ALL = new RegExp(ASSESSOR_NOUNS.source, 'gi');

/** The one regulator (not a credit agency) the article names, which 'the regulator' or 'the watchdog' then means; null for none or several. */
function soleRegulator(ctx: ArticleContext): string | null {
  const names = new Set(ctx.assessors.filter((a) => a.scale !== 'credit').map((a) => a.name));
  return names.size === 1 ? [...names][0]! : null;
}

/**
 * The day a lead sentence says its news was made known ('The government has sent commissioners in … In a written statement
 * yesterday, the minister said …'; '… wrote to the justice secretary yesterday'): a day's date in another lead sentence that
 * tells, on publication day or in the week before it. Null when the lead gives none.
 */
function leadToldDay(ctx: ArticleContext, lead: ReadonlySet<Segment>, datesIn: ReadonlyMap<number, DateMention[]>, own: Segment): DateMention | null {
  if (!ctx.publishedAt || !isDay(ctx.publishedAt)) return null;
  const week = new Set([ctx.publishedAt, ...daysBefore(ctx.publishedAt, TOLD_WITHIN_DAYS)]);
  for (const [k, s] of ctx.sentences.entries()) {
    // (its own sentence's dates are its clauses', already paired or passed over)
    if (s === own || !lead.has(s) || !TELLS.test(s.text)) continue;
    const day = (datesIn.get(k) ?? []).find((d) => d.value !== null && week.has(d.value));
    if (day) return day;
  }
  return null;
}
/**
 * A sentence that tells something was made known, or a hearing's verdict ('A misconduct hearing found yesterday that …', 'the
 * panel ruled on Tuesday'; not a review's findings, nor a body's decision to look into it); not one in which someone was told
 * it: 'The hearing, which began on Monday, was told …'.
 */
const TELLS = /\b(?:said|says|wrote|announced|confirmed|statement|letter)\b|(?<!\b(?:was|were|been|being)\s+)\btold\b|\b(?:hearing|panel|tribunal|court|jury)\s+(?:[\w-]+\s+){0,2}?(?:found|ruled|decided|concluded)\b/;
/** How long before publication a lead's day of telling may be: a weekly's news. */
const TOLD_WITHIN_DAYS = 7;
/** Steps an authority takes and makes known the day it takes them: a lead's telling of that day dates them. */
const TOLD_BY_AUTHORITY: ReadonlySet<EventType> = new Set(['intervention', 'appointment', 'departure']);

/** A regulator named as the one taking the step: just before it in its clause ('the CQC issued a warning notice'), or after it as its agent ('… by the CQC'). */
const actsIn = (body: string, assessors: ReadonlyArray<{ start: number; end: number }>, trigger: Span) => assessors.some((a) => (a.end <= trigger.start
  && a.end >= trigger.start - ACTS_REACH && !/[,;:]/.test(body.slice(a.end, trigger.start))) || (a.start >= trigger.end && AGENT_BETWEEN.test(body.slice(trigger.end, a.start))));
/** How far before its step a regulator may be named ('the CQC has also served a formal warning notice'). */
const ACTS_REACH = 60;

/**
 * Sentences that name a council's committee, and the one after each in its paragraph that refers back to its
 * meeting ('The Audit Committee was not quorate. The meeting was adjourned.'): 'the meeting' there is the committee's.
 */
function committeeSentences(ctx: ArticleContext): number[] {
  const { sentences, paragraphs } = ctx;
  const naming = (k: number) => holdsAny(sentences[k]!.text, COMMITTEE_WORDS) && NAMED_COMMITTEE.test(sentences[k]!.text);
  const sameParagraph = (k: number) => segmentAt(paragraphs, sentences[k]!.start) === segmentAt(paragraphs, sentences[k - 1]!.start);
  return sentences.flatMap((s, k) => (naming(k) || (k > 0 && THE_MEETING.test(s.text) && sameParagraph(k) && naming(k - 1)) ? [k] : []));
}
/** A meeting named as one already told of: the definite article refers back. */
const THE_MEETING = /\b[Tt]he\s+meeting\b/;

/**
 * An event happens to a body. An inspection, a report, a credit action or an intervention says so by
 * itself, as a grade does; a meeting, an appointment or a departure needs a subject that is a body
 * ('Abedin', 'Crime' are none); an announcement or a court's step takes the article's body, so it
 * needs an institution there (a man from New York in court, a country announcing, are general news).
 */
function happensToBody(d: Draft): boolean {
  if (d.ratings.size > 0 || INSTITUTIONAL_TYPES.has(d.type)) return true;
  // 'Council members voted', 'the committee met': the trigger names the body, the subject only where it sits
  if (d.type === 'meeting' && BODY_IN_TRIGGER.test(d.trigger.text)) return d.subject.name !== UNKNOWN_SUBJECT;
  // (a place's official in court is the place's news: 'Mayor Dennis Kerr was arraigned Tuesday'; not a man who threatened one)
  // (or named by the post alone, opening the sentence: 'The Mayor of Kelby Falls was arrested on Monday')
  if (d.type === 'legal' && d.subject.body === 'place' && (d.people.some((p) => officialInCourt(d, p)) || postInCourt(d))) return true;
  return d.type === 'announcement' || d.type === 'legal' || d.type === 'closure' ? d.subject.body === 'institution' : d.subject.body !== null;
}

/**
 * An official named as who a court's step is taken against: before it, in its clause ('Kerr, 61, was arraigned'), or after it
 * as what it charges ('returned an indictment on 13 October, charging Kelbyton Mayor Dennis Kerr').
 */
function officialInCourt(d: Draft, p: Span): boolean {
  if (p.start >= d.trigger.end) return CHARGING.test(d.sentence.text.slice(d.trigger.end - d.sentence.start, p.start - d.sentence.start));
  const between = d.sentence.text.slice(p.end - d.sentence.start, d.trigger.start - d.sentence.start);
  return p.end <= d.trigger.start && between.length <= OFFICIAL_IN_COURT_REACH && !/[;:]|\b(?:said|says|told|and|but|who|which|that)\b/.test(between);
}
const OFFICIAL_IN_COURT_REACH = 40;

/** The accused a court's step opens its sentence with by post: 'The Mayor of Kelby Falls was arrested on Monday'. */
function postInCourt(d: Draft): boolean {
  const post = POST_OF_PLACE_OPENS.exec(d.sentence.text.slice(0, d.trigger.start - d.sentence.start))?.[1];
  return post !== undefined && isRoleHead(post);
}
/** A post of a place, then a passive's auxiliary: the post's word is the one before 'of'. */
const POST_OF_PLACE_OPENS = /^(?:The\s+)?(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+of\s+\p{Lu}[^;:]{0,40}?\s+(?:was|were|has\s+been|had\s+been|is)\s+$/u;
const CHARGING = /^[^.;]{0,60}\b(?:charging|against|indicting|accusing)\s+(?:[\p{L}’'.-]+\s+){0,3}$/u;

/**
 * A stand-in named undated beside a departure ('Vice-principal Ann Lee will act as principal in the meantime', 'Tom Reed is now the
 * trust's interim chair') takes the post the day its holder leaves it: the article's one day of departure from the same body dates
 * them, with that day's mention as evidence.
 */
function withStandInsDated(all: readonly Draft[]): readonly Draft[] {
  const left = all.filter((x) => x.type === 'departure' && x.date.value !== null);
  if (!left.length) return all;
  return all.map((d) => {
    // (one its sentence dates, if only 'earlier this month', is not undated)
    // (nor one in post since another occasion: 'has been acting mayor since the arrest', not since the suspension)
    // (and one 'with immediate effect', dated by the publication day, when the article states the day, in the week before, the holder
    // left: the stand-in took over that day, told the next)
    const immediate = d.rule === 'immediate-effect';
    if (d.type !== 'appointment' || (!immediate && (d.date.value !== null || d.date.start !== null)) || !STAND_IN.test(d.sentence.text) || DATED_SINCE.test(d.trigger.text)) return d;
    // (a day the text states over the publication day of a lead that tells the same departure)
    const ofBody = left.filter((x) => x.subject.key === d.subject.key);
    const stated = ofBody.filter((x) => x.date.source !== 'publication');
    const days = immediate ? stated.filter((x) => daysBefore(d.date.value!, TOLD_WITHIN_DAYS).includes(x.date.value!)) : stated.length ? stated : ofBody;
    // (a month of leaving, 'at the end of June', does not say the day the stand-in takes over)
    if (!days.length || !isDay(days[0]!.date.value) || days.some((x) => x.date.value !== days[0]!.date.value)) return d;
    return { ...d, date: { ...days[0]!.date, source: 'context' }, rule: 'stands-in' };
  });
}
/** Words that make a post's holder a stand-in. */
const STAND_IN = /\b(?:acting|interim|temporary|caretaker)\b|\bin\s+the\s+meantime\b/i;

/** How long before publication a regulator's step the lead tells may have been taken (see toldElsewhere). */
const LEAD_STEP_DAYS = 62;

/** Rules of events told undated by the assessor they are of (see toldElsewhere). */
const UNDATED_BY_ASSESSOR: ReadonlySet<string> = new Set(['assessor-report', 'assessor-step']);

/**
 * An announcement that someone will leave, in the sentence that dates the leaving ('has today announced that she will retire on
 * 30 June') or just before it ('… of his intention to step down. He will leave the company on 30 June'): one departure, which keeps
 * its day to come (see takesEffectLater).
 */
function announcesDeparture(d: Draft, all: readonly Draft[], sentences: readonly Segment[]): boolean {
  if (d.type !== 'departure' || !/^announc/i.test(d.trigger.text)) return false;
  const next = sentences[segmentIndexAt(sentences, d.sentence.start) + 1];
  return all.some((x) => x !== d && x.type === 'departure' && x.subject.key === d.subject.key && x.date.value !== null
    && (x.sentence === d.sentence || (x.sentence === next && d.date.value !== null && compareDates(x.date.value, d.date.value) > 0)));
}

/**
 * 'Ann Lee, the new chair, is currently vice-chair of a trust in the north, a role she will leave in August': the post left is the
 * one held elsewhere now, not a change at the article's body.
 */
const leavesPostHeldElsewhere = (body: string, d: Draft) => d.type === 'departure' && POST_HELD_ELSEWHERE_BEFORE.test(body.slice(d.sentence.start, d.trigger.start));
const POST_HELD_ELSEWHERE_BEFORE = /\b(?:currently|presently)\b[^.;]*,\s+(?:a|the)\s+(?:role|post|position|job)\s+(?:that\s+|which\s+)?(?:he|she|they)\s+(?:will|would|is\s+to|are\s+to|is\s+due\s+to)\s+$/i;

/**
 * A change of post the lead tells as planned ('The principal of Kelby College is to step down') in an article that dates that
 * change of the same body ('will leave at the end of January'), or in a sentence that tells it as announced ('its principal has
 * announced that he will step down'): the plan's announcement is that change's telling, not another event.
 */
function tellsDatedChange(d: Draft, all: readonly Draft[]): boolean {
  return d.planned !== undefined && POST_TYPES.has(d.planned)
    && all.some((x) => x.type === d.planned && x.subject.key === d.subject.key
      && ((x.date.value !== null && x.date.source !== 'publication') || x.sentence.start === d.sentence.start));
}

/**
 * The telling of a step or a departure the article tells itself: an announcement in the sentence of a government's or regulator's step
 * ('has been placed under targeted intervention, the health secretary has announced'), or whose object is the leaving ('has today
 * announced her intention to step down at the end of May'; not 'As announced on 26 September, she will retire', which recalls an earlier
 * telling), or a departure the lead tells as the news of the day ('The chair of Kelby Trust has resigned') where the article dates the
 * leaving to come ('She will stand down at the end of May'): one departure, which keeps its day to come (see announcesDeparture).
 */
function tellsStepOrDeparture(body: string, d: Draft, all: readonly Draft[]): boolean {
  if (d.type === 'announcement') {
    return all.some((x) => x.sentence === d.sentence && x.subject.key === d.subject.key && (x.type === 'intervention' || (x.type === 'departure'
      && x.trigger.start >= d.trigger.end && ANNOUNCED_OBJECT.test(body.slice(d.trigger.end, x.trigger.start)))));
  }
  if (d.type !== 'departure' || !LEAD_NEWS_RULES.has(d.rule) || d.date.value === null) return false;
  return all.some((x) => x !== d && x.type === 'departure' && x.subject.key === d.subject.key && x.date.value !== null && x.date.source === 'stated'
    && compareDates(x.date.value, d.date.value!) > 0);
}
/** Between 'announced' and what was announced, in its clause: 'her intention to', 'that he will', 'today that she is to'. */
const ANNOUNCED_OBJECT = /^[^\S\n]+(?:[^\s,;:.]+[^\S\n]+){0,5}$/;
/** Rules that date the lead's news by the day it was told. */
const LEAD_NEWS_RULES: ReadonlySet<string> = new Set(['lead-told-day', 'lead-present-perfect']);

/**
 * A post taken on a day after the article's, in a sentence that tells the same appointment on a day before it ('today announced
 * that Ann Lee will serve as interim chief, effective Sept. 1'): the day it takes effect is the announced appointment's, not
 * another. (A departure keeps its day to come: 'announced in May that she would retire at the end of October' is the retirement
 * other outlets date by October.)
 */
function takesEffectLater(d: Draft, all: readonly Draft[], publishedAt: string | null): boolean {
  if (d.type !== 'appointment' || !publishedAt || d.date.value === null || compareDates(d.date.value, publishedAt) <= 0 || publishedAt.startsWith(d.date.value)) return false;
  return all.some((x) => x !== d && x.type === d.type && x.sentence === d.sentence && x.subject.key === d.subject.key && x.date.value !== null
    && compareDates(x.date.value, publishedAt) <= 0);
}

/**
 * An undated mention of an assessor's report ('suspended after a report by the auditor') or step ('the CQC has
 * served a warning notice') in an article that tells another of that kind on the body, dated or implied by its
 * grades, is a telling of that one; so is a lead's step dated by the day it was made known (see leadToldDay) where
 * the article states the day, in the week before, that it was taken ('confirmed on Monday' that the chief executive
 * 'was suspended on Friday'); and an announcement whose day dated such a step is that step's telling.
 */
function toldElsewhere(d: Draft, all: readonly Draft[], assessors: ArticleContext['assessors']): boolean {
  // (a review a credit agency published the day of its rating action is that action's report: 'kept its outlook at stable in a review
  // published last Friday', beside the affirmation dated Friday; so is one in the week before the publication day that dates the lead's
  // action, 'S&P has affirmed the council's A+ rating')
  if (d.type === 'report-published' && d.date.value !== null && all.some((x) => x.type === 'rating-action' && x.subject.key === d.subject.key && x.date.value !== null
    && (x.date.value === d.date.value || (x.date.source === 'publication' && daysBefore(x.date.value, ARTICLE_REPORTING_DELAY_DAYS).includes(d.date.value!))))) return true;
  // (a regulator's step the lead tells in the present perfect, 'Ofsted has suspended the registration of a children's home', is the
  // step of its kind the article dates in the two months before: 'issued a notice of suspension on 12 January'; a regulator's
  // conditions on a home's registration come out with its report, weeks later)
  // (or dated by the day the lead says it was made known: 'The regulator confirmed today that it issued the notice on 28 October')
  // (or in a month the month before reaches into: 'served the warning notice in March', told on 11 April)
  if (LEAD_NEWS_RULES.has(d.rule) && d.type === 'intervention' && d.date.value !== null) {
    const days = daysBefore(d.date.value, LEAD_STEP_DAYS);
    const month = new Set([...days, ...days.map((day) => day.slice(0, 7))]);
    if (all.some((x) => x !== d && x.type === d.type && x.subject.key === d.subject.key && x.rule === 'stated-date' && x.date.value !== null && x.date.value !== d.date.value
      && month.has(x.date.value))) return true;
  }
  // (and the announcement whose day dated it is its telling: '…, the trust announced yesterday'; so is a rating agency's
  // announcement on the day, or in the week, of its rating action, 'Moody's said in its announcement on Thursday that …')
  if (d.type === 'announcement' && d.date.start !== null) return all.some((x) => (x.rule === 'lead-told-day' && x.date.start === d.date.start)
    || (x.type === 'rating-action' && x.date.value !== null && refines(d.date.value, x.date.value)
      && assessors.some((a) => a.scale === 'credit' && a.start >= d.sentence.start && a.end <= d.sentence.start + d.sentence.text.length)));
  if (d.rule === 'lead-told-day') return all.some((x) => x.rule === 'stated-date' && x.type === d.type && x.subject.key === d.subject.key && x.date.value !== null
    && daysBefore(d.date.value!, TOLD_WITHIN_DAYS).includes(x.date.value));
  return UNDATED_BY_ASSESSOR.has(d.rule) && all.some((x) => x !== d && !UNDATED_BY_ASSESSOR.has(x.rule) && x.type === d.type && x.subject.key === d.subject.key);
}

/** Sentences joined into the fewest spans of text (neighbours in one paragraph become one), so each trigger pattern runs fewer times. */
function spans(body: string, sentences: readonly Segment[]): Segment[] {
  const out: Array<{ start: number; end: number }> = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last && /^[^\S\n]*$/.test(body.slice(last.end, s.start))) last.end = s.end;
    else out.push({ start: s.start, end: s.end });
  }
  return out.map(({ start, end }) => ({ start, end, text: body.slice(start, end) }));
}

/** The article's first sentences of some length, a repeated one (a caption printed twice) counted once. */
function leadOf(sentences: readonly Segment[]): Set<Segment> {
  const lead = new Set<Segment>(), seen = new Set<string>();
  for (const s of sentences) {
    if (lead.size === LEAD_SENTENCES) break;
    if (seen.has(s.text) || s.text.split(/\s+/, LEAD_MIN_WORDS).length < LEAD_MIN_WORDS) continue;
    seen.add(s.text);
    lead.add(s);
  }
  return lead;
}

/** The drafts of an article, indexed by sentence and by date for the grades that look for theirs. */
class Drafts {
  readonly all: Draft[] = [];
  readonly bySentence = new Map<Segment, Draft[]>();
  readonly byDate = new Map<string, Draft[]>();
  add(d: Draft): Draft {
    this.all.push(d);
    push(this.bySentence, d.sentence, d);
    if (d.date.value) push(this.byDate, d.date.value, d);
    return d;
  }
}


/** Whether an offset falls inside one of the spans (sorted, disjoint: quotes in text order). */
function within(spans: ReadonlyArray<{ start: number; end: number }>, at: number): boolean {
  const k = firstAtOrAfter(spans, at + 1, (x) => x.start) - 1;
  return k >= 0 && at < spans[k]!.end;
}

/**
 * Offsets already taken by a grade or a trigger. One buffer serves every article of a thread, and only
 * what an article marked is cleared after it: no allocation per article.
 */
class Taken {
  static #buffer = new Uint8Array(1 << 16);
  readonly #marked: Array<[number, number]> = [];
  constructor(length: number) {
    if (Taken.#buffer.length < length) Taken.#buffer = new Uint8Array(length);
  }
  overlaps(start: number, end: number): boolean { return Taken.#buffer.subarray(start, end).includes(1); }
  mark(start: number, end: number): void { Taken.#buffer.fill(1, start, end); this.#marked.push([start, end]); }
  clear(): void { for (const [start, end] of this.#marked) Taken.#buffer.fill(0, start, end); }
}

/** Items grouped by the sentence they start in (sentence index → items, in text order). */
function bySentence<T>(sentences: readonly Segment[], items: readonly T[], at: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const k = segmentIndexAt(sentences, at(item));
    if (k >= 0) push(out, k, item);
  }
  return out;
}


/**
 * The table's triggers an article can hold, worked out once for it: those kept to articles about inspections, credit, regulators
 * or some words test the article once, the cheaper test first.
 */
function articleTriggers(ctx: ArticleContext, ratings: readonly Rating[]): readonly Trigger[] {
  // an article that states an inspection's grade is about inspections, whoever did them (a council's food safety officers)
  const hasInspectorate = ctx.organisations.inspectorate !== null || ratings.some((r) => r.scale !== 'credit');
  const hasCredit = ratings.some((r) => r.scale === 'credit') || ctx.assessors.some((a) => a.scale === 'credit');
  let hasRegulator: boolean | undefined;
  const regulated = () => (hasRegulator ??= ctx.assessors.some((a) => a.scale === undefined)
    || (holdsAny(ctx.lowerBody, REGULATOR_WORDS) && REGULATOR_NOUNS.test(ctx.body)));
  // (a trigger kept to articles with some words tests its cheap gate on the body first; the regulator test, which several share, is made once)
  const gateOpens = (t: Trigger) => !t.gate || (GATE_WORDS.has(t.gate) ? holdsAny(ctx.lowerBody, GATE_WORDS.get(t.gate)!) : t.gate.test(ctx.body));
  return TRIGGERS.filter((t) => !(t.inspectorateOnly && !hasInspectorate) && !(t.creditOnly && !hasCredit)
    && (!t.regulatorOnly || regulated()) && (!t.assessorOnly || hasInspectorate || (regulated() && gateOpens(t))) && (!t.articleHas || (gateOpens(t) && t.articleHas.test(ctx.body))));
}

/**
 * Triggers in the sentences that can make an event: those that state a date, those of a paragraph a
 * date heads, and the lead. A trigger elsewhere dates nothing, so most of a body is never searched.
 */
function findTriggers(ctx: ArticleContext, ratings: readonly Rating[], canHold: () => readonly Trigger[], regions: readonly Segment[], only?: ReadonlySet<EventType>): Found[] {
  if (!regions.length) return [];
  const triggers = only ? canHold().filter((t) => only.has(t.type)) : canHold();
  // a grade's own words ('special measures') are the grade, not another event; an earlier entry's words are taken
  const taken = new Taken(ctx.body.length);
  try {
    for (const r of ratings) taken.mark(r.start, r.end);
    // most triggers' gates pass in none of the spans: one read of them all spares a test of each
    const open = gatedSpans(regions);
    const every = regions.map((_, k) => k);
    return triggers.flatMap((trigger) => (trigger.gate ? open(trigger.gate) : every).flatMap((k) => matchesIn(trigger, regions[k]!, taken)))
      .sort((a, b) => a.at.start - b.at.start);
  } finally {
    taken.clear();
  }
}

/**
 * Which spans open each gate (their indices, in text order), worked out once however many triggers share the gate. The
 * gates made only of words ('resign|quit|sack', case-blind), most of them, are read in one pass over all the spans for all
 * their words together; a gate of another pattern is tested on each span, when it opens in them at all.
 */
function gatedSpans(spans: readonly Segment[]): (gate: RegExp) => readonly number[] {
  const all = spans.length > 1 ? spans.map((s) => s.text).join('\n') : spans[0]!.text;
  // (each span's place in the joined text)
  const from: number[] = [];
  spans.reduce((at, s) => (from.push(at), at + s.text.length + 1), 0);
  const found = new Map<string, number[]>();
  GATE_WORD_PATTERN.lastIndex = 0;
  for (let m = GATE_WORD_PATTERN.exec(all); m; m = GATE_WORD_PATTERN.exec(all)) {
    // the longest word matched here; the shorter ones that start here are its prefixes; a word inside it starts later
    for (const w of PREFIXES.get(m[0].toLowerCase()) ?? []) push(found, w, m.index);
    GATE_WORD_PATTERN.lastIndex = m.index + 1;
  }
  const opened = new Map<RegExp, readonly number[]>();
  return (gate) => {
    let ks = opened.get(gate);
    if (ks) return ks;
    const words = GATE_WORDS.get(gate);
    if (words) {
      const open = new Set<number>();
      for (const w of words) {
        for (const at of found.get(w) ?? []) {
          const k = firstAtOrAfter(from, at + 1, (x) => x) - 1;
          if (at + w.length <= from[k]! + spans[k]!.text.length) open.add(k);
        }
      }
      ks = [...open].sort((a, b) => a - b);
    } else ks = !gate.test(all) ? [] : spans.length === 1 ? [0] : spans.flatMap((span, k) => (gate.test(span.text) ? [k] : []));
    opened.set(gate, ks);
    return ks;
  };
}
/**
 * Each gate made only of words, case-blind, with its words: every article pays for these in the one scan, so a trigger kept to some
 * articles (a rating agency's, an auditor's) gates on a pattern instead, tested only where it may fire.
 */
const GATE_WORDS: ReadonlyMap<RegExp, readonly string[]> = new Map(TRIGGERS.flatMap((t) =>
  (t.gate && t.gate.flags.includes('i') && /^[a-z0-9 -]+(?:\|[a-z0-9 -]+)*$/.test(t.gate.source) ? [[t.gate, t.gate.source.split('|')] as const] : [])));
const ALL_GATE_WORDS = [...new Set([...GATE_WORDS.values()].flat())].sort((a, b) => b.length - a.length);
const GATE_WORD_PATTERN = new RegExp(ALL_GATE_WORDS.join('|'), 'gi');
/** Each gate word with the gate words it starts with (itself among them). */
const PREFIXES: ReadonlyMap<string, readonly string[]> = new Map(ALL_GATE_WORDS.map((w) => [w, ALL_GATE_WORDS.filter((p) => w.startsWith(p))]));

/** How news calls a regulator or an inspectorate it may not name (the words found first; the pattern then wants them whole). */
const REGULATOR_WORDS = ['regulator', 'watchdog', 'inspectorate', 'auditor', 'comptroller'];
const REGULATOR_NOUNS = new RegExp(String.raw`\b(?:${REGULATOR_WORDS.join('|')})s?\b`, 'i');

/** How far before a trigger its notAfter words are looked for. */
const NOT_AFTER_REACH = 80;

/** A trigger's matches in one span of text that no grade or earlier trigger has taken. */
function matchesIn(trigger: Trigger, region: Segment, taken: Taken): Found[] {
  const out: Found[] = [];
  const { pattern } = trigger;
  // exec, not matchAll, which copies the pattern on every call: this runs per trigger and span
  pattern.lastIndex = 0;
  for (let m = pattern.exec(region.text); m; m = pattern.exec(region.text)) {
    const start = region.start + m.index;
    const at = { text: m[0], start, end: start + m[0].length };
    if (taken.overlaps(at.start, at.end)) continue;
    if (trigger.notAfter?.test(region.text.slice(Math.max(0, m.index - NOT_AFTER_REACH), m.index))) continue;
    taken.mark(at.start, at.end);
    out.push({ trigger, at });
  }
  return out;
}

/**
 * Dates and triggers of a sentence paired nearest first: a date joins the nearest trigger that has no date
 * yet (a plural trigger, 'meetings', takes all it is nearest to), so 'visited on 5 March, and the report was
 * published last week' dates both. A date does not reach into a clause that 'after' or 'following' opens
 * after it ('sent in in March 2023 after a best value inspection'): that clause tells another event.
 */
function pairDates(body: string, triggers: readonly Found[], dates: readonly DateMention[], ratings: readonly Rating[]): Map<Found, DateMention[]> {
  // a date inside a long trigger ('a report completed in September but published this month') dates something else;
  // a trigger's passive agent ('inspected by officers from Westshire Council on May 23') stands between it and its date;
  // a date told right after a grade dates that grade, not a trigger after it ('given a zero rating last month has been re-inspected')
  // a month or day right before an occasion, after a determiner, is that occasion's ('its February inspection'): it is nearer
  // the occasion than any date after it, and leaves a trigger whose object holds that occasion free to take the date after
  const attributive = new Map<Found, DateMention>();
  for (const t of triggers) {
    const d = dates.find((x) => x.end <= t.at.start && !body.slice(x.end, t.at.start).trim() && x.granularity !== 'year' && DETERMINER_BEFORE.test(body.slice(Math.max(0, x.start - 12), x.start)));
    if (d) attributive.set(t, d);
  }
  const after = (t: Found, d: DateMention) => {
    const between = body.slice(t.at.end, d.start);
    // (a relative clause closed between them turns nothing: 'visited Kelby Lodge, which looks after 46 older people, on 14 January')
    const main = between.replace(RELATIVE_ASIDES, ' ');
    // ('the inspection report is expected to be published in the summer': the date is a plan's, the inspection's is past)
    // ('published its action plan in response to the urgent notification on 18 August': the date is the response's)
    return TURNS_CLAUSE.test(main) || (GRADED_TYPES.has(t.trigger.type) && STILL_TO_COME.test(main)) || RESPONDED_TO.test(body.slice(Math.max(0, t.at.start - 30), t.at.start))
      || ITS_OWN_PARTICIPLE.test(main.slice(-ITS_OWN_PARTICIPLE_REACH))
      || (t.trigger.type === 'meeting' && CALLED_ON.test(between)) ? Infinity
      // (an object that holds another trigger leaves the date to that nearer one: 'published the report of its inspection of the
      // surgery on 16 April')
      : PASSIVE_AGENT_BEFORE_DATE.test(between) || (OBJECT_BEFORE_DATE.test(between) && !triggers.some((u) => u.at.start >= t.at.end && u.at.end <= d.start && !attributive.has(u)))
        || (POST_TYPES.has(t.trigger.type) && POST_BEFORE_DATE.test(between)) ? 0
      // (an aside closed between them is no distance: 'The inspection, carried out by Ofsted and the CQC, took place in February')
      // (nor is a relative clause closed between them: 'an inspection of Kelby Lodge, which cares for up to 48 older people, on 28 August')
      : d.start - t.at.end - (CLOSED_ASIDE_AFTER.exec(between)?.[0].length ?? RELATIVE_ASIDE.exec(between)?.[0].length ?? 0);
  };
  const gradesDate = (d: DateMention) => ratings.some((r) => r.end <= d.start && d.start - r.end <= DATE_AFTER_GRADE && !/[,;.]/.test(body.slice(r.end, d.start)));
  const distance = (t: Found, d: DateMention) => (t.at.end <= d.start ? after(t, d)
    // inside a long trigger, a date right after its first word is that word's ('the publication today of a report')
    : d.start > t.at.start && d.end <= t.at.end ? (/^\S+\s+$/.test(body.slice(t.at.start, d.start)) ? 0 : Infinity)
    : attributive.get(t) === d ? 0
    // (a date that opens its sentence dates its main clause however long the subject: 'On May 29, a commission of three judges
    // suspended the mayor', 'Today (5 March) the Secretary of State for Levelling Up, Housing and Communities has announced')
    : d.end <= t.at.start && OPENS_SENTENCE_BEFORE.test(body.slice(Math.max(0, d.start - 12), d.start)) && /^\s*[,)]/.test(body.slice(d.end, d.end + 3))
      && !/[,;]/.test(body.slice(d.end + 1, t.at.start).replace(RELATIVE_ASIDES, ' ').replace(NAMES_LISTED, ' ')) ? Math.min(t.at.start - d.end, MAX_TRIGGER_DISTANCE)
    // (a 'when' clause after a date tells what happened then, however long: 'since May 2021, when inspectors rated the service
    // inadequate and the Department for Education issued an improvement notice')
    : d.end <= t.at.start && WHEN_CLAUSE_AFTER.test(body.slice(d.end, t.at.start)) ? 0
    : d.end <= t.at.start && !OPENS_EARLIER_CLAUSE.test(body.slice(d.end, t.at.start)) && !ENDS_ITS_CONJUNCT.test(body.slice(d.end, t.at.start)) && !ENDS_ITS_CONJUNCT.test(body.slice(d.end, t.at.end)) && !inClosedAside(body, d, t) && !gradesDate(d)
      && !(THAT_AFTER.test(body.slice(d.end, t.at.start)) && SAID_ON.test(body.slice(Math.max(0, d.start - 60), d.start)))
      && !(PURPOSE.test(t.at.text) && !body.slice(d.end, t.at.start).trim()) && !RESPONSE_TO_BEFORE.test(body.slice(Math.max(d.end, t.at.start - 60), t.at.start)) ? t.at.start - d.end : Infinity);
  const pairs: Array<{ t: Found; d: DateMention; gap: number }> = [];
  for (const d of dates) {
    // ('must ensure people’s needs are assessed and met by 14 April': a deadline dates what is required, which has not happened)
    if (DEADLINE_BEFORE.test(body.slice(Math.max(0, d.start - 160), d.start))) continue;
    // ('whose accounts were qualified before Christmas': what happened before a day happened on no day we know)
    if (JUST_BEFORE.test(body.slice(Math.max(0, d.start - 8), d.start))) continue;
    // ('invoked the process for the fourth time this year': the span of a count, not the day of the step)
    if (COUNTED_IN.test(body.slice(Math.max(0, d.start - 40), d.start))) continue;
    const closesState = BOUNDS_A_STATE.test(body.slice(Math.max(0, d.start - 20), d.start)) || UNTIL_AN_OCCASION.test(body.slice(Math.max(0, d.start - 50), d.start));
    // ('stayed until 2021, when ministers lifted the direction': the date is the 'when' clause's, not the state's before it)
    const thenWhen = closesState && /^\s*,?\s*when\b/.test(body.slice(d.end, d.end + 8));
    const bounds = closesState && !thenWhen;
    // 'had been suspended on full pay since February 14': the state a departure or intervention began, on that day
    const since = SINCE_BEFORE.test(body.slice(Math.max(0, d.start - 8), d.start));
    const began = bounds && since;
    // ('suspended since June, when auditors questioned payments': the state began on the day its 'when' clause tells)
    const beganThen = thenWhen && since;
    // 'appointed interim chair with effect from 20 November': a post is taken up or left on the day that takes effect
    const effective = bounds && EFFECTIVE_BEFORE.test(body.slice(Math.max(0, d.start - 20), d.start));
    if (bounds && !began && !effective) continue;
    // a year before a noun ('the revised 2024 budget') is that noun's: it dates only a trigger that is the noun ('its 2019 report')
    const noun = d.granularity === 'year' ? ATTRIBUTIVE_YEAR.exec(body.slice(d.end, d.end + 40)) : null;
    // (so is a date in the possessive: 'next week's bond sale', not the upgrade the sentence goes on to tell with it)
    const possessive = POSSESSIVE.test(body.slice(d.end, d.end + 3));
    for (const t of triggers) {
      if (noun && t.at.start !== d.end + noun[1]!.length) continue;
      if (possessive && !(t.at.start >= d.end && POSSESSED_PHRASE.test(body.slice(d.end, t.at.start)))) continue;
      if (thenWhen && t.at.end <= d.start && !(beganThen && (STATE_ENTERED.has(t.trigger.type) || DATED_SINCE.test(t.at.text)))) continue;
      if (began && (!((STATE_ENTERED.has(t.trigger.type) || DATED_SINCE.test(t.at.text)) && t.at.end <= d.start) || RANKED.test(body.slice(Math.max(0, t.at.start - 60), t.at.start)))) continue;
      if (effective && !(POST_TYPES.has(t.trigger.type) && t.at.end <= d.start)) continue;
      const gap = distance(t, d);
      if (gap <= MAX_TRIGGER_DISTANCE) pairs.push({ t, d, gap });
    }
  }
  // 'Moody's on Thursday lowered the rating, three days after Fitch cut it': a span after a dated clause dates what its own
  // clause tells, that span before (the date's text is the evidence, the source 'context', the rule 'offset-date')
  for (const d of dates) {
    if (!d.value || !isDay(d.value)) continue;
    for (const t of triggers) {
      const offset = t.at.start >= d.end && t.at.start - d.end <= OFFSET_REACH ? OFFSET_AFTER_DATE.exec(body.slice(d.end, t.at.start)) : null;
      if (!offset) continue;
      const n = lookup(NUMBER_WORDS, offset.groups!.n!) ?? Number(offset.groups!.n);
      const unit = lookup(UNITS, offset.groups!.unit!.replace(/s$/i, '')) as OffsetUnit;
      const value = shiftedDay(d.value, offset.groups!.dir === 'before' ? n : -n, unit);
      if (value) pairs.push({ t, d: { ...d, value, endValue: undefined, granularity: unit === 'week' ? 'month' : unit, rule: OFFSET_RULE }, gap: offset.groups!.rest!.length });
    }
  }
  pairs.sort((a, b) => a.gap - b.gap || a.d.start - b.d.start || a.t.at.start - b.t.at.start);
  const out = new Map<Found, DateMention[]>();
  const placed = new Set<DateMention>();
  for (const { t, d } of pairs) {
    if (placed.has(d) || (out.has(t) && !t.trigger.plural)) continue;
    placed.add(d);
    push(out, t, d);
  }
  // a date in a phrase that opens with 'During' dates the clause after it too ('During the March visit inspectors issued a warning
  // notice': the visit's date is the notice's)
  for (const d of placed) {
    if (!DURING_PHRASE.test(body.slice(Math.max(0, d.start - DURING_REACH), d.start))) continue;
    const host = triggers.find((t) => out.get(t)?.includes(d));
    const next = host && triggers.find((t) => t.at.start >= host.at.end && !out.has(t) && t.at.start - host.at.end <= MAX_TRIGGER_DISTANCE && !/[.;]/.test(body.slice(host.at.end, t.at.start)));
    if (next) push(out, next, d);
  }
  return out;
}
/**
 * Where a date opens its sentence: after a sentence's end or a line's start, with 'On' or 'In' perhaps ('On May 29, …'), or in brackets
 * after the day it states ('Today (31 October) the minister …', a government's press release).
 */
const OPENS_SENTENCE_BEFORE = /(?:^|[.!?]["”’)]?\s+|\n\s*)(?:On|In|(?:Today|Yesterday)\s*\()?\s*$/;
/** From a date to a trigger in the 'when' clause after it. */
const WHEN_CLAUSE_AFTER = /^,\s+when\s[^.;:,]{0,160}$/;
/** Commas that list the words of a name ('Levelling Up, Housing and Communities'): no clause's. */
const NAMES_LISTED = /(?<=\p{Lu}\p{L}*),(?=\s+\p{Lu}\p{L}*\s+and\s+\p{Lu})/gu;

/** A determiner or possessive before a date that stands as an adjective to the noun after it ('its ', 'the council’s '). */
const DETERMINER_BEFORE = /(?:\b(?:its|their|his|her|the|this|that|last|a|an)|\p{L}['’]s?)\s+$/iu;

/** A phrase that opens its sentence with 'During', up to a date in it ('During the ', 'During its inspection in '). */
const DURING_PHRASE = /(?:^|[.!?]\s+|\n\s*)During\s+[^,.;:]*$/;
const DURING_REACH = 60;

/** 'before' right before a date (not 'the day before', an offset OFFSET_AFTER_DATE reads). */
const JUST_BEFORE = /(?<!\b(?:day|days|week|weeks|month|months|year|years|hours?)\s)\bbefore\s+(?:the\s+)?$/i;

/**
 * A noun in the trigger's object with a participle of its own before the date ('has published its response to the urgent
 * notification issued at HMP Kelby last month'): the date is that noun's, an earlier step (not a relative clause's subject, 'a
 * statutory direction the DfE issued yesterday', which dates the trigger's own noun).
 */
const ITS_OWN_PARTICIPLE = /\b(?:the|a|an|its|their|this|that)\s+(?:[\p{L}’'-]+\s+){0,3}?\p{Ll}[\p{L}’'-]*\s+(?:issued|served|imposed|sent|launched|carried\s+out)\s+(?:(?:at|to|on|against|by|in|into)\s+[^,;.]{1,50}?\s+)?$/u;
/** How far before a date ITS_OWN_PARTICIPLE looks: a noun, its participle and a place. */
const ITS_OWN_PARTICIPLE_REACH = 120;

/** What a response answers: the event it names is an earlier one, not of the response's date. */
const RESPONDED_TO = /\bin\s+(?:response|reply)\s+to\s+(?:the\s+|its\s+|an?\s+|their\s+)?$/i;
/**
 * What a response is to, after a date that dates the response ('today set out their joint response to the Ofsted and CQC inspection',
 * 'today responded to the agency's decision').
 */
const RESPONSE_TO_BEFORE = /\b(?:response|reply|reaction|respond(?:ed|s)?|repl(?:ied|ies)|react(?:ed|s)?)\s+to\s+(?:the\s+|its\s+|an?\s+|their\s+)?(?:[\p{L}’'&-]+\s+){0,4}$/iu;
/** A requirement's or a pledge's deadline before a date ('must be met by', 'commits the council to a survey … by March 2025'): what it dates is still to be done. */
const DEADLINE_BEFORE = /\b(?:must|should|has\s+to|have\s+to|needs?\s+to|(?:is|are)\s+required\s+to|deadline|commits?|committed|pledge[sd]?|promise[sd]?|aims?)\b[^.;]{0,120}?\b(?:by|before|no\s+later\s+than)\s+(?:the\s+)?$/i;

/** An aside between commas right after a trigger, brackets and all (', carried out by Ofsted and the Care Quality Commission (CQC),'). */
const CLOSED_ASIDE_AFTER = /^\s*,[^,;.()]*(?:\([^()]*\)[^,;.()]*)*,/;
/**
 * A relative or participle clause between commas (', which cares for up to 48 older people,', ', run jointly by the council and the
 * health board (ICB),', ', carried out by two inspectors,').
 */
const RELATIVE_ASIDE = /,\s+(?:which|who|whose|where|made|run|held|known|\p{Ll}+ed)\b[^,;.()]*(?:\([^()]*\)[^,;.()]*)*,/u;
/** Every such clause, to take out of a stretch of text. */
const RELATIVE_ASIDES = new RegExp(RELATIVE_ASIDE.source, 'gu');

/**
 * A character of a phrase between a trigger and its date: no clause's punctuation, but the commas around a place's name ('Kelby, Ohio'),
 * and a short bracket, an acronym's or a place's ('of local authority children's services (ILACS) carried out between').
 */
const PHRASE_CHAR = String.raw`(?:[^,;.()]|,\s(?=\p{Lu})|\([^()\n]{1,40}\))`;

/**
 * A passive agent between a trigger and its date: ' by environmental health officers from Westshire Council on ', ' by the
 * Ministry of Housing, Communities and Local Government on ' (not one that goes on to tell another event: ' by the watchdog
 * following their inspection in ').
 */
const PASSIVE_AGENT_BEFORE_DATE = new RegExp(String.raw`^\s+by\s+(?:(?!\b(?:following|after|before|when|while|which|that|who|its|their)\b|\band\b(?!\s+\p{Lu}))${PHRASE_CHAR}){1,80}?\s(?:on|in|during)\s+(?:the\s+)?$`, 'u');
/** Where no word opens another clause or a verb of its own: a phrase between a trigger and its date that keeps them together. */
const NO_OTHER_CLAUSE = String.raw`(?!\b(?:following|after|before|when|while|which|that|who|was|were|is|are|has|had)\b)`;

/**
 * What an inspection was of, or where it was, between it and its date: ' of its acute wards for adults of working age and its
 * psychiatric intensive care unit between ', ' to the Kelby Unit's four wards over three days in ', ' of the wards at the Kelby Unit,
 * Kelby General Hospital, on ' (a phrase with no comma but around a place's name, and no other event's words in it).
 */
const OBJECT_BEFORE_DATE = new RegExp(String.raw`^\s+(?:of|to|at)\s+(?:${NO_OTHER_CLAUSE}${PHRASE_CHAR}){1,160}?,?\s(?:between|on|in|from|during)\s+(?:the\s+)?$`, 'u');

/**
 * Who takes or leaves which post, between an appointment or a departure and its date: ' of Dr Ann Lee, currently chief
 * operating officer (acute care), as interim chief executive from ' (an aside between commas or brackets, but no other clause).
 */
const POST_BEFORE_DATE = new RegExp(String.raw`^\s+(?:of\s+)?(?:\([^().;]{1,40}\)|${NO_OTHER_CLAUSE}[^;.()]){1,120}?\sas\s+(?:(?!\b(?:following|after|before|when|while|which|that|who)\b)[\p{L}’'-]+\s+){1,6}(?:from|on|in)\s+(?:the\s+)?$`, 'u');

/**
 * Words before a trigger that make it a plan: 'is to send', 'are to appoint', 'will take over as interim chief executive'; and, for
 * someone to take a post, the passive ('commissioners are to be sent in': a body that 'is to be escalated' today is escalated by the announcement).
 */
const PLAN_WORDS = String.raw`\b(?:(?:is|are)\s+to|will)\s+`;
const PLAN_BEFORE = new RegExp(`${PLAN_WORDS}$`);
const PASSIVE_PLAN_BEFORE = new RegExp(`${PLAN_WORDS}be\\s+$`);
const plans = (body: string, sentence: Segment, at: Span, type: EventType) => {
  const before = body.slice(Math.max(sentence.start, at.start - 12), at.start);
  return PLAN_BEFORE.test(before) || (type === 'appointment' && PASSIVE_PLAN_BEFORE.test(before));
};

/** A date that qualifies a report: 'its 2022 PEEL report', 'the March 2024 inspection report'. */
const REPORT_AFTER_DATE = /^\s+(?:[\p{Lu}][\p{L}&-]*\s+)?(?:inspection\s+)?report\b/u;

/** An inspection or report told as still to come: 'the next full inspection', 'a report is due in May', 'is expected to publish its report on the inspection next month', 'an officer will carry out the visit next week'. */
function stillToCome(body: string, sentence: Segment, at: Span): boolean {
  return UPCOMING_BEFORE.test(body.slice(Math.max(sentence.start, at.start - 60), at.start)) || STILL_TO_COME.test(at.text)
    || DUE_AFTER.test(body.slice(at.end, Math.min(sentence.end, at.end + 60)));
}
const UPCOMING_BEFORE = /\b(?:next|upcoming|forthcoming|future|planned|scheduled)\s+(?:[\p{L}’'-]+\s+){0,3}$|\b(?:(?:expected|due|set|going|plans?|intends?)\s+to|will)\s+(?:(?:publish|release|issue|carry\s+out|conduct|undertake|make)\s+(?:[\p{L}’'-]+\s+){0,5})?$/u;
/**
 * A plan or an expectation, within a long trigger ('a report on the prison is due to be published', 'the watchdog will report in
 * the spring') or between a trigger and a date ('the inspection report is expected later this year'): what it tells is to come.
 */
const STILL_TO_COME = /\b(?:is|are|was|were)\s+(?:now\s+)?(?:(?:due|expected)\b|(?:set|scheduled)\s+to\b)|\bwill\b/i;
/** After it: 'an inspection is due', 'a re-inspection was due to take place before Christmas' (a plan, told then or now). */
const DUE_AFTER = /^(?:\s+(?:of|into|on|at)\s+[^.;,]{0,40}?)?\s+(?:is|are|was|were)\s+(?:now\s+)?(?:expected|due|scheduled|set|planned)\b/;

/**
 * An announcement that only qualifies the event before it ('The downgrade, announced on Thursday, …') is that event's telling,
 * not an event of its own (see announcedNews for one that tells the news before or after it).
 */
function withoutParticiples(body: string, triggers: readonly Found[]): Found[] {
  return triggers.filter((t, i) => !(t.trigger.type === 'announcement' && i > 0 && /^announced$/i.test(t.at.text)
    && /^\s*,\s*$/.test(body.slice(triggers[i - 1]!.at.end, t.at.start))));
}
/**
 * Announcements that report the news after them ('S&P announced on Thursday that it had lowered the city's rating', 'today announced that
 * Kelby University Health Board will be escalated to targeted intervention') or the news before them ('the force has been escalated to
 * Engage, the inspectorate announced on Wednesday'), each with that news: the news is the event, dated by its telling when it has no
 * date of its own however far the body's name or the news's words put it from the day.
 */
function announcedNews(body: string, triggers: readonly Found[]): Map<Found, Found> {
  const out = new Map<Found, Found>();
  triggers.forEach((t, i) => {
    if (t.trigger.type !== 'announcement') return;
    const before = i > 0 && triggers[i - 1]!.trigger.type !== 'announcement' && ANNOUNCED_AFTER.test(body.slice(triggers[i - 1]!.at.end, t.at.start)) ? triggers[i - 1] : undefined;
    const news = before ?? triggers.slice(i + 1).find((x) => x.trigger.type !== 'announcement' && ANNOUNCED_THAT.test(body.slice(t.at.end, x.at.start)));
    if (news) out.set(t, news);
  });
  return out;
}
/**
 * What comes between an event and the attribution that tells it: a comma ending its clause (a number's comma is none: '$186,000'),
 * then the teller ('…, the watchdog announced', '…, the Ohio Auditor of State's office announced').
 */
const ANNOUNCED_AFTER = /^(?:[^.;,]|(?<=\d)[,.](?=\d))*,\s+(?:the\s+|a\s+)?(?:[\p{L}’'&-]+\s+){1,6}(?:has\s+|had\s+)?$/u;
/**
 * What comes between 'announced' and the event it announces: a day perhaps ('Aug. 9'), then 'that' and the clause's subject (a body's
 * name may be long: 'that Kelby and Pellham University Health Board will be'); or the steps announced, then the one it includes ('has
 * announced a set of measures at Kelby Council, including the appointment of three commissioners').
 */
const ANNOUNCED_THAT = /^(?:[^.;]|(?<=\b\p{Lu}\p{Ll}{2,3})\.){0,40}?\bthat\s+(?:[\p{L}’'&-]+\s+){0,10}$|^\s+(?:an?|the|its)\s+[^.;]{0,120}?,\s+including\s+(?:the\s+)?$/u;

/** A date's possessive ending: 'Monday's meeting', 'next week's sale'. */
const POSSESSIVE = /^['’]s\b/;
/** From a date's possessive to a trigger in the noun phrase it owns: a few words, none that opens a phrase or a clause of its own. */
const POSSESSED_PHRASE = /^['’]s\s+(?:(?!(?:with|of|for|to|from|by|after|before|at|in|on|and|or|that|which|who|was|were|is|are|has|had|will)\b)[^\s,;.]+\s+){0,4}$/u;

/** What follows a year used as an adjective: the space, then a lower-case noun that is no joining word. */
const ATTRIBUTIVE_YEAR = /^(\s+)(?!(?:and|or|to|when|after|before|but|as|for|in|on|at|by|with|from|until|while|because|which|that|the|a|an|was|were|is|are|has|had|have|will|would)\b)\p{Ll}/u;

/**
 * 'since 2019', 'until at least October 2026', 'through June 30' (American for 'until'), 'effective July 1', 'throughout 2020': the date opens, closes or spans a
 * state ('had led the council since 2019', 'powers over appointments until October 2026', 'unaccredited, effective July 1',
 * 'worked with the commissioner throughout 2020'), it dates no event. ('until last night when a meeting
 * decided' dates what happened then.)
 */
const SINCE_BEFORE = /\bsince\s+$/i;
/** A rank among bodies that took such a step ('the ninth council to issue a section 114 notice since 2018'): 'since' opens the count. */
const RANKED = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\p{L}’'-]+\s+){0,5}?to\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** Events that begin a state ('suspended', 'in special measures'): 'since' a date is when they happened, as for one in post since then. */
const STATE_ENTERED: ReadonlySet<EventType> = new Set(['departure', 'intervention']);
/** A trigger that ends in 'since' ('has been in post since', 'has been acting headteacher since') is dated by that date. */
const DATED_SINCE = /\bsince$/i;
/** 'effective from', 'with effect from' a date: the day a post changes hands, where it dates no other event (see BOUNDS_A_STATE). */
const EFFECTIVE_BEFORE = /\b(?:effective(?:\s+from)?|with\s+effect\s+from)\s+$/i;

/** 'until the borough elections in May 2027', 'until the Annual Meeting of Council in May': the occasion that ends a state, as 'until' before the date itself does. */
const UNTIL_AN_OCCASION = /\b(?:until|till)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\p{L}’'-]+\s+){1,5}(?:in|on)\s+(?:the\s+)?$/iu;
const BOUNDS_A_STATE = /\b(?:since|throughout|through|until(?:\s+at\s+least)?|effective(?:\s+from)?|with\s+effect\s+from|(?:tak(?:es|ing)|took|taken)\s+effect(?:\s+on|\s+in)?)\s+$/i;

/**
 * Words between a trigger and a date after it that turn to another clause ('trained midwives since the inspection,
 * and that a unit would open in May', 'inspected in 2019, but a new head starts in May'), or to what came before it ('the
 * appointment follows publication on Tuesday of a review', 'suspended after a report in May'): the date is that clause's.
 */
const TURNS_CLAUSE = new RegExp(String.raw`;|\b(?:and|but)\s+that\b|\b(?:but|${CLAUSE_WORD_GROUPS.contrast.words.join('|')})\b|\b(?:follows|followed|following|after)\b`, 'i');

/**
 * A date in an aside about someone or something, closed before the trigger ('Mayor Vance, who took office in
 * January 2022, said the downgrades …', 'Reed, a Conservative who was re-elected in May, said suspension …'): it dates
 * what the aside tells.
 */
function inClosedAside(body: string, d: DateMention, t: Found): boolean {
  return ASIDE_OPEN.test(body.slice(Math.max(0, d.start - 80), d.start)) && body.slice(d.end, t.at.start).includes(',');
}
const ASIDE_OPEN = /,\s*(?:(?:a|an|the)\s+[^,;.]{0,40}?\s)?(?:who|which|whose)\b[^,;.]*$/i;

/**
 * A dateline's date ('KELBY, Texas (March 5, 2025) – The council has appointed …'): the day the news was sent out, which
 * dates no event (the publication day does that where the text gives none).
 */
function inDateline(body: string, d: DateMention): boolean {
  return DATELINE_BEFORE.test(body.slice(Math.max(0, d.start - 60), d.start)) && DATELINE_AFTER.test(body.slice(d.end, d.end + 4));
}
const DATELINE_BEFORE = /(?:^|\n)\p{Lu}[\p{Lu} .’'-]+(?:,\s*[\p{L}. ]+)?\s*\(\s*$/u;
const DATELINE_AFTER = /^\s*\)\s*[–—-]/;

/**
 * 'joined the force in 1992 and was appointed chief constable …': a date before 'and' and a verb ends the clause before the trigger's,
 * and one before 'and' and another noun phrase or verb, the trigger's own or one before it, ends its conjunct ('the notice issued in
 * September and a best value inspection', 'joined as a firefighter in 1989 and became chief in 2017');
 * so does one before a perfect participle's clause ('was sentenced on 16 May, having entered guilty pleas …').
 */
const ENDS_ITS_CONJUNCT = /^\s*,?\s*and\s+(?:was|were|is|are|has|have|had|then|later|a|an|the|its|their|became|rose|took|went|won|began|[a-z]+ed)\b|^\s*,\s*having\s+(?:been\s+)?$/i;

/**
 * After a dated clause, a span of time before a clause that tells what came earlier or later: ', three days after ',
 * ', a week before '. Its count and unit are the dates lexicon's; the clause runs to the trigger without a break.
 */
type OffsetUnit = Parameters<typeof shiftedDay>[2];
const OFFSET_UNITS: readonly OffsetUnit[] = ['day', 'week', 'month', 'year'];
const OFFSET_AFTER_DATE = new RegExp(String.raw`^[^.;]*?,\s*(?<n>${alternation(NUMBER_WORDS.flatMap((e) => e.words))}|\d{1,2})\s+(?<unit>(?:${OFFSET_UNITS.join('|')})s?)\s+(?<dir>after|before)\s+(?<rest>[^,;.]*)$`, 'i');
const OFFSET_REACH = 160;
const OFFSET_RULE = 'offset-date';

/** An infinitive of purpose right after a date ('will leave on 29 August to become director at Pellham Council'): the date is the verb's before it. */
const PURPOSE = /^to\s/i;

/** A count of times before a date ('for the fourth time this year', 'for the first time since 2019'): the date spans the count. */
const COUNTED_IN = /\bfor\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|[a-z]+th)\s+time\s+(?:in\s+|this\s+|since\s+)?$/i;

/** 'an emergency meeting that was called on Saturday': the day a meeting was called, not the day it sat. */
const CALLED_ON = /\b(?:called|convened|requested|arranged)\s+(?:on\s+)?$/i;

/**
 * A day someone spoke on, before what they said of an event they refer back to ('said in a statement Friday that the downgrade was …',
 * 'told reporters on Monday that the inspection had found …'): it dates the words, not the event. (What they tell that is news is
 * dated by the telling: 'told staff this morning that she would step down'.)
 */
const SAID_ON = /\b(?:said|says|told(?:\s+[\w’'-]+){0,3}?|wrote|added|stated|explained|warned)\s+(?:in\s+an?\s+(?:statement|letter|email|interview)\s+)?(?:on\s+)?$/i;
const THAT_AFTER = /^\s*,?\s*that\s+(?:the|this|its|their|his|her)\s+$/i;

/**
 * A connective after a date that opens a clause of its own, still open at the trigger (no comma since): 'will step down in
 * January, once the council has agreed a recovery plan' (January is the departure's, not the council's decision's).
 */
const OPENS_EARLIER_CLAUSE = /\b(?:after|following|before|since|until|once(?!\s+(?:again|more)\b))\b[^,;]*$/;

/** Dates that head their paragraph, as in a timeline ('October 2015: the principal resigns …'), by paragraph start: they date what it tells. */
function paragraphDates(ctx: ArticleContext, dates: readonly DateMention[]): Map<number, DateMention> {
  const out = new Map<number, DateMention>();
  for (const d of dates) {
    const paragraph = segmentAt(ctx.paragraphs, d.start);
    if (!paragraph || out.has(paragraph.start) || d.start > paragraph.start + 3) continue;
    if (/^\s*[:–—-]/.test(ctx.body.slice(d.end, d.end + 3)) && /^[\s•*·–-]*$/.test(ctx.body.slice(paragraph.start, d.start))) out.set(paragraph.start, d);
  }
  return out;
}

/** The dates extractor's rules for a clock time with no day beside it ('at 7pm', 'at 19:30'). */
const BARE_CLOCK: ReadonlySet<string> = new Set(['clock-12h', 'clock-24h']);

/** The clause of a trigger or grade is in the present perfect or progressive: 'has been suspended', 'is being investigated'. */
function reportsNews(body: string, sentence: Segment, at: { start: number; end: number }): boolean {
  if (/^(?:is|are)\b|\b(?:has|have)\b/i.test(body.slice(at.start, at.end))) return true;
  // (what was done as the news was told is that news: 'the chief inspector has warned, as he invoked the urgent notification process')
  const head = body.slice(sentence.start, at.start);
  const as = head.search(AS_THEY_DID);
  if (as >= 0 && NEWS_CLAUSE.test(head.slice(0, as))) return true;
  // (a participle joined to a present perfect shares its auxiliary: 'has shifted its outlook to stable, and affirmed the
  // county's A+ rating')
  if (CONJOINED_TO_PERFECT.test(head)) return true;
  // (a relative clause closed between the verb and its object is no turn, and a name is one word: 'has sent Kelby Academies Trust,
  // which runs the school, a termination warning notice')
  const clause = body.slice(Math.max(sentence.start, at.start - 160), at.start).replace(RELATIVE_ASIDES, '').slice(-60);
  const before = clause.split(/[,;:–—]|\b(?:after|following|since|when|while|because)\b/).pop()!.replace(CAPITALISED_RUN, 'X');
  // (a trigger after 'of' is what another noun is of, that noun what the verb did: 'has published the results of its inspection')
  return PRESENT_PERFECT_BEFORE.test(before) && !OF_ANOTHER_NOUN.test(before);
}
const OF_ANOTHER_NOUN = /\bof\s+(?:(?:the|its|their|his|her|an?)\s+)?$/;
/** A present perfect, then its clause and 'and': the trigger after it is the perfect's second participle. */
const CONJOINED_TO_PERFECT = /\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn)\b[^.;:]*?,?\s+and\s+$/u;
/** A clause of what someone did as they spoke, right before its verb: ', as he '. */
const AS_THEY_DID = /,\s+as\s+(?:he|she|it|they|we)\s+$/;
/** Capitalised words in a row: a name, one word of its clause. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)+/gu;

/**
 * A report that the lead's news follows ('The chief executive has been suspended following a report by the
 * auditor', 'is being investigated in the wake of a damning report'): the news is told days after it came
 * out, so it is dated by the publication day as the news is (the merge allows a few days' delay), unless
 * the lead dates its news to a day of its own (then the report may be any time before it).
 */
function promptsNews(body: string, sentence: Segment, at: { start: number; end: number }): boolean {
  const m = PROMPTED_BY.exec(body.slice(sentence.start, at.start));
  return !!m && NEWS_CLAUSE.test(body.slice(sentence.start, sentence.start + m.index));
}
/** The words that tie the lead's news to what prompted it, right before the report's trigger ('after a damning'). */
const PROMPTED_BY = /\b(?:after|following|in\s+the\s+wake\s+of|in\s+(?:the\s+)?light\s+of)\s+(?:[\p{L}’'-]+\s+){0,2}$/u;
/** A main clause in the present perfect or progressive passive: the news of the day. */
const NEWS_CLAUSE = /\b(?:has|have)\s+(?:been\s+)?\p{L}+(?:ed|en)\b|\b(?:is|are)\s+(?:now\s+)?being\s+\p{L}+ed\b/u;

/** Granularities of a relative date that tells the article's present ('last month', 'Monday night'), not its past ('four years ago'). */
const RECENT: ReadonlySet<string> = new Set(['time', 'day', 'week', 'month']);

function dateOf(d: DateMention, source: EventDateSource): EventDate {
  return { value: dayOf(d.value), endValue: dayOf(d.endValue ?? null), start: d.start, end: d.end, source, weekday: d.weekday ?? null };
}

/** Events are dated to the day: 'Monday night' (2024-03-04TNI) happened on 2024-03-04. */
function dayOf(value: string | null): string | null {
  return value ? value.split('T')[0]! : null;
}

/**
 * Grades join events: one in their own sentence, else an event of the date they were given ('rated
 * satisfactory in April 2011'), else the article's current graded events (its inspection and the
 * report that published it); with none, the grade itself is the event, of the publication day when
 * the lead tells it in the present perfect.
 */
function gradeEvents(ctx: ArticleContext, drafts: Drafts, ratings: readonly Rating[], datesIn: ReadonlyMap<number, DateMention[]>, lead: ReadonlySet<Segment>,
  draft: (type: EventType, trigger: Span, sentence: Segment, date: EventDate, rule: string) => Draft): void {
  const undated: number[] = [];
  // a grade the lead tells in the present perfect ('has been rated inadequate'): the news of the publication day
  const toldAsNews = (r: Rating) => {
    const sentence = segmentAt(ctx.sentences, r.start)!;
    return lead.has(sentence) && reportsNews(ctx.body, sentence, r);
  };
  ratings.forEach((r, i) => {
    const k = segmentIndexAt(ctx.sentences, r.start);
    const sentence = ctx.sentences[k]!;
    const graded = (d: Draft) => GRADED_TYPES.has(d.type) && (r.scale === 'credit') === (d.type === 'rating-action');
    const here = drafts.bySentence.get(sentence) ?? [];
    const inSentence = here.filter(graded);
    const when = dayOf(r.when);
    // a grade given in a dated event's sentence is that event's; else every graded event of the sentence gave or published it
    const dated = inSentence.find((d) => when !== null && d.date.value === when);
    // (and the report its sentence says published it)
    // (an undated grade is not the grading the sentence recalls, 'down from good at its last inspection in 2019', unless it is recalled too,
    // nor the one another grade of the sentence dates, 'given a zero rating last month … awarded a four')
    const own = dated ? [dated, ...inSentence.filter((d) => d.type === 'report-published' && d !== dated)]
      : when === null ? inSentence.filter((d) => d.rule !== 'dated-grade' && (!recalls(d.sentence, d.trigger) || recalls(sentence, r))) : [];
    if (own.length) { for (const d of own) d.ratings.add(i); return; }
    const stated = datesIn.get(k) ?? [];
    const mention = when === null ? undefined : stated.find((d) => dayOf(d.value) === when);
    // a date its sentence gives another event ('the council voted on Monday … its AA- rating') does not date the grade
    const othersDate = mention && here.some((d) => d.date.start === mention.start);
    if (when !== null && !othersDate) {
      const same = (drafts.byDate.get(when) ?? []).find(graded);
      if (same) same.ratings.add(i);
      else {
        // a grade dated by the report that gave it ('graded inadequate in its 2022 PEEL report') is that report's
        // and one given in the days the news tells ('the regulator yesterday gave it a C3 grade') is published then
        // and one dated after the inspection its sentence tells ('rated inadequate in August, after an inspection that June')
        // was published by the report that followed it: the inspection made it too
        const inspected = inSentence.find((d) => INSPECTION_FAMILY.has(d.type) && d.rule === 'stated-date' && d.date.value !== null && compareDates(d.date.value, when) < 0 && !when.startsWith(d.date.value));
        inspected?.ratings.add(i);
        const ofReport = inspected || mention && REPORT_AFTER_DATE.test(ctx.body.slice(mention.end, mention.end + 30))
          || (!UNREPORTED_SCALES.has(r.scale) && ctx.publishedAt !== null && isDay(when) && daysBefore(ctx.publishedAt, ARTICLE_REPORTING_DELAY_DAYS).includes(when));
        const type = r.scale === 'credit' ? 'rating-action' : ofReport ? 'report-published' : 'inspection';
        draft(type, span(ctx.body, r), sentence, mention ? dateOf(mention, 'stated') : { ...NO_DATE, value: when, source: 'stated' }, 'dated-grade').ratings.add(i);
      }
      return;
    }
    // a date the sentence states that we could not anchor ('last year' with no publication date): a grading of its
    // own, which the merge places by its grade
    if (stated.length) { draft(r.scale === 'credit' ? 'rating-action' : 'inspection', span(ctx.body, r), sentence, NO_DATE, 'unanchored-grade').ratings.add(i); return; }
    // a grade its sentence recalls ('was previously rated requires improvement') is an earlier grading's, not the news's
    if (recalls(sentence, r) && r.scale !== 'credit') { draft('inspection', span(ctx.body, r), sentence, NO_DATE, 'recalled-grade').ratings.add(i); return; }
    undated.push(i);
  });
  const latest = drafts.all.filter((x) => x.date.value && GRADED_TYPES.has(x.type)).map((x) => x.date.value!).sort(compareDates).pop() ?? null;
  // the article's present: what it dates 'last month' or 'on Monday' when it says so, else what is within a year of its latest date
  const current = (credit: boolean) => {
    // an event its sentence recalls ('previously rated good following its inspection in 2014') is not the present
    const graded = drafts.all.filter((d) => GRADED_TYPES.has(d.type) && credit === (d.type === 'rating-action') && d.rule !== 'dated-grade' && d.rule !== 'unanchored-grade'
      && !recalls(d.sentence, d.trigger));
    const dateless = graded.filter((d) => d.date.value === null && d.date.start === null);
    const recent = graded.filter((d) => d.recent);
    return recent.length ? [...recent, ...dateless] : graded.filter((d) => d.date.value === null ? d.date.start === null : isCurrent(d, latest));
  };
  const targets = { credit: current(true), other: current(false) };
  for (const i of undated) {
    const r = ratings[i]!;
    const credit = r.scale === 'credit';
    const list = credit ? targets.credit : targets.other;
    // an inspection's verdict is its report's too; an article on credit tells several agencies' actions, and a
    // grade belongs to the one it follows
    // (and only to an action of the agency that gave it: 'Moody's rates the city A3' is no grade of S&P's cut)
    const owners = credit ? ofAgency(ctx, ofSubject(list, r.subject), ratings, r.awardedBy) : list;
    if (owners.length) { for (const d of credit ? [nearestBefore(owners, r.start)] : owners) d.ratings.add(i); continue; }
    // a grade no report publishes (a food hygiene rating) is the inspection's that gave it, on a day the news does not tell
    const unreported = UNREPORTED_SCALES.has(r.scale);
    const news = toldAsNews(r) && !unreported;
    const date = news ? publicationDay(ctx.publishedAt) : NO_DATE;
    const type = credit ? 'rating-action' : unreported ? 'inspection' : 'report-published';
    const made = draft(type, span(ctx.body, r), segmentAt(ctx.sentences, r.start)!, date, news ? 'lead-grade' : 'undated-grade');
    made.ratings.add(i);
    list.push(made);
  }
  // an event the article tells as its present: not one its sentence recalls, and undated or within a year of its latest date
  const present = (d: Draft) => !recalls(d.sentence, d.trigger) && (d.date.value === null || isCurrent(d, latest));
  // a report's grades were given by an inspection: an article that tells the report and not the inspection
  // implies one, undated, which the merge places by its grades
  const reports = drafts.all.filter((d) => d.type === 'report-published' && d.ratings.size);
  if (reports.length && !drafts.all.some((d) => INSPECTION_FAMILY.has(d.type) && d.rule !== 'dated-grade' && present(d))) {
    const first = reports[0]!;
    const implied = draft('inspection', first.trigger, first.sentence, NO_DATE, 'implied-by-report');
    for (const d of reports) for (const i of d.ratings) implied.ratings.add(i);
  }
  // and the other way: grades an article tells of its current inspection were made public by a report, which
  // it tells of too; undated, the merge joins it to the dated report that gave the same grades (a lead that tells
  // a grade as news, 'has been rated inadequate', dates the report by the publication day)
  const inspections = drafts.all.filter((d) => INSPECTION_FAMILY.has(d.type) && [...d.ratings].some((i) => !UNREPORTED_SCALES.has(ratings[i]!.scale))
    && d.rule !== 'dated-grade' && d.rule !== 'implied-by-report' && !recalls(d.sentence, d.trigger) && isCurrent(d, latest));
  if (inspections.length && !drafts.all.some((d) => d.type === 'report-published' && present(d))) {
    const first = inspections[0]!;
    const news = ctx.publishedAt !== null && (inspections.some((d) => [...d.ratings].some((i) => toldAsNews(ratings[i]!))) || assessorSpeaksToday(ctx, lead, datesIn))
      // (grades an intervention of the day made public, a prison's urgent notification, came out with it, not in a report)
      && !drafts.all.some((d) => d.type === 'intervention' && d.date.value === ctx.publishedAt);
    const implied = news ? draft('report-published', first.trigger, first.sentence, publicationDay(ctx.publishedAt), 'lead-grade')
      : draft('report-published', first.trigger, first.sentence, NO_DATE, 'implied-by-inspection');
    for (const d of inspections) for (const i of d.ratings) implied.ratings.add(i);
  }
  // an article that tells its one current inspection and the one report of it: the grades the report published are the
  // inspection's ('Inspectors spent two weeks with social workers in February. … The report, published today, rates the
  // service as requires improvement'), so a report of either that gives only those grades finds it
  const currentOf = (type: EventType) => drafts.all.filter((d) => d.type === type && d.rule !== 'dated-grade' && d.rule !== 'recalled-grade' && present(d));
  const [inspection, ...otherInspections] = currentOf('inspection');
  const [report, ...otherReports] = currentOf('report-published');
  if (inspection && report && !otherInspections.length && !otherReports.length && inspection.subject.key === report.subject.key) {
    for (const i of report.ratings) if (ratings[i]!.when === null) inspection.ratings.add(i);
  }
}

/**
 * The lead has the assessor speak on the publication day ('…, the police inspectorate said today'): its
 * findings are the news, so the report that made them public came out that day.
 */
function assessorSpeaksToday(ctx: ArticleContext, lead: ReadonlySet<Segment>, datesIn: ReadonlyMap<number, DateMention[]>): boolean {
  return [...lead].some((s) => (datesIn.get(ctx.sentences.indexOf(s)) ?? []).some((d) => dayOf(d.value) === ctx.publishedAt)
    && (ASSESSOR_NOUNS.test(s.text) || ctx.assessors.some((a) => a.start >= s.start && a.start < s.end)));
}

/** The drafts about the body a grade names ('Minneapolis' rating'), or all when it names none of theirs. */
function ofSubject(drafts: readonly Draft[], subject: string | null): readonly Draft[] {
  const key = subject ? keyOf(subject) : null;
  const own = drafts.filter((d) => d.subject.key === key);
  return own.length ? own : drafts;
}

/**
 * The drafts an agency's grade may belong to: those of that agency (by their grades, else the agency named
 * last before their trigger, in their sentence or before it), or of none named.
 */
function ofAgency(ctx: ArticleContext, drafts: readonly Draft[], ratings: readonly Rating[], agency: string | null): readonly Draft[] {
  if (!agency) return drafts;
  return drafts.filter((d) => {
    const own = [...d.ratings].map((j) => ratings[j]!.awardedBy).find((a) => a !== null)
      ?? ctx.assessors.filter((a) => a.scale === 'credit' && a.start < d.trigger.start).pop()?.name ?? null;
    return own === null || own === agency;
  });
}

/** How far from a grade or trigger the words that recall an earlier grading reach: its clause, not a long sentence's other end. */
const RECALL_REACH = 50;

/**
 * A grade or trigger its clause tells as an earlier grading ('was previously rated good'), not one a long
 * sentence only mentions ('visited on 7 February and found concerns raised at the last inspection unmet').
 */
function recalls(sentence: Segment, at: { start: number; end: number }): boolean {
  const from = Math.max(0, at.start - RECALL_REACH - sentence.start);
  // (a participle clause after it is another grading's: 'has been graded requires improvement, having previously been rated good')
  const after = sentence.text.slice(at.end - sentence.start, at.end + RECALL_REACH - sentence.start);
  const to = at.end - sentence.start + (PARTICIPLE_CLAUSE.exec(after)?.index ?? after.length);
  return RECALLED.test(sentence.text.slice(from, Math.max(from, to)));
}
/** A comma and the participle or conjunction that opens a clause of its own. */
const PARTICIPLE_CLAUSE = /,\s+(?:having|being|after|when|while|though|although)\b/;

/** The draft told last before an offset, or else the first. */
function nearestBefore(drafts: readonly Draft[], at: number): Draft {
  return drafts.filter((d) => d.trigger.start <= at).sort((a, b) => b.trigger.start - a.trigger.start)[0] ?? drafts[0]!;
}

/** An event of the article's present, not one it recalls: undated, or within a year of the latest graded one. */
function isCurrent(d: Draft, latest: string | null): boolean {
  if (d.date.value === null || latest === null) return true;
  const year = (v: string) => Number(v.slice(0, 4));
  return !/^\d{4}/.test(d.date.value) || !/^\d{4}/.test(latest) || year(latest) - year(d.date.value) <= 1;
}

/**
 * A day and month with no year, given with its weekday ('Friday, March 17'), in an article that
 * states no publication date: the first year from the latest the article states in which that day
 * falls on that weekday.
 */
function inferYear(date: EventDate, years: readonly number[]): EventDate | null {
  const m = date.value ? /^XXXX-(\d\d)-(\d\d)$/.exec(date.value) : null;
  const { weekday } = date;
  if (!m || weekday === null || !years.length) return null;
  const from = Math.max(...years);
  for (let y = from; y < from + 7; y++) {
    if (weekdayOf(`${y}-${m[1]}-${m[2]}`) === weekday) {
      return { ...date, value: `${y}-${m[1]}-${m[2]}`, source: 'context' };
    }
  }
  return null;
}

/**
 * A month (and day) with no year, in an article that states no publication date, told after a full
 * date of the same year's earlier months ('inspected on August 30 2018 … returned on September 27'):
 * the story moves forward, so it is that year. A month earlier than the full date stays year-less
 * (the next year, or another story).
 */
function yearFromNarrative(body: string, date: EventDate, dates: readonly DateMention[], publishedAt: string | null): EventDate | null {
  const m = date.value ? /^XXXX-(\d\d)(-\d\d)?$/.exec(date.value) : null;
  if (!m || date.start === null || publishedAt) return null;
  const before = dates.filter((x) => x.end <= date.start! && x.value && /^\d{4}-\d\d/.test(x.value) && !x.implied.includes('year')).pop();
  if (!before || before.value!.slice(5, 7) >= m[1]!) return null;
  // a full date that recalls an earlier grading ('In January 2022 it had been graded good') is no step of the story
  if (RECALLED.test(body.slice(Math.max(0, before.start - 40), before.end + 40))) return null;
  return { ...date, value: `${before.value!.slice(0, 4)}-${m[1]}${m[2] ?? ''}`, source: 'context' };
}

/**
 * Two dates of one trigger word in one sentence are one event over a span ('their meeting on 29 September
 * and a meeting … on 30 September', 'inspectors visited in February and March'), unless they gave
 * different grades ('rated good in 2014 and inadequate in 2018') or are days weeks apart ('an unannounced
 * inspection between 23 and 25 January, followed by a well-led inspection on 20 February').
 */
function withinSentence(drafts: Draft[]): Draft[] {
  const apart = (a: EventDate, b: EventDate) => {
    const last = a.endValue ?? a.value!;
    return isDay(last) && isDay(b.value) && !daysBefore(b.value!, ONE_SPAN_DAYS).includes(last) && !daysBefore(last, ONE_SPAN_DAYS).includes(b.value!);
  };
  const out: Draft[] = [];
  const twins = new Map<string, Draft>();
  const sameGrades = (a: Draft, b: Draft) => a.ratings.size === b.ratings.size && [...a.ratings].every((i) => b.ratings.has(i));
  for (const e of drafts) {
    const spannable = e.date.value !== null && e.rule === 'stated-date';
    // the same word's dates: 'found guilty in March' and 'sentenced on Friday' are two steps
    const key = `${e.sentence.start}|${e.type}|${e.trigger.text.toLowerCase()}`;
    const twin = spannable ? twins.get(key) : undefined;
    if (!twin || twin.date.value === e.date.value || !sameGrades(twin, e) || apart(twin.date, e.date)) {
      out.push(e);
      if (spannable && !twin) twins.set(key, e);
      continue;
    }
    const all = [twin.date.value!, twin.date.endValue, e.date.value!, e.date.endValue].filter((d): d is string => !!d).sort(compareDates);
    twin.date = { ...twin.date, value: all[0]!, endValue: all[all.length - 1] !== all[0] ? all[all.length - 1]! : null, end: Math.max(twin.date.end ?? 0, e.date.end ?? 0) };
  }
  return out;
}


/**
 * Reports of one event within an article become one: the same kind, body and date; a publication-day
 * date and a date the article states a few days before it (of the same kind, or a meeting that decided
 * it); a week and a day in it; an undated mention and a dated one; a meeting and what it decided that
 * day. A week that meets no day stays in the record, for the merge to join to a day of it reported elsewhere.
 */
function coalesce(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const kept = new Map<string, Draft>();
  const keep = (key: string, d: Draft) => { if (!kept.has(key)) kept.set(key, d); };
  const ordered = [...drafts].sort((a, b) => rank(a) - rank(b) || a.trigger.start - b.trigger.start);
  for (const e of ordered) {
    const same = match(e, (key) => kept.get(key));
    // a change of post a meeting decided is that meeting's news, told by the meeting's sentence and dated by it; another change the
    // same meeting decided is another event of its day ('suspended … at a meeting of its board on Monday', and a deputy appointed)
    if (same && decidedBy(same, e)) {
      if (same.type !== 'meeting') { out.push({ ...e, date: same.date, rule: DECIDED_RULE }); continue; }
      Object.assign(same, { type: e.type, rule: DECIDED_RULE, people: [...same.people, ...e.people] });
      keep(`${e.subject.key}|${e.type}|${same.date.value}`, same);
      keep(`${e.subject.key}|${e.type}|any`, same);
    }
    if (same) { for (const i of e.ratings) same.ratings.add(i); continue; }
    out.push(e);
    const kind = `${e.subject.key}|${e.type}`;
    if (e.date.value === null || isWeek(e.date.value)) continue;
    keep(`${kind}|${e.date.value}`, e);
    if (e.rule !== 'dated-grade') keep(`${kind}|any`, e);
    if (isDay(e.date.value)) keep(`${kind}|${weekOf(e.date.value)}`, e);
    if (!GRADED_TYPES.has(e.type)) keep(`${e.subject.key}|${e.sentence.start}|${e.date.value}|${e.type === 'meeting' ? 'meeting' : 'decision'}`, e);
    if (POST_TYPES.has(e.type) && e.subject.start !== null) keep(`named|${e.type}|${e.date.value}`, e);
  }
  return out.sort((a, b) => a.trigger.start - b.trigger.start);
}

/**
 * Undated events that are not the article's dated one of their kind: a grade at a time stated but not placed,
 * a grade its sentence recalls, the inspection or report another event implies. (A credit grade no action of
 * its agency took, 'undated-grade', is kept apart too: it is another agency's.)
 */
const KEPT_APART: ReadonlySet<string> = new Set(['unanchored-grade', 'recalled-grade', 'implied-by-report', 'implied-by-inspection']);

/**
 * The article's dated meeting, when an undated one naming a committee is that committee's: a council's 'special
 * meeting' last night is not the pay committee's meeting the audit found fault with.
 */
function sameCommittee(e: Draft, dated: Draft | undefined): Draft | undefined {
  const committee = (d: Draft) => NAMED_COMMITTEE.exec(d.sentence.text)?.[0];
  return dated && committee(dated) !== undefined && committee(dated) === committee(e) ? dated : undefined;
}

/** The kept report an event is another report of, looked up by the keys coalesce files reports under. */
function match(e: Draft, get: (key: string) => Draft | undefined): Draft | undefined {
  const kind = `${e.subject.key}|${e.type}`;
  const date = e.date.value;
  // a grade given at a time the article states but we could not place is kept apart, for the merge to place by its
  // grade, and so are the events KEPT_APART lists, and one whose relative date we could not anchor ('Monday night'):
  // it may be another time than the dated ones
  if (date === null && e.rule === 'committee-named') return sameCommittee(e, get(`${kind}|any`));
  if (date === null) {
    if (KEPT_APART.has(e.rule) || (e.rule === 'undated-grade' && e.type === 'rating-action') || e.date.start !== null) return undefined;
    // (a post taken or left by someone else is another change: 'became chief constable in 2019' beside 'will lead the force as
    // temporary chief constable')
    const dated = get(`${kind}|any`);
    return dated && POST_TYPES.has(e.type) && e.people.length && dated.people.length && !e.people.some((p) => dated.people.some((q) => q.name === p.name)) ? undefined : dated;
  }
  const exact = get(`${kind}|${date}`);
  if (exact) return exact;
  // a post left or taken in a sentence that names no body ('the chief executive of an academy trust has resigned') is
  // the one the article tells that day of a body it names
  const named = POST_TYPES.has(e.type) && e.subject.start === null ? get(`named|${e.type}|${date}`) : undefined;
  if (named) return named;
  // what an inspectorate announces is its report's publication or its step ('…, the policing watchdog has announced')
  const byAssessor = e.type === 'announcement' && ASSESSOR_NOUNS.test(e.sentence.text);
  const report = byAssessor ? `${e.subject.key}|report-published|` : null;
  const step = byAssessor ? get(report + date) ?? get(`${e.subject.key}|intervention|${date}`) : undefined;
  if (step) return step;
  if (e.date.source === 'publication' && isDay(date)) {
    for (const day of daysBefore(date, ARTICLE_REPORTING_DELAY_DAYS)) {
      // (a meeting decides only when a body that decides sat: not 'a meeting with parents')
      const meeting = get(`${e.subject.key}|meeting|${day}`);
      // (a commissioner the lead says has been appointed is the government's intervention the article dates: 'issued a statutory
      // direction on Tuesday, naming Ann Lee as commissioner')
      const direction = e.type === 'appointment' && COMMISSIONER.test(e.sentence.text) ? get(`${e.subject.key}|intervention|${day}`) : undefined;
      const found = get(`${kind}|${day}`) ?? (meeting && BODY_IN_TRIGGER.test(meeting.sentence.text) ? meeting : undefined) ?? (report ? get(report + day) : undefined) ?? direction;
      if (found) return found;
    }
  }
  if (isWeek(date)) return get(`${kind}|${date}`);
  if (GRADED_TYPES.has(e.type)) return undefined;
  return get(`${e.subject.key}|${e.sentence.start}|${date}|${e.type === 'meeting' ? 'decision' : 'meeting'}`);
}

/** Whether `e`, a change of post, is one a meeting `kept` stands for decided (see coalesce). */
const decidedBy = (kept: Draft, e: Draft) => POST_TYPES.has(e.type) && kept.type !== e.type && (kept.type === 'meeting' || (POST_TYPES.has(kept.type) && kept.rule === DECIDED_RULE));
/** The rule of a change of post dated by the meeting that decided it. */
const DECIDED_RULE = 'decided-at-meeting';

/** A commissioner, whom a government sends in to run a failing body. */
const COMMISSIONER = /\bcommissioners?\b/i;

/** The most days between two days of one trigger word in a sentence that make one event over a span. */
const ONE_SPAN_DAYS = 7;

/** 'with immediate effect', 'effective immediately' in the trigger's clause (before a semicolon): a change that takes effect as it is told. */
const IMMEDIATELY_AFTER = /^[^;]*?\b(?:with\s+immediate\s+effect|effective\s+immediately|immediately\s+effective)\b/i;

/** Stated days first, then other dates, publication-day dates, weeks, and undated last: the better-dated report leads. */
function rank(d: Draft): number {
  if (d.date.value === null) return 4;
  if (isWeek(d.date.value)) return 3;
  if (d.date.source === 'publication') return 2;
  return isDay(d.date.value.slice(0, 10)) ? 0 : 1;
}


/**
 * Who took part and what they said: the officials named in the event's paragraph, and the quotes of
 * that paragraph; quotes elsewhere in the article speak of its principal event (the news of its lead,
 * or else its latest dated event) and, when that is a report, of the inspection it sets out; with
 * their speakers.
 */
function describe(ctx: ArticleContext, drafts: Draft[], ratings: readonly Rating[], officials: readonly Official[], quotes: readonly Quote[]): ArticleEvent[] {
  const paragraphStart = (at: number) => segmentAt(ctx.paragraphs, at)?.start ?? -1;
  // the news is the latest event up to the publication day (one after it is announced, not reported): an article on a
  // 2025 visit and its report that recalls the 2022 inspection speaks of those
  // with no year known, its dated grade, else the latest month of its year-less dates ('in June … on 26 September')
  const past = (d: Draft) => !ctx.publishedAt || compareDates(d.date.value!, ctx.publishedAt) <= 0;
  const latestOf = (ds: Draft[]) => ds.reduce<Draft | undefined>((a, d) => (!a || compareDates(d.date.value!, a.date.value!) > 0 ? d : a), undefined);
  const principal = drafts.find((d) => d.rule.startsWith('lead'))
    ?? latestOf(drafts.filter((d) => d.date.value !== null && /^\d{4}/.test(d.date.value) && past(d)))
    ?? drafts.find((d) => d.ratings.size && d.date.value !== null)
    ?? latestOf(drafts.filter((d) => d.date.value !== null && /^XXXX-\d\d/.test(d.date.value))) ?? drafts[0];
  const firstIn = new Map<number, Draft>();
  for (const d of drafts) if (!firstIn.has(paragraphStart(d.sentence.start))) firstIn.set(paragraphStart(d.sentence.start), d);
  // what is said of a report is said of the inspection it sets out: the article's inspection that gave the same grade
  const findings = principal?.type === 'report-published'
    ? drafts.find((d) => INSPECTION_FAMILY.has(d.type) && [...d.ratings].some((i) => principal.ratings.has(i))) : undefined;
  // an event told with who spoke at it ('Addressing the committee, Mr Boyce said …') has the quotes of that
  // speaker that follow it, until another event is told
  const inOrder = [...drafts].sort((a, b) => a.sentence.start - b.sentence.start);
  const byName = new Map(officials.map((o) => [o.name, o]));
  const toldWith = (q: Quote): Draft | undefined => {
    const last = inOrder[firstAtOrAfter(inOrder, q.start, (d) => d.sentence.start) - 1];
    const speaker = byName.get(q.speaker ?? '');
    return last && speaker?.mentions.some((m) => m.start >= last.sentence.start && m.start < last.sentence.end) ? last : undefined;
  };
  const quotesOf = new Map<Draft, number[]>();
  quotes.forEach((q, i) => {
    const own = firstIn.get(paragraphStart(q.start)) ?? toldWith(q);
    for (const owner of own ? [own] : [principal, findings]) if (owner) push(quotesOf, owner, i);
  });
  const officialsIn = new Map<number, Set<Official>>();
  for (const o of officials) for (const m of o.mentions) {
    const p = paragraphStart(m.start);
    officialsIn.set(p, (officialsIn.get(p) ?? new Set()).add(o));
  }
  return drafts.map((d) => {
    const own = quotesOf.get(d) ?? [];
    const involved = new Set(officialsIn.get(paragraphStart(d.sentence.start)));
    for (const i of own) {
      const speaker = byName.get(quotes[i]!.speaker ?? '');
      if (speaker) involved.add(speaker);
    }
    return {
      type: d.type,
      trigger: d.trigger,
      evidence: span(ctx.body, d.sentence),
      date: d.date,
      subject: { name: d.subject.name, key: d.subject.key, start: d.subject.start, end: d.subject.end },
      assessor: INSTITUTIONAL_TYPES.has(d.type) ? assessorOf(ctx, d, ratings) : null,
      ratings: [...d.ratings].sort((a, b) => a - b),
      officials: [...involved].map((o) => ({ name: o.name, role: o.roles[0] ?? null })),
      quotes: own,
      rule: d.rule,
    };
  });
}

/**
 * Who inspected, reported or acted: the assessor its trigger names or has as its agent ('a report by the CQC',
 * 'an upgrade by Fitch'), else the body that awarded its grades, else the one its sentence names nearest the trigger.
 */
function assessorOf(ctx: ArticleContext, d: Draft, ratings: readonly Rating[]): string | null {
  const inSentence = ctx.assessors.filter((a) => a.start >= d.sentence.start && a.end <= d.sentence.end);
  const own = inSentence.find((a) => (a.start >= d.trigger.start && a.end <= d.trigger.end)
    || (a.start >= d.trigger.end && AGENT_BETWEEN.test(ctx.body.slice(d.trigger.end, a.start))));
  if (own) return own.name;
  const awarded = [...d.ratings].map((i) => ratings[i]!.awardedBy).find((a) => a !== null);
  if (awarded) return awarded;
  const gap = (a: { start: number; end: number }) => (a.end <= d.trigger.start ? d.trigger.start - a.end : Math.max(0, a.start - d.trigger.end));
  // a step is taken by the one its own clause names, not the inspectorate of a clause after it ('commissioners were sent
  // in after the CQC rated it inadequate'); a grade is its assessor's wherever the sentence names it
  const ownClause = (a: { start: number }) => d.type !== 'intervention' || a.start < d.trigger.start || !LATER_CLAUSE.test(ctx.body.slice(d.trigger.end, a.start));
  const nearest = inSentence.filter(ownClause).sort((a, b) => gap(a) - gap(b))[0];
  if (nearest) return jointWith(ctx.body, inSentence, nearest).name;
  // 'the regulator served a warning notice': the one regulator the article names
  return ASSESSOR_NOUNS.test(d.sentence.text) ? soleRegulator(ctx) : null;
}
/**
 * The first of the assessors named together with `a` ('Ofsted and the Care Quality Commission (CQC) visited'): a joint
 * inspection is told as the first-named one's, whichever of them is nearest the trigger.
 */
function jointWith(body: string, named: ReadonlyArray<{ name: string; start: number; end: number }>, a: { name: string; start: number; end: number }) {
  let first = a;
  for (let k = named.indexOf(a) - 1; k >= 0 && JOINED.test(body.slice(named[k]!.end, first.start)); k--) first = named[k]!;
  return first;
}
/** Between assessors named together: 'and the', a comma, or the bracket before an acronym. */
const JOINED = /^\s*(?:(?:,\s*)?(?:and|&)\s+(?:the\s+)?|,\s*(?:the\s+)?|\(\s*)$/;

/** A word that opens a clause of its own between a trigger and a name after it. */
const LATER_CLAUSE = new RegExp(String.raw`\b(?:${[...SUBORDINATORS, 'following'].join('|')})\b`, 'i');
/** The words between a trigger and its agent: 'an upgrade by Fitch', 'inspected by the CQC'. */
const AGENT_BETWEEN = /^\s+by\s+(?:the\s+)?$/;

function span(body: string, s: { start: number; end: number }): Span {
  return { text: body.slice(s.start, s.end), start: s.start, end: s.end };
}
