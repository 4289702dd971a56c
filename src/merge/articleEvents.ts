import type { ArticleRecord, DateMention, EventType, Rating, Span } from '../schema/index.js';
import { articleOrganisations } from '../extract/shared/organisations.js';
import { paragraphs, segmentAt, sentences, type Segment } from '../extract/shared/segments.js';
import { compareDates } from './dates.js';
import { subjectResolver, type Subject } from './subject.js';
import { INSPECTION_FAMILY, MAX_TRIGGER_DISTANCE, TRIGGERS } from './triggers.js';

/** An event as one article reports it, before the batch is merged. */
export interface ArticleEvent {
  article: string;
  subject: Subject;
  type: EventType;
  date: string | null;
  endDate: string | null;
  reportPublished: string | null;
  ratings: Array<{ value: string; previous: string | null; scale: string }>;
  /** The sentence that reports the event. */
  evidence: Span;
  /** Officials named, and quotes given, in the paragraph that reports the event. */
  officials: string[];
  quotes: Array<{ article: string; text: string; speaker: string | null }>;
  /** Years the article states, to place a year-less date in the right year when merging. */
  articleYears: number[];
}

interface Found { type: EventType; at: Span }

/** Events an article reports: graded inspections, and dated visits, meetings, publications, appointments. */
export function articleEvents(record: ArticleRecord): ArticleEvent[] {
  const sents = sentences(record.body);
  const hasInspectorate = articleOrganisations(record.body).inspectorate !== null;
  const triggers = findTriggers(record.body, hasInspectorate);

  const claimed = new Set<DateMention>();
  for (const rating of record.ratings) {
    const sentence = segmentAt(sents, rating.start)!;
    const date = record.dates.find((d) => d.value === rating.when && d.start >= sentence.start && d.end <= sentence.end);
    if (date) claimed.add(date);
  }
  const triggered: Array<{ date: DateMention; sentence: Segment; trigger: Found }> = [];
  for (const date of record.dates) {
    if (claimed.has(date) || date.value === null || !/^(\d{4}|XXXX)/.test(date.value)) continue;
    const sentence = segmentAt(sents, date.start);
    if (!sentence) continue;
    const trigger = nearestTrigger(triggers, date, sentence);
    if (trigger) triggered.push({ date, sentence, trigger });
  }
  // most articles report no event: the subject (a pass over every sentence) is only worked out for those that do
  if (!triggered.length && !record.ratings.length) return [];

  const subjects = subjectResolver(record);
  const articleYears = [...new Set(record.dates.flatMap((d) => (d.value && /^\d{4}/.test(d.value) && !d.implied.includes('year') ? [Number(d.value.slice(0, 4))] : [])))].sort();
  const base = { article: record.id, subject: subjects.article, reportPublished: null, articleYears, officials: [], quotes: [] };
  const events: ArticleEvent[] = triggered.map(({ date, sentence, trigger }) => ({ ...base, subject: subjects.of(sentence.text), type: trigger.type,
    date: dayOf(date.value), endDate: dayOf(date.endValue ?? null), ratings: [], evidence: span(record.body, sentence) }));
  addRatings(record, sents, events, base, subjects.of);
  const merged = attachPublication(mergeWithinSentence(events));
  return merged.map((e) => ({ ...e, ...participants(record, e.evidence) }));
}

function participants(record: ArticleRecord, evidence: Span): Pick<ArticleEvent, 'officials' | 'quotes'> {
  const para = paragraphs(record.body).find((p) => p.start <= evidence.start && evidence.start < p.end)!;
  const inside = (x: { start: number }) => x.start >= para.start && x.start < para.end;
  return {
    officials: record.officials.filter((o) => o.mentions.some(inside)).map((o) => o.name),
    quotes: record.quotes.filter(inside).map((q) => ({ article: record.id, text: q.text, speaker: q.speaker })),
  };
}

function findTriggers(body: string, hasInspectorate: boolean): Found[] {
  const found: Found[] = [];
  for (const t of TRIGGERS) {
    if (t.inspectorateOnly && !hasInspectorate) continue;
    for (const m of body.matchAll(t.pattern)) {
      const at = { text: m[0], start: m.index!, end: m.index! + m[0].length };
      if (!found.some((f) => f.at.start < at.end && at.start < f.at.end)) found.push({ type: t.type, at });
    }
  }
  return found;
}

function nearestTrigger(triggers: Found[], date: DateMention, sentence: Segment): Found | null {
  let best: Found | null = null, bestDistance = MAX_TRIGGER_DISTANCE + 1;
  for (const t of triggers) {
    if (t.at.start < sentence.start || t.at.end > sentence.end) continue;
    const distance = t.at.end <= date.start ? date.start - t.at.end : Math.max(0, t.at.start - date.end);
    if (distance < bestDistance) { best = t; bestDistance = distance; }
  }
  return best;
}

