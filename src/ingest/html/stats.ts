// Text statistics of every kept element, computed bottom-up in one pass: how much text a subtree
// holds, how much of it sits in links, and how much of it is prose.
import { BLOCK_TAGS, isElement, type Element } from './dom.js';
import type { ElementFacts } from './facts.js';

/** A paragraph shorter than this is not prose and casts no vote: bylines, labels, button texts. */
export const MIN_VOTING_PARAGRAPH_CHARS = 25;
/** A paragraph with at least this share of its text in links is not prose (headline lists). */
const PROSE_MAX_LINK_SHARE = 0.5;

/** Always paragraphs, whatever they contain. */
const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'pre']);
/** Wrappers that count as a paragraph when nothing block-level is inside them (`<div>text</div>`). */
const WRAPPER_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'article', 'main', 'td', 'blockquote']);

/**
 * How an element's text takes part in voting:
 * - 'paragraph': a <p>, or a wrapper with no block-level element inside; its whole text votes, for
 *   its parent and further ancestors;
 * - 'own-text': a wrapper that has block-level children but also text nodes of its own (an article
 *   body typed straight into a <div> between <br>s); that text votes for the wrapper itself first;
 * - 'none': anything else.
 */
export type ParagraphKind = 'paragraph' | 'own-text' | 'none';

export interface ElementStats {
  /** Visible text length of the subtree. */
  chars: number;
  /** Visible text length inside links in the subtree. */
  linkChars: number;
  /** Visible text length of prose (paragraphs or own text, long enough, not mostly links) in the subtree. */
  proseChars: number;
  blockInside: boolean;
  kind: ParagraphKind;
}

export type TextStats = ReadonlyMap<Element, Readonly<ElementStats>>;

function paragraphKind(el: Element, blockInside: boolean, ownChars: number): ParagraphKind {
  if (PARAGRAPH_TAGS.has(el.name)) return 'paragraph';
  if (!WRAPPER_TAGS.has(el.name)) return 'none';
  if (!blockInside) return 'paragraph';
  return ownChars > 0 ? 'own-text' : 'none';
}

/** Prose the element contributes itself, given its finished subtree counts. */
function ownProse(s: ElementStats, ownChars: number): number {
  const chars = s.kind === 'paragraph' ? s.chars : s.kind === 'own-text' ? ownChars : 0;
  const links = s.kind === 'paragraph' ? s.linkChars : 0;
  return chars >= MIN_VOTING_PARAGRAPH_CHARS && links < PROSE_MAX_LINK_SHARE * chars ? chars : 0;
}

/** Statistics of the elements of `order` (document order, pruned subtrees already left out). */
export function textStats(order: readonly Element[], facts: ElementFacts): TextStats {
  const stats = new Map<Element, ElementStats>();
  for (const el of order) {
    stats.set(el, { chars: facts.ownChars(el), linkChars: 0, proseChars: 0, blockInside: false, kind: 'none' });
  }
  // Reverse document order visits every element after all of its descendants.
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const s = stats.get(el)!;
    if (el.name === 'a') s.linkChars = s.chars;
    s.kind = paragraphKind(el, s.blockInside, facts.ownChars(el));
    s.proseChars += ownProse(s, facts.ownChars(el));
    const parent = el.parent && isElement(el.parent) ? stats.get(el.parent) : undefined;
    if (!parent) continue;
    parent.chars += s.chars;
    parent.linkChars += s.linkChars;
    parent.proseChars += s.proseChars;
    parent.blockInside ||= s.blockInside || BLOCK_TAGS.has(el.name);
  }
  return stats;
}

export function linkDensity(stats: TextStats, el: Element): number {
  const s = stats.get(el);
  return s && s.chars > 0 ? s.linkChars / s.chars : 0;
}
