import { z } from 'zod';

/** Gold annotations (fixtures/GOLD_FORMAT.md), read loosely: unknown fields are allowed and ignored. */
export const GoldArticleSchema = z.object({
  id: z.string(),
  title: z.string().nullable().optional(),
  publishedAt: z.string().nullable().optional(),
  boilerplate: z.array(z.string()).default([]),
  optionalBoilerplate: z.array(z.string()).default([]),
  inlineJunk: z.array(z.string()).default([]),
  mustContain: z.array(z.string()).default([]),
  mustNotContain: z.array(z.string()).default([]),
  dates: z.array(z.object({
    text: z.string(), value: z.string().nullable(), endValue: z.string().nullable().optional(),
    alt: z.array(z.string()).optional(), endAlt: z.array(z.string()).optional(),
  })).default([]),
  ratings: z.array(z.object({
    text: z.string().optional(), value: z.string(), subject: z.string().nullable().optional(), previous: z.string().nullable().optional(),
  })).default([]),
  officials: z.array(z.object({ name: z.string(), roles: z.array(z.string()).default([]) })).default([]),
  quotes: z.array(z.object({
    text: z.string(), speaker: z.string().nullable().optional(), speakerAlt: z.array(z.string()).optional(), optional: z.boolean().optional(),
  })).default([]),
});
export type GoldArticle = z.infer<typeof GoldArticleSchema>;

export const GoldEventSchema = z.object({
  id: z.string(),
  type: z.string(),
  date: z.string().nullable().optional(),
  dateAlt: z.array(z.string()).optional(),
  ratings: z.array(z.string()).default([]),
  sources: z.array(z.string()),
  optional: z.boolean().optional(),
});
export type GoldEvent = z.infer<typeof GoldEventSchema>;

export const GoldOfficialsSchema = z.array(z.string());
