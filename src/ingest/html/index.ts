import { createRequire } from 'node:module';
import type * as Cheerio from 'cheerio';
import { joinBlocks } from './blocks.js';
import { limitNesting } from './depth.js';
import { runCascade } from './cascade.js';
import { ElementFacts } from './facts.js';
import { extractMetadata, type PageMetadata } from './metadata.js';

export interface HtmlDocument extends PageMetadata {
  /** Main article text: one block (paragraph, heading, list item, block quote) per paragraph, separated by a blank line. */
  text: string;
}

// htmlparser2 (cheerio's `xml` option with xmlMode off) instead of parse5: several times faster, and
// it builds the same element tree for the tags that matter here. Entities are decoded while parsing.
const PARSER_OPTIONS = { xml: { xmlMode: false, decodeEntities: true } } as const;

/** cheerio is loaded with the first HTML page: a batch of text files never pays its start-up (~0.1 s a worker). */
let cheerio: typeof Cheerio | null = null;
const load = (html: string) => (cheerio ??= createRequire(import.meta.url)('cheerio') as typeof Cheerio).load(html, PARSER_OPTIONS);

/** Extracts the main article text and metadata (publishedAt as 'YYYY-MM-DD') from an HTML page with cheerio. */
export function extractHtml(html: string): HtmlDocument {
  const root = load(limitNesting(html)).root()[0]!;
  const facts = new ElementFacts();
  const metadata = extractMetadata(root, facts);
  const text = joinBlocks(runCascade(root, metadata.title, facts).blocks);
  return { text, ...metadata };
}
