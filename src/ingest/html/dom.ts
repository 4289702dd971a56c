// Iterative helpers over cheerio's DOM (domhandler nodes). Every walk uses an explicit stack so that a
// page of 10,000 nested <div>s cannot overflow the call stack (cheerio's own .text() recurses).
// Types only: domhandler is the node library cheerio parses into.
import type { AnyNode, Element } from 'domhandler';

export type { AnyNode, Element };

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