/** Grades join the inspection of their date; an undated grade joins the article's only inspection. */
function addRatings(record: ArticleRecord, sents: Segment[], events: ArticleEvent[], base: Omit<ArticleEvent, 'type' | 'date' | 'endDate' | 'ratings' | 'evidence'>,
  subjectOf: (text: string, phrase?: boolean) => Subject): void {
  const undated: Rating[] = [];
  for (const r of record.ratings) {
    // a credit agency's action is an announcement; every other grade comes from an inspection
    const type: EventType = r.scale === 'credit' ? 'announcement' : 'inspection';
    const sentence = segmentAt(sents, r.start)!;
    const own = subjectOf(r.subject ?? '', true);
    const subject = own === base.subject ? subjectOf(sentence.text) : own;
    const statesDate = record.dates.some((d) => d.start >= sentence.start && d.end <= sentence.end);
    // no date at all: the grade of the article's inspection; a date we could not anchor ('last year'
    // with no publication date): an inspection of its own, to be matched by grade across the batch
    if (r.when === null && !statesDate) { undated.push(r); continue; }
    const when = dayOf(r.when);
    let event = events.find((e) => e.type === type && e.date === when && e.subject.key === subject.key);
    if (!event) {
      event = { ...base, subject, type, date: when, endDate: null, ratings: [], evidence: span(record.body, sentence) };
      events.push(event);
    }
    addRating(event, r);
  }
  for (const r of undated) {
    const inspections = events.filter((e) => INSPECTION_FAMILY.has(e.type) && e.date !== null);
    const graded = inspections.filter((e) => e.type === 'inspection');
    const target = graded.length === 1 ? graded[0] : inspections.length === 1 ? inspections[0] : undefined;
    if (target) { addRating(target, r); continue; }
    const sentence = segmentAt(sents, r.start)!;
    const type: EventType = r.scale === 'credit' ? 'announcement' : 'inspection';
    let event = events.find((e) => e.type === type && e.date === null);
    if (!event) {
      event = { ...base, subject: subjectOf(sentence.text), type, date: null, endDate: null, ratings: [], evidence: span(record.body, sentence) };
      events.push(event);
    }
    addRating(event, r);
  }
}

function addRating(event: ArticleEvent, r: Rating): void {
  if (!event.ratings.some((x) => x.value === r.value)) event.ratings.push({ value: r.value, previous: r.previous, scale: r.scale });
}

/** Two dates of one kind in one sentence are one event over a span ('meetings on 29 September and … 30 September'). */
function mergeWithinSentence(events: ArticleEvent[]): ArticleEvent[] {
  const out: ArticleEvent[] = [];
  for (const e of events) {
    const twin = out.find((o) => o.type === e.type && o.evidence.start === e.evidence.start && o.date && e.date && o.ratings.length === 0 && e.ratings.length === 0);
    if (!twin) { out.push(e); continue; }
    const all = [twin.date!, twin.endDate, e.date!, e.endDate].filter((d): d is string => !!d).sort(compareDates);
    twin.date = all[0]!;
    twin.endDate = all[all.length - 1] !== all[0] ? all[all.length - 1]! : null;
  }
  return out;
}

/**
 * 'A report published today' is when the findings of an inspection came out, not an event of its
 * own: it goes to the inspection in the same sentence, or else the latest one before it.
 */
function attachPublication(events: ArticleEvent[]): ArticleEvent[] {
  const others = events.filter((e) => e.type !== 'report-published');
  const out = [...others];
  for (const p of events.filter((e) => e.type === 'report-published')) {
    const sameSentence = others.find((e) => e.evidence.start === p.evidence.start && INSPECTION_FAMILY.has(e.type));
    const before = others
      .filter((e) => INSPECTION_FAMILY.has(e.type) && e.date && p.date && compareDates(e.date, p.date) <= 0)
      .sort((a, b) => compareDates(b.date!, a.date!))[0];
    const target = sameSentence ?? before;
    if (target) target.reportPublished ??= p.date;
    else out.push(p);
  }
  return out;
}

/** Events are dated to the day: 'Monday night' (2024-03-04TNI) happened on 2024-03-04. */
function dayOf(value: string | null): string | null {
  return value ? value.split('T')[0]! : null;
}

function span(body: string, s: Segment): Span {
  return { text: body.slice(s.start, s.end), start: s.start, end: s.end };
}
