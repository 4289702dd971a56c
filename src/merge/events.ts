import type { Event, EventDateSource, EventType, Span } from '../schema/index.js';
import { compareDates, daysBefore, daysBetween, granularity, isDay, isWeek, monthsOfWeek, refines, seasonsOf, specificity, weekdayOf, weekOf, yearOf } from '../extract/dates/compare.js';
import { DECIDED_AT_MEETING, INSPECTION_FAMILY, PEOPLE_TYPES, POST_TYPES, REPORTING_DELAY_DAYS, TOLD_AS_ANOTHER } from '../extract/events/triggers.js';
import { push } from '../extract/shared/search.js';
import { UNKNOWN_SUBJECT } from '../extract/events/subject.js';
import { CATEGORY_OF, SPECULATIVE_GRADES } from '../extract/ratings/scales.js';

/** One article's report of an event, as the merge reads it (built from the record by reportedEvents). */
export interface ReportedEvent {
  article: string;
  subject: { key: string; label: string };
  type: EventType;
  date: string | null;
  endDate: string | null;
  dateSource: EventDateSource | null;
  /**
   * The weekday its date names, ISO (Monday 1): an undated 'on Tuesday' joins a report dated on such a day, and
   * a year-less 'Wednesday, February 1' takes the year in which that day is that weekday.
   */
  weekday: number | null;
  /** Who inspected, reported or acted (see ArticleEvent): an undated report joins that assessor's dated one. */
  assessor: string | null;
  /**
   * A legal event's step of its case (see COURT_STEPS), a departure's (see POST_STEPS): a report fits a cluster of its own step
   * best, and a change of post joins another day's only of its step.
   */
  step: string | null;
  /**
   * Dated by the date told with its grade ('inadequate last September'): when the verdict was given, which may be the day its
   * report came out rather than an inspection.
   */
  datedByGrade: boolean;
  /** Its grades, with their offsets in the article. */
  ratings: Array<{ value: string; previous: string | null; scale: string; start: number; end: number }>;
  evidence: Span;
  officials: Array<{ name: string; role: string | null }>;
  quotes: Array<{ text: string; speaker: string | null; start: number; end: number }>;
  /** Years the article states, to place a year-less date in the right year. */
  articleYears: number[];
  /** The article's publication date: an undated report tells of nothing later. */
  published: string | null;
  /** With no publication date, the day its page's related stories show it came out on or after (see ArticleRecord). */
  publishedAfter: string | null;
  /**
   * The words its article writes with a capital, lower-cased (one list shared by the article's reports): which bodies it
   * names, for a subject no other article gives (see bySubjectConsensus).
   */
  articleNames: readonly string[];
}

interface Cluster {
  members: ReportedEvent[];
  /** The most specific date of the members: what a less specific report must agree with. */
  date: string | null;
  /** The last day of its first report's span, when that is a short one of days (see spanDays): reports dated within it are of it. */
  end: string | null;
  grades: Set<string>;
  /** Who its reports name: what an undated report of an appointment or departure must share. */
  officials: Set<string>;
  /** The assessors its reports name: what an undated report with no grades must share. */
  assessors: Set<string>;
}

/**
 * The clusters of one subject and type family, indexed by every less precise form of their date
 * ('2022-07-14' under '2022-07-14', '2022-07', '2022', 'XXXX-07-14', 'XXXX-07', its week '2022-W28'): an event then meets
 * exactly the clusters whose date refines its own, or, when it has no date, those that share a grade
 * with it. The merge grows with the batch, not with its square.
 */
class Block {
  private readonly byDate = new Map<string, Cluster[]>();
  private readonly byGrade = new Map<string, Cluster[]>();
  private readonly byOfficial = new Map<string, Cluster[]>();
  private readonly byWeekday = new Map<number, Cluster[]>();
  private readonly byAssessor = new Map<string, Cluster[]>();

  /** Every cluster of the block: what an undated meeting naming no one may be. */
  readonly all: Cluster[] = [];

  add(c: Cluster): void {
    this.all.push(c);
    // (news dated by its publication day, also by the periods of the days it may report: see reportsOn)
    const news = c.members[0]!.dateSource === 'publication' && c.date !== null ? newsPeriods(c.date) : [];
    for (const key of new Set([...[c.date, ...spanDays(c.date, c.end)].flatMap(generalisations), ...news])) push(this.byDate, key, c);
    const day = weekdayOf(c.date);
    if (day !== null) push(this.byWeekday, day, c);
    for (const g of c.grades) push(this.byGrade, g, c);
    for (const o of c.officials) push(this.byOfficial, o, c);
    for (const a of c.assessors) push(this.byAssessor, a, c);
  }

