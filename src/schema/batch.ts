import { z } from 'zod';
import { EventDateSourceSchema, EventTypeSchema, SpanSchema } from './article.js';

/** Where an article states a fact an event gathers: the article, and the offsets into its cleaned body. */
const CitedSchema = z.object({ article: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const EventSchema = z.object({
  id: z.string(),
  type: EventTypeSchema,
  /** The id of the body it happened to, in bodies.json. */
  body: z.string(),
  /** The name its reports give that body most often. */
  subject: z.string(),
  date: z.string().nullable(),
  endDate: z.string().nullable(),
  /** Where the date came from, in the report that gave it (see ArticleEvent); 'context' for a year placed by the reports' publication dates. */
  dateSource: EventDateSourceSchema.nullable(),
  /** Who inspected, reported or acted, as its reports name it most ('CQC', "Moody's"); null when none does. */
  assessor: z.string().nullable(),
  /** When the report on this event was published, if an article says so. */
  reportPublished: z.string().nullable(),
  /** Each grade once, where a report first gives it (with its previous grade where one does). */
  ratings: z.array(CitedSchema.extend({ value: z.string(), previous: z.string().nullable(), scale: z.string() })),
  /** Each official once, with the role the report that names them gives. */
  officials: z.array(z.object({ name: z.string(), role: z.string().nullable(), article: z.string() })),
  /** What was said about it, each quote once. */
  quotes: z.array(CitedSchema.extend({ text: z.string(), speaker: z.string().nullable() })),
  sources: z.array(z.object({ article: z.string(), evidence: SpanSchema })),
});
export type Event = z.infer<typeof EventSchema>;

export const BodyKindSchema = z.enum([
  'council', 'police force', 'fire service', 'nhs trust', 'ambulance service', 'hospital', 'gp practice', 'school', 'academy trust', 'college', 'university', 'care home', 'hospice', 'prison',
  'city', 'region', 'country', 'government department', 'agency', 'court', 'housing provider', 'food business', 'company', 'other',
]);
export type BodyKind = z.infer<typeof BodyKindSchema>;

/** A public body across the batch: its names, what kind of body it is, its events in date order and its grades over time. */
export const BodySchema = z.object({
  /** What its events' `body` says: the words its names share ('caerphilly'). */
  id: z.string(),
  /** The name its reports use most; the others are its variants. */
  name: z.string(),
  variants: z.array(z.string()),
  kind: BodyKindSchema,
  /** Ids of its events, in date order (year-less dates last). */
  events: z.array(z.string()),
  /** Every grade its events gave, in date order. */
  grades: z.array(z.object({ event: z.string(), date: z.string().nullable(), value: z.string(), previous: z.string().nullable(), scale: z.string() })),
});
export type Body = z.infer<typeof BodySchema>;

export const RegistryOfficialSchema = z.object({
  name: z.string(),
  variants: z.array(z.string()),
  roles: z.array(z.object({ role: z.string(), organization: z.string().nullable(), article: z.string() })),
  articles: z.array(z.string()),
});
export type RegistryOfficial = z.infer<typeof RegistryOfficialSchema>;

export const ManifestEntrySchema = z.object({
  source: z.string(),
  id: z.string().nullable(),
  status: z.enum(['ok', 'error']),
  error: z.string().optional(),
  bytes: z.number().int().nonnegative().optional(),
});
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

export const ManifestSchema = z.object({
  tool: z.literal('newsfacts'),
  version: z.string(),
  pipeline: z.string(),
  inputs: z.array(ManifestEntrySchema),
  counts: z.object({
    inputs: z.number().int(), ok: z.number().int(), errors: z.number().int(),
    events: z.number().int(), officials: z.number().int(),
    dates: z.number().int(), ratings: z.number().int(), quotes: z.number().int(),
    /** Records of WARC inputs that are no article, by kind ('request', 'response (HTTP 404)'): counted, not read. */
    skippedRecords: z.record(z.string(), z.number().int()).optional(),
  }),
  /** About this particular run, so it differs between runs: not part of the reproducible output. */
  run: z.object({
    /** Records reused from an earlier run (same input bytes, same pipeline). */
    reused: z.number().int(),
    /** Stopped by a signal: records so far are complete, the merged files (events.json, officials.json, bodies.json) were not rewritten. */
    interrupted: z.boolean(),
    /** Milliseconds per stage, summed over articles (so above wall time with several workers), and in total. */
    timingsMs: z.record(z.string(), z.number()),
  }),
});
export type Manifest = z.infer<typeof ManifestSchema>;
