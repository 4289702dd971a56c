/**
 * htmlparser2 keeps its stack of open elements with `unshift`, so each open tag costs the current
 * depth and a page of 100,000 nested elements takes quadratic time. No real article nests deeper than
 * a few dozen levels (browsers stop laying out past 512), so tags deeper than MAX_DEPTH are removed
 * before parsing: their text stays, their structure goes. Blocks that separate paragraphs get
 * BLOCK_HEADROOM levels more, so that the text at the bottom of a deep pile keeps its paragraphs.
 */
export const MAX_DEPTH = 512;
const BLOCK_HEADROOM = 64;
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'dd', 'dt', 'dl']);

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
/** Tags that an open tag of the same name closes ('<p>a<p>b' is two siblings, not nested). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);
/** How many open elements a close tag may close at once (the unclosed children it implies). */
const CLOSE_REACH = 8;
/** `[^<>]*` stops at the next '<', so a run of unclosed '<' stays linear. */
const TAG = /<(\/?)([a-zA-Z][^\s/<>]*)[^<>]*>/g;

/** The page with every element nested deeper than MAX_DEPTH unwrapped; the same string when none is. */
export function limitNesting(html: string): string {
  if (html.length < MAX_DEPTH * 3) return html; // too short to nest that deep
  const open: string[] = [];
  const dropped: boolean[] = [];
  let kept = 0;
  const cuts: Array<[number, number]> = [];
  for (const m of html.matchAll(TAG)) {
    const name = m[2]!.toLowerCase();
    if (VOID.has(name)) continue;
    if (m[1]) {
      let at = open.length - 1;
      while (at >= 0 && at >= open.length - CLOSE_REACH && open[at] !== name) at--;
      if (at < 0 || open[at] !== name) continue; // a stray close tag, or one far from its opening: not counted
      while (open.length > at) {
        open.pop();
        if (!dropped.pop()) kept--;
        else if (open.length === at) cuts.push([m.index!, m.index! + m[0].length]);
      }
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name) && open[open.length - 1] === name) { open.pop(); if (!dropped.pop()) kept--; }
    const tooDeep = kept >= MAX_DEPTH + (BLOCKS.has(name) ? BLOCK_HEADROOM : 0);
    if (!tooDeep) kept++;
    open.push(name);
    dropped.push(tooDeep);
    if (tooDeep) cuts.push([m.index!, m.index! + m[0].length]);
  }
  if (!cuts.length) return html;
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of cuts) { parts.push(html.slice(from, start), ' '); from = end; }
  parts.push(html.slice(from));
  return parts.join('');
}
