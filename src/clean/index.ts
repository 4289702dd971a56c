import type { Removed } from '../schema/index.js';
import { extractDates } from '../extract/dates/index.js';
import { CLOCK_TIME, INLINE_RULES, LINE_RULES, type LineRule, PUBLISHED_LABEL, PUBLISHED_LINE, PUBLISHED_TODAY, TIMESTAMP_LINE } from './rules.js';
import { isAltTextLike, isHeadlineLike, isNameCaptionOf, wordCount } from './lines.js';
import type { Deadline } from '../extract/shared/deadline.js';
import { holdsAny } from '../extract/shared/text.js';

export interface CleanOptions {
  /** Title and publication date the page's markup stated (HTML); text wins only where markup is silent. */
  metadata?: { title?: string | null; publishedAt?: string | null };
  /**
   * The text is the blocks of an HTML article container: link lists and images were already judged
   * by the page's structure, so the guesses made from line shapes alone (a closing run of
   * headline-shaped lines, lower-case alt text) are not applied.
   */
  fromHtml?: boolean;
  /** The article's time budget, checked as the loops go (extractArticle's timeoutMs). */
  deadline?: Deadline;
  /** The outlet's name (the --meta sidecar's, or the page's site name): a header line that only names it is the masthead. */
  outlet?: string | null;
}

export interface CleanedDocument {
  title: string | null;
  publishedAt: string | null;
  /**
   * The latest publication day of the related stories the page lists ('Published 2 December 2017' under
   * the article): the article came out on or after it. Null when the page lists none.
   */
  publishedAfter: string | null;
  /** Article paragraphs, separated by a blank line; extraction offsets point into this string. */
  body: string;
  removed: Removed[];
}

interface Line {
  text: string;
  removed: string | null;
  inline: Removed[];
}

/** The line rules that can match a line of a text in lower case: those whose words it holds, and every rule without words. */
const lineRulesIn = (lower: string): readonly LineRule[] => LINE_RULES.filter((r) => !r.words || holdsAny(lower, r.words));

/** Plain text (as scraped, or the blocks of an HTML page) to the article body, title and publication date. */
export function cleanText(text: string, options: CleanOptions = {}): CleanedDocument {
  const normalised = normalise(text);
  const lines: Line[] = normalised.split('\n').map((t) => ({ text: t.trim(), removed: null, inline: [] }));
  // (a rule whose words the whole text lacks can match no line of it: its words are looked for once, not in every line)
  const lineRules = lineRulesIn(normalised.toLowerCase());
  const content = () => lines.filter((l) => l.text && !l.removed);

  let publishedAt: string | null = null;
  let publishedAfter: string | null = null;
  // a page prints its own publication line once, under the headline: later ones date related stories
  let ownPublicationLine = true;
  let previous = '';
  for (const line of lines) {
    options.deadline?.check();
    if (!line.text) continue;
    // a dated line under a related story's headline ('Related: …'), or anywhere after a 'Related stories'
    // heading, dates that story
    if (RELATED_LABEL.test(previous) || RELATED_HEADING.test(previous)) ownPublicationLine = false;
    previous = line.text;
    if (PUBLISHED_LABEL.test(line.text)) { line.removed = 'publication label (its date missing)'; ownPublicationLine = false; continue; }
    const lower = line.text.toLowerCase();
    const rule = lineRules.find((r) => (!r.words || holdsAny(lower, r.words)) && (!r.gate || r.gate.test(line.text)) && r.pattern.test(line.text));
    if (rule) { line.removed = rule.reason; continue; }
    const stamp = CLOCK_TIME.test(line.text) ? TIMESTAMP_LINE.exec(line.text)?.groups : undefined;
    if (stamp && isDateLine(stamp.stamp!)) {
      const updated = /updated|modified/i.test(stamp.label ?? '');
      line.removed = updated ? 'modification date (not the publication date)' : 'timestamp';
      if (!updated && ownPublicationLine) publishedAt ??= dateValue(stamp.stamp!)?.replace(/T.*$/, '') ?? null;
      if (!updated) ownPublicationLine = false;
      continue;
    }
    const published = PUBLISHED_LINE.exec(line.text)?.groups?.date;
    const value = published ? dateValue(published) : null;
    if (value) {
      line.removed = ownPublicationLine ? 'publication date' : 'a related story’s publication date';
      if (ownPublicationLine) publishedAt ??= value;
      else if (/^\d{4}-\d\d-\d\d$/.test(value) && (publishedAfter === null || value > publishedAfter)) publishedAfter = value;
      ownPublicationLine = false;
    }
  }
  markCaptions(lines);
  markPromotions(lines);
  markAuthorBox(lines);
  if (!options.fromHtml) markStandaloneAltText(lines);

  const header = readHeader(content(), options.metadata?.title?.trim() || null, options.outlet?.replace(OUTLET_NOTE, '').trim() || null);
  const title = header.title;
  publishedAt ??= header.publishedAt;
  // after the header, so that a headline the page repeats or a title-case headline over its lead stays the title
  if (!options.fromHtml) {
    markRepeatedCaptions(content());
    markNameCaptions(content());
  }
  markRelatedHeadlines(lines, !options.fromHtml);

  const inlineRules = INLINE_RULES.filter((r) => !r.onlyIf || r.onlyIf.test(text));
  for (const line of content()) {
    options.deadline?.check();
    for (const rule of inlineRules) {
      if (rule.gate && !rule.gate.test(line.text)) continue;
      line.text = line.text.replace(rule.pattern, (m) => {
        line.inline.push({ text: m, reason: rule.reason });
        return ' ';
      });
    }
    line.text = line.text.replace(/ {2,}/g, ' ').replace(/ ([,.;:])/g, '$1').trim();
  }

  const kept = lines.filter((l) => l.text && !l.removed);
  const body = kept.map((l) => l.text).join('\n\n');
  const removed = lines.flatMap((l) => (l.removed ? [{ text: l.text, reason: l.removed }] : l.inline));
  publishedAt ??= publishedToday(body) ?? options.metadata?.publishedAt ?? null;
  return { title, publishedAt, publishedAfter, body, removed };
}

