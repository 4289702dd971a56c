// Picks the article container: paragraphs vote for their nearest ancestors, a candidate's vote is
// weighed by its tag and class/id vocabulary and discounted by its link density, and the winner's
// siblings join when they look like more of the same article.
//
// The voting, prior, sibling and rival constants below are the published heuristics of
// Readability.js's `_grabArticle`, re-expressed here; they were not re-tuned. The chunk constants
// are ours (see sameClassChunks); they were set once, not swept.
import { attr, collapse, elementsInOrder, isElement, rawText, walkElements, type AnyNode, type Element, type Skip } from './dom.js';
import type { ElementFacts } from './facts.js';
import { linkDensity, MIN_VOTING_PARAGRAPH_CHARS, textStats, type ParagraphKind, type TextStats } from './stats.js';
import { boilerplateMatch, hasContentWord } from './vocabulary.js';

/** A paragraph's vote grows by one per this many characters, at most LENGTH_VOTE_CAP times. */
const CHARS_PER_LENGTH_VOTE = 100;
const LENGTH_VOTE_CAP = 3;
/** How many ancestor levels receive a paragraph's vote. */
const VOTING_ANCESTOR_LEVELS = 5;
/** Class/id weight: content words pull a candidate up, boilerplate words push it down. */
const CLASS_WEIGHT = 25;
/** A sibling joins the container when its score reaches this share of the winner's (or the floor). */
const SIBLING_SCORE_SHARE = 0.2;
const SIBLING_SCORE_FLOOR = 10;
/** A <p> sibling joins on its own when it is long and barely linked, or short, unlinked and a sentence. */
const SIBLING_PARAGRAPH_LONG_CHARS = 80;
const SIBLING_PARAGRAPH_MAX_LINK_DENSITY = 0.25;
/**
 * Article chunks: bodies split into several wrappers with the same tag and class (between ads,
 * rails or pull quotes) are taken whole. A chunk must hold this much prose with at most
 * CHUNK_MAX_LINK_DENSITY of links, so that teaser cards sharing a generic class stay out.
 */
const MIN_CHUNK_PROSE_CHARS = 100;
const CHUNK_MAX_LINK_DENSITY = 0.25;
/** Near-winners (this share of the top score) sharing an ancestor move the choice up to it. */
const RIVAL_SCORE_SHARE = 0.75;
const RIVALS_FOR_COMMON_ANCESTOR = 3;
const RIVALS_CONSIDERED = 5;

/** Tag priors: a <div> or <article> is a likely wrapper, a heading or list item is not. */
const TAG_PRIOR: Readonly<Record<string, number>> = {
  article: 10,
  div: 5,
  main: 5,
  section: 3,
  td: 3,
  blockquote: 3,
  pre: 3,
  form: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  address: -3,
  th: -5,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
};

function childrenOf(node: AnyNode): readonly AnyNode[] {
  return 'children' in node ? node.children : [];
}

function classWeight(el: Element, facts: ElementFacts): number {
  const tokens = facts.tokens(el);
  return (hasContentWord(tokens) ? CLASS_WEIGHT : 0) - (boilerplateMatch(tokens) ? CLASS_WEIGHT : 0);
}

function paragraphVote(text: string): number {
  const commas = text.split(',').length - 1;
  return 1 + commas + Math.min(Math.floor(text.length / CHARS_PER_LENGTH_VOTE), LENGTH_VOTE_CAP);
}

/** Text of the element's own text-node children (not of child elements). */
function ownText(el: Element): string {
  let text = '';
  for (const child of el.children) if (child.type === 'text') text += child.data;
  return collapse(text);
}

function votingText(el: Element, kind: ParagraphKind | undefined, skip: Skip): string {
  if (kind === 'paragraph') return collapse(rawText(el, skip));
  return kind === 'own-text' ? ownText(el) : '';
}

function scoreCandidates(order: readonly Element[], stats: TextStats, skip: Skip, facts: ElementFacts): Map<Element, number> {
  const scores = new Map<Element, number>();
  const candidate = (el: Element): void => {
    if (!scores.has(el)) scores.set(el, (TAG_PRIOR[el.name] ?? 0) + classWeight(el, facts));
  };
  for (const el of order) {
    const kind = stats.get(el)?.kind;
    if (kind === undefined || kind === 'none') continue;
    const text = votingText(el, kind, skip);
    if (text.length < MIN_VOTING_PARAGRAPH_CHARS) continue;
    const vote = paragraphVote(text);
    let node: AnyNode | null = kind === 'own-text' ? el : el.parent;
    for (let level = 0; level < VOTING_ANCESTOR_LEVELS && node && isElement(node); level++, node = node.parent) {
      candidate(node);
      const share = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(node, scores.get(node)! + vote / share);
    }
  }
  return scores;
}

