import { gunzipSync } from 'node:zlib';
import { decodeBytes, InputError } from './decode.js';
import { detectFormat, type Format } from './detectFormat.js';
import { extractHtml } from './html/index.js';
import type { PageMetadata } from './html/metadata.js';

export { decodeBytes, InputError } from './decode.js';
export { detectFormat, type Format } from './detectFormat.js';
export { extractHtml, type HtmlDocument } from './html/index.js';

export type { PageMetadata } from './html/metadata.js';

/** What the clean stage reads: plain text (for HTML, the article blocks) and what the page's markup told us. */
export interface IngestedDocument {
  format: Format;
  encoding: string;
  text: string;
  metadata: PageMetadata;
}

const NO_METADATA: PageMetadata = { title: null, publishedAt: null, publishedTime: null, author: null, siteName: null, url: null };

/** Raw input (bytes as read, or a string already decoded) to a plain-text document. */
export function ingest(raw: Uint8Array | string, fileName = ''): IngestedDocument {
  const decoded = typeof raw === 'string' ? { text: raw, encoding: 'utf-16' } : decodeBytes(maybeGunzip(raw, fileName));
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new InputError('no text (empty or whitespace only)');
  const format = detectFormat(text, fileName);
  if (format === 'text') return { format, encoding: decoded.encoding, text, metadata: NO_METADATA };
  const page = extractHtml(text);
  if (page.text.trim() === '') throw new InputError('HTML page without article text');
  const { text: body, ...metadata } = page;
  return { format, encoding: decoded.encoding, text: body, metadata };
}

function maybeGunzip(bytes: Uint8Array, fileName: string): Uint8Array {
  const gzipMagic = bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (!gzipMagic) return bytes;
  if (!/\.gz$/i.test(fileName)) throw new InputError('gzip data in a file not named .gz');
  try {
    return gunzipSync(bytes);
  } catch (e) {
    throw new InputError(`corrupt gzip file: ${(e as Error).message}`);
  }
}
