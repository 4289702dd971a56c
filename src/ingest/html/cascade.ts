// The extraction cascade: a strict pass first; when it yields too little, passes that trust the
// page's markup less. Each pass is named, in order, in one array.
import { articleBlocks, segment, type Block } from './blocks.js';
import { elementsInOrder, walkElements, type AnyNode, type Element, type Skip } from './dom.js';
import type { ElementFacts } from './facts.js';
import { prune } from './prune.js';
import { chooseContainer } from './score.js';

/**
 * An attempt with at least this much text is accepted and ends the cascade. Calibrated on the
 * Scrapinghub set, whose shortest gold bodies are about 400 characters (66 words): with
 * Readability's 500, a 419-character blog post went on to the relaxed pass, which added its whole
 * comment thread; 250 and 400 gave the same scores.
 */
const MIN_ARTICLE_CHARS = 400;
/**
 * When no pass reaches MIN_ARTICLE_CHARS, the longest attempt is kept if it has at least this many
 * characters (a short news brief, about two sentences); below it, the whole body text is a better
 * guess than nothing. Not reached on the Scrapinghub set, where every page passes the strict pass.
 */
const MIN_USABLE_CHARS = 140;

interface PassContext {
  readonly root: AnyNode;
  readonly title: string | null;
  readonly facts: ElementFacts;
}

interface Pass {
  readonly name: string;
  readonly why: string;
  readonly run: (ctx: PassContext) => Block[];
}

export interface Attempt {
  readonly pass: string;
  readonly blocks: Block[];
  readonly chars: number;
}

function containerPass(ctx: PassContext, vocabulary: boolean): Block[] {
  const skip = prune(ctx.root, { vocabulary }, ctx.facts);
  const containers = chooseContainer(ctx.root, skip, ctx.facts);
  return articleBlocks(segment(containers, skip), { title: ctx.title });
}

function paragraphElements(root: AnyNode, skip: Skip): Element[] {
  return elementsInOrder(root, skip).filter((el) => el.name === 'p');
}

/** <body>, or the whole document when the page has none. */
function bodyOf(root: AnyNode): AnyNode {
  let body: Element | null = null;
  walkElements(root, (el) => {
    if (el.name === 'body') body = el;
    return body === null;
  });
  return body ?? root;
}

/** In cascade order; the first attempt with MIN_ARTICLE_CHARS wins. */
const PASSES: readonly Pass[] = [
  {
    name: 'strict',
    why: 'best container after dropping structural junk and class/id boilerplate',
    run: (ctx) => containerPass(ctx, true),
  },
  {
    name: 'relaxed',
    why: 'the class/id vocabulary can hit the article itself ("post-comments-layout"); ignore it',
    run: (ctx) => containerPass(ctx, false),
  },
  {
    name: 'paragraphs',
    why: 'no single container holds the article (bodies split over many wrappers): every <p>',
    run: (ctx) => {
      const skip = prune(ctx.root, { vocabulary: false }, ctx.facts);
      return articleBlocks(segment(paragraphElements(ctx.root, skip), skip), { title: ctx.title });
    },
  },
];

const charsOf = (blocks: readonly Block[]): number => blocks.reduce((n, b) => n + b.text.length, 0);

/** Whole body text: the last resort for pages without paragraphs (plain-text pages, junk). */
function bodyAttempt(ctx: PassContext): Attempt {
  const skip = prune(ctx.root, { vocabulary: false }, ctx.facts);
  const blocks = segment([bodyOf(ctx.root)], skip);
  return { pass: 'body', blocks, chars: charsOf(blocks) };
}

export function runCascade(root: AnyNode, title: string | null, facts: ElementFacts): Attempt {
  const ctx: PassContext = { root, title, facts };
  const attempts: Attempt[] = [];
  for (const pass of PASSES) {
    const blocks = pass.run(ctx);
    const attempt = { pass: pass.name, blocks, chars: charsOf(blocks) };
    if (attempt.chars >= MIN_ARTICLE_CHARS) return attempt;
    attempts.push(attempt);
  }
  const best = attempts.reduce((a, b) => (b.chars > a.chars ? b : a));
  return best.chars >= MIN_USABLE_CHARS ? best : bodyAttempt(ctx);
}
