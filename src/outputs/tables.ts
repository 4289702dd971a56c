import type { ArticleRecord, Event, RegistryOfficial } from '../schema/index.js';
import { OutputFolderError, type OutputFolder } from './read.js';

/**
 * The batch as relational tables, one per entity, in the layout Datasette users expect: an integer or
 * natural `id`, single-column foreign keys named `<table>_id`, lists of names as JSON arrays. The
 * SQLite and CSV writers both read these definitions and rows, so the two cannot drift apart.
 */
export type Value = string | number | null;
export type Row = Record<string, Value>;

export type TableName = 'articles' | 'dates' | 'ratings' | 'officials' | 'official_roles' | 'quotes' | 'bodies' | 'events' | 'event_sources'
  | 'event_ratings' | 'event_quotes';

/** Tables whose id is the batch's own name for the thing (a record id, an event id, a body key), not a row number. */
const NAMED: ReadonlySet<TableName> = new Set(['articles', 'events', 'bodies']);

export interface Column {
  name: string;
  type: 'TEXT' | 'INTEGER';
  primaryKey?: true;
  notNull?: true;
  /** The table whose `id` this column holds. */
  references?: TableName;
  /** People filter by it: the database indexes it. */
  index?: true;
}

const id: Column = { name: 'id', type: 'INTEGER', primaryKey: true };
const text = (name: string, more: Partial<Column> = {}): Column => ({ name, type: 'TEXT', ...more });
const int = (name: string, more: Partial<Column> = {}): Column => ({ name, type: 'INTEGER', ...more });
const ref = (name: string, references: TableName, more: Partial<Column> = {}): Column =>
  ({ name, type: NAMED.has(references) ? 'TEXT' : 'INTEGER', references, index: true, ...more });
const span = [text('text', { notNull: true }), int('start', { notNull: true }), int('end', { notNull: true })];

export const TABLES: Record<TableName, Column[]> = {
  articles: [
    text('id', { primaryKey: true }), text('source', { notNull: true }), text('format'), text('encoding'), text('title'), text('title_source'),
    text('published_at', { index: true }), text('published_at_source'), text('published_at_other'), text('published_after'), text('url'), text('outlet', { index: true }),
    text('author'), text('body', { notNull: true }),
  ],
  dates: [
    id, ref('article_id', 'articles', { notNull: true }), ...span, text('value', { index: true }), text('end_value'), text('granularity'),
    text('implied'), text('rule'),
  ],
  ratings: [
    id, ref('article_id', 'articles', { notNull: true }), ...span, text('value', { index: true }), text('scale', { index: true }), text('subject'),
    text('previous'), text('when'), text('awarded_by', { index: true }), text('rule'),
  ],
  officials: [id, text('name', { notNull: true, index: true }), text('variants')],
  official_roles: [
    id, ref('official_id', 'officials', { notNull: true }), text('role', { index: true }), text('organization', { index: true }),
    ref('article_id', 'articles', { notNull: true }),
  ],
  quotes: [
    id, ref('article_id', 'articles', { notNull: true }), ...span, text('speaker', { index: true }), text('speaker_type'),
    ref('official_id', 'officials'), text('speaker_mention'), text('cue'), text('rule'),
  ],
  bodies: [text('id', { primaryKey: true }), text('name', { notNull: true, index: true }), text('variants'), text('kind', { index: true })],
  events: [
    text('id', { primaryKey: true }), text('type', { notNull: true, index: true }), ref('body_id', 'bodies', { notNull: true }), text('subject'),
    text('date', { index: true }), text('end_date'), text('date_source'), text('assessor', { index: true }), text('report_published'), text('officials'),
  ],
  event_sources: [
    id, ref('event_id', 'events', { notNull: true }), ref('article_id', 'articles', { notNull: true }), text('evidence', { notNull: true }),
    int('evidence_start'), int('evidence_end'),
  ],
  event_ratings: [
    id, ref('event_id', 'events', { notNull: true }), text('value', { index: true }), text('previous'), text('scale', { index: true }),
    ref('article_id', 'articles', { notNull: true }), int('start'), int('end'),
  ],
  event_quotes: [id, ref('event_id', 'events', { notNull: true }), ref('quote_id', 'quotes', { notNull: true })],
};

/** Full-text search: the table, the columns indexed, the FTS table's name (Datasette's `<table>_fts`). */
export const FULL_TEXT: ReadonlyArray<{ table: TableName; columns: string[] }> = [
  { table: 'articles', columns: ['title', 'body'] },
  { table: 'quotes', columns: ['text', 'speaker'] },
];

