import { sentences, type Segment } from '../../extract/context/segments.js';
import type { ArticleRecord, Event, EventDateSource, EventType, RegistryOfficial, Span } from '../../schema/index.js';
import { byDate } from '../../merge/bodies.js';
import type { OutputFolder } from '../read.js';

/** The sentence(s) that state a fact, with the fact's words marked (offsets into `text`), and the article they are from. */
export interface Evidence {
  article: string;
  text: string;
  marks: Array<[number, number]>;
}

export interface ArticleMeta { title: string | null; url: string | null; publishedAt: string | null }

export interface GradeFact { value: string; previous: string | null; scale: string; evidence: Evidence | null }

export interface ReportEvent {
  id: string;
  type: EventType;
  body: string;
  subject: string;
  date: string | null;
  endDate: string | null;
  dateSource: EventDateSource | null;
  reportPublished: string | null;
  grades: GradeFact[];
  officials: string[];
  /** Indices into ReportData.quotes. */
  quotes: number[];
  sources: Evidence[];
}

export interface ReportQuote { speaker: string | null; text: string; evidence: Evidence | null }

export interface ReportRole { role: string; organization: string | null; articles: string[]; evidence: Evidence | null }

export interface ReportOfficial { name: string; variants: string[]; roles: ReportRole[]; articles: string[]; bodies: string[]; types: EventType[] }

export interface ReportBody { id: string; name: string; variants: string[]; events: ReportEvent[] }

export interface ReportData {
  version: string;
  articles: Map<string, ArticleMeta>;
  /** By name; each body's events in date order, undated (year-less) ones last. */
  bodies: ReportBody[];
  officials: ReportOfficial[];
  quotes: ReportQuote[];
  types: EventType[];
}

/**
 * Everything report.html shows, with the evidence of each fact cut from its article's body: the
 * records are read once, one at a time, and only the sentences the facts cite are kept.
 */
export function reportData(folder: OutputFolder, version: string): ReportData {
  const articles = new Map<string, ArticleMeta>();
  const evidence = new EvidenceCollector(folder.events, folder.officials);
  for (const record of folder.records()) {
    articles.set(record.id, { title: record.title, url: record.url, publishedAt: record.publishedAt });
    evidence.add(record);
  }
  const quotes: ReportQuote[] = [];
  const events = new Map(folder.events.map((e): [string, ReportEvent] => [e.id, {
    id: e.id, type: e.type, body: e.body, subject: e.subject, date: e.date, endDate: e.endDate, dateSource: e.dateSource,
    reportPublished: e.reportPublished,
    grades: e.ratings.map((r) => ({ value: r.value, previous: r.previous, scale: r.scale, evidence: evidence.cited('grade', r) })),
    officials: e.officials.map((o) => o.name),
    quotes: e.quotes.map((q) => quotes.push({ speaker: q.speaker, text: q.text, evidence: evidence.cited('quote', q) }) - 1),
    sources: e.sources.map((s) => evidence.source(s.article, s.evidence)),
  }]));
  const involved = new Map<string, ReportEvent[]>();
  for (const e of events.values()) for (const name of e.officials) involved.set(name, [...(involved.get(name) ?? []), e]);
  return {
    version,
    articles,
    bodies: folder.bodies.map((b) => ({ id: b.id, name: b.name, variants: b.variants, events: b.events.map((id) => events.get(id)!).sort(byDate) })),
    officials: folder.officials.map((o) => {
      const theirs = [o.name, ...o.variants].flatMap((n) => involved.get(n) ?? []);
      return {
        name: o.name, variants: o.variants, articles: o.articles, roles: roles(o, evidence),
        bodies: unique(theirs.map((e) => e.body)), types: unique(theirs.map((e) => e.type)),
      };
    }),
    quotes,
    types: unique([...events.values()].map((e) => e.type)),
  };
}

/** Each distinct role and organisation once, with the articles that give it and the evidence of the first. */
function roles(o: RegistryOfficial, evidence: EvidenceCollector): ReportRole[] {
  const out = new Map<string, ReportRole>();
  for (const r of o.roles) {
    const key = `${r.role}|${r.organization}`;
    const role = out.get(key) ?? { role: r.role, organization: r.organization, articles: [], evidence: null };
    role.articles.push(r.article);
    out.set(key, role);
  }
  for (const role of out.values()) {
    role.articles = unique(role.articles);
    role.evidence = evidence.role(o, role.role, role.articles);
  }
  return [...out.values()];
}

