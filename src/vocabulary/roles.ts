/**
 * The nouns of public roles, by kind, each kind with why: people read them to tell an official from
 * anyone named, quotes read them to know a noun for a person ('the commissioner said'), events to
 * keep a role out of a body's name. Entries are lower case, multi-word ones with single spaces; an
 * entry of a `capitalsOnly` kind counts only where it is written in capitals ('MP', not 'am'), or, for
 * modifiers, capitalised ('His Majesty’s', not 'his').
 */
export interface RoleGroup {
  reason: string;
  words: readonly string[];
  capitalsOnly?: boolean;
}

export const ROLE_HEAD_GROUPS: readonly RoleGroup[] = [
  { reason: 'heads of public bodies and their departments', words: [
    'chief executive officer', 'chief executive', 'chief officer', 'chief operating officer', 'chief financial officer',
    'director', 'director general', 'head', 'headteacher', 'head teacher', 'principal', 'manager', 'administrator',
    'controller', 'comptroller', 'comptroller general', 'clerk', 'treasurer', 'registrar', 'officer', 'chief',
  ] },
  { reason: 'boards and committees: who chairs, sits on or speaks for them', words: [
    'chair', 'chairman', 'chairwoman', 'chairperson', 'vice-chair', 'trustee', 'governor', 'spokesperson', 'spokesman',
    'spokeswoman', 'representative', 'secretary', 'secretary general', 'president', 'vice-president',
  ] },
  { reason: 'elected and appointed offices of government (an American city council\'s members are its aldermen, \'alderpersons\' in some cities)', words: [
    'council leader', 'leader', 'mayor', 'lord mayor', 'cabinet member', 'cabinet secretary', 'portfolio holder',
    'lead member', 'councillor', 'councilor', 'alderman', 'alderwoman', 'alderperson', 'minister', 'secretary of state', 'chancellor', 'commissioner',
    'police and crime commissioner', 'member of parliament', 'senator', 'deputy', 'chief whip', 'incumbent', 'speaker',
  ] },
  { reason: 'inspection, audit and regulation: the offices that grade public bodies', words: [
    'inspector', 'chief inspector', 'inspector general', 'auditor', 'auditor general', 'ombudsman', 'regulator',
  ] },
  { reason: 'police, fire, health and the courts: ranks and posts that name the office', words: [
    'chief constable', 'chief superintendent', 'superintendent', 'chief fire officer', 'chief nurse', 'chief medical officer',
    'surgeon general', 'coroner', 'judge', 'magistrate', 'sheriff', 'attorney general', 'solicitor general',
  ] },
  { reason: 'parliamentary letters after a name, meaningful only in capitals (lower-case "am" and "ms" are words)',
    capitalsOnly: true, words: ['mp', 'mep', 'msp', 'ms', 'am'] },
];

export const ROLE_MODIFIER_GROUPS: readonly RoleGroup[] = [
  { reason: 'rank within a role (\'deputy director\', \'assistant chief constable\')', words: [
    'deputy', 'assistant', 'executive', 'senior', 'chief', 'lead', 'vice', 'co', 'general', 'managing', 'joint',
  ] },
  { reason: 'tenure: when or how the role is held (\'interim principal\', \'previous incumbent\')', words: [
    'interim', 'acting', 'former', 'shadow', 'permanent', 'temporary', 'new', 'previous', 'outgoing', 'incoming', 'current',
    'appointed', 'elected', 'designated', 'next',
  ] },
  { reason: 'the body or tier the role belongs to (\'council leader\', \'county councillor\')', words: [
    'cabinet', 'council', 'county', 'city', 'district', 'borough', 'regional', 'national', 'local', 'corporate', 'strategic',
    'independent', 'party', 'group', 'area', 'divisional', 'opposition',
  ] },
  { reason: 'the field of the role (\'finance director\', \'children\'s services director\', \'food safety team leader\')', words: [
    'operations', 'operational', 'finance', 'financial', 'service', 'programme', 'project', 'policy', 'medical', 'clinical',
    'nursing', 'education', 'children’s', "children's", 'health', 'police', 'fire', 'justice', 'prime', 'home', 'foreign',
    'campaign', 'press', 'communications', 'market', 'team', 'safety', 'food', 'housing', 'planning', 'licensing',
    'environmental', 'highways',
  ] },
  { reason: 'titles of the Crown that open a role (\'His Majesty’s Chief Inspector\'), capitalised: lower-case \'his deputy\' names no role',
    capitalsOnly: true, words: ['his', 'her', 'majesty’s', "majesty's"] },
];

/** Every role head, longest first where matched; each with whether it must be written in capitals. */
export const ROLE_HEADS: readonly string[] = ROLE_HEAD_GROUPS.flatMap((g) => g.words);
export const CAPITALS_ONLY_ROLES: ReadonlySet<string> = new Set(ROLE_HEAD_GROUPS.filter((g) => g.capitalsOnly).flatMap((g) => g.words));
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(ROLE_MODIFIER_GROUPS.flatMap((g) => g.words));
/** Modifiers that count only capitalised ('His Majesty’s'). */
export const CAPITALISED_MODIFIERS: ReadonlySet<string> = new Set(ROLE_MODIFIER_GROUPS.filter((g) => g.capitalsOnly).flatMap((g) => g.words));

/** Tenure modifiers that say the person no longer holds the role, so 'the commissioner' is someone else. */
export const PAST_TENURE: ReadonlySet<string> = new Set(['former', 'previous', 'outgoing', 'ex']);
