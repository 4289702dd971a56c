export type Format = 'text' | 'html';

const HTML_EXTENSIONS = /\.(html?|xhtml)(\.gz)?$/i;
const HTML_START = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/i;
const HTML_TAGS = /<\/(p|div|span|a|article|section|li|td|h[1-6])>/gi;

/** HTML by extension, by how the text starts, or by a density of closing tags that plain text never has. */
export function detectFormat(text: string, fileName = ''): Format {
  if (HTML_EXTENSIONS.test(fileName)) return 'html';
  const head = text.slice(0, 2048);
  if (HTML_START.test(head)) return 'html';
  const tags = head.match(HTML_TAGS)?.length ?? 0;
  return tags >= 3 ? 'html' : 'text';
}
