/**
 * Gold annotations (fixtures/GOLD_FORMAT.md), checked loosely: unknown fields are ignored, lists may
 * be missing or null, and only what the scoring compares is required, so a slip is named, not scored.
 */
import { z } from 'zod';

/** A list the reference scorer reads as `x || []`. */
const list = <T extends z.ZodType>(item: T) => z.array(item).nullish().transform((v) => v ?? []);

export const GoldDateSchema = z.object({
  text: z.string(),
  value: z.string().nullable(),
  endValue: z.string().nullish(),
  alt: z.array(z.string()).optional(),
  endAlt: z.array(z.string()).optional(),
});
export type GoldDate = z.infer<typeof GoldDateSchema>;

export const GoldRatingSchema = z.object({
  text: z.string().optional(),
  value: z.string(),
  subject: z.string().nullish(),
  previous: z.string().nullish(),
});

export const GoldOfficialSchema = z.object({ name: z.string(), roles: z.array(z.string()) });

export const GoldQuoteSchema = z.object({
  text: z.string(),
  speaker: z.string().nullish(),
  /** Other acceptable speakers ('the council' for a council spokesperson). */
  speakerAlt: z.array(z.string()).optional(),
  /** Neither a hit nor a miss: a quotation annotators could not agree on. */
  optional: z.boolean().optional(),
});
export type GoldQuote = z.infer<typeof GoldQuoteSchema>;

export const GoldArticleSchema = z.object({
  id: z.string(),
  title: z.string().nullish(),
  publishedAt: z.string().nullish(),
  boilerplate: list(z.string()),
  /** Lines that may go or stay: left out of the gold body, not counted as boilerplate kept. */
  optionalBoilerplate: list(z.string()),
  inlineJunk: list(z.string()),
  mustContain: list(z.string()),
  mustNotContain: list(z.string()),
  dates: list(GoldDateSchema),
  ratings: list(GoldRatingSchema),
  officials: list(GoldOfficialSchema),
  quotes: list(GoldQuoteSchema),
});
export type GoldArticle = z.infer<typeof GoldArticleSchema>;

export const GoldEventSchema = z.object({
  id: z.string(),
  type: z.string(),
  date: z.string().nullish(),
  dateAlt: z.array(z.string()).optional(),
  ratings: list(z.string()),
  sources: z.array(z.string()),
  /** Not counted when missed, and not spurious when found. */
  optional: z.boolean().optional(),
});
export type GoldEvent = z.infer<typeof GoldEventSchema>;

export const GoldEventsSchema = z.array(GoldEventSchema);

/** The batch's officials: one full name per person. */
export const GoldOfficialsSchema = z.array(z.string());
