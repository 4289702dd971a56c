import type { BodyKind } from '../schema/index.js';

/**
 * How news names public bodies: the words that say what kind of body a name is, the short forms of
 * county names, and the compass words that open many names. One table per concept, read by the event
 * subjects (which body an event happened to) and the bodies registry (what kind of body it is).
 */


/**
 * Words for the premises food hygiene ratings are given to: a name written beside one ('the Golden Wok takeaway',
 * 'the Red Lion pub') is a food business's, in an article graded on that scheme (its inspector is the council).
 */
const FOOD_PREMISES_WORDS = String.raw`take-?aways?|restaurants?|grill|kitchen|brasserie|caf[eé]s?|coffee\s+shops?|pubs?|bars?|bakery|bakeries|butchers?|chip\s+shops?|fish\s+bars?|kebab\s+(?:shops?|houses?)|diners?|bistros?|pizzerias?|delis?|hotels?|supermarkets?|convenience\s+stores?|caterers?|tea\s*rooms?|food\s+outlets?|eater(?:y|ies)`;
export const FOOD_PREMISES = new RegExp(FOOD_PREMISES_WORDS, 'i');
/**
 * A food business told as what it is, after a determiner ('a Kelby restaurant', 'a takeaway in Kelby', 'the café'): of the premises
 * words above, those news uses for no other thing ('the bar', 'the kitchen', 'a hotel' are often not the story's business).
 */
const FOOD_BUSINESS_WORDS = String.raw`take-?away|restaurant|caf[eé]|pub|bakery|chip\s+shop|kebab\s+shop|pizzeria|food\s+business`;
const FOOD_BUSINESS_TOLD = new RegExp(String.raw`\b(?:a|an|the|its)\s+(?:\p{Lu}[\p{L}’'-]*\s+)?(?:${FOOD_BUSINESS_WORDS})\b`, 'iu');
/** (the words alone, read first: the determiners the pattern opens with are at every few words of any text) */
const FOOD_BUSINESS_WORD = new RegExp(String.raw`(?:${FOOD_BUSINESS_WORDS})\b`, 'i');
export const tellsFoodBusiness = (text: string): boolean => FOOD_BUSINESS_WORD.test(text) && FOOD_BUSINESS_TOLD.test(text);

/**
 * The kind of a body by the last words of its name (or the service named with it), tried in order:
 * the first entry whose pattern matches the name wins.
 */
