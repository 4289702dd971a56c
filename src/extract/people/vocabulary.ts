import { MONTH_NAMES, WEEKDAY_NAMES } from '../../vocabulary/calendar.js';
import { CUE_FORMS } from '../../vocabulary/cueVerbs.js';
/**
 * Words that tell a person's name and public role apart from the text around them. Each table is
 * matched case-insensitively on whole tokens; multi-word entries are written with single spaces.
 */

export { HONORIFICS, type Honorific } from '../../vocabulary/honorifics.js';

export { ROLE_HEADS, ROLE_MODIFIERS, CAPITALISED_MODIFIERS, CAPITALS_ONLY_ROLES, PAST_TENURE } from '../../vocabulary/roles.js';

/** Organisation words strong enough to name an employer ('Director of Children's Services' names a department, not one). */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'council', 'county', 'borough', 'district', 'department', 'ministry', 'agency', 'office', 'authority', 'trust', 'board', 'commission',
  'police', 'constabulary', 'nhs', 'ofsted', 'cqc', 'university', 'school', 'academy', 'college', 'hospital', 'hospitals', 'committee', 'schools',
  'government', 'party', 'parliament', 'assembly', 'inspectorate', 'foundation', 'company', 'ltd', 'plc', 'inc',
  'association', 'union', 'institute', 'court', 'tribunal', 'bank', 'panel', 'practice', 'surgery', 'water', 'nursery', 'hospice',
  // Welsh: a school, a college
  'ysgol', 'coleg',
]);

/** Words that make a capitalised phrase an organisation rather than a person: institutions and the parts of their names. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  ...INSTITUTION_WORDS, 'councils', 'service', 'services', 'authorities', 'cabinet', 'partnership', 'group',
  'society', 'centre', 'center', 'executive', 'fund', 'network', 'programme', 'forum', 'care', 'education', 'health',
  'children’s', "children's", 'commissioner', 'bbc', 'news', 'times', 'post', 'coalition', 'alliance', 'securities', 'holdings', 'investments',
  // a newspaper's or a station's name: 'told Justice Gazette' is no judge called Gazette, 'Speaking to Kelby Radio, Chief Constable …' no officer
  'gazette', 'herald', 'chronicle', 'journal', 'telegraph', 'observer', 'courier', 'advertiser', 'argus', 'bulletin', 'tribune',
  'radio', 'fm', 'tv', 'television',
]);

/**
 * Lower-case words that end a role's 'of …'/'for …' complement: auxiliaries, relative and clause words,
 * prepositions, and every cue verb of the quote table ('chief executive of the trust insisted …').
 */
export const COMPLEMENT_STOP: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'should', 'may', 'might', 'who', 'whom',
  'which', 'that', 'when', 'while', 'to', 'in', 'on', 'at', 'as', 'by', 'with', 'from', 'since', 'after', 'before', 'but',
  'because', 'if', 'than', 'under', 'during', 'about', 'against', 'over', 'between', 'welcomed', 'described', 'called', ...CUE_FORMS,
]);

/** Capitalised words that never start a person's name. */
export const NOT_NAME_START: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'of', 'for', 'and', 'but', 'or', 'it', 'he', 'she',
  'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'its', 'if', 'when', 'while', 'after', 'before', 'since',
  ...MONTH_NAMES, ...WEEKDAY_NAMES, 'today', 'yesterday',
  'tomorrow', 'however', 'also', 'meanwhile', 'although', 'despite', 'following', 'last', 'next', 'speaking',
]);
