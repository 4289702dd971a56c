import { sha256 } from '../../version.js';
import { parseSidecarRow, type ArticleMetadata } from './metadata.js';

/** Fields that hold an article's text or its page, in our names and the scrapers' (news-please's maintext, trafilatura's raw_text). */
export const TEXT_FIELDS = ['text', 'maintext', 'raw_text', 'content', 'body'] as const;
export const HTML_FIELDS = ['html', 'raw_html'] as const;

/** One article of a JSON lines file, or the reason its line is no article. */
export type JsonLineArticle =
  | { source: string; id: string; content: string; fileName: string; metadata: ArticleMetadata }
  | { source: string; id: string; skip: string };

/**
 * The articles of a JSON lines file (or a JSON file holding one object), one a line: its text or
 * HTML, and the metadata its other fields give (url, title, publication date, outlet, author). The
 * id is the object's `id`, else a hash of its URL, else the file's stem and the line number, made
 * safe by the caller; the source names the file and the line.
 */
export function articlesFromJsonLines(text: string, fileName: string, stem: string): JsonLineArticle[] {
  const out: JsonLineArticle[] = [];
  const trimmed = text.trimStart();
  // a .json file may hold one object over several lines
  const lines = /\.json$/i.test(fileName) && trimmed.startsWith('{') ? [trimmed] : text.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const source = `${fileName}:${i + 1}`;
    const fallbackId = `${stem}-L${i + 1}`;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      out.push({ source, id: fallbackId, skip: `line ${i + 1} of ${fileName} is not JSON` });
      return;
    }
    if (!row || typeof row !== 'object' || Array.isArray(row)) {
      out.push({ source, id: fallbackId, skip: `line ${i + 1} of ${fileName} is not a JSON object` });
      return;
    }
    const fields = row as Record<string, unknown>;
    const { metadata, id } = parseSidecarRow(fields);
    const html = firstString(fields, HTML_FIELDS);
    const body = html ?? firstString(fields, TEXT_FIELDS);
    const articleId = id ?? (metadata.url ? `url-${sha256(metadata.url).slice(0, 12)}` : fallbackId);
    if (!body) {
      out.push({ source, id: articleId, skip: `line ${i + 1} of ${fileName} has no text or html field (${[...TEXT_FIELDS, ...HTML_FIELDS].join(', ')})` });
      return;
    }
    // the title given beside the text is the headline: put it first, where the cleaner looks for it
    const content = html ?? (metadata.title && !body.startsWith(metadata.title) ? `${metadata.title}\n\n${body}` : body);
    out.push({ source, id: articleId, content, fileName: html ? 'article.html' : 'article.txt', metadata });
  });
  return out;
}

function firstString(row: Record<string, unknown>, fields: readonly string[]): string | undefined {
  for (const f of fields) {
    const v = row[f];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return undefined;
}
