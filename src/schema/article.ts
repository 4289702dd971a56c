import { z } from 'zod';

/** Evidence: a span of the cleaned body, so that `body.slice(start, end) === text`. */
export const SpanSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

export const GranularitySchema = z.enum([
  'time', 'day', 'week', 'month', 'season', 'quarter', 'year', 'decade', 'century', 'reference',
]);

export const DateMentionSchema = SpanSchema.extend({
  /** TIMEX3 value: '2025-06-17', '2022-07', 'XXXX-09-26', '2013-W11', 'PRESENT_REF'; null when it cannot be anchored. */
  value: z.string().nullable(),
  /** End of a range ('17 and 18 June 2025'), in the same TIMEX3 form. */
  endValue: z.string().optional(),
  granularity: GranularitySchema,
  /** The part of the day the text names ('last night', 'Friday afternoon'); `value` is then the day itself. */
  partOfDay: z.enum(['morning', 'afternoon', 'evening', 'night']).optional(),
  /** The day of the week the text names ('on Tuesday', 'Friday, March 17'), ISO: Monday 1; kept also when `value` is null. */
  weekday: z.number().int().min(1).max(7).optional(),
  /** Components of `value` that were not stated but inferred (from publishedAt). Empty when all was stated. */
  implied: z.array(z.enum(['year', 'month', 'day'])),
  /** The rule that produced the mention, for debugging and review. */
  rule: z.string(),
});
export type DateMention = z.infer<typeof DateMentionSchema>;

export const RatingSchema = SpanSchema.extend({
  /** The grade in the scale's own Title Case ('Requires Improvement'). */
  value: z.string(),
  /** Id of the scale in the rating-scale table ('ofsted', 'cqc', 'hmicfrs', 'stars', 'credit'). */
  scale: z.string(),
  /** What was rated, as written; null when the sentence does not say. */
  subject: z.string().nullable(),
  previous: z.string().nullable(),
  /** TIMEX3 value of when the grade was given, from a date in the same sentence. */
  when: z.string().nullable(),
  /** The body that gave the grade ('Ofsted', 'Moody's'), when the article names it near the grade; else null. */
  awardedBy: z.string().nullable(),
  rule: z.string(),
});
export type Rating = z.infer<typeof RatingSchema>;

export const OfficialSchema = z.object({
  name: z.string(),
  honorific: z.string().nullable(),
  roles: z.array(z.string()),
  organization: z.string().nullable(),
  mentions: z.array(SpanSchema),
  /**
   * What made the person an official: a role before the name ('role-before'), in apposition after it
   * ('role-apposition'), given by the clause after it ('role-clause': 'joined as head'), by the story's
   * opening sentence that names the role and not the person the next one opens on ('role-lede': 'The chief
   * executive has been sacked. Jane Roe was …'), or a title that holds an office ('title': Cllr, Sen.).
   */
  rule: z.enum(['role-before', 'role-apposition', 'role-clause', 'role-lede', 'title']),
});
export type Official = z.infer<typeof OfficialSchema>;

export const SpeakerTypeSchema = z.enum(['person', 'organization', 'group', 'unknown']);
export type SpeakerType = z.infer<typeof SpeakerTypeSchema>;

