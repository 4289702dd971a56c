import { MONTH_NAMES, WEEKDAY_NAMES } from '../../vocabulary/calendar.js';
import { CUE_FORMS } from '../../vocabulary/cueVerbs.js';
/**
 * Words that tell a person's name and public role apart from the text around them. Each table is
 * matched case-insensitively on whole tokens; multi-word entries are written with single spaces.
 */

/** Titles written before a name. An official title shows a public office by itself, and names it as `role`. */
export const HONORIFICS: ReadonlyArray<{ text: string; official: boolean; role?: string }> = [
  { text: 'Cllr', official: true, role: 'Councillor' }, { text: 'Coun', official: true, role: 'Councillor' }, { text: 'Councillor', official: true, role: 'Councillor' },
  { text: 'Councilor', official: true, role: 'Councilor' }, { text: 'Alderman', official: true, role: 'Alderman' }, { text: 'Mayor', official: true, role: 'Mayor' },
  { text: 'Senator', official: true, role: 'Senator' }, { text: 'Sen', official: true, role: 'Senator' }, { text: 'Rep', official: true, role: 'Representative' },
  { text: 'Gov', official: true, role: 'Governor' }, { text: 'Governor', official: true, role: 'Governor' }, { text: 'President', official: true, role: 'President' },
  { text: 'Minister', official: true, role: 'Minister' }, { text: 'Judge', official: true, role: 'Judge' }, { text: 'Justice', official: true, role: 'Justice' },
  { text: 'Supt', official: true, role: 'Superintendent' }, { text: 'Ch Supt', official: true, role: 'Chief Superintendent' }, { text: 'Det Supt', official: true, role: 'Detective Superintendent' },
  { text: 'Insp', official: true, role: 'Inspector' }, { text: 'Det Insp', official: true, role: 'Detective Inspector' }, { text: 'Det Ch Insp', official: true, role: 'Detective Chief Inspector' },
  { text: 'Sgt', official: true, role: 'Sergeant' }, { text: 'Det Sgt', official: true, role: 'Detective Sergeant' }, { text: 'PC', official: true, role: 'Police Constable' }, { text: 'DC', official: true, role: 'Detective Constable' },
  { text: 'Chief Constable', official: true, role: 'Chief Constable' }, { text: 'Commissioner', official: true, role: 'Commissioner' },
  // US local and state titles ('Councilmember Dana Whitfield', 'Assemblywoman Jane Doe')
  { text: 'Councilmember', official: true, role: 'Councilmember' }, { text: 'Councilman', official: true, role: 'Councilman' },
  { text: 'Councilwoman', official: true, role: 'Councilwoman' }, { text: 'Assemblyman', official: true, role: 'Assemblyman' },
  { text: 'Assemblywoman', official: true, role: 'Assemblywoman' }, { text: 'Congressman', official: true, role: 'Congressman' },
  { text: 'Congresswoman', official: true, role: 'Congresswoman' },
  { text: 'Mr', official: false }, { text: 'Mrs', official: false }, { text: 'Ms', official: false }, { text: 'Miss', official: false },
  { text: 'Mx', official: false }, { text: 'Dr', official: false }, { text: 'Prof', official: false }, { text: 'Professor', official: false },
  { text: 'Sir', official: false }, { text: 'Dame', official: false }, { text: 'Lord', official: false }, { text: 'Lady', official: false },
  { text: 'Baroness', official: true, role: 'Member of the House of Lords' }, { text: 'Baron', official: false }, { text: 'Rev', official: false }, { text: 'Revd', official: false },
  { text: 'Canon', official: false }, { text: 'Bishop', official: false }, { text: 'Rt Hon', official: true, role: 'Privy Counsellor' },
  // clergy and armed forces, as news writes them before a name ('Archbishop Aris Shirvanian', 'Gen. Wesley Clark')
  { text: 'Archbishop', official: false }, { text: 'Cardinal', official: false }, { text: 'Rabbi', official: false },
  { text: 'Imam', official: false }, { text: 'Pastor', official: false }, { text: 'Reverend', official: false },
  { text: 'Gen', official: false }, { text: 'Col', official: false }, { text: 'Maj', official: false }, { text: 'Capt', official: false },
  { text: 'Lt', official: false }, { text: 'Adm', official: false }, { text: 'Cmdr', official: false },
];

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
