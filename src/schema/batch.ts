import { z } from 'zod';
import { EventDateSourceSchema, EventTypeSchema, SpanSchema } from './article.js';

export const EventSchema = z.object({
  id: z.string(),
  type: EventTypeSchema,
  subject: z.string(),
  date: z.string().nullable(),
  endDate: z.string().nullable(),
  /** Where the date came from, in the report that gave it (see ArticleEvent). */
  dateSource: EventDateSourceSchema.nullable(),
  /** When the report on this event was published, if an article says so. */
  reportPublished: z.string().nullable(),
  ratings: z.array(z.object({ value: z.string(), previous: z.string().nullable(), scale: z.string() })),
  officials: z.array(z.string()),
  quotes: z.array(z.object({ article: z.string(), text: z.string(), speaker: z.string().nullable() })),
  sources: z.array(z.object({ article: z.string(), evidence: SpanSchema })),
});
export type Event = z.infer<typeof EventSchema>;

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
    /** Stopped by a signal: records so far are complete, events.json and officials.json were not rewritten. */
    interrupted: z.boolean(),
    /** Milliseconds per stage, summed over articles (so above wall time with several workers), and in total. */
    timingsMs: z.record(z.string(), z.number()),
  }),
});
export type Manifest = z.infer<typeof ManifestSchema>;