const unique = <T extends string>(xs: readonly T[]): T[] => [...new Set(xs)].sort();

/** Facts that a record proves, keyed by what events.json and officials.json say of them. */
class EvidenceCollector {
  private readonly wanted: { sources: Set<string>; cited: Set<string>; officials: Map<string, RegistryOfficial> };
  private readonly found = new Map<string, Evidence>();

  constructor(events: readonly Event[], officials: readonly RegistryOfficial[]) {
    this.wanted = {
      sources: new Set(events.flatMap((e) => e.sources.map((s) => at(s.article, s.evidence)))),
      // grades and quotes as events.json cites them: article and offsets
      cited: new Set(events.flatMap((e) => [...e.ratings, ...e.quotes].map((x) => at(x.article, x)))),
      // the names a record may give each official, for the roles the registry took from that record
      officials: new Map(officials.flatMap((o) => [o.name, ...o.variants].map((n) => [n, o] as const))),
    };
  }

  add(record: ArticleRecord): void {
    let segments: Segment[] | null = null;
    const cut = (spans: Span[], marks: Span[]) => evidenceOf(record, (segments ??= sentences(record.body)), spans, marks);
    for (const e of record.events) {
      const key = at(record.id, e.evidence);
      if (!this.wanted.sources.has(key) || this.found.has(`source|${key}`)) continue;
      const mark: Span[] = e.trigger.start >= e.evidence.start && e.trigger.end <= e.evidence.end ? [e.trigger] : [];
      this.found.set(`source|${key}`, { article: record.id, text: e.evidence.text, marks: mark.map((m) => [m.start - e.evidence.start, m.end - e.evidence.start]) });
    }
    for (const r of record.ratings) {
      const key = at(record.id, r);
      if (this.wanted.cited.has(key)) this.found.set(`grade|${key}`, cut([r], [r]));
    }
    for (const q of record.quotes) {
      const key = at(record.id, q);
      if (!this.wanted.cited.has(key)) continue;
      // the attribution too, when it is near: the reader sees who said it
      const mention = q.speakerMention && Math.abs(q.speakerMention.start - q.start) < 400 ? [q.speakerMention] : [];
      this.found.set(`quote|${key}`, cut([q, ...mention], [q, ...mention]));
    }
    for (const o of record.officials) {
      const registered = this.wanted.officials.get(o.name);
      const first = o.mentions[0];
      if (!registered || !first) continue;
      for (const role of o.roles) {
        const key = `role|${registered.name}|${role}|${record.id}`;
        if (!this.found.has(key)) this.found.set(key, cut([first], [first]));
      }
    }
  }

  source(article: string, evidence: Span): Evidence {
    return this.found.get(`source|${at(article, evidence)}`) ?? { article, text: evidence.text, marks: [] };
  }

  /** The sentence of a grade or quote an event cites, by its article and offsets. */
  cited(kind: 'grade' | 'quote', fact: { article: string; start: number; end: number }): Evidence | null {
    return this.found.get(`${kind}|${at(fact.article, fact)}`) ?? null;
  }

  role(o: RegistryOfficial, role: string, articles: readonly string[]): Evidence | null {
    for (const a of articles) {
      const found = this.found.get(`role|${o.name}|${role}|${a}`);
      if (found) return found;
    }
    return null;
  }
}

const at = (article: string, span: { start: number; end: number }) => `${article}|${span.start}|${span.end}`;

/** The sentences covering every span, with the marks as offsets into their text. */
function evidenceOf(record: ArticleRecord, segments: readonly Segment[], spans: readonly Span[], marks: readonly Span[]): Evidence {
  let start = Math.min(...spans.map((s) => s.start)), end = Math.max(...spans.map((s) => s.end));
  for (const s of segments) {
    if (s.start <= start && start < s.end) start = s.start;
    if (s.start < end && end <= s.end) end = s.end;
  }
  return { article: record.id, text: record.body.slice(start, end), marks: marks.map((m) => [m.start - start, m.end - start]) };
}