  /** Indexes the grades and officials a new member brought. */
  joined(c: Cluster, e: ReportedEvent): void {
    for (const g of e.ratings.map((r) => gradeKey(r.value))) if (!c.grades.has(g)) { c.grades.add(g); push(this.byGrade, g, c); }
    for (const o of e.officials) if (!c.officials.has(o.name)) { c.officials.add(o.name); push(this.byOfficial, o.name, c); }
    if (e.assessor !== null && !c.assessors.has(e.assessor)) { c.assessors.add(e.assessor); push(this.byAssessor, e.assessor, c); }
  }

  candidates(e: ReportedEvent): Cluster[] {
    if (e.date === null) {
      const byGrade = e.ratings.flatMap((r) => matchingKeys(r).flatMap((g) => this.byGrade.get(g) ?? []));
      const byOfficial = PEOPLE_TYPES.has(e.type) ? e.officials.flatMap((o) => this.byOfficial.get(o.name) ?? []) : [];
      const byWeekday = e.weekday !== null ? this.byWeekday.get(e.weekday) ?? [] : [];
      const byAssessor = e.assessor !== null && !e.ratings.length ? this.byAssessor.get(e.assessor) ?? [] : [];
      const meetings = undatedMeeting(e) ? this.all : [];
      return [...new Set([...byGrade, ...byOfficial, ...byWeekday, ...byAssessor, ...meetings])];
    }
    const dates = e.dateSource !== 'publication' ? [e.date, ...spanDays(e.date, e.endDate)] : newsPeriods(e.date);
    const byDate = [...new Set(dates.flatMap((d) => this.byDate.get(d) ?? []))];
    if (!POST_TYPES.has(e.type) || !e.officials.length) return byDate;
    return [...new Set([...byDate, ...e.officials.flatMap((o) => this.byOfficial.get(o.name) ?? [])])];
  }
}

/** Kinds of event the merge compares: an inspection and a monitoring visit are one family, a meeting and what it decided another. */
const familyOf = (type: EventType) => (INSPECTION_FAMILY.has(type) ? 'inspection' : DECIDED_AT_MEETING.has(type) ? 'session' : type);

/**
 * A meeting and a departure or appointment of the body on the same day are one event told two ways ('councillors
 * voted last night to suspend' and 'was suspended on 21 September'), as they are within one article.
 */
function decidedAtMeeting(c: Cluster, e: ReportedEvent): boolean {
  const meeting = e.type === 'meeting' || c.members.some((m) => m.type === 'meeting');
  return meeting && DECIDED_AT_MEETING.has(e.type) && e.date !== null && isDay(e.date) && c.date === e.date;
}

/**
 * How far apart two days of one change of post may be: a resignation and the day it takes effect, an appointment announced
 * and the day it starts ('announced her resignation on Wednesday' and 'will leave on 31 January'), which outlets date by
 * either; a retirement is often announced three months ahead.
 */
const POST_CHANGE_DAYS = 120;

/**
 * The day a change of post told on several days is placed on: the one most of its reports give (a stand-in 'to serve as
 * acting mayor' from the day the mayor leaves in one outlet, sworn in three days later in two); the cluster's own when
 * none is told more often.
 */
function dayMostTold(c: Cluster): string | null {
  if (!POST_TYPES.has(c.members[0]!.type) || c.date === null || !isDay(c.date)) return c.date;
  const counts = new Map<string, number>();
  for (const m of c.members) if (m.date !== null && isDay(m.date)) counts.set(m.date, (counts.get(m.date) ?? 0) + 1);
  let best = c.date;
  for (const [day, n] of counts) if (n > counts.get(best)!) best = day;
  return best;
}

/** A change of post of the same person and step as the cluster's, dated within POST_CHANGE_DAYS of it (see above). */
function samePostChange(c: Cluster, e: ReportedEvent): boolean {
  const head = c.members[0]!;
  if (!POST_TYPES.has(e.type) || head.type !== e.type || head.step !== e.step || !e.officials.some((o) => c.officials.has(o.name))) return false;
  return (daysBetween(c.date, e.date) ?? Infinity) <= POST_CHANGE_DAYS;
}

/** Two dates of one known month ('2024-05', '2024-05-14'). */
const sameMonth = (a: string, b: string | null) => /^\d{4}-\d\d/.test(a) && b !== null && /^\d{4}-\d\d/.test(b) && a.slice(0, 7) === b.slice(0, 7);

/** The days news dated by its publication day may report: that day and the week before it (a weekly's news). */
const newsDays = (date: string) => daysBefore(date, REPORTING_DELAY_DAYS);
/** Those days, the weeks that hold them and the publication day's month: the dates of the events such news may report. */
const newsPeriods = (date: string) => { const days = newsDays(date); return [...days, date.slice(0, 7), ...new Set(days.flatMap((d) => weekOf(d) ?? []))]; };
/**
 * News dated by its publication day reports an event of one of its days, of a week that holds one ('The report was published
 * last week' in one outlet, 'has received an excellent report' as the day's news in another), whichever came first, or of its
 * own month (a month before it is more likely a step of its own: a notice issued in October, published in November).
 */
