import type { Removed } from '../schema/index.js';
import { extractDates } from '../extract/dates/index.js';
import { INLINE_RULES, LINE_RULES, PUBLISHED_LINE, PUBLISHED_TODAY } from './rules.js';
import { isAltTextLike, isHeadlineLike, wordCount } from './lines.js';

export interface CleanOptions {
  /** Title and publication date the page's markup stated (HTML); text wins only where markup is silent. */
  metadata?: { title?: string | null; publishedAt?: string | null };
}

export interface CleanedDocument {
  title: string | null;
  publishedAt: string | null;
  /** Article paragraphs, separated by a blank line; extraction offsets point into this string. */
  body: string;
  removed: Removed[];
}

interface Line {
  text: string;
  removed: string | null;
  inline: Removed[];
}

/** Plain text (as scraped, or the blocks of an HTML page) to the article body, title and publication date. */
export function cleanText(text: string, options: CleanOptions = {}): CleanedDocument {
  const lines: Line[] = normalise(text).split('\n').map((t) => ({ text: t.trim(), removed: null, inline: [] }));
  const content = () => lines.filter((l) => l.text && !l.removed);

  let publishedAt: string | null = null;
  for (const line of lines) {
    if (!line.text) continue;
    const rule = LINE_RULES.find((r) => r.pattern.test(line.text));
    if (rule) { line.removed = rule.reason; continue; }
    const published = PUBLISHED_LINE.exec(line.text)?.groups?.date;
    const value = published ? dateValue(published) : null;
    if (value) {
      line.removed = 'publication date';
      publishedAt ??= value;
    }
  }
  markCaptions(lines);
  markStandaloneAltText(lines);

  const first = content()[0];
  const metaTitle = options.metadata?.title?.trim() || null;
  let title: string | null = metaTitle;
  if (first && (sameText(first.text, metaTitle) || (!metaTitle && isHeadlineLike(first.text, 30)))) {
    title = first.text;
    for (const l of content()) if (sameText(l.text, title)) l.removed = 'title (moved to the title field)';
  }
  markRelatedHeadlines(lines);

  const inlineRules = INLINE_RULES.filter((r) => !r.onlyIf || r.onlyIf.test(text));
  for (const line of content()) {
    for (const rule of inlineRules) {
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
  return { title, publishedAt, body, removed };
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

function neighbour(lines: Line[], from: number, step: 1 | -1): Line | undefined {
  for (let i = from + step; i >= 0 && i < lines.length; i += step) {
    const l = lines[i]!;
    if (l.text && !l.removed) return l;
    if (l.text && l.removed) return undefined; // another boilerplate line ends the caption block
  }
  return undefined;
}

/**
 * 'Image caption,' introduces the caption on the next line; the short line just before a caption
 * label or a photo credit is the image's alt text.
 */
function markCaptions(lines: Line[]): void {
  lines.forEach((line, i) => {
    if (line.removed === 'image caption label') {
      const caption = neighbour(lines, i, 1);
      if (caption) caption.removed = 'image caption';
    }
    if (line.removed === 'image caption label' || line.removed === 'photo credit') {
      const alt = neighbour(lines, i, -1);
      if (alt && wordCount(alt.text) <= 12 && isHeadlineLike(alt.text, 12)) alt.removed = 'image alt text';
    }
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
function markRelatedHeadlines(lines: Line[]): void {
  lines.forEach((line, i) => {
    if (line.removed !== 'related-content label') return;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (!l.text || l.removed) continue;
      if (!isHeadlineLike(l.text)) break;
      l.removed = 'related headlines';
    }
  });
  const tail: Line[] = [];
  for (let j = lines.length - 1; j >= 0; j--) {
    const l = lines[j]!;
    if (!l.text || l.removed) continue;
    if (!isHeadlineLike(l.text)) break;
    tail.push(l);
  }
  if (tail.length >= 2) for (const l of tail) l.removed = 'related headlines';
}