export const QuoteSchema = SpanSchema.extend({
  /** Resolved speaker: a person's full name, an organisation or a group; null when unattributed. */
  speaker: z.string().nullable(),
  speakerType: SpeakerTypeSchema,
  /** The words naming the speaker where the attribution is made ('he', 'the council'). */
  speakerMention: SpanSchema.nullable(),
  /** The cue word ('said', 'according to', ':'), or null. */
  cue: z.string().nullable(),
  /** Name of the attribution sieve that fired ('colon-block', 'trailing-cue', …), or 'none'. */
  rule: z.string(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const RemovedSchema = z.object({
  text: z.string(),
  reason: z.string(),
});
export type Removed = z.infer<typeof RemovedSchema>;

/** Where a title or publication date came from: the article's text, the page's markup, or the --meta sidecar. */
export const FactSourceSchema = z.enum(['text', 'html', 'meta']);
export type FactSource = z.infer<typeof FactSourceSchema>;

/** Kinds of event a public body goes through (the trigger table, extract/events/triggers.ts, says which words give each). */
export const EventTypeSchema = z.enum([
  'inspection', 'monitoring-visit', 'report-published', 'rating-action', 'meeting', 'appointment', 'departure', 'legal',
  'intervention', 'closure', 'announcement', 'other',
]);
export type EventType = z.infer<typeof EventTypeSchema>;

/** Where an event's date came from: a date the sentence states, the article's publication date, or a date the context gives. */
export const EventDateSourceSchema = z.enum(['stated', 'publication', 'context']);
export type EventDateSource = z.infer<typeof EventDateSourceSchema>;

/** An event as one article reports it; the batch merge joins the reports of one real event. */
export const ArticleEventSchema = z.object({
  type: EventTypeSchema,
  /** The words that make it an event ('inspected', 'has been appointed'), or the grade that does. */
  trigger: SpanSchema,
  /** The sentence that reports it. */
  evidence: SpanSchema,
  date: z.object({
    /** TIMEX3 value, to the day at most; null when the article does not say when. */
    value: z.string().nullable(),
    endValue: z.string().nullable(),
    /** The date mention's offsets, when the body states it. */
    start: z.number().int().nonnegative().nullable(),
    end: z.number().int().nonnegative().nullable(),
    source: EventDateSourceSchema.nullable(),
    /**
     * The day of the week the text names with the date ('on Tuesday', 'Friday, March 17'), ISO (Monday 1);
     * null when it names none. An 'on Tuesday' we could not place joins, in the merge, a report dated on a Tuesday.
     */
    weekday: z.number().int().min(1).max(7).nullable(),
  }),
  /** The body it happened to ('Cleveland Police'); `key` is what reports of one body share across articles. */
  subject: z.object({
    name: z.string(),
    key: z.string(),
    start: z.number().int().nonnegative().nullable(),
    end: z.number().int().nonnegative().nullable(),
  }),
  /**
   * Who inspected, reported or acted, for an inspection, report, rating action or intervention: the
   * inspectorate, agency or auditor that awarded its grades or that its sentence names ('CQC', "Moody's").
   */
  assessor: z.string().nullable(),
  /** Indices into the record's ratings: the grades this event gave. */
  ratings: z.array(z.number().int().nonnegative()),
  /** Officials named in its paragraph or quoted about it, with the role the article gives them. */
  officials: z.array(z.object({ name: z.string(), role: z.string().nullable() })),
  /** Indices into the record's quotes: what was said about it. */
  quotes: z.array(z.number().int().nonnegative()),
  /** The rule that found it. */
  rule: z.string(),
});
export type ArticleEvent = z.infer<typeof ArticleEventSchema>;

export const ArticleRecordSchema = z.object({
  id: z.string(),
  source: z.string(),
  format: z.enum(['text', 'html']),
  encoding: z.string(),
  title: z.string().nullable(),
  titleSource: FactSourceSchema.nullable(),
  /**
   * TIMEX3 value of the publication date ('2022-09-21', or partial 'XXXX-01-12'): the sidecar's when it
   * gives one, else the page's or the text's. It anchors relative dates ('last May').
   */
  publishedAt: z.string().nullable(),
  /** The time of day of the publication, as the sidecar or the page's markup gave it with the date ('11:00:09Z', '09:24+01:00'); null when neither did. */
  publishedTime: z.string().nullable().optional(),
  publishedAtSource: FactSourceSchema.nullable(),
  /**
   * The latest publication day of the related stories the page lists under it: the article came out on or
   * after it. With no publication date, the merge places a year-less date ('May 23') by it.
   */
  publishedAfter: z.string().nullable().optional(),
  /** The other publication date, when the sidecar and the page disagree: both are kept, the sidecar's anchors. */
  publishedAtOther: z.object({ value: z.string(), source: FactSourceSchema }).nullable(),
  /** The article's address (the sidecar's, the WARC record's, else the page's og:url or canonical link) and outlet (the sidecar's, else the page's site name). */
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  author: z.string().nullable().optional(),
  siteName: z.string().nullable().optional(),
  /** When a crawler fetched the page (a WARC record's WARC-Date, a sidecar's date_download): not when it was published. */
  fetchedAt: z.string().nullable().optional(),
  /** The body's language, ISO 639-1 ('en', 'de', 'ko'), or 'und' for one the test does not name (src/ingest/language.ts). */
  language: z.string().optional(),
  /** Why the extractions were not run (a body not in English), leaving dates to events empty; null when they ran. */
  skipped: z.string().nullable().optional(),
  body: z.string(),
  removed: z.array(RemovedSchema),
  dates: z.array(DateMentionSchema),
  ratings: z.array(RatingSchema),
  officials: z.array(OfficialSchema),
  quotes: z.array(QuoteSchema),
  events: z.array(ArticleEventSchema),
  /**
   * What made this record: the SHA-256 of its input (with its sidecar metadata, if any) and the
   * pipeline's fingerprint; a resumed run reuses the record only if both match.
   */
  provenance: z.object({ inputSha256: z.string(), pipeline: z.string() }),
});
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;