const reportsOn = (date: string, event: string | null) => event !== null
  && (granularity(event) === 2 ? refines(date, event) : newsDays(date).some((d) => d === event || (isWeek(event) && refines(d, event))));

/** The longest span of days a report's event is compared over ('an inspection from 28 April to 8 May'); a longer one is a period, not a visit. */
const MAX_SPAN_DAYS = 31;

/** The days from a day to its end day, both of a known year and at most MAX_SPAN_DAYS apart; none otherwise. */
function spanDays(date: string | null, end: string | null): string[] {
  const day = /^\d{4}-\d\d-\d\d$/;
  if (date === null || end === null || !day.test(date) || !day.test(end) || end <= date) return [];
  const days = daysBetween(date, end)!;
  return days <= MAX_SPAN_DAYS ? daysBefore(end, days) : [];
}

/**
 * A report dated within the span of the cluster's event, or whose span takes in the cluster's date: 'from 28 April to 8 May'
 * and 'earlier this month' in May; 'on 13 and 14 August' and 'two days after the inspection ended' on the 14th.
 */
function withinSpan(c: Cluster, e: ReportedEvent): boolean {
  const ours = spanDays(c.date, c.end), theirs = spanDays(e.date, e.endDate);
  if (!ours.length && !theirs.length) return false;
  const a = ours.length ? ours : [c.date], b = theirs.length ? theirs : [e.date];
  return b.some((d) => a.some((x) => refines(x, d) || refines(d, x)));
}

/** A meeting its article tells with no date at all, no grade and no one named ('the meeting of the Pay Committee'). */
const undatedMeeting = (e: ReportedEvent) => e.type === 'meeting' && e.date === null && e.dateSource === null && !e.ratings.length && !e.officials.length;

/** The dates a date refines (itself included), as refines() in dates.ts reads them. */
function generalisations(date: string | null): string[] {
  if (date === null) return [];
  const m = /^(\d{4}|XXXX)(?:-(\d\d))?(?:-(\d\d))?$/.exec(date);
  if (!m) return [date, ...(/^\d{4}-(?:SP|SU|FA|WI)$/.test(date) ? [`XXXX${date.slice(4)}`] : []), ...(/^\d{4}/.test(date) ? [date.slice(0, 4)] : [])];
  const [, year, month, day] = m;
  const forms = [year!];
  if (month) forms.push(`${year}-${month}`);
  if (day) forms.push(`${year}-${month}-${day}`);
  if (year !== 'XXXX' && month) forms.push(`XXXX-${month}`, ...(day ? [`XXXX-${month}-${day}`] : []));
  const week = weekOf(date);
  return [...forms, ...(week ? [week] : []), ...seasonsOf(date)];
}

/** Grades compared across reports: 'AAA' and 'Aaa' are the same letters, written by different agencies' house styles. */
const gradeKey = (value: string) => value.toLowerCase();
const JUNK = 'junk';
const SPECULATIVE_KEYS = [...SPECULATIVE_GRADES].map(gradeKey);
/** Each category's grade and the categories of each grade (see CATEGORY_OF), by key. */
const CATEGORY_KEYS = new Map<string, string[]>();
for (const [category, grade] of CATEGORY_OF) { push(CATEGORY_KEYS, gradeKey(category), gradeKey(grade)); push(CATEGORY_KEYS, gradeKey(grade), gradeKey(category)); }
/**
 * The grades of a cluster that agree with a report's: its own, a category and the grade it is one of ('special measures'
 * and 'inadequate'), and between 'junk' (a report giving no code) and a code below investment grade; two different codes
 * do not agree through 'junk'.
 */
function matchingKeys(r: ReportedEvent['ratings'][number]): string[] {
  const key = gradeKey(r.value);
  if (key === JUNK) return [JUNK, ...SPECULATIVE_KEYS];
  return r.scale === 'credit' && SPECULATIVE_GRADES.has(r.value) ? [key, JUNK] : [key, ...CATEGORY_KEYS.get(key) ?? []];
}
const sharedGrades = (c: Cluster, e: ReportedEvent) =>
  new Set(e.ratings.filter((r) => matchingKeys(r).some((g) => c.grades.has(g))).map((r) => gradeKey(r.value))).size;


/**
 * One record per real-world event. Events are visited in a canonical order (most specific date
 * first), so the result does not depend on the order of the input. A report joins a cluster when
 * subject, type and grades agree and the cluster's date refines its own; when several clusters fit,
 * it joins the best one only if that one is better than the rest, else it stays apart.
 */