/**
 * Every row of the batch, each with its table, in an order where a row's foreign keys point at rows
 * already given: the officials, then each record's article, dates, ratings and quotes, then what
 * joins them across the batch. Records are read one at a time.
 */
export function* tableRows(folder: OutputFolder): Generator<[TableName, Row]> {
  const officialId = new Map<string, number>();
  for (const [i, o] of folder.officials.entries()) {
    yield ['officials', { id: i + 1, name: o.name, variants: JSON.stringify(o.variants) }];
    // a name or variant another official already holds stays theirs
    for (const name of [o.name, ...o.variants]) if (!officialId.has(name)) officialId.set(name, i + 1);
  }
  // only the quotes events cite are remembered (by article and offsets), not every quote of the batch
  const citedQuotes = new Map<string, number | null>(folder.events.flatMap((e) => e.quotes.map((q) => [`${q.article}|${q.start}|${q.end}`, null] as const)));
  const next = { dates: 1, ratings: 1, quotes: 1 };
  for (const record of folder.records()) {
    yield ['articles', articleRow(record)];
    for (const d of record.dates) {
      yield ['dates', { id: next.dates++, article_id: record.id, text: d.text, start: d.start, end: d.end, value: d.value, end_value: d.endValue ?? null,
        granularity: d.granularity, implied: d.implied.join(',') || null, rule: d.rule }];
    }
    for (const r of record.ratings) {
      yield ['ratings', { id: next.ratings++, article_id: record.id, text: r.text, start: r.start, end: r.end, value: r.value, scale: r.scale,
        subject: r.subject, previous: r.previous, when: r.when, awarded_by: r.awardedBy, rule: r.rule }];
    }
    for (const q of record.quotes) {
      const at = `${record.id}|${q.start}|${q.end}`;
      if (citedQuotes.get(at) === null) citedQuotes.set(at, next.quotes);
      yield ['quotes', { id: next.quotes++, article_id: record.id, text: q.text, start: q.start, end: q.end, speaker: q.speaker, speaker_type: q.speakerType,
        official_id: (q.speaker !== null && officialId.get(q.speaker)) || null, speaker_mention: q.speakerMention?.text ?? null, cue: q.cue, rule: q.rule }];
    }
  }
  yield* registryRoles(folder.officials);
  for (const b of folder.bodies) yield ['bodies', { id: b.id, name: b.name, variants: JSON.stringify(b.variants), kind: b.kind }];
  yield* eventRows(folder.events, citedQuotes);
}

function articleRow(r: ArticleRecord): Row {
  return {
    id: r.id, source: r.source, format: r.format, encoding: r.encoding, title: r.title, title_source: r.titleSource, published_at: r.publishedAt,
    published_at_source: r.publishedAtSource, published_at_other: r.publishedAtOther?.value ?? null, published_after: r.publishedAfter ?? null, url: r.url, outlet: r.outlet,
    author: r.author ?? null, body: r.body,
  };
}

function* registryRoles(officials: readonly RegistryOfficial[]): Generator<[TableName, Row]> {
  let n = 1;
  for (const [i, o] of officials.entries()) {
    for (const r of o.roles) yield ['official_roles', { id: n++, official_id: i + 1, role: r.role, organization: r.organization, article_id: r.article }];
  }
}

function* eventRows(events: readonly Event[], quoteId: ReadonlyMap<string, number | null>): Generator<[TableName, Row]> {
  const next = { sources: 1, ratings: 1, quotes: 1 };
  for (const e of events) {
    yield ['events', { id: e.id, type: e.type, body_id: e.body, subject: e.subject, date: e.date, end_date: e.endDate,
      date_source: e.dateSource, assessor: e.assessor, report_published: e.reportPublished, officials: JSON.stringify(e.officials) }];
    for (const s of e.sources) {
      yield ['event_sources', { id: next.sources++, event_id: e.id, article_id: s.article, evidence: s.evidence.text,
        evidence_start: s.evidence.start, evidence_end: s.evidence.end }];
    }
    for (const r of e.ratings) {
      yield ['event_ratings', { id: next.ratings++, event_id: e.id, value: r.value, previous: r.previous, scale: r.scale, article_id: r.article, start: r.start, end: r.end }];
    }
    for (const q of e.quotes) {
      const quote = quoteId.get(`${q.article}|${q.start}|${q.end}`);
      if (!quote) throw new OutputFolderError(`event ${e.id} cites a quote that ${q.article}'s record does not hold: is the output folder from one run?`);
      yield ['event_quotes', { id: next.quotes++, event_id: e.id, quote_id: quote }];
    }
  }
}