function finalScores(stats: TextStats, scores: ReadonlyMap<Element, number>): Map<Element, number> {
  const final = new Map<Element, number>();
  for (const [el, score] of scores) final.set(el, score * (1 - linkDensity(stats, el)));
  return final;
}

function ancestorsOf(el: Element): Element[] {
  const out: Element[] = [];
  for (let node = el.parent; node && isElement(node); node = node.parent) out.push(node);
  return out;
}

/** When several near-winners sit under one ancestor, the article is that ancestor (split bodies). */
function commonAncestorOfRivals(top: Element, ranked: readonly [Element, number][]): Element {
  const topScore = ranked[0]![1];
  const rivals = ranked
    .slice(1, RIVALS_CONSIDERED + 1)
    .filter(([, s]) => s >= RIVAL_SCORE_SHARE * topScore)
    .map(([el]) => new Set(ancestorsOf(el)));
  if (rivals.length < RIVALS_FOR_COMMON_ANCESTOR) return top;
  for (const ancestor of ancestorsOf(top)) {
    if (ancestor.name === 'body' || ancestor.name === 'html') break;
    if (rivals.filter((set) => set.has(ancestor)).length >= RIVALS_FOR_COMMON_ANCESTOR) return ancestor;
  }
  return top;
}

/** A lone child of its parent says nothing the parent does not; use the parent. */
function climbSingleChildren(top: Element): Element {
  let el = top;
  for (let p = el.parent; p && isElement(p) && p.name !== 'body' && p.name !== 'html'; p = el.parent) {
    if (p.children.filter(isElement).length !== 1) break;
    el = p;
  }
  return el;
}

function isSentenceParagraph(el: Element, stats: TextStats, skip: Skip): boolean {
  if (el.name !== 'p') return false;
  const chars = stats.get(el)?.chars ?? 0;
  const density = linkDensity(stats, el);
  if (chars > SIBLING_PARAGRAPH_LONG_CHARS) return density < SIBLING_PARAGRAPH_MAX_LINK_DENSITY;
  return chars > 0 && density === 0 && /\.$/.test(collapse(rawText(el, skip)));
}

/** The winner plus those of its siblings that continue the article, in document order. */
function withSiblings(top: Element, final: ReadonlyMap<Element, number>, stats: TextStats, skip: Skip): Element[] {
  const parent = top.parent;
  if (!parent || !isElement(parent)) return [top];
  const threshold = Math.max(SIBLING_SCORE_FLOOR, (final.get(top) ?? 0) * SIBLING_SCORE_SHARE);
  return childrenOf(parent).filter((node): node is Element => {
    if (!isElement(node) || skip.has(node)) return false;
    if (node === top) return true;
    return (final.get(node) ?? -Infinity) >= threshold || isSentenceParagraph(node, stats, skip);
  });
}

/** Other elements with the winner's tag and class that hold prose: the rest of a chunked body. */
function sameClassChunks(top: Element, order: readonly Element[], stats: TextStats): Element[] {
  const className = attr(top, 'class').trim();
  if (!className) return [];
  return order.filter(
    (el) =>
      el.name === top.name &&
      attr(el, 'class').trim() === className &&
      (stats.get(el)?.proseChars ?? 0) >= MIN_CHUNK_PROSE_CHARS &&
      linkDensity(stats, el) <= CHUNK_MAX_LINK_DENSITY,
  );
}

/** The chosen elements in document order, without those inside another chosen one (one linear walk). */
function outermostInOrder(root: AnyNode, skip: Skip, chosen: ReadonlySet<Element>): Element[] {
  const out: Element[] = [];
  walkElements(root, (el) => {
    if (skip.has(el)) return false;
    if (!chosen.has(el)) return true;
    out.push(el);
    return false;
  });
  return out;
}

/** The article container(s) of the kept tree, or [] when no paragraph voted. */
export function chooseContainer(root: AnyNode, skip: Skip, facts: ElementFacts): Element[] {
  const order = elementsInOrder(root, skip);
  const stats = textStats(order, facts);
  const final = finalScores(stats, scoreCandidates(order, stats, skip, facts));
  const ranked = [...final].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return [];
  const top = climbSingleChildren(commonAncestorOfRivals(ranked[0]![0], ranked));
  const containers = new Set([...withSiblings(top, final, stats, skip), ...sameClassChunks(top, order, stats)]);
  return outermostInOrder(root, skip, containers);
}
