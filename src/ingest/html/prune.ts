// Which subtrees an extraction pass ignores. Nothing is removed from the DOM, so a later, more
// lenient pass of the cascade can look at the same tree again.
import { attr, elementsInOrder, isElement, rawText, walkElements, type AnyNode, type Element } from './dom.js';
import { boilerplateMatch, classTokens } from './vocabulary.js';

interface TagRule {
  readonly tags: readonly string[];
  readonly reason: string;
}

/** Elements that never hold article prose. */
const NON_CONTENT_TAGS: readonly TagRule[] = [
  { tags: ['script', 'style', 'noscript', 'template'], reason: 'code, styling and no-JS fallbacks' },
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
 * Share of the page's paragraph text above which a subtree is kept even when its class says
 * boilerplate: a wrapper holding most of the prose is the article, whatever its CMS called it
 * ("content-with-comments", "post-sidebar-layout"). Calibrated on the Scrapinghub set: at 0.5 no
 * article wrapper was dropped, while comment threads and related rails stay below it.
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

/** Text length of <p> elements inside each element (bottom-up in one pass), and on the whole page. */
function paragraphText(root: AnyNode, skip: ReadonlySet<AnyNode>): { bySubtree: Map<Element, number>; page: number } {
  const order = elementsInOrder(root, skip);
  const bySubtree = new Map<Element, number>();
  let page = 0;
  for (const el of order) {
    const own = el.name === 'p' ? rawText(el, skip).trim().length : 0;
    bySubtree.set(el, own);
    page += own;
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    const parent = el.parent;
    if (parent && isElement(parent) && bySubtree.has(parent)) bySubtree.set(parent, bySubtree.get(parent)! + bySubtree.get(el)!);
  }
  return { bySubtree, page };
}

/** Roots of the subtrees to ignore: structural junk always, class/id boilerplate if asked. */
export function prune(root: AnyNode, options: PruneOptions): Set<AnyNode> {
  const skip = new Set<AnyNode>();
  walkElements(root, (el) => {
    if (!isStructuralJunk(el)) return true;
    skip.add(el);
    return false;
  });
  if (!options.vocabulary) return skip;

  const prose = paragraphText(root, skip);
  const guard = PROSE_SHARE_GUARD * prose.page;
  walkElements(root, (el) => {
    if (skip.has(el)) return false;
    if (NEVER_VOCABULARY_DROPPED.has(el.name)) return true;
    if (!boilerplateMatch(classTokens(attr(el, 'class'), attr(el, 'id')))) return true;
    if (prose.page > 0 && (prose.bySubtree.get(el) ?? 0) >= guard) return true;
    skip.add(el);
    return false;
  });
  return skip;
}