/** A line that names a related story ('Related: Budget holds tax flat', 'Read more: …', 'Most popular: …'). */
const RELATED_LABEL = /^(?:related(?:\s+(?:stories|articles|coverage|content))?|read\s+more|see\s+also|more\s+on\s+this(?:\s+story)?|most\s+(?:popular|read|viewed)|trending(?:\s+now)?|top\s+stories)\b\s*[:|–—-]/i;

/** A heading over a list of related stories ('Related stories', 'More on this story'). */
const RELATED_HEADING = /^(?:related(?:\s+(?:stories|articles|coverage|content|links))?|more\s+on\s+this(?:\s+story)?|see\s+also|you\s+may\s+also\s+like)\s*:?$/i;

/** Lines of the header at most: masthead, section, headline, dateline, byline. */
const MAX_HEADER_LINES = 8;
/** A header line this short that is not the headline is a masthead, section label or tagline. */
const MAX_LABEL_WORDS = 6;
/** …and this short in characters, for scripts written without spaces. */
const MAX_LABEL_LENGTH = 60;

/**
 * The lines before the first paragraph: the headline (the longest headline-shaped line, or the one
 * the page's metadata names), a dateline that gives the publication date, and labels around them.
 */
function readHeader(kept: Line[], metaTitle: string | null, outlet: string | null): { title: string | null; publishedAt: string | null } {
  const header: Line[] = [];
  for (const l of kept) {
    if (header.length >= MAX_HEADER_LINES || (!isHeadlineLike(l.text, 30) && wordCount(l.text) > MAX_LABEL_WORDS)) break;
    header.push(l);
  }
  // a page that names its title is believed; plain text has only the shape of its lines to go by
  const candidates = header.filter((l) => isHeadlineLike(l.text, 30) && wordCount(l.text) >= 3 && !isDateLine(l.text) && !sameText(l.text, outlet));
  // the headline comes first; a masthead, section label or tagline before it is short, a standfirst after it
  // is long, so the first line longer than a label (one not cut by a bar, as a station's name and its tagline
  // are: 'WKXX 89.3 | Public Radio'), else (a short headline) the longest
  const long = candidates.filter((l) => wordCount(l.text) > MAX_LABEL_WORDS);
  const headline = metaTitle
    ? kept.slice(0, MAX_HEADER_LINES).find((l) => sameText(l.text, metaTitle))
    : long.find((l) => !BAR.test(l.text)) ?? long[0] ?? candidates.sort((a, b) => wordCount(b.text) - wordCount(a.text))[0];
  let publishedAt: string | null = null;
  if (headline) {
    for (const l of kept) if (sameText(l.text, headline.text)) l.removed = 'title (moved to the title field)';
  }
  if (headline || header.length < kept.length) {
    for (const l of header) {
      if (l.removed) continue;
      if (isDateLine(l.text)) {
        publishedAt ??= dateValue(l.text);
        l.removed = 'dateline';
      } else if ((wordCount(l.text) <= MAX_LABEL_WORDS && l.text.length <= MAX_LABEL_LENGTH) || sameText(l.text, outlet)) l.removed = 'masthead or section label';
    }
  }
  return { title: headline?.text ?? metaTitle, publishedAt };
}

