import type { Deadline } from '../shared/deadline.js';
import { peopleOf, type Person } from '../people/find.js';
import { articleOrganisations, assessorMentions, type ArticleOrganisations, type AssessorMention } from './organisations.js';
import { paragraphs, sentences, type Segment } from './segments.js';
import { tokenIndex, tokenize, type Token } from './tokens.js';

export { INSPECTORATES, ASSESSORS, blankedOut, withoutAssessors, type ArticleOrganisations, type AssessorMention, type Inspectorate } from './organisations.js';
export { paragraphs, sentences, segmentAt, segmentIndexAt, type Segment } from './segments.js';
export { tokenize, tokenIndex, normWord, isCapitalised, isWord, type Token } from './tokens.js';

export interface ContextOptions {
  /** The article's title, where events look for the body they are about and ratings for the inspectorate. */
  title?: string | null;
  /** TIMEX3 value of the publication date: what 'today' and a present-perfect lead are dated by. */
  publishedAt?: string | null;
  /** The article's time budget, checked as the loops go (extractArticle's timeoutMs). */
  deadline?: Deadline;
  /** Who published it (the --meta outlet, else the page's site name): a public body's own page is about that body. */
  outlet?: string | null;
}

/**
 * What every extractor reads about one article, worked out once: its paragraphs, sentences, tokens,
 * organisations and people. Each part is computed when first asked for (most bodies never need their
 * organisations), then kept for the other extractors of the same article.
 */
export class ArticleContext {
  readonly title: string | null;
  readonly publishedAt: string | null;
  readonly outlet: string | null;
  readonly deadline: Deadline | undefined;
  #paragraphs?: Segment[];
  #sentences?: Segment[];
  #tokensIn?: (start: number, end: number) => Token[];
  #organisations?: ArticleOrganisations;
  #people?: readonly Person[];
  #assessors?: readonly AssessorMention[];
  #lowerBody?: string;

  constructor(readonly body: string, options: ContextOptions = {}) {
    this.title = options.title ?? null;
    this.publishedAt = options.publishedAt ?? null;
    this.outlet = options.outlet ?? null;
    this.deadline = options.deadline;
  }

  get paragraphs(): readonly Segment[] { return (this.#paragraphs ??= paragraphs(this.body)); }
  get sentences(): readonly Segment[] { return (this.#sentences ??= sentences(this.body)); }
  get organisations(): ArticleOrganisations { return (this.#organisations ??= articleOrganisations(this.body, this.assessors)); }
  get people(): readonly Person[] { return (this.#people ??= peopleOf(this)); }
  /** Where the body names an inspectorate, agency or auditor: who awarded a grade, and what is never a subject. */
  get assessors(): readonly AssessorMention[] { return (this.#assessors ??= assessorMentions(this.body)); }

  /**
   * The body in lower case, for the tests of literal words many rules make before their patterns (a native search, where a
   * case-blind pattern tries every position). Its offsets are not the body's: a few letters change length in lower case.
   */
  get lowerBody(): string { return (this.#lowerBody ??= this.body.toLowerCase()); }

  /** The body's tokens between two offsets; the body is tokenised once, on the first call. */
  tokensIn(start: number, end: number): Token[] {
    this.#tokensIn ??= tokenIndex(tokenize(this.body, 0, this.deadline));
    return this.#tokensIn(start, end);
  }
}

/** Each extractor takes a body or a context: a body gets a context of its own. */
export function contextOf(input: string | ArticleContext, options: ContextOptions = {}): ArticleContext {
  return typeof input === 'string' ? new ArticleContext(input, options) : input;
}
