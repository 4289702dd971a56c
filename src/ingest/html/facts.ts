// Per-page memo of facts about elements that several stages ask for (the prune pass, the scoring
// pass, metadata): class/id tokens and own-text length. One instance per page, keyed by node, so
// no result depends on what was extracted before.
import { attr, visibleLength, type Element } from './dom.js';
import { classTokens } from './vocabulary.js';

const NO_TOKENS: readonly string[] = [];

export class ElementFacts {
  private readonly tokenCache = new Map<Element, readonly string[]>();
  private readonly ownCache = new Map<Element, number>();

  /** Lowercase tokens of the element's class and id (see vocabulary.classTokens). */
  tokens(el: Element): readonly string[] {
    const className = attr(el, 'class');
    const id = attr(el, 'id');
    if (!className && !id) return NO_TOKENS;
    let tokens = this.tokenCache.get(el);
    if (!tokens) this.tokenCache.set(el, (tokens = classTokens(className, id)));
    return tokens;
  }

  /** Visible length of the element's own text nodes (not of its child elements). */
  ownChars(el: Element): number {
    let chars = this.ownCache.get(el);
    if (chars === undefined) {
      chars = 0;
      for (const child of el.children) if (child.type === 'text') chars += visibleLength(child.data);
      this.ownCache.set(el, chars);
    }
    return chars;
  }
}