export function mergeEvents(events: readonly ReportedEvent[]): Event[] {
  const ordered = withBatchYears(bySubjectConsensus(events)).sort(canonicalOrder);
  const clusters: Cluster[] = [];
  // blocking: an event is only compared with clusters of its own subject and type family
  const blocks = new Map<string, Block>();
  for (const e of ordered) {
    const key = `${e.subject.key}|${familyOf(e.type)}`;
    let block = blocks.get(key);
    if (!block) blocks.set(key, (block = new Block()));
    let best = bestFit(block.candidates(e), e);
    let into = block;
    // (a grade dated by its month that no inspection takes is the verdict a report gave that month: 'inadequate last September')
    const reports = !best && e.datedByGrade && e.date !== null && INSPECTION_FAMILY.has(e.type) ? blocks.get(`${e.subject.key}|report-published`) : undefined;
    if (reports) { best = bestFit(reports.candidates(e), e); into = reports; }
    if (best) {
      best.members.push(e);
      into.joined(best, e);
    } else {
      const c: Cluster = { members: [e], date: e.date, end: spanDays(e.date, e.endDate).length ? e.endDate : null, grades: new Set(e.ratings.map((r) => gradeKey(r.value))), officials: new Set(e.officials.map((o) => o.name)),
        assessors: new Set(e.assessor !== null ? [e.assessor] : []) };
      clusters.push(c);
      block.add(c);
    }
  }
  for (const c of clusters) c.date = dayMostTold(c);
  foldToldAsAnother(clusters);
  // an undated report that joined no dated one cannot be placed on a timeline or told apart from any other
  // report of that body: it stays in its article's record, not among the batch's events
  const years = bodyYears(clusters);
  const dated = clusters.flatMap((c): Placed[] => {
    const when = placed(c, years.get(c.members[0]!.subject.key) ?? null);
    return when ? [{ ...c, ...when }] : [];
  });
  const published = reportDates(dated);
  return assignIds(dated.map((c) => toEvent(c, published.get(c) ?? null))).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A record of a body and day that some outlets tell as another type of event (see TOLD_AS_ANOTHER) joins the body's one
 * record of that day it may tell of, and takes the type told by more articles (on a tie, the more specific one). With
 * two such records that day, which one it tells is not known: it stays apart. Removes the folded clusters in place.
 */
function foldToldAsAnother(clusters: Cluster[]): void {
  const byDay = new Map<string, Cluster[]>();
  for (const c of clusters) if (c.date !== null && isDay(c.date)) push(byDay, `${c.members[0]!.subject.key}|${c.date}`, c);
  const folded = new Set<Cluster>();
  const articles = (c: Cluster) => new Set(c.members.map((m) => m.article)).size;
  for (const day of byDay.values()) {
    if (day.length < 2) continue;
    for (const from of day) {
      const keeps = new Set(TOLD_AS_ANOTHER.filter((p) => p.folds === from.members[0]!.type).map((p) => p.keeps));
      const into = day.filter((c) => !folded.has(c) && keeps.has(c.members[0]!.type));
      // two assessors' steps are two events (as in compatible)
      if (into.length !== 1 || [...from.assessors].some((a) => into[0]!.assessors.size > 0 && !into[0]!.assessors.has(a))) continue;
      const c = into[0]!;
      c.members = articles(from) > articles(c) ? [...from.members, ...c.members] : [...c.members, ...from.members];
      for (const g of from.grades) c.grades.add(g);
      for (const o of from.officials) c.officials.add(o);
      for (const a of from.assessors) c.assessors.add(a);
      folded.add(from);
    }
  }
  if (folded.size) clusters.splice(0, clusters.length, ...clusters.filter((c) => !folded.has(c)));
}

/**
 * A report whose subject no other article gives (a chief's former employer, the state a town is in, a panel, or none found)
 * is told of the body other articles report an event of its kind and date for, when its own article names that body too
 * and tells no event of it that day: outlets agree on whom an event befell more often than one reading of one outlet is
 * right. With two such bodies it keeps its own; a body told by one article only wins over another such only when that
 * other's article does not name it back, or is what it is part of. Reports with grades keep their own subject unless they
 * share a grade.
 */
function bySubjectConsensus(events: readonly ReportedEvent[]): ReportedEvent[] {
  const articlesOf = new Map<string, Set<string>>();
  for (const e of events) (articlesOf.get(e.subject.key) ?? articlesOf.set(e.subject.key, new Set()).get(e.subject.key)!).add(e.article);
  const told = (key: string) => (key === UNKNOWN_SUBJECT ? 1 : articlesOf.get(key)!.size);
  // (indexed by kind and month: the dates compared are of a month or a day)
  const monthKey = (e: ReportedEvent, date: string) => `${familyOf(e.type)}|${date.slice(0, 7)}`;
  const byMonth = new Map<string, ReportedEvent[]>();
  const byArticle = new Map<string, ReportedEvent[]>();
  for (const e of events) {
    if (e.date !== null && /^\d{4}-\d\d/.test(e.date)) push(byMonth, monthKey(e, e.date), e);
    push(byArticle, e.article, e);
  }
  const near = (e: ReportedEvent) => [...new Set([e.date!, ...(e.dateSource === 'publication' && isDay(e.date!) ? newsDays(e.date!) : [])]
    .map((d) => monthKey(e, d)))].flatMap((k) => byMonth.get(k) ?? []);
  // (a key that opens with another body's names a part of it: 'New Mexico State Treasurer's Office' of 'New Mexico')
  const partOf = (part: string, whole: string) => part.startsWith(`${whole} `);
  const names = (e: ReportedEvent, key: string) => key !== UNKNOWN_SUBJECT && key.split(' ').every((w) => e.articleNames.includes(w));
  const sameWhen = (e: ReportedEvent, f: ReportedEvent) => e.date !== null && f.date !== null && /^\d{4}-\d\d/.test(e.date) && /^\d{4}-\d\d/.test(f.date)
    && (refines(e.date, f.date) || refines(f.date, e.date) || (e.dateSource === 'publication' && reportsOn(e.date, f.date)));
  const sharesGrade = (e: ReportedEvent, f: ReportedEvent) => !e.ratings.length || !f.ratings.length || e.ratings.some((r) => matchingKeys(r).some((k) => f.ratings.some((q) => gradeKey(q.value) === k)));
  return events.map((e) => {
    if (told(e.subject.key) > 1 || e.date === null || !/^\d{4}-\d\d/.test(e.date)) return e;
    const others = near(e).filter((f) => f.article !== e.article && f.subject.key !== e.subject.key && sameWhen(e, f) && sharesGrade(e, f)
      && names(e, f.subject.key) && (told(f.subject.key) > 1 || !names(f, e.subject.key) || partOf(e.subject.key, f.subject.key)));
    const keys = new Set(others.map((f) => f.subject.key));
    if (keys.size !== 1) return e;
    const [key] = keys;
    // an article that tells an event of that body that day tells two bodies' events
    if (byArticle.get(e.article)!.some((x) => x.subject.key === key && familyOf(x.type) === familyOf(e.type) && sameWhen(e, x))) return e;
    return { ...e, subject: others.find((f) => f.subject.key === key)!.subject };
  });
}

/**
 * A year-less date ('on 7 and 8 March', in an article with no publication date) takes the year of the
 * batch's reports of the same body and kind in that month ('inspected in March 2023'), when they give one
 * year only and nothing its own article says (a related story's date) puts it in another; the later months
 * of that article's story then take that year too.
 */
function withBatchYears(events: readonly ReportedEvent[]): ReportedEvent[] {
  const familyKey = (e: ReportedEvent, month: string) => `${e.subject.key}|${familyOf(e.type)}|${month}`;
  const years = new Map<string, Array<{ year: string; date: string }>>();
  for (const e of events) if (e.date && /^\d{4}-\d\d/.test(e.date) && e.dateSource !== 'publication') push(years, familyKey(e, e.date.slice(5, 7)), { year: e.date.slice(0, 4), date: e.date });
  const inYear = (e: ReportedEvent, year: string): ReportedEvent => {
    const put = (d: string | null) => (d?.startsWith('XXXX') ? year + d.slice(4) : d);
    return { ...e, date: put(e.date), endDate: put(e.endDate), dateSource: 'context' };
  };
  const byBatch = events.map((e) => {
    if (!e.date || !/^XXXX-\d\d/.test(e.date) || e.published) return e;
    const fits = (years.get(familyKey(e, e.date.slice(5, 7))) ?? [])
      .filter((d) => { const own = d.year + e.date!.slice(4); return refines(own, d.date) || refines(d.date, own); });
    const found = new Set(fits.map((d) => d.year));
    if (found.size !== 1) return e;
    const [year] = found;
    if (e.publishedAfter && Number(e.publishedAfter.slice(0, 4)) > Number(year) + 1) return e;
    return inYear(e, year!);
  });
  // the rest of such an article's story goes on in the year found ('inspected on August 14 … re-rated on October 9'):
  // a later month of it takes that year, one earlier may be the next year's
  const storyYears = new Map<string, Array<{ year: string; month: string }>>();
  byBatch.forEach((e, i) => { if (e !== events[i] && e.date) push(storyYears, e.article, { year: e.date.slice(0, 4), month: e.date.slice(5, 7) }); });
  return byBatch.map((e) => {
    if (!e.date?.startsWith('XXXX-') || e.published) return e;
    const story = storyYears.get(e.article) ?? [];
    const found = new Set(story.map((d) => d.year));
    return found.size === 1 && story.every((d) => d.month <= e.date!.slice(5, 7)) ? inYear(e, [...found][0]!) : e;
  });
}

/**
 * A cluster's dates, null when it has none. A year-less date ('XXXX-07') takes its year from the
 * earliest publication date among its reports, as the latest such month or day not after it (news
 * tells what has happened); with no report dated, a day given with its weekday ('Wednesday, February 1')
 * takes the first year, from the latest the batch states for its body, in which that day is that
 * weekday (the story moves forward); else it stays year-less.
 */
function placed(c: Cluster, bodyYear: number | null): { date: string; endDate: string | null; dateSource: EventDateSource | null } | null {
  const head = c.members[0]!;
  if (c.date === null) return null;
  // a week ('published this week') that met no day of it reported elsewhere is filed by its months, which sort and filter with
  // every other date of the timeline ('2024-W23' sorts after '2024-12'); the records keep the week
  const months = isWeek(c.date) ? monthsOfWeek(c.date) : null;
  if (months) return { date: months[0], endDate: months[0] === months[1] ? null : months[1], dateSource: head.dateSource };
  const year = c.date.startsWith('XXXX') ? yearPublished(c) ?? yearAfter(c) ?? yearOfWeekday(c, bodyYear) : null;
  if (year === null) return { date: c.date, endDate: head.endDate, dateSource: head.dateSource };
  const inYear = (d: string | null) => (d?.startsWith('XXXX') ? `${year}${d.slice(4)}` : d);
  return { date: inYear(c.date)!, endDate: inYear(head.endDate), dateSource: 'context' };
}

/** The year of a year-less cluster's date by its earliest dated report: the latest such date not after it. */
function yearPublished(c: Cluster): number | null {
  const published = c.members.map((m) => m.published).filter((p): p is string => !!p && /^\d{4}-\d\d/.test(p)).sort(compareDates)[0];
  if (!published) return null;
  const year = Number(published.slice(0, 4));
  return compareDates(`${year}${c.date!.slice(4)}`, published) > 0 ? year - 1 : year;
}

/**
 * With no report dated, the year of a year-less date by the latest day its reports' pages show they came out
 * on or after (their related stories' dates): the first such date not before it (news tells what is recent),
 * or one of that year up to RELATED_GRACE_DAYS before it (a related story may be the first coverage of the event).
 */
function yearAfter(c: Cluster): number | null {
  const after = c.members.map((m) => m.publishedAfter).filter((p): p is string => p !== null).sort(compareDates).pop();
  if (!after) return null;
  const year = Number(after.slice(0, 4));
  const inYear = `${year}${c.date!.slice(4)}`;
  // compared at the date's own precision ('December' is not before 2 December), from its last possible day
  const last = inYear.length === 10 ? inYear : inYear.length === 7 ? `${inYear}-28` : `${inYear}-12-31`;
  return (Date.parse(after) - Date.parse(last)) / DAY_MS > RELATED_GRACE_DAYS ? year + 1 : year;
}
const RELATED_GRACE_DAYS = 60;
const DAY_MS = 86_400_000;

/** How far from the body's latest year a weekday's year is looked for: every day meets every weekday within seven years. */
const WEEKDAY_YEARS = 7;

/** The first year from the body's latest in which a year-less day falls on the weekday its report names. */
function yearOfWeekday(c: Cluster, bodyYear: number | null): number | null {
  const m = /^XXXX-(\d\d)-(\d\d)$/.exec(c.date!);
  const weekday = c.members.find((x) => x.date === c.date && x.weekday !== null)?.weekday;
  if (!m || !weekday || bodyYear === null) return null;
  for (let y = bodyYear; y < bodyYear + WEEKDAY_YEARS; y++) if (weekdayOf(`${y}-${m[1]}-${m[2]}`) === weekday) return y;
  return null;
}

/** The latest year each body's events are dated in across the batch. */
function bodyYears(clusters: readonly Cluster[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of clusters) {
    const year = yearOf(c.date);
    const key = c.members[0]!.subject.key;
    if (year !== null && year > (out.get(key) ?? -Infinity)) out.set(key, year);
  }
  return out;
}

function canonicalOrder(a: ReportedEvent, b: ReportedEvent): number {
  return specificity(b.date) - specificity(a.date)
    // a date the text states leads one that is only the publication day
    || Number(a.dateSource === 'publication') - Number(b.dateSource === 'publication')
    // of undated reports, the one with more grades is placed first: it says more about which event it tells
    || b.ratings.length - a.ratings.length
    || cmp(a.subject.key, b.subject.key) || cmp(a.date ?? '', b.date ?? '') || cmp(a.type, b.type)
    // content before names: renaming the files must not change which report leads a cluster
    || cmp(a.evidence.text, b.evidence.text) || cmp(a.article, b.article) || a.evidence.start - b.evidence.start;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A grade dated by its month (see ReportedEvent.datedByGrade) and a report of that body that gave the same grade. */
const verdictOfReport = (c: Cluster, e: ReportedEvent) => e.datedByGrade && c.members[0]!.type === 'report-published' && sharedGrades(c, e) > 0;

function compatible(c: Cluster, e: ReportedEvent): boolean {
  const head = c.members[0]!;
  if (head.subject.key !== e.subject.key) return false;
  // two assessors' actions are two events ('S&P cut it to A, and Fitch to A-' the same day)
  if (e.assessor !== null && c.assessors.size > 0 && !c.assessors.has(e.assessor)) return false;
  if (head.type !== e.type && !(INSPECTION_FAMILY.has(head.type) && INSPECTION_FAMILY.has(e.type)) && !decidedAtMeeting(c, e) && !verdictOfReport(c, e)) return false;
  const dated = e.dateSource === 'publication' && e.date !== null ? reportsOn(e.date, c.date)
    : refines(c.date, e.date) || withinSpan(c, e) || (head.dateSource === 'publication' && c.date !== null && reportsOn(c.date, e.date));
  if (!dated && !samePostChange(c, e)) return false;
  const shared = sharedGrades(c, e);
  // (an inspectorate's report of the same day is the same report, whatever part of its verdict each outlet tells: 'good
  // overall' and 'outstanding for adult learning'; two credit codes of one day are two ratings)
  // (nor a month's and a day of it: 'rated requires improvement in May' is the inspection whose leadership was 'good' on
  // 14 May; two reports of one month with other grades may be two services' verdicts)
  if (e.date !== null) {
    return c.grades.size === 0 || e.ratings.length === 0 || shared > 0
      || (e.type !== 'rating-action' && (e.date === c.date ? isDay(e.date) : sameMonth(e.date, c.date)));
  }
  // an undated report tells of nothing after its article was published
  if (e.published && c.date && /^\d{4}/.test(c.date) && compareDates(c.date, e.published) > 0) return false;
  // 'on Tuesday' that its article could not place is a report of that body's event of that kind dated on a Tuesday
  // (when two such fit, the merge's best-fit rule leaves it apart)
  if (e.weekday !== null && weekdayOf(c.date) === e.weekday) return c.grades.size === 0 || e.ratings.length === 0 || shared > 0;
  // an appointment or departure told with no date is the one of the same person; a meeting told with no date at
  // all and no one named, the body's meeting (when the body has one only, the best-fit rule leaves it apart
  // otherwise); one told with a date its article could not place ('last night') may be any other
  if (undatedMeeting(e)) return true;
  if (PEOPLE_TYPES.has(e.type) && !e.ratings.length) return e.officials.some((o) => c.officials.has(o.name));
  // a report told with no date and no grade ('after a report by the auditor') is that assessor's report on the body
  if (!e.ratings.length) return e.assessor !== null && c.assessors.has(e.assessor);
  // and needs grades the cluster gave: at least half of its own ('good in one area, inadequate in two' is not
  // the report that found the force inadequate in all), or the same first grade, the one a report leads with
  // (an overall 'inadequate', then the areas' grades)
  const lead = (x: ReportedEvent) => (x.ratings[0] ? gradeKey(x.ratings[0].value) : null);
  return shared > 0 && (shared * 2 >= new Set(e.ratings.map((r) => gradeKey(r.value))).size || lead(e) === lead(c.members[0]!));
}

/**
 * The cluster a report joins: the best fit, and only if it is better than the runner-up (found in one pass); null when
 * none fits or two fit as well.
 */
function bestFit(candidates: readonly Cluster[], e: ReportedEvent): Cluster | null {
  let best: Cluster | null = null, bestScore = -Infinity, secondScore = -Infinity;
  for (const c of candidates) {
    // an undated report its article kept apart from its dated one of that kind is another event ('a damning
    // report four years ago' beside this year's): it joins no cluster its article is already in
    if (e.date === null && c.members.some((m) => m.article === e.article)) continue;
    if (!compatible(c, e)) continue;
    const score = fit(c, e);
    if (score > bestScore) { secondScore = bestScore; best = c; bestScore = score; }
    else if (score > secondScore) secondScore = score;
  }
  return bestScore > secondScore ? best : null;
}

/** Same type, same precision, shared grades, the weekday an undated report names, and (for a year-less date) a year near the years the article states. */
function fit(c: Cluster, e: ReportedEvent): number {
  const head = c.members[0]!;
  // the more grades a report shares with a cluster, the likelier it tells that grading
  let score = (head.type === e.type ? 2 : 0) + (granularity(head.date) === granularity(e.date) ? 1 : 0) + sharedGrades(c, e) / 10
    + (e.step !== null && head.step === e.step ? 1 : 0);
  // an undated report's weekday ('Monday night') that the cluster's day falls on says more than its grades
  if (e.date === null && e.weekday !== null && weekdayOf(c.date) === e.weekday) score += 1;
  const year = yearOf(c.date);
  if (year !== null && e.date?.startsWith('XXXX') && e.articleYears.length) score -= Math.min(...e.articleYears.map((y) => Math.abs(y - year))) / 10;
  return score;
}

/**
 * When each inspection's findings came out: the earliest report on the same body, told by an article
 * that also tells the inspection, dated on or after it. Reports are indexed by body, so this stays
 * linear in the batch.
 */
function reportDates(clusters: readonly Cluster[]): Map<Cluster, string> {
  const reports = new Map<string, Cluster[]>();
  for (const r of clusters) if (r.members[0]!.type === 'report-published' && r.date !== null) push(reports, r.members[0]!.subject.key, r);
  const out = new Map<Cluster, string>();
  for (const c of clusters) {
    const head = c.members[0]!;
    if (!INSPECTION_FAMILY.has(head.type) || c.date === null) continue;
    const articles = new Set(c.members.map((m) => m.article));
    const first = (reports.get(head.subject.key) ?? [])
      .filter((r) => compareDates(r.date!, c.date!) >= 0 && r.members.some((m) => articles.has(m.article)))
      .map((r) => r.date!).sort(compareDates)[0];
    if (first) out.set(c, first);
  }
  return out;
}

/** A cluster placed on the timeline (see placed). */
type Placed = Cluster & { date: string; endDate: string | null; dateSource: EventDateSource | null };

function toEvent(c: Placed, reportPublished: string | null): Omit<Event, 'id'> {
  const head = c.members[0]!;
  const labels = tally(c.members.map((m) => m.subject.label));
  const assessors = c.members.flatMap((m) => (m.assessor !== null ? [m.assessor] : []));
  const cited = <T extends { start: number; end: number }>(m: ReportedEvent, x: T) => ({ article: m.article, ...x });
  // a grade reported with its previous grade ('from X to Y') says more than the same grade alone
  const ratings = uniqueBy(c.members.flatMap((m) => m.ratings.map((r) => cited(m, r))).sort((a, b) => Number(!!b.previous) - Number(!!a.previous)), (r) => r.value)
    .map(({ value, previous, scale, article, start, end }) => ({ value, previous, scale, article, start, end }));
  const quotes = uniqueBy(c.members.flatMap((m) => m.quotes.map((q) => cited(m, q))), (q) => `${q.speaker}|${q.text.replace(/\W+/g, ' ').trim().toLowerCase()}`)
    .map(({ article, text, speaker, start, end }) => ({ article, text, speaker, start, end }));
  // each official once, with a role where a report gives one
  const officials = uniqueBy(c.members.flatMap((m) => m.officials.map((o) => ({ ...o, article: m.article }))).sort((a, b) => Number(!!b.role) - Number(!!a.role)), (o) => o.name)
    .sort((a, b) => cmp(a.name, b.name));
  return {
    type: head.type,
    body: head.subject.key,
    subject: labels,
    date: c.date,
    endDate: c.endDate,
    dateSource: c.dateSource,
    assessor: assessors.length ? tally(assessors) : null,
    reportPublished,
    ratings,
    officials,
    quotes,
    sources: uniqueBy(c.members, (m) => m.article).map((m) => ({ article: m.article, evidence: m.evidence })).sort((a, b) => cmp(a.article, b.article)),
  };
}

function assignIds(events: Array<Omit<Event, 'id'>>): Event[] {
  const used = new Map<string, number>();
  return events.map((e) => {
    const base = [e.type, slug(e.subject), e.date ?? 'undated'].join('-');
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, ...e };
  });
}

function slug(s: string): string {
  return s.toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
}

/** The most frequent value, ties broken alphabetically so the choice is reproducible. */
function tally(xs: string[]): string {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return byUse(counts)[0]!;
}

/**
 * Names by how often reports use them; of names used as often, the one of more words first (a body's full
 * name, 'Westshire Hospitals NHS Trust', over a site or a short form of it), then alphabetically, so the choice is reproducible.
 */
export function byUse(counts: ReadonlyMap<string, number>): string[] {
  const words = (n: string) => n.split(' ').length;
  return [...counts].sort((a, b) => b[1] - a[1] || words(b[0]) - words(a[0]) || cmp(a[0], b[0])).map(([n]) => n);
}

function uniqueBy<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
}

