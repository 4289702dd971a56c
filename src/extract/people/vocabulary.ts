import { MONTH_NAMES, WEEKDAY_NAMES } from '../../vocabulary/calendar.js';
import { CUE_FORMS } from '../../vocabulary/cueVerbs.js';
/**
 * Words that tell a person's name and public role apart from the text around them. Each table is
 * matched case-insensitively on whole tokens; multi-word entries are written with single spaces.
 */

export { HONORIFICS, type Honorific } from '../../vocabulary/honorifics.js';

/** Head nouns of public roles, longest first when matched. */
export const ROLE_HEADS: readonly string[] = [
  'police and crime commissioner', 'chief constable', 'chief executive officer', 'chief executive', 'chief inspector',
  'chief officer', 'chief nurse', 'chief medical officer', 'chief superintendent', 'chief fire officer', 'chief whip',
  'cabinet member', 'cabinet secretary', 'portfolio holder', 'council leader', 'leader', 'mayor', 'lord mayor',
  'director', 'commissioner', 'councillor', 'councilor', 'minister', 'secretary of state', 'secretary', 'chancellor',
  'inspector', 'headteacher', 'head teacher', 'principal', 'chair', 'chairman', 'chairwoman', 'chairperson',
  'spokesperson', 'spokesman', 'spokeswoman', 'head', 'manager', 'officer', 'superintendent', 'president',
  'vice-president', 'governor', 'mp', 'mep', 'msp', 'ms', 'am', 'coroner', 'judge', 'magistrate', 'clerk', 'treasurer',
  'auditor', 'ombudsman', 'registrar', 'senator', 'sheriff', 'attorney general', 'solicitor general', 'trustee',
  'deputy', 'regulator', 'lead member', 'member of parliament', 'chief', 'administrator', 'controller', 'comptroller',
];

/** Words that may stand before a role head inside the role ('interim director', 'Council leader'). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'deputy', 'assistant', 'interim', 'acting', 'executive', 'corporate', 'strategic', 'senior', 'chief', 'lead',
  'former', 'shadow', 'joint', 'cabinet', 'council', 'county', 'city', 'district', 'borough', 'regional', 'national',
  'local', 'managing', 'operations', 'operational', 'finance', 'financial', 'service', 'programme', 'project', 'policy',
  'independent', 'permanent', 'temporary', 'vice', 'co', 'general', 'medical', 'clinical', 'nursing', 'education',
  'children’s', "children's", 'health', 'police', 'fire', 'prime', 'home', 'foreign', 'education', 'justice', 'opposition',
  'party', 'group', 'area', 'divisional', 'district', 'head', 'his', 'her', 'majesty’s', "majesty's",
]);

/** Organisation words strong enough to name an employer ('Director of Children's Services' names a department, not one). */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'council', 'county', 'borough', 'department', 'ministry', 'agency', 'office', 'authority', 'trust', 'board', 'commission',
  'police', 'constabulary', 'nhs', 'ofsted', 'cqc', 'university', 'school', 'academy', 'college', 'hospital', 'committee',
  'government', 'party', 'parliament', 'assembly', 'inspectorate', 'foundation', 'company', 'ltd', 'plc', 'inc',
  'association', 'union', 'institute', 'court', 'tribunal', 'bank',
]);

/** Words that make a capitalised phrase an organisation rather than a person: institutions and the parts of their names. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  ...INSTITUTION_WORDS, 'councils', 'district', 'service', 'services', 'authorities', 'cabinet', 'partnership', 'group',
  'society', 'centre', 'center', 'executive', 'fund', 'network', 'programme', 'forum', 'care', 'education', 'health',
  'children’s', "children's", 'commissioner', 'bbc', 'news', 'times', 'post',
]);

/**
 * Lower-case words that end a role's 'of …'/'for …' complement: auxiliaries, relative and clause words,
 * prepositions, and every cue verb of the quote table ('chief executive of the trust insisted …').
 */
export const COMPLEMENT_STOP: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'should', 'may', 'might', 'who', 'whom',
  'which', 'that', 'when', 'while', 'to', 'in', 'on', 'at', 'as', 'by', 'with', 'from', 'since', 'after', 'before', 'but',
  'because', 'if', 'than', 'welcomed', 'described', 'called', ...CUE_FORMS,
]);

/** Capitalised words that never start a person's name. */
export const NOT_NAME_START: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'of', 'for', 'and', 'but', 'or', 'it', 'he', 'she',
  'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'its', 'if', 'when', 'while', 'after', 'before', 'since',
  ...MONTH_NAMES, ...WEEKDAY_NAMES, 'today', 'yesterday',
  'tomorrow', 'however', 'also', 'meanwhile', 'although', 'despite', 'following', 'last', 'next', 'speaking',
]);
