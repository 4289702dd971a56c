/**
 * newsfacts: the library API. Each stage is a pure function usable alone; extractArticle runs them
 * in order, extractBatch runs it over many inputs, mergeRecords joins the records of a batch.
 */
export * from './schema/index.js';
export { TimeoutError, Deadline } from './extract/shared/deadline.js';
export { ingest, decodeBytes, detectFormat, extractHtml, InputError, type IngestedDocument, type HtmlDocument, type Format } from './ingest/index.js';
export { cleanText, type CleanOptions, type CleanedDocument } from './clean/index.js';
export { LINE_RULES, INLINE_RULES } from './clean/rules.js';
export { extractDates, type DateOptions } from './extract/dates/index.js';
export { extractRatings, WORD_SCALES, CREDIT_SCALE, type RatingOptions, type RatingScale } from './extract/ratings/index.js';
export { findPeople, type Person } from './extract/people/index.js';
export { extractOfficials, type OfficialOptions } from './extract/officials/index.js';
export { extractQuotes, findQuoteSpans, SIEVES, CUE_FORMS, type QuoteOptions } from './extract/quotes/index.js';
export { extractEvents, TRIGGERS, type EventOptions, type Trigger } from './extract/events/index.js';
export { ArticleContext, contextOf, type ContextOptions } from './extract/context/index.js';
export { mergeRecords, mergeInput, mergeInputs, reportedEvents, mergeEvents, mergeOfficials, type MergedBatch, type MergeInput, type ReportedEvent } from './merge/index.js';
export { extractArticle, extractBatch, processArticle, processRecord, toJson, listInputs, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type BatchRecord, type ProcessedArticle, type ArticleOptions, type BatchInput, type BatchOptions, type BatchResult, type BatchStage, type Stage } from './pipeline/index.js';
export { VERSION } from './version.js';
