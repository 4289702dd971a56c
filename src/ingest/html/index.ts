export interface HtmlDocument {
  /** Main article text: one block (paragraph, heading, list item, block quote) per paragraph, separated by a blank line. */
  text: string;
  title: string | null;
  /** TIMEX3/ISO date of publication from the page's metadata, or null. */
  publishedAt: string | null;
  author: string | null;
  siteName: string | null;
}

/** Extracts the main article text and metadata from an HTML page with cheerio. */
export function extractHtml(html: string): HtmlDocument {
  void html;
  return { text: '', title: null, publishedAt: null, author: null, siteName: null }; // placeholder, owned by a helper
}
