/**
 * Boilerplate vocabulary, grouped by concept (as trafilatura groups its XPaths). A rule matches a
 * whole line (trimmed). Each rule says why the line is not article content; the reason is copied
 * into the record's `removed` list so a reader can check every deletion.
 */
export interface LineRule {
  id: string;
  pattern: RegExp;
  /** What every line the pattern matches contains, where finding it is far cheaper than the pattern on a long paragraph. */
  gate?: RegExp;
  /**
   * Words, in lower case, one of which every line the gate (or, ungated, the pattern) matches holds: looked for in the line in
   * lower case first, a native search where a case-blind pattern is tried at every position of every paragraph.
   */
  words?: readonly string[];
  reason: string;
}

export const LINE_RULES: readonly LineRule[] = [
  { id: 'ad-label', reason: 'advertisement label',
    pattern: /^(advertisement|advertising|advert|sponsored( content)?|promoted( content)?|paid content|(story|article) continues below( this)?( advert(isement)?| ad)?|continue reading( below| the main story)?)$/i },
  // the controls of an ad slot, left as text when the slot's markup is scraped
  { id: 'ad-control', reason: 'advertisement label', pattern: /^(hide|skip|close|remove|report( this)?) (ad|advert|advertisement)s?$/i },
  { id: 'caption-label', reason: 'image caption label', pattern: /^(image|video|media|photo) caption,?$/i },
  { id: 'caption-line', reason: 'image caption, with its text on the label’s line', pattern: /^(image|video|media|photo) caption,\s*\S.{0,400}$/i },
  { id: 'photo-credit', reason: 'photo credit',
    pattern: /^(image|images|photo|photos|picture|pictures|photograph|pic|credit|illustration|image source|photo credit|picture credit|source)\s*[:,]\s*\S.{0,80}$/i },
  { id: 'agency-credit', reason: 'photo credit',
    pattern: /^(getty images|pa media|pa wire|pa|reuters|ap|afp|epa|shutterstock|alamy|bbc)(\s*\/\s*[\w .]{1,30})?$/i },
  { id: 'comment-widget', reason: 'comment widget',
    pattern: /^(\d+\s+)?(comments?|replies|reply)$|^(inline feedbacks?|notify of|subscribe|unsubscribe|guest|log ?in|sign ?in|sign up|register|report|newest|oldest|most voted|login to comment)$|^((view|show|load|see|read) (all|more) comments|(leave|post|add|write) a (comment|reply)|be the first to comment.*|join the (conversation|discussion).*)$/i },
  { id: 'back-to-top', reason: 'navigation', pattern: /^(back to top|skip to (main )?content|return to top|top of page|home|menu|search|close)$/i },
  { id: 'related-label', reason: 'related-content label',
    pattern: /^(related (topics|stories|articles|content|internet links|links|news|posts|coverage|reading)|more on this story|more (stories )?from .{1,40}|read more|see also|you may also like|you might also like|recommended( for you)?|most read|most popular|trending( now)?|top stories|around the bbc|latest news|more news|related)\s*:?$/i },
  { id: 'share', reason: 'share buttons',
    pattern: /^(share|share this( article| story| page| post)?|share (on|via) \w+|about sharing|tweet|email|e-mail|print|copy link|copied|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|messenger|like this|like loading\W*|save|bookmark)\s*:?$/i },
  { id: 'comment-form', reason: 'comment form',
    pattern: /^(leave a (reply|comment)|your email address will not be published\b.*|required fields are marked.*|(reader )?comments are (now )?closed\b.*|cancel reply|post comment)$/i },
  { id: 'newsletter', reason: 'newsletter sign-up',
    pattern: /^(sign up|sign up now|get (the latest|our)\b.{0,60}\b(sent to your inbox|newsletter|in your inbox)|sign up (to|for) (our|the)\b.{0,60}newsletters?(\s*[-–—:,]\s*.{0,100})?|enter your email\b.*|newsletter)\.?$/i },
  // a donation appeal speaks to the reader of what their money does for the newsroom; none quotes anyone
  { id: 'donation', reason: 'donation appeal', words: ['gift', 'donat', 'contribut', 'support', 'fund'], gate: /\b(gift|donat|contribut|support|fund)/i,
    pattern: /^(?!.*["“”]).*\b(your (gift|donation|support|contribution)s? (makes?|helps?|keeps?|powers?|means?|matters?)\b|(donate|give|contribute) (now|today)\b|(support|fund) (our|independent|local|quality|public) (journalism|newsroom|reporting)\b|(become|join as) a (member|supporter|sustaining member|donor)\b)/i },
  { id: 'video-prompt', reason: 'video or broadcast prompt',
    pattern: /^(watch|see|view|catch up on|find) (more|all|the latest)?\s*(of )?our (latest )?(videos?|clips|films|shows|channel)\b.{0,60}$|^(visit|watch|stream|download|try)\b.{1,40}\bnow\s*[.!]?$|^(watch|listen|stream)(\s+(live|now|again|more))?\s*:\s*.{0,60}$/i },
  { id: 'tags', reason: 'tag list', pattern: /^(tags|topics|filed under|categories)\s*:\s*\S.{0,150}$/i },
  { id: 'nav-menu', reason: 'navigation menu', pattern: /^[^|\n]{1,30}(\s+\|\s+[^|\n]{1,30}){2,}$/ },
  // a page's trail of sections ('Home > News and media > Latest news'): no sentence, so no full stop at its end
  { id: 'breadcrumb', reason: 'navigation breadcrumb', gate: /[>›»]/, pattern: /^[^>›»\n]{1,30}(\s+[>›»]\s+[^>›»\n]{1,40}){2,}(?<![.!?])$/ },
  // a menu whose links a scrape ran together, two spaces or a tab apart: four or more short capitalised labels
  { id: 'nav-menu-spaced', reason: 'navigation menu', gate: /\S(?: {2,}|\t)\S/,
    pattern: /^\p{Lu}[\p{L}&'’-]*(?: \p{L}[\p{L}&'’-]*){0,2}(?:(?: {2,}|\t+)\p{Lu}[\p{L}&'’-]*(?: \p{L}[\p{L}&'’-]*){0,2}){3,}$/u },
  { id: 'related-link', reason: 'related-content link',
    pattern: /^(read more|see also|related|more|watch|listen|read|also read|recommended|most read|most popular|most viewed|trending( now)?|top stories)\s*:\s*\S.{0,150}$/i },
  { id: 'copyright', reason: 'copyright notice', words: ['copyright', '©', '(c)', 'all rights reserved'], pattern: /^(copyright|©|\(c\))\s*(\d{4})?\b.{0,200}$|\ball rights reserved\b/i },
  // 'By Jane Roe', 'by Jane Roe and John Doe', 'by the Newsdesk Team on March 3rd, 2020': a name, then at most a date
  { id: 'byline', reason: 'byline', pattern: /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}(\s*[|,–-]\s*.{0,80}|\s+(and|on)\s+.{0,80})?$/u },
  { id: 'caption-credit', reason: 'image caption with its credit', gate: /:/,
    pattern: /^.{3,200}[.,]?\s*\(?((photo|picture|image|pic|photograph)( credit)?|credit)\s*:\s*\p{Lu}[\p{L}\d.'’ /-]{1,60}\)?$/iu },
  { id: 'follow', reason: 'social follow line',
    pattern: /^(why not |please |do |and )?follow\b.{0,120}\bon (facebook|twitter|x|instagram|tiktok|youtube|linkedin|threads|bluesky)\b/i },
  // the invitation ends a sentence that opens with a lead-in ('For more news like this, follow us on …')
  { id: 'follow-us', reason: 'social follow line', words: ['us on'],
    pattern: /^.{0,80}\b(follow|join|like|find) us on (facebook|twitter|x|instagram|tiktok|youtube|linkedin|threads|bluesky)\b.{0,120}$/i },
  { id: 'external-disclaimer', reason: 'external-links disclaimer', words: ['not responsible'],
    pattern: /\b(?:is|are) not responsible for (?:the )?content (?:of|on) external (?:internet )?(?:web)?sites\b/i },
  { id: 'published-stub', reason: 'publication stub without a date',
    pattern: /^[•·*\-–\s]*(published|updated|last updated|posted|modified)(\s*:|\s+\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago)?$/i },
  { id: 'updated-line', reason: 'modification date (not the publication date)', pattern: /^[•·*\-–\s]*(updated|last updated|modified|last modified)\s*(:|on\b|\d).{0,60}$/i },
  { id: 'call-to-action', reason: 'reader call to action',
    pattern: /^(help us break the news|got a story( for us)?|have you got a story|send (us )?your (story|stories|news|pictures|photos|videos)|subscribe (to|for) (our|the|weekly|daily|free)\b.{0,60}|get in touch)\b.{0,120}$/i },
  { id: 'contact-line', reason: 'press office contact', pattern: /^((media|press|news) (enquiries|inquiries|contacts?|office|desk)|contacts?|for (further|more) information)\s*:.{0,120}$/i },
  // a publication's line about itself: who publishes it, or its name and tagline with the site's links
  { id: 'publisher-line', reason: 'publisher footer or tagline', words: ['published by', 'produced by', 'news'], gate: /\b(published|produced) by\b|\bnews\b/i,
    pattern: /^\p{Lu}[^.]{0,60}\bis (published|produced) by [^.]{2,60}\b(ltd|limited|plc|media|group|llc|inc)\b\.?(\s+.{0,80})?$|^\p{Lu}[\p{L}&'’ ]{2,40}\s[-–—|]\s((the|your|daily|weekly|independent|local|trusted|latest)\s+)*news\s+(for|from|about|on)\b.{0,100}$/iu },
  // markdown or HTML image markup a text scrape kept: the image, not a sentence
  { id: 'image-markup', reason: 'image', gate: /\]\(|<img\b/i,
    pattern: /^!\[[^\]\n]{0,300}\]\([^)\s]+\)$|^\[[^\]\n]{0,300}\]\([^)\s]+\.(jpe?g|png|gif|webp|avif|svg)(\?[^)\s]*)?\)$|^<img\b[^>]*>$/i },
  // a publisher's prize shown as a banner: a title-case prize name with no verb ('Regional Website of the Year', 'Press Awards 2019',
  // 'Winner: Weekly Newspaper of the Year 2019')
  { id: 'awards-banner', reason: 'awards banner', words: ['of the year', 'award'], gate: /\bof the year\b|\bawards?\b/i,
    pattern: /^((Winner|Winners|Finalist|Shortlisted|Highly Commended)\s*[:–-]\s*)?['‘"“]?(\p{Lu}[\p{L}\d&'’-]*\s+((of|the|and|for|in|&)\s+)*){1,8}(of the (Year|Decade)( (19|20)\d\d)?|Awards? (19|20)\d\d)['’"”]?$/u },
  { id: 'link-prompt', reason: 'link prompt (the link itself is gone in a text scrape)',
    pattern: /^(?:you can )?(?:view|read|see|download|access|find)\b.{0,60}\bhere\.?$|^click here\b.{0,80}$/i },
  { id: 'cookie', reason: 'cookie notice', words: ['cookie', 'privacy', 'information on', 'accept', 'reject all', 'manage'],
    pattern: /\b((we|we and our (partners|vendors)|this (site|website)|our (site|website)) uses? cookies|cookie (policy|settings|preferences)|accept (all )?cookies|we value your privacy|(store|access) (and\/or |and )?(store |access )?information on (a|your) device)\b|^(accept( all)?( and close)?|reject all|manage (cookies|preferences|consent))$/i },
  // a metered paywall's or a subscription's prompt ('You have read 2 of your 3 free articles', 'Already a subscriber? Log in',
  // 'Sign in to read more')
  { id: 'paywall', reason: 'subscription prompt', words: ['subscri', 'free article', 'keep reading', 'continue reading', 'read more', 'unlimited access'], gate: /subscri|free articles?|keep reading|continue reading|read more|unlimited access/i,
    pattern: /^.{0,120}\b(already a subscriber|(sign|log) ?in to (read|keep reading|continue reading)|(\d+|one|two|three|four|five) (of your (\d+|one|two|three|four|five) )?free (articles?|stories) (left )?(this|per|a) (month|week)|register to (keep|continue) reading|(log|sign) ?in or register to (read|continue|view)|free (for|to) .{0,40}subscribers|subscribe (now |today )?(from|for) [£$€]\s?\d|for unlimited access)\b.{0,120}$/i },
  // a caption that ends with its credit in brackets ('The town hall in May. (Herald file photo)', '(Photo by Jo Bloggs)')
  { id: 'caption-photo-credit', reason: 'image caption with its credit', gate: /\)\s*$/,
    pattern: /^.{0,200}\((\p{Lu}[\p{L}.'’-]*\s+){0,3}((file|staff|contributed|submitted)\s+)?(photo|picture|image|photograph|pic)(\s+(by|courtesy\s+of)\s+[^()]{1,40})?\)$/iu },
  // a charity's or a company's registration: the footer of a press release, not its news
  { id: 'registration-footer', reason: 'registration footer', words: ['registered'],
    pattern: /^.{0,160}\bregistered (charity|company|in england( and wales)?|in scotland)\b.{0,40}\b(no\.?|number)\s*:?\s*[A-Z]{0,2}\d{5,8}\b.{0,80}$/i },
  // the mark that ends a press release ('###', '-30-', 'ENDS'): what follows is its contacts
  { id: 'release-end', reason: 'press release end mark', pattern: /^(#{3}|-\s*30\s*-|-?\s*ends\s*-?)$/i },
];

/** A publication label whose date the scrape lost ('- Published'): the page's own line, so later dated ones are not. */
export const PUBLISHED_LABEL = /^[•·*\-–\s]*(?:first\s+)?(?:published|posted)\s*[:\-–]?$/i;

/** A dated publication line ('Published: 4 March', a press office's 'Press release issued: Tuesday 4 February 2025'): its date becomes publishedAt and the line leaves the body. */
export const PUBLISHED_LINE = /^[•·*\-–\s]*(?:first\s+)?(?:published|posted|(?:press\s+|news\s+)?(?:release\s+)?issued|released)(?:\s+on)?\s*[:\-–]?\s*(?<date>\S.{2,60})$/i;

/**
 * A timestamp line: a date with a clock time, perhaps after a label ('Friday, 27th September 2019, 6:00 am',
 * 'Updated Thursday, 20th September 2018, 2:12 pm'). No sentence of an article is only that; news sites
 * print it under the headline. Unlabelled or 'published', it is the publication date; 'updated', not.
 */
export const TIMESTAMP_LINE = /^(?:(?<label>(?:last\s+)?updated|modified|(?:first\s+)?published|posted)\b\s*(?:on\b|:)?\s*)?(?<stamp>\S.{5,70})$/i;
/** What every timestamp line holds: a clock time. */
export const CLOCK_TIME = /\b\d{1,2}(?:[:.]\d{2})\s*(?:am|pm|a\.m\.|p\.m\.)?|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)/i;

/** 'a report published today (January 12)': the parenthesis states the publication date. */
export const PUBLISHED_TODAY = /\bpublished\s+today\s*\((?<date>[^()\n]{3,30})\)/i;

export interface InlineRule {
  id: string;
  pattern: RegExp;
  /** Applies only when the whole text shows the marker's signature, so that 'external auditors' survives elsewhere. */
  onlyIf?: RegExp;
  /** As LineRule's gate: what every line the pattern matches contains. */
  gate?: RegExp;
  reason: string;
}

export const INLINE_RULES: readonly InlineRule[] = [
  { id: 'bbc-external-link', reason: 'external-link marker',
    // BBC pages render 'link text, external' after each outbound link; scrapes glue it to the next word.
    pattern: /\s?,\s?external(?=[a-z]|[\s.,;:)]|$)/gm,
    onlyIf: /,\s?external(?:[a-z]|[.,;:)]|$)|not responsible for (?:the )?content (?:of|on) external/m },
  { id: 'new-tab', reason: 'link marker', ...marker(/\(opens in (?:a )?new (?:tab|window)\)/i) },
  { id: 'bracket-marker', reason: 'link marker', ...marker(/\[(?:link|video|image|photo|gallery)\]/i) },
];

/**
 * A marker is cut with the space before it, from the lines that have the marker: the marker alone
 * starts with its bracket, which is found fast, while the optional space in front makes the cutting
 * pattern try every character of every line.
 */
function marker(signature: RegExp): Pick<InlineRule, 'pattern' | 'gate'> {
  return { pattern: new RegExp(`\\s?${signature.source}`, 'gi'), gate: signature };
}