export const BODY_KINDS: ReadonlyArray<{ kind: BodyKind; pattern: RegExp; reason: string }> = [
  { kind: 'ambulance service', pattern: /\bambulance\s+service\b/i, reason: 'ambulance trusts are NHS trusts, but watchdogs follow them as ambulance services' },
  { kind: 'nhs trust', pattern: /\b(?:nhs|foundation|hospitals?|health(?:care)?|partnership)\s+trust\b|\bhealth\s+board\b|\bnhs\b(?!.*\b(?:board|group)\b)|\bhospitals$/i,
    reason: 'NHS bodies are named as trusts, in Wales and Scotland as health boards, or for the hospitals they run (\'Kelby and Pellham Hospitals\'; an NHS integrated care board or commissioning group is an agency: it commissions care, the CQC grades none)' },
  { kind: 'gp practice', pattern: /\b(?:medical\s+practice|group\s+practice|surgery|health\s+centre|medical\s+centre)\b/i, reason: 'a GP surgery, inspected by the CQC (a British medical centre is a surgery; an American medical center is a hospital)' },
  { kind: 'hospital', pattern: /\b(?:hospital|infirmary|medical\s+center)\b/i, reason: 'a hospital named on its own' },
  { kind: 'police force', pattern: /\b(?:police|constabulary|police\s+service)\b/i, reason: 'a force is named after its area: Cleveland Police, Kent Constabulary' },
  { kind: 'fire service', pattern: /\bfire\s+(?:and\s+rescue\s+)?(?:service|authority|brigade)\b/i, reason: 'fire and rescue services' },
  { kind: 'court', pattern: /\b(?:crown|magistrates['’]?|county|high|supreme|district|circuit|sheriff['’]?s?|family|youth|juvenile|coroner['’]?s?|superior|federal|municipal|city|state|appeals?|appellate|probate|bankruptcy|criminal|civil|justice|employment|claims)\s+courts?\b|\bcourts?\s+of\s+(?:appeals?|justice|session|claims|common\s+pleas)\b|\btribunal\b/i,
    reason: 'courts and tribunals, named with the kind of court they are (\'Kelby Crown Court\', \'the Court of Appeal\'): a bare \'Court\' ends the name of a care home or a block of flats (\'Kelby Court\')' },
  { kind: 'council', pattern: /\b(?:council|borough|county|district|metropolitan)\b|\bchildren['’]?s\s+services\b|\badults?['’]?\s+social\s+care\b/i, reason: 'local authorities and the services they run' },
  { kind: 'prison', pattern: /\b(?:prison|jail|HMP|young\s+offender\s+institution|YOI)\b/i, reason: 'prisons and young offender institutions, inspected by HM Inspectorate of Prisons' },
  { kind: 'care home', pattern: /\b(?:care|nursing|residential|children['’]?s)\s+home\b/i, reason: 'care homes, inspected by the CQC, and children’s homes, by Ofsted' },
  { kind: 'hospice', pattern: /\bhospices?\b/i, reason: 'hospices, charities the CQC inspects and rates as it does care homes' },
  { kind: 'academy trust', pattern: /\b(?:multi-academy|academy|academies|learning|education(?:al)?|schools)\s+trust\b/i,
    reason: 'a trust that runs academies (\'Kelby Learning Trust\', \'Pellham Academy Trust\'): a school’s employer and the DfE’s counterpart, graded by no inspectorate' },
  { kind: 'school', pattern: /\b(?:school|academy|primary|infants?|juniors?|nursery|nurseries|pre-?school|ysgol)\b/i, reason: 'schools and academies, and the nurseries and pre-schools of the early years, inspected by Ofsted (a Welsh school is an ‘Ysgol’, inspected by Estyn)' },
  { kind: 'college', pattern: /\b(?:college|coleg)\b/i, reason: 'further education colleges (Welsh ‘Coleg’)' },
  { kind: 'university', pattern: /\buniversity\b/i, reason: 'universities' },
  { kind: 'government department', pattern: /\b(?:department|ministry|office|treasury|dfe|dhsc|home\s+office|government)\b/i, reason: 'central government' },
  { kind: 'agency', pattern: /\b(?:agency|authority|commission|inspectorate|regulator|board|ombudsman)\b/i, reason: 'arm’s-length public bodies' },
  { kind: 'housing provider', pattern: /\bhousing\s+(?:association|trust|group)\b|\bhomes\b/i, reason: 'social landlords, graded by the Regulator of Social Housing (\'Ashby Homes\')' },
  { kind: 'food business', pattern: new RegExp(String.raw`\b(?:${FOOD_PREMISES_WORDS})\b`, 'i'), reason: 'premises a food hygiene rating is given to, named with what they are (\'Golden Wok Takeaway\')' },
  { kind: 'company', pattern: /\b(?:ltd|plc|inc|limited|company|group)\b|\bwater$/i, reason: 'companies (a water company is named for its region: ‘Tarnvale Water’)' },
  { kind: 'city', pattern: /\bcity\s+of\b|\bcity\b/i, reason: 'a city as a borrower or as the body it governs' },
];

/**
 * How news refers back to a body by its kind ('the trust', 'the force'): each such reference is a mention of the one body
 * of that kind the article names, or of the place's council or force when it names none.
 */
export const REFERENCES_BACK: ReadonlyArray<{ kind: BodyKind; pattern: RegExp; reason: string }> = [
  { kind: 'council', pattern: /\b(?:the|this)\s+(?:(?:city|county|borough|district)\s+)?council\b|\bthe\s+local\s+authority\b/gi, reason: 'a council, or its county or city council, or the local authority' },
  { kind: 'police force', pattern: /\b(?:the|this)\s+force\b/gi, reason: 'a police force' },
  { kind: 'nhs trust', pattern: /\b(?:the|this)\s+(?:trust|health\s+board)\b/gi, reason: 'an NHS trust, or a Welsh or Scottish health board' },
  { kind: 'academy trust', pattern: /\b(?:the|this)\s+trust\b/gi, reason: 'an academy trust' },
  { kind: 'school', pattern: /\b(?:the|this)\s+(?:school|academy)\b(?!\s+(?:board|district|system|year|term|holidays?|day|run|bus)\b)/gi,
    reason: 'a school or an academy (not the school board, district or year, which are a district’s or the calendar’s)' },
  { kind: 'care home', pattern: /\b(?:the|this)\s+(?:care\s+|nursing\s+|children['’]s\s+)?home\b/gi, reason: 'a care home or a children’s home' },
  { kind: 'university', pattern: /\b(?:the|this)\s+university\b/gi, reason: 'a university' },
  { kind: 'college', pattern: /\b(?:the|this)\s+college\b/gi, reason: 'a college' },
  { kind: 'prison', pattern: /\b(?:the|this)\s+(?:prison|jail)\b/gi, reason: 'a prison' },
  { kind: 'hospital', pattern: /\b(?:the|this)\s+hospital\b/gi, reason: 'a hospital' },
  { kind: 'hospice', pattern: /\b(?:the|this)\s+hospice\b/gi, reason: 'a hospice' },
];
/** How many times a text refers back to a body of `kind` (see REFERENCES_BACK). */
export const referencesBack = (text: string, kind: BodyKind): number => {
  const pattern = REFERENCES_BACK.find((r) => r.kind === kind)?.pattern;
  return pattern ? (text.match(pattern) ?? []).length : 0;
};

/**
 * Words of a body's full name that say what kind of body it is, not which: 'Caerphilly County Borough
 * Council' and 'Caerphilly Council' are one body, so the key that joins its mentions drops them.
 */
export const KIND_WORDS: ReadonlyArray<{ words: readonly string[]; reason: string }> = [
  { words: ['council', 'county', 'borough', 'district', 'metropolitan', 'city', 'town', 'village', 'state', 'commonwealth', 'authority', 'combined', 'common'], reason: 'local and state government (a combined authority, or a combined fire authority, is named for the areas it combines; \'City of Carby\' and \'State of Ohio\' are named for their places; a Wisconsin or New York city\'s \'Common Council\' is its city council)' },
  { words: ['police', 'constabulary', 'fire', 'rescue', 'ambulance', 'service', 'services', 'division'], reason: 'emergency and public services (an American city’s police is its ‘Division of Police’)' },
  { words: ['practice', 'surgery', 'medical', 'centre'], reason: 'a GP surgery: ‘Harlow Medical Practice’, ‘Harlow Surgery’ and ‘the practice in Harlow’ are one surgery' },
  { words: ['nhs', 'trust', 'foundation', 'hospital', 'hospitals', 'royal', 'general', 'teaching'], reason: 'health bodies (a trust named for its hospitals and its main hospital are one body to the news that reports them; a teaching trust is named so beside its town)' },
  { words: ['school', 'schools', 'academy', 'college', 'university', 'high', 'middle', 'elementary', 'junior', 'infant', 'primary', 'secondary', 'grammar', 'nursery', 'nurseries', 'pre-school', 'preschool', 'education'], reason: 'schools, nurseries and the stages they teach (an American district is its schools and its board of education: \'Kelby Schools\', \'Kelby Board of Education\' and \'Kelby Middle School\' go by \'Kelby\')' },
  { words: ['ysgol', 'gyfun', 'gynradd', 'uwchradd', 'coleg'], reason: 'the same in Welsh: ‘Ysgol Gyfun Cwm Kelby’ (a comprehensive school) and ‘Cwm Kelby’ are one school' },
  { words: ['department', 'ministry', 'office', 'agency', 'board', 'commission', 'committee', 'government', 'inspectorate'], reason: 'government and its agencies' },
  { words: ['party', 'parliament', 'assembly', 'ofsted', 'cqc', 'court', 'tribunal', 'bank', 'company', 'ltd', 'plc', 'inc', 'group', 'association', 'union', 'institute'], reason: 'other institutions (a group is named for its members: ‘Kelby Homes Group’ and ‘Kelby Homes’ are one landlord)' },
  { words: ['housing', 'homes'], reason: 'a housing association: ‘Kelby Homes’, ‘Kelby Housing Association’ and ‘Kelby’ are one landlord' },
  { words: ['hmp', 'hmyoi', 'prison', 'jail', 'young', 'offender', 'offenders', 'institution'], reason: 'a prison’s title and kind: ‘HMP Fenmoor’, ‘Fenmoor prison’, ‘Fenmoor jail’ and ‘Fenmoor Young Offender Institution’ are one prison' },
  { words: ['st', 'saint', 'church', 'england', 'cofe', 'ce', 'rc', 'catholic', 'methodist', 'voluntary', 'aided'], reason: 'a school’s designation and a saint’s title: ‘St Aldwyn’s Church of England Primary School’ and ‘Aldwyn’s’ are one school' },
  { words: ['of', 'and', 'the', 'for', '&'], reason: 'the words between a name’s parts' },
];

/**
 * Compass words open many bodies' names ('North Yorkshire Police', 'South East Coast Ambulance
 * Service'): there a capital is the name's, even at the start of a sentence, though the lexicon
 * knows the word as an adjective.
 */
export const COMPASS_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'mid', 'upper', 'lower', 'greater',
  'north-east', 'north-west', 'south-east', 'south-west',
]);

/**
 * Posts that belong to one kind of public body: a headline or a lead that names one ('Former councillor spared jail', 'Head
 * teacher suspended') is about a body of that kind, though it names the body only further down.
 */
export const POSTS_OF_KIND: ReadonlyArray<{ kind: BodyKind; posts: readonly string[]; reason: string }> = [
  { kind: 'council', posts: ['councillor', 'councillors', 'councilor', 'councilors', 'council leader'], reason: 'a council’s elected members and its leader' },
  { kind: 'school', posts: ['headteacher', 'head teacher', 'headmaster', 'headmistress'], reason: 'a school’s head (a principal may head a college or a company)' },
  { kind: 'police force', posts: ['chief constable', 'police officer', 'police constable'], reason: 'a force’s officers and its chief' },
];
/** Whether a text's whole words (`wholeWordsOf`) name a post of the kind of body given. */
export const namesPostOf = (kind: string, words: string): boolean =>
  POSTS_OF_KIND.some((k) => k.kind === kind && k.posts.some((p) => words.includes(` ${p} `)));

/**
 * Words that make a name a political party's or one of its organs' ('Kelby Democratic Party', 'the Republican National
 * Committee', 'Kelby Labour'): a party is no public body, and its posts, meetings and announcements are politics.
 */
export const PARTY_NAME = /\b(?:Party|Democrats?|Democratic|Republicans?|GOP|DNC|RNC|Labour|Conservatives?|Tory|Tories)\b/;

/**
 * Words news puts before a body's name to describe it ('troubled North Bromsgrove High School', in a
 * lead's capitals 'TROUBLED North …'): never part of the name. Gerunds are not ruled out as a class,
 * since towns are named like them (Reading, Worthing, Barking). ('Full Council' is all a council's members in session.)
 */
export const NAME_DESCRIPTORS: ReadonlySet<string> = new Set([
  'troubled', 'embattled', 'beleaguered', 'failing', 'struggling', 'under-fire', 'crisis-hit', 'scandal-hit', 'cash-strapped',
  'debt-laden', 'doomed', 'disgraced', 'controversial', 'popular', 'former', 'inadequate', 'outstanding', 'full',
  // what the body is to another, before its name ('Owner Kelby Care Ltd's registered manager', 'operator Pellham Homes')
  'owner', 'operator', 'provider', 'landlord',
]);

/**
 * Private people news locates by their town ('a Kelby mother', 'Kelby man jailed', 'the Kelby family', 'a Kelby law firm'): the place
 * before them says where they live or work, and names no body the story is about.
 */
export const RESIDENT_NOUNS: ReadonlySet<string> = new Set([
  'man', 'woman', 'men', 'women', 'mother', 'mum', 'mom', 'father', 'dad', 'parent', 'parents', 'family', 'families', 'couple',
  'boy', 'girl', 'teenager', 'teen', 'child', 'baby', 'son', 'daughter', 'grandmother', 'grandfather', 'gran', 'grandad', 'widow',
  'pensioner', 'pensioners', 'resident', 'residents', 'tenant', 'tenants', 'homeowner', 'homeowners', 'motorist', 'shopper', 'pupil', 'student',
  'law', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'businessman', 'businesswoman',
]);

/**
 * Short forms of English county names that news writes in bodies' names ('Bucks County Council'),
 * so that a body's key is the same whichever form an article uses.
 */
export const COUNTY_SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['beds', 'bedfordshire'], ['berks', 'berkshire'], ['bucks', 'buckinghamshire'], ['cambs', 'cambridgeshire'],
  ['glos', 'gloucestershire'], ['hants', 'hampshire'], ['herts', 'hertfordshire'], ['lancs', 'lancashire'],
  ['leics', 'leicestershire'], ['lincs', 'lincolnshire'], ['northants', 'northamptonshire'], ['notts', 'nottinghamshire'],
  ['oxon', 'oxfordshire'], ['staffs', 'staffordshire'], ['wilts', 'wiltshire'], ['worcs', 'worcestershire'],
]);

/** Places that borrow, are rated or are governed as one body ('Minneapolis', 'Minnesota', 'Ireland'), by the lexicon's tag for the name. */
export const PLACE_KINDS: ReadonlyArray<{ tag: string; kind: BodyKind; reason: string }> = [
  { tag: 'City', kind: 'city', reason: 'a city: its council, or the city as a borrower' },
  { tag: 'Region', kind: 'region', reason: 'a state or region: its government, rated by credit agencies' },
  { tag: 'Country', kind: 'country', reason: 'a country: its government, rated as a sovereign borrower' },
];
/** Lexicon tags of a place's name: the kinds above, and a place of no kind ('Place'). */
export const PLACE_TAGS: ReadonlySet<string> = new Set(['Place', ...PLACE_KINDS.map((p) => p.tag)]);

/** The kind of body a name says: by its words, else by what the lexicon (`tagsOf`) knows of a one-word place name; 'other' when neither tells. */
export function kindOf(name: string, tagsOf: (word: string) => readonly string[] = () => []): BodyKind {
  const byWords = BODY_KINDS.find((k) => k.pattern.test(name))?.kind;
  if (byWords) return byWords;
  const tags = name.includes(' ') ? [] : tagsOf(name);
  return PLACE_KINDS.find((p) => tags.includes(p.tag))?.kind ?? 'other';
}

/**
 * Where a body stands, written after its name ('Kestrel High School on Mill Lane', 'Oakdene House, in Westmere,'):
 * no part of the name. The name ends with a word that says what it is, written with a capital as names are.
 */
export const LOCATION_AFTER_NAME = /(?<=\b(?:School|Academy|College|Hospital|House|Home|Lodge|Court|Manor|Hall|Centre|Center|Council|Trust|Primary|Infants|Juniors|Nursery|Surgery|Practice|Prison|Station)),?\s+(?:on|in|at|near|off)\s+\p{Lu}[^]*$/u;

/**
 * A committee or panel named as such ('the Staff Pay Committee', 'its Audit and Scrutiny Committee'):
 * in an article about a council it sits as part of that council, so its meeting is the council's.
 */
export const NAMED_COMMITTEE = /\b(?:\p{Lu}[\p{L}’'-]+\s+(?:(?:and|of|for)\s+)?){1,4}(?:Committee|Sub-Committee|Panel)\b/u;

/** What a care home's name says it is ('Ashfield Care Home' is Ashfield to the news), no part of its key. */
/**
 * Bodies another body runs, and answers for: news of the one is the runner's news, in an article about the runner.
 */
export const RUN_BY: ReadonlyArray<{ kind: BodyKind; runBy: BodyKind; reason: string }> = [
  { kind: 'hospital', runBy: 'nhs trust', reason: 'an NHS trust runs its hospitals: the CQC registers and rates the trust, and its report on a hospital’s wards is the trust’s (\'Kelby Partnership NHS Foundation Trust responds to CQC report\' on Kelby General Hospital)' },
];

/**
 * Bodies a grade or a regulator's step on another body is sent to, as the one that runs it, in an article about the body it
 * concerns: the step is that body's news, not the recipient's (a food business a council inspects it does not run). Not RUN_BY,
 * whose runner's article makes the run body's events the runner's: an NHS trust is what the CQC registers, a school what Ofsted grades.
 */
export const SENT_TO: ReadonlyArray<{ kind: BodyKind; sentTo: BodyKind; reason: string }> = [
  { kind: 'care home', sentTo: 'council', reason: 'a council runs some care homes, and a restriction notice on one is sent to it (\'a restriction notice to Kelby Council\', of its home)' },
  { kind: 'school', sentTo: 'council', reason: 'a council runs its maintained schools: a warning notice on one is sent to it' },
  { kind: 'school', sentTo: 'academy trust', reason: 'the Department for Education sends its notices on an academy to the trust that runs it (\'issued Kelby Academies Trust with a termination warning notice\', over its academy\'s inadequate grade)' },
];

export const CARE_HOME_KIND = /\s+(?:care|nursing|residential)\s+home$/i;
/**
 * Names that say what a body is only where the article's grades are of that kind: elsewhere the same words name a building, a firm
 * or an election. Each entry's kind is the kind its names then are.
 */
export const GRADED_NAME_FORMS: ReadonlyArray<{ kind: BodyKind; pattern: RegExp; reason: string }> = [
  { kind: 'care home', pattern: /^\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s+(?:House|Lodge|Court|Manor|Grange|Hall|Gardens|Mews|(?:Care|Nursing|Residential)\s+Home)$|^(?:Plas|Tŷ|Llys|Cartref)(?:\s+\p{Lu}[\p{L}’'-]*){1,2}$/u,
    reason: 'the last words of care homes\' names (\'Oakdene House\', \'Brookside Lodge\', \'Ashfield Care Home\'), or the first of a Welsh one (\'Plas Gwenallt\', \'Tŷ Celyn\': hall, house)' },
  { kind: 'school', pattern: /^\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}\s+(?:Primary|Infants|Juniors|High)$/u,
    reason: 'a school named by the stage it teaches, its last word (\'Kelby Primary\', \'Pellham High\'; elsewhere \'the Kelby Primary\' is an election)' },
];
