// Class/id vocabulary: what a page's own markup says a block is for. Rules are data with a reason.
//
// A class or id is read as lowercase tokens split on anything that is not a letter or digit
// ("article-body__related_links" -> article, body, related, links). An entry either matches one
// whole token (short words that occur inside unrelated words: "ad" in "header", "nav" in "canvas")
// or a fragment anywhere in a token (long words that survive concatenation: "relatedposts").

export type BoilerplateConcept =
  | 'related'
  | 'ad'
  | 'share'
  | 'newsletter'
  | 'comments'
  | 'consent'
  | 'navigation'
  | 'chrome';

export interface VocabularyEntry {
  readonly word: string;
  readonly match: 'token' | 'fragment';
  readonly reason: string;
}

type Table<K extends string> = Readonly<Record<K, readonly VocabularyEntry[]>>;

const token = (word: string, reason: string): VocabularyEntry => ({ word, match: 'token', reason });
const fragment = (word: string, reason: string): VocabularyEntry => ({ word, match: 'fragment', reason });

/** Blocks that are not the article. The strict pass drops them; the relaxed pass keeps them. */
export const BOILERPLATE: Table<BoilerplateConcept> = {
  related: [
    fragment('related', 'related-stories lists and rails'),
    fragment('recommend', 'recommended-for-you modules'),
    fragment('outbrain', 'third-party content-recommendation widget'),
    fragment('taboola', 'third-party content-recommendation widget'),
    fragment('trending', 'trending-now lists'),
    fragment('mostread', 'most-read lists written as one word'),
    fragment('mostpopular', 'most-popular lists written as one word'),
    token('popular', 'most-popular lists'),
    token('promo', 'promotion teasers for other pages'),
    token('teaser', 'teaser cards for other articles'),
    token('more', 'more-from / more-stories blocks'),
  ],
  ad: [
    token('ad', 'ad slots; a token only, since "ad" occurs inside header, shadow, read'),
    token('ads', 'ad containers'),
    fragment('advert', 'advert, advertisement, advertising containers'),
    fragment('sponsor', 'sponsored content and sponsor logos'),
    fragment('adslot', 'ad slot containers written as one word'),
    fragment('adunit', 'ad unit containers written as one word'),
    token('dfp', 'DoubleClick for Publishers slots'),
    token('banner', 'banner ads and site banners'),
  ],
  share: [
    fragment('share', 'share buttons and bars (sharebar, social-share)'),
    fragment('social', 'social-media follow and share widgets'),
    token('print', 'print/email tool rows'),
  ],
  newsletter: [
    fragment('newsletter', 'newsletter sign-up boxes'),
    fragment('subscribe', 'subscribe prompts'),
    fragment('subscription', 'subscription offers'),
    fragment('signup', 'sign-up forms written as one word'),
    fragment('paywall', 'paywall and metering prompts'),
    fragment('optin', 'e-mail opt-in boxes'),
  ],
  comments: [
    fragment('comments', 'comment threads'),
    token('comment', 'comment threads and single comments; "commentary" is an article genre, so a token only'),
    fragment('disqus', 'Disqus comment embed'),
    token('replies', 'reply threads'),
    token('respond', 'WordPress comment form (#respond)'),
  ],
  consent: [
    fragment('cookie', 'cookie banners'),
    fragment('consent', 'consent-management banners'),
    fragment('gdpr', 'GDPR notices'),
  ],
  navigation: [
    token('nav', 'navigation bars; a token only, since "nav" occurs inside canvas'),
    fragment('navbar', 'navigation bars written as one word'),
    fragment('navigation', 'navigation blocks'),
    fragment('menu', 'menus'),
    fragment('breadcrumb', 'breadcrumb trails'),
    fragment('pagination', 'page-number links'),
    token('pager', 'previous/next links'),
    token('skip', 'skip-to-content links'),
    token('tags', 'topic tag lists under the article'),
  ],
  chrome: [
    fragment('sidebar', 'sidebars'),
    fragment('footer', 'page and article footers'),
    fragment('masthead', 'site masthead'),
    token('header', 'site and article headers (the title is reported as metadata, not text)'),
    token('toolbar', 'tool bars'),
    token('byline', 'author and date lines; reported as metadata, not text'),
    token('caption', 'image captions describe pictures, not the story'),
    token('credit', 'photo credits'),
    token('modal', 'pop-up dialogs'),
    token('popup', 'pop-up dialogs'),
  ],
};

/** Words that mark the article container; they add weight when scoring candidates. */
export const CONTENT_WORDS: readonly VocabularyEntry[] = [
  fragment('article', 'article bodies and wrappers'),
  fragment('content', 'main-content wrappers'),
  fragment('story', 'story bodies (news sites)'),
  token('body', 'article-body, story-body'),
  token('entry', 'WordPress entry-content'),
  token('post', 'blog post wrappers'),
  token('text', 'article-text, story-text'),
  token('main', 'main-content wrappers'),
  fragment('prose', 'prose wrappers of design systems'),
  fragment('richtext', 'rich-text blocks of CMS page builders'),
];

/**
 * Words of layout wrappers. A class that also has one of them ("content-with-sidebar",
 * "pg-rail-tall__body", "article-aside-layout") names a wrapper around the article, not a side
 * block, so the boilerplate vocabulary does not drop it. Whole tokens only: "articles" in
 * "related-articles" is not the article.
 */
export const WRAPPER_WORDS: readonly VocabularyEntry[] = [
  token('article', 'article wrappers'),
  token('content', 'content wrappers'),
  token('body', 'body wrappers'),
  token('main', 'main-column wrappers'),
  token('column', 'layout columns'),
];

// Classes such as "category-social-media" or "tag-advertising" (WordPress post_class) describe the
// topic of a post, not the role of the element: they are ignored, or an article about advertising
// would be dropped as an ad.
const TOPIC_CLASS_PREFIXES = ['category-', 'tag-', 'topic-', 'section-'] as const;

const NON_ALNUM = /[^a-z0-9]+/;

/** Lowercase tokens of an element's class and id, without topic classes. */
export function classTokens(className: string, id: string): string[] {
  const names = `${className} ${id}`.toLowerCase().split(/\s+/);
  const roles = names.filter((n) => n && !TOPIC_CLASS_PREFIXES.some((p) => n.startsWith(p)));
  return roles.flatMap((n) => n.split(NON_ALNUM)).filter(Boolean);
}

function entryMatches(entry: VocabularyEntry, tokens: readonly string[]): boolean {
  return entry.match === 'token' ? tokens.includes(entry.word) : tokens.some((t) => t.includes(entry.word));
}

/** The first boilerplate entry the tokens match, with its concept, or null. */
export function boilerplateMatch(tokens: readonly string[]): { concept: BoilerplateConcept; entry: VocabularyEntry } | null {
  if (tokens.length === 0) return null;
  for (const concept of Object.keys(BOILERPLATE) as BoilerplateConcept[]) {
    const entry = BOILERPLATE[concept].find((e) => entryMatches(e, tokens));
    if (entry) return { concept, entry };
  }
  return null;
}

export function hasContentWord(tokens: readonly string[]): boolean {
  return tokens.length > 0 && CONTENT_WORDS.some((e) => entryMatches(e, tokens));
}

export function hasWrapperWord(tokens: readonly string[]): boolean {
  return tokens.length > 0 && WRAPPER_WORDS.some((e) => entryMatches(e, tokens));
}
