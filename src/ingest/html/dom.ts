// Iterative helpers over cheerio's DOM (domhandler nodes). Every walk uses an explicit stack so that a
// page of 10,000 nested <div>s cannot overflow the call stack (cheerio's own .text() recurses).
// Types only: domhandler is the node library cheerio parses into.
import type { AnyNode, Element } from 'domhandler';

export type { AnyNode, Element };

/** Elements that start and end a line of text in a browser; everything else is inline. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);

/** Subtrees a walk must not enter (the pruned nodes of one extraction pass). */
export type Skip = ReadonlySet<AnyNode>;

const NO_SKIP: Skip = new Set();

/** `script` and `style` are their own node types in domhandler; both are elements. */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function childrenOf(node: AnyNode): readonly AnyNode[] {
  return 'children' in node ? node.children : [];
}

/** Visits elements under `root` (inclusive) in document order; `enter` returning false skips the subtree. */
export function walkElements(root: AnyNode, enter: (el: Element) => boolean): void {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && !enter(node)) continue;
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/** Elements under `root` (inclusive) in document order, without skipped subtrees. */
export function elementsInOrder(root: AnyNode, skip: Skip = NO_SKIP): Element[] {
  const out: Element[] = [];
  walkElements(root, (el) => {
    if (skip.has(el)) return false;
    out.push(el);
    return true;
  });
  return out;
}

/** A node's raw text (no whitespace collapsing), without skipped subtrees or comments. */
export function rawText(root: AnyNode, skip: Skip = NO_SKIP): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (skip.has(node)) continue;
    if (node.type === 'text') parts.push(node.data);
    else if (node.type !== 'comment') {
      const kids = childrenOf(node);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return parts.join('');
}

// Zero-width characters are invisible in a browser and would otherwise glue or split words.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// `\s` covers NBSP (U+00A0) and the other Unicode spaces, so NBSP becomes a plain space here.
const WHITESPACE_RUN = /\s+/g;

/** Whitespace collapsed to single spaces, NBSP to space, zero-width characters removed, trimmed. */
export function collapse(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(WHITESPACE_RUN, ' ').trim();
}

/** Whitespace and invisible characters, by code point: what `collapse` turns into one space or drops. */
function isSpaceOrInvisible(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0xa0 ||
    code === 0xad ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    (code >= 0x2028 && code <= 0x2029) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Length of the visible characters of `text`, plus one per gap between words: about the length of
 * `collapse(text)`, without building strings (text statistics of whole pages are hot).
 */
export function visibleLength(text: string): number {
  let length = 0;
  let inGap = true;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceOrInvisible(text.charCodeAt(i))) {
      inGap = true;
    } else {
      if (inGap && length > 0) length++;
      inGap = false;
      length++;
    }
  }
  return length;
}

export function attr(el: Element, name: string): string {
  return el.attribs[name] ?? '';
}

/** The nearest ancestor element (inclusive) with one of the tag names, or null. */
export function closest(el: Element, tags: ReadonlySet<string>): Element | null {
  for (let node: AnyNode | null = el; node; node = node.parent) {
    if (isElement(node) && tags.has(node.name)) return node;
  }
  return null;
}
