// Which subtrees an extraction pass ignores. Nothing is removed from the DOM, so a later, more
// lenient pass of the cascade can look at the same tree again.
import { attr, elementsInOrder, walkElements, type AnyNode, type Element } from './dom.js';
import type { ElementFacts } from './facts.js';
import { textStats } from './stats.js';
import { boilerplateMatch, hasWrapperWord } from './vocabulary.js';

interface TagRule {
  readonly tags: readonly string[];
  readonly reason: string;
}

/** Elements that never hold article prose. */
const NON_CONTENT_TAGS: readonly TagRule[] = [
  { tags: ['script', 'style', 'noscript', 'template'], reason: 'code, styling and no-JS fallbacks' },
  { tags: ['head', 'title', 'meta', 'link'], reason: 'document metadata: a page with no <body> has no article, whatever its <title> says' },
  { tags: ['nav', 'aside', 'footer'], reason: 'HTML5 sectioning for navigation, side content and footers' },
  { tags: ['header'], reason: 'site menus and article headers; the title is reported as metadata' },
  { tags: ['iframe', 'object', 'embed', 'svg', 'canvas', 'video', 'audio', 'map'], reason: 'embedded media' },
  { tags: ['button', 'input', 'select', 'textarea', 'label', 'dialog'], reason: 'form controls and dialogs' },
  { tags: ['figcaption'], reason: 'captions describe pictures, not the story' },
];

const DROPPED_TAGS: ReadonlySet<string> = new Set(NON_CONTENT_TAGS.flatMap((r) => r.tags));

/** Wrappers that the class/id vocabulary never drops: they are the page or its declared main part. */
const NEVER_VOCABULARY_DROPPED: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);

// Inline styles that hide an element. Each alternative is a fixed literal around bounded `\s*`
// runs, so matching is linear in the style length.
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * Share of the page's prose (see textStats) above which a subtree is kept even when its class says
 * boilerplate: a wrapper holding most of the prose is the article, whatever its CMS called it
 * ("content-with-comments", "post-sidebar-layout"). Calibrated on the Scrapinghub set: F1 0.970 at
 * 0.3 (comment threads and rails start to survive), 0.972 at 0.5, 0.969 at 0.7 (article wrappers
 * start to be dropped).
 */
const PROSE_SHARE_GUARD = 0.5;

export interface PruneOptions {
  /** Apply the class/id boilerplate vocabulary (the strict pass); false in relaxed passes. */
  readonly vocabulary: boolean;
}

function isHidden(el: Element): boolean {
  return 'hidden' in el.attribs || attr(el, 'aria-hidden') === 'true' || HIDING_STYLE.test(attr(el, 'style'));
}

/** A <form> is dropped unless it wraps paragraphs (ASP.NET pages wrap the whole page in one). */
function isControlForm(el: Element): boolean {
  return el.name === 'form' && !elementsInOrder(el).some((e) => e.name === 'p');
}

function isStructuralJunk(el: Element): boolean {
  return DROPPED_TAGS.has(el.name) || isHidden(el) || isControlForm(el);
}

/** Roots of the subtrees to ignore: structural junk always, class/id boilerplate if asked. */
export function prune(root: AnyNode, options: PruneOptions, facts: ElementFacts): Set<AnyNode> {
  const skip = new Set<AnyNode>();
  walkElements(root, (el) => {
    if (!isStructuralJunk(el)) return true;
    skip.add(el);
    return false;
  });
  if (!options.vocabulary) return skip;

  const order = elementsInOrder(root, skip);
  const stats = textStats(order, facts);
  const proseOf = (el: Element): number => stats.get(el)?.proseChars ?? 0;
  const pageProse = order.reduce((sum, el) => (el.parent === root ? sum + proseOf(el) : sum), 0);
  walkElements(root, (el) => {
    if (skip.has(el)) return false;
    if (NEVER_VOCABULARY_DROPPED.has(el.name)) return true;
    const tokens = facts.tokens(el);
    if (!boilerplateMatch(tokens) || hasWrapperWord(tokens)) return true;
    if (pageProse > 0 && proseOf(el) >= PROSE_SHARE_GUARD * pageProse) return true;
    skip.add(el);
    return false;
  });
  return skip;
}