const BAR = /\s\|\s/;
/** An outlet's note on what kind of page it is, in brackets after its name: 'Kelby Council (press release)'. */
const OUTLET_NOTE = /\s*\([^)]*\)$/;

/** A line that is only a date and time ('15 May 2024', 'Friday 3 May 2024 9:30 am'). */
function isDateLine(text: string): boolean {
  const dates = extractDates(text);
  const covered = dates.reduce((n, d) => n + d.text.length, 0);
  return dates.length > 0 && covered >= text.replace(/[\s,.|·•–-]+/g, '').length * 0.8;
}

function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\t\f\v]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '');
}

function sameText(a: string, b: string | null): boolean {
  const n = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
  return b !== null && n(a) === n(b);
}

/** Only a stated calendar date may become publishedAt ('Published: 21st September 2022'). */
function dateValue(text: string): string | null {
  const d = extractDates(text)[0];
  return d?.value && /^(\d{4}|XXXX)-\d\d/.test(d.value) ? d.value : null;
}

function publishedToday(body: string): string | null {
  const stated = PUBLISHED_TODAY.exec(body)?.groups?.date;
  return stated ? dateValue(stated) : null;
}

/** A finished sentence's end, closing quote marks or bracket allowed. */
const TERMINAL_SENTENCE = /[.!?]["'”’)]*$/;

function neighbour(lines: Line[], from: number, step: 1 | -1): Line | undefined {
  for (let i = from + step; i >= 0 && i < lines.length; i += step) {
    const l = lines[i]!;
    if (l.text && !l.removed) return l;
    if (l.text && l.removed) return undefined; // another boilerplate line ends the caption block
  }
  return undefined;
}

/**
 * 'Image caption,' introduces the caption on the next line, as does an image's markup the headline-shaped
 * line after it (unless the image opens the page, where the next line may be the headline); the short
 * line just before a caption label or a photo credit is the image's alt text.
 */
function markCaptions(lines: Line[]): void {
  lines.forEach((line, i) => {
    if (line.removed === 'image caption label') {
      const caption = neighbour(lines, i, 1);
      if (caption) caption.removed = 'image caption';
    }
    if (line.removed === 'image' && lines.slice(0, i).some((l) => l.text && !l.removed)) {
      const caption = neighbour(lines, i, 1);
      if (caption && isHeadlineLike(caption.text)) caption.removed = 'image caption';
    }
    if (line.removed === 'image caption label' || line.removed === 'photo credit') {
      const alt = neighbour(lines, i, -1);
      if (alt && wordCount(alt.text) <= 12 && isHeadlineLike(alt.text, 12) && !isDateLine(alt.text)) alt.removed = 'image alt text';
    }
  });
}

/**
 * A promotion's heading or tagline: the short unfinished line next to a newsletter, donation or video
 * prompt inside the article (a finished paragraph before it); above the article, that line may be the headline.
 */
const PROMOTIONS = new Set(['newsletter sign-up', 'donation appeal', 'video prompt']);
const MAX_PROMOTION_WORDS = 10;

function markPromotions(lines: Line[]): void {
  const prompts = lines.flatMap((l, i) => (l.removed && PROMOTIONS.has(l.removed) ? [{ i, reason: l.removed }] : []));
  for (const { i, reason } of prompts) {
    if (!lines.slice(0, i).some((l) => !l.removed && TERMINAL_SENTENCE.test(l.text))) continue;
    for (const step of [-1, 1] as const) {
      const l = neighbour(lines, i, step);
      if (l && (isHeadlineLike(l.text, MAX_PROMOTION_WORDS) || isAltTextLike(l.text))) l.removed = `${reason} (its heading or tagline)`;
    }
  }
}

/** The author's name in a byline ('By Jane Roe, Political Reporter' gives 'Jane Roe'). */
const BYLINE_NAME = /^by\s+(?<name>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/iu;

/** An author box after the article: the paragraph after a closing byline that names the author ('Jane Roe covers …'). */
function markAuthorBox(lines: Line[]): void {
  lines.forEach((line, i) => {
    if (line.removed !== 'byline' || !lines.slice(0, i).some((l) => l.text && !l.removed)) return;
    const name = BYLINE_NAME.exec(line.text)?.groups?.name;
    const bio = neighbour(lines, i, 1);
    if (name && bio?.text.includes(name)) bio.removed = 'author biography';
  });
}

/** The longest caption line: a picture's caption is a sentence or a name, never a paragraph. */
const MAX_CAPTION_CHARS = 200;
/** Folded for comparing lines: case, curly quotes and spacing aside. */
const fold = (s: string) => {
  // (each replacement only where it changes something: most lines have plain quotes and single spaces)
  let folded = s.toLowerCase();
  if (CURLY_SINGLE.test(folded)) folded = folded.replace(CURLY_SINGLES, "'");
  if (UNEVEN_SPACE.test(folded)) folded = folded.replace(/\s+/g, ' ');
  return folded.trim();
};
const CURLY_SINGLE = /[‘’]/;
const CURLY_SINGLES = /[‘’]/g;
/** Spacing that folding changes: two spaces in a row, or a space that is not ' '. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;
/**
 * A text scrape keeps an image's caption twice, as alt text and as caption: fused into one line ('The town
 * hall.The town hall.'), on two lines in a row, or, for a bare name, anywhere. Only twice: a line printed
 * more often is a table's or a list's ('Requires improvement', 'Pre-match meal'). A quotation is let be,
 * since a pull quote repeats the paragraph it comes from.
 */
function markRepeatedCaptions(all: Line[]): void {
  // a caption, even printed twice, is a short line: long ones are not folded and compared at all
  const folded = all.map((l) => (l.text.length <= MAX_CAPTION_CHARS * 2 ? fold(l.text) : undefined));
  const seen = new Map<string, number>();
  const halves = new Set<string>();
  all.forEach((l, i) => {
    const t = folded[i];
    if (t === undefined) return;
    seen.set(t, (seen.get(t) ?? 0) + 1);
    const half = t.slice(0, t.length / 2).trim();
    if (t.length % 2 === 0 && wordCount(half) >= 3 && fold(t.slice(t.length / 2)) === half) {
      l.removed = 'image caption (printed twice)';
      halves.add(half);
    }
  });
  all.forEach((l, i) => {
    const t = folded[i];
    if (l.removed || t === undefined || /^[‘“"']/.test(t)) return;
    const inRow = folded[i - 1] === t || folded[i + 1] === t;
    if (halves.has(t) || (seen.get(t) === 2 && (inRow || isNameCaptionOf(l.text, l.text)))) l.removed = 'image caption (repeated)';
  });
}

/** A line naming who or what the next paragraph is about, between two paragraphs, is that picture's caption. */
function markNameCaptions(kept: Line[]): void {
  kept.forEach((line, i) => {
    const prev = kept[i - 1], next = kept[i + 1];
    if (prev && next && TERMINAL_SENTENCE.test(prev.text) && isNameCaptionOf(line.text, next.text)) line.removed = 'image caption';
  });
}

/** A short lower-case fragment between two finished paragraphs is an image's alt text. */
function markStandaloneAltText(lines: Line[]): void {
  const kept = lines.filter((l) => l.text && !l.removed);
  kept.forEach((line, i) => {
    const prev = kept[i - 1];
    if (!prev || !isAltTextLike(line.text)) return;
    if (/[.!?:]["'”’)]*$/.test(prev.text)) line.removed = 'image alt text';
  });
}

/**
 * Lists of other stories' headlines: the lines after a related-content label, and a run of two or
 * more headline-shaped lines that ends the article.
 */
const ONE_WORD_TOPIC = /^\p{Lu}[\p{L}&'’-]*$/u;

function markRelatedHeadlines(lines: Line[], closingRun: boolean): void {
  lines.forEach((line, i) => {
    if (line.removed !== 'related-content label') return;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (!l.text || l.removed) continue;
      // a related topic may be one word ('Related topics' over 'Education')
      if (!isHeadlineLike(l.text) && !ONE_WORD_TOPIC.test(l.text)) break;
      l.removed = 'related headlines';
    }
  });
  if (!closingRun) return;
  const tail: Line[] = [];
  for (let j = lines.length - 1; j >= 0; j--) {
    const l = lines[j]!;
    if (!l.text || l.removed) continue;
    if (!isHeadlineLike(l.text)) break;
    tail.push(l);
  }
  if (tail.length >= 2) for (const l of tail) l.removed = 'related headlines';
}
