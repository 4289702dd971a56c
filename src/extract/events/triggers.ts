import type { EventType } from '../../schema/index.js';
import { ASSESSORS } from '../../vocabulary/assessors.js';
import { latin } from '../shared/latin.js';

/**
 * Words that make a sentence report an event. A date in the sentence joins the nearest trigger
 * within MAX_TRIGGER_DISTANCE characters; a trigger with no date is an event only in the article's
 * lead, where a present perfect ('has been suspended') reports news of the publication day.
 * Entries are tried in order: where two match the same words, the earlier one wins.
 */
export interface Trigger {
  type: EventType;
  pattern: RegExp;
  reason: string;
  /** Only in articles that name an inspectorate ('visits' by inspectors, not by a minister). */
  inspectorateOnly?: boolean;
  /** Only in articles that name a credit rating agency ('cut' a rating, not a budget). */
  creditOnly?: boolean;
  /** Only in articles that name a regulator or auditor (an assessor that grades none), or call one so ('the watchdog'). */
  regulatorOnly?: boolean;
  /** Only in articles that name an inspectorate, a regulator or an auditor, or call one so ('the police inspectorate'). */
  assessorOnly?: boolean;
  /** Only in articles that hold these words (a notice named in full before 'the notice' refers to it). */
  articleHas?: RegExp;
  /** What every match holds: a span without it is not searched (a cheap test before a costly pattern). */
  gate?: RegExp;
  /** Not the event when these words stand right before it (tested apart from the pattern: a lookbehind would run at every word). */
  notAfter?: RegExp;
  /** A plural noun ('meetings on 29 and 30 September') takes every date that has it nearest, not only its own nearest. */
  plural?: boolean;
  /**
   * Names the assessor whose report it is ('a report by the Wales Audit Office'): undated, it is still that
   * assessor's report on the body, which the merge joins to the one another article dates.
   */
  byAssessor?: boolean;
}

/** Auxiliaries (and 'to') before a noun that make it a verb: 'is meeting the conditions', 'contributes to meeting local skills needs' are not meetings. */
const NOT_AFTER_VERB = String.raw`(?<!\b(?:is|are|was|were|be|been|not|by|of|to)\s)`;
/**
 * Words that name no one, before a capital a case-blind pattern cannot require (under the i flag a capital class matches any
 * letter): a pronoun or an auxiliary after 'confirmed' opens what was confirmed, not who ('confirmed he would step down as leader').
 */
const NOT_A_NAME_WORD = String.raw`(?!(?:he|she|they|it|we|i|that|this|there|would|will|had|has|was|is)\b)`;
/** What follows 'meeting' as a verb: its object ('meeting or exceeding analysts’ expectations', 'meeting the targets', 'meeting frontline staff and partners', 'spent two days at the school meeting pupils'). */
const NOT_AN_OBJECT = String.raw`(?!\s+(?:or\s+\w+\s+)?(?:the|its|their|his|her|our|these|those|all|analysts['’]?|expectations|estimates|forecasts|targets|demand|standards|requirements|criteria|needs|deadlines?|(?:(?!(?:of|with|for|between|among|at|on|in|to)\s)[a-z-]+\s+)?(?:staff|people|residents|parents|families|carers|patients|partners|officials|leaders|pupils|students|children|teachers|governors|trustees|councillors|victims|campaigners|workers|employees|managers|tenants|volunteers|customers))\b)`;
/**
 * Meetings that are no one occasion: a recurring series ('annual meetings') or one only supposed ('a future meeting'). A day's
 * possessive names one of the series ('at Monday's monthly meeting', 'yesterday's annual meeting', 'last night's annual meeting'),
 * and so does the day it was held on, told right after it ('the council's annual meeting on Thursday', 'the Annual Meeting of
 * Council held at the Civic Centre on Thursday 15 May', 'at its regular meeting this evening').
 */
const NOT_ONE_MEETING = String.raw`(?:(?<!(?<!\b(?:[A-Za-z]+day|tonight|night|morning|evening|week|month|year)['’]s\s)\b(?:annual|regular|monthly|weekly|daily)\s)|(?=meeting(?:\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?(?:\s+held(?:\s+(?:at|in)\s+[^,.;]{1,40}?)?)?\s+(?:on\s+(?:[a-z]+day\b|\d)|last\s+(?:night|[a-z]+day)\b|yesterday\b|tonight\b|this\s+(?:morning|afternoon|evening)\b)))(?<!\b(?:future|possible|potential|hypothetical)\s)`;
/** A body's answer to what was issued to it, just before the thing answered ('accepted in full the statutory recommendations', 'has debated the recommendations'). */
const RESPONDED_TO = /\b(?:accept|adopt|consider|debat|discuss|agree)(?:ed|es|s|ing|e)?\s+(?:to\s+)?(?:in\s+full\s+)?(?:all\s+)?(?:the\s+|its\s+)?(?:[\p{L}’'-]+\s+){0,2}$/iu;
/**
 * A departure or meeting only called for ('called for the chief executive's suspension', 'demanded Mr Reed resign', 'called on its leader, Cllr Hale, to resign', 'faces calls to step down', 'urged the leader of the council, Cllr Hale, to step down',
 * 'has requested an urgent meeting with ministers'): no one has left, nobody has met.
 */
const CALLED_FOR = /\b(?:call(?:ed|s|ing)?\s+for|demand(?:ed|s|ing)?|urg(?:ed|es|ing)|request(?:ed|s|ing)?|ask(?:ed|s|ing)?\s+for|s(?:ought|eeks?|eeking))\s+(?:[\p{L}’'.,-]+\s+){0,5}$|\bcall(?:ed|s|ing)?\s+(?:on|upon)\s+(?:[\p{L}’'.,-]+\s+){0,8}?to\s+$|\b(?:calls|pressure|demands)\s+(?:(?:on|for)\s+(?:[\p{L}’'.,-]+\s+){1,3}?)?to\s+$|\b(?:urg|ask|press)(?:ed|es|s|ing)?\s+(?:[\p{L}’'.,-]+\s+){1,8}?to\s+$/iu;
/**
 * Words before a step that say it was not, or is not to be, taken ('had no intention of issuing a section 114 notice', 'ruled out
 * resigning', 'to avoid a section 114', 'said he will not resign', 'had not resigned as of Thursday', 'refused to step down'), or
 * only that it may be ('is expected to retire next year', 'is likely to issue a section 114 notice').
 */
const DISCLAIMED = /(?:\b(?:no\s+intention|no\s+plans?|not\s+(?:intend|plan|expect)\w*\s+to|ruled?\s+out|avoid\w*)\b[^.;]{0,30}|\b(?:expected|likely|tipped|rumoured|rumored)\s+to\s+(?:[\p{L}-]+\s+){0,3}$|\b(?:(?:will|would|shall|did|does|do|has|have|had|was|were|is|are)\s+(?:not|never)(?:\s+yet)?|(?:won|wouldn|didn|doesn|don|hasn|haven|hadn|wasn|weren|isn|aren)['’]t(?:\s+yet)?|refus\w*\s+to|declin\w*\s+to)\s+)$/iu;
/** Before a departure's words, what says no one has left: it was only called for, or disclaimed. */
const NOT_LEFT = new RegExp(`${CALLED_FOR.source}|${DISCLAIMED.source}`, 'iu');
/**
 * What a person 'dismissed' when it is no post: a claim ('dismissed as locker-room talk', 'dismissed the allegations'), or a case a
 * court or an inspector threw out ('dismissed the developer's appeal').
 */
const NOT_A_POST = String.raw`(?!\s+(?:as|out\s+of\s+hand|(?:the|a|an|his|her|their|its|these|those|such|any|all)\s+(?:[\w’'-]+\s+)?(?:claims?|idea|notion|suggestions?|concerns?|criticism|allegations?|reports?|fears?|speculation|rumou?rs?|calls?|questions?|appeals?|applications?|case|cases|complaints?|challenges?|lawsuits?|suits?|petitions?|objections?|motions?|charges?)\b))`;
/** A person, by pronoun, just before what is done to them ('for him to be assessed'): a patient's or a pupil's assessment. */
const A_PERSON_BEFORE = /\b(?:him|her|them|me|us|he|she|they|I|we)\s+(?:(?:to\s+)?be\s+|being\s+|was\s+|were\s+|(?:has|have|had)\s+been\s+)?$/i;
/**
 * A number of them, right before: a count of events is a statistic ('612 food hygiene inspections'), not one event (a year is no
 * count: 'its 2023 inspection'; nor a statute's section: 'its section 151 officer issued a section 114 notice').
 */
const COUNTED = /(?<![\d,.])(?<!\b[Ss]ection\s)\d{1,3}(?:,\d{3})*\s+(?:[\p{L}-]+\s+){0,3}$/u;
/**
 * The step told of a series of bodies the article's is the latest of, whose span a date after it gives ('the latest of a string of
 * councils to issue a section 114 notice since 2018', 'one of three councils to be served a best value notice this year', 'joins a
 * growing list of towns to win upgrades this year'): a count of others' steps, not this one.
 */
const OTHERS_COUNTED = /\b(?:(?:latest|newest|last|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|one)\s+(?:of\s+)?|join(?:s|ed|ing)?\s+)(?:(?:a|the)\s+)?(?:(?:growing|long|short)\s+)?(?:(?:string|series|number|handful|list|line|spate|raft|ranks|group)\s+of\s+)?(?:[\p{L}-]+\s+){0,2}?(?:councils|local\s+authorities|authorities|forces|trusts|schools|academies|bodies|cities|towns|counties|districts|states|municipalities|governments|issuers)\s+(?:in\s+[\p{L}\s]{1,20}?\s+)?to\s+(?:have\s+|be\s+)?(?:[\p{L}-]+\s+){1,2}?(?:a\s+|an\s+|the\s+)?$/u;
/** Other bodies, counted loosely, that took the step: 'A number of other councils have issued section 114 notices since 2020'. */
const OTHERS_TOOK = /\b(?:several|many|other|some|numerous|dozens\s+of|a\s+number\s+of|a\s+handful\s+of)\s+(?:[\p{L}-]+\s+){0,2}?(?:councils|local\s+authorities|authorities|forces|trusts|schools|academies|bodies|providers)\s+(?:have\s+|had\s+)?(?:[\p{L}-]+\s+){1,2}?$/u;
/** Before a regulator's or a government's step, what says it is one of a count or was not taken (see COUNTED, OTHERS_COUNTED, OTHERS_TOOK, DISCLAIMED). */
const COUNTED_OR_DISCLAIMED = new RegExp(`${COUNTED.source}|${OTHERS_COUNTED.source}|${OTHERS_TOOK.source}|${DISCLAIMED.source}`, 'iu');
/** How often, after a verb: a count of occasions is a statistic ('had met only twice in 2023'), not one of them. */
const NOT_A_COUNT = String.raw`(?!\s+(?:only\s+|just\s+)?(?:once|twice|thrice|(?:\w+|\d+)\s+times)\b)`;
/** Bodies that sit and decide: their names in a trigger make it a meeting of a body ('Council members voted'). */
const SITTING_BODY = String.raw`(?:committee|council|cabinet|board|panel|councillors|trustees)`;
/** A trigger that names the body that met (see happensToBody). */
export const BODY_IN_TRIGGER = new RegExp(String.raw`\b${SITTING_BODY}\b`, 'i');
/** The names of the assessors that grade on a credit scale, or of the others (inspectorates, auditors, regulators). */
const assessorNames = (credit: boolean) => ASSESSORS.filter((a) => (a.scale === 'credit') === credit).map((a) => a.pattern.source).join('|');
/** A report an assessor wrote, named by it: 'a report by the CQC', 'the Wales Audit Office report', 'an April Moody's report'. */
const assessorsReport = (credit: boolean) =>
  new RegExp(String.raw`\b[Rr]eports?\s+(?:by|from)\s+(?:the\s+)?(?:${assessorNames(credit)})|(?:${assessorNames(credit)})(?:['’]s?)?\s+(?:[a-z]+\s+)?reports?\b`, 'g');
/** Words before a post's noun that say which holder it is: a new one, or one standing in. */
const POST_QUALIFIER = String.raw`(?:(?:new|next|permanent|acting|interim|temporary)\s+)?`;
const ROLE_NOUNS = String.raw`(?:chief|head|leader|chair|chairman|chairwoman|mayor|director|principal|commissioner|executive|constable|manager|president|secretary|headteacher|teacher|superintendent|governor)`;

/** A pattern's words with either case of their first letter, for a pattern that must tell capitals apart elsewhere. */
const eitherCase = (words: string) => words.replace(/\b([a-z])/g, (_, c: string) => `[${c.toUpperCase()}${c}]`);

/** Someone in a political or royal office, named or not, right before a visit: their visit is no inspection ('Kelby MP Ann Lee, who visited'). */
const VISITOR_IN_OFFICE = new RegExp(String.raw`\b(?:${eitherCase('minister|secretary|mayor|councillors?|prince|princess|king|queen|duke|duchess|president|governor')}|MPs?|MSPs?|Cllr)(?:\s+[A-Z][\w’'-]*){0,3},?\s+(?:who\s+)?(?:has\s+|had\s+|also\s+)?$`);

/** A resident's family or friends, before a visit of theirs in the same sentence ('the family complained after finding her distressed on a visit'). */
const FAMILY_VISIT = /\b(?:family|families|relatives?|daughters?|sons?|wife|husband|partner|mother|father|parents|friends?|grandchildren)\b[^.;]{0,80}?\b(?:on|during|after|at)\s+(?:a|an|her|his|their|one)\s+(?:[\p{L}-]+\s+)?$/u;

/** What a vote does to someone it removes from their post (see the departure entry for votes). */
const VOTED_OUT = String.raw`fire|sack|dismiss|remove|oust|terminate\s+the\s+(?:contract|employment)\s+of`;

/** What a body runs that can close: its closing is news of the body (a road's, a consultation's or a gap's is not). */
const CLOSING_PLACES = String.raw`(?:school|academy|college|nursery|ward|unit|home|hospice|practice|surgery|hospital|clinic|centre|library|prison|station|takeaway|restaurant|caf[eé]|shop|premises|branch|suite|department)s?`;

const TRIGGER_TABLE: readonly Trigger[] = [
  // legal steps come first: 'a suspended jail term' is a sentence, not a suspension from office
  { gate: /suspended/i, type: 'legal', pattern: /\b(?:given|handed|received?)\s+a\s+suspended\s+(?:jail|prison)\s+(?:term|sentence)\b|\bsuspended\s+(?:jail|prison)\s+(?:term|sentence)\b/gi, reason: 'a court’s sentence, suspended' },
  { gate: /sentenc|convict|jail|acquit|impris|guilty|charge|arrest|indict|arraign|surrender|turned/i, type: 'legal', pattern: /\b(?:sentenced|convict(?:ed|ing)|jailed|acquitted|imprisoned|found\s+(?:\w+\s+|(?:[A-Z][\w’'.-]*\s+){1,6}?)?guilty|(?:pleaded|pleading)\s+(?:not\s+)?guilty|entered\s+(?:not\s+)?guilty\s+pleas?|(?<=\b(?:its|his|her|their|['’]s)\s)(?:not\s+)?guilty\s+pleas?|charged\s+with|(?:was|were|been|is|are)\s+charged|arrested|surrendered\s+to\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?(?:police|agents|officers|authorities|deputies|marshals)|turned\s+(?:himself|herself|themselves)\s+in(?!\s+(?:his|her|their|a|the)\b)|indicted|arraigned|charges\s+(?:\w+\s+){0,2}dropped|(?:returned|handed\s+up)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}indictment|indictment\s+(?:was\s+)?(?:returned|handed\s+up))\b/gi, reason: 'a step of a criminal case (a grand jury\'s indictment, \'returned a 10-count indictment\', a defendant who \'surrendered to GBI agents\', and the arraignment after it too; a verdict with its defendant named: \'found Kelby County Commissioner Ann Lee guilty\'; a plea, \'pleading guilty\', \'the company’s guilty plea in March\')' },
  { gate: /restraining|injunction|block|halt/i, type: 'legal', pattern: /\b(?:denied|granted|refused|rejected)\s+(?:[\w’'-]+\s+){0,3}?(?:request|motion|application|bid)\s+for\s+(?:an?\s+)?(?:temporary\s+|interim\s+|preliminary\s+)?(?:restraining\s+order|injunction)\b|\b(?:judge|court)\s+(?:[\w’'-]+\s+){0,3}?(?:declined|refused)\s+to\s+(?:block|halt|stop)\b/gi,
    reason: 'a court rules on a party’s request for an order to stop something (\'denied the mayor\'s request for a temporary restraining order\', \'A judge on Monday declined to block the vote\'): a step of the case (not an injunction a court issues against an activity, \'against crop burning\')' },
  { gate: /charge/i, type: 'legal', pattern: /(?<=\b(?:CPS|Crown\s+Prosecution\s+Service|prosecutors?|procurator\s+fiscal|district\s+attorney|DPP)\b[^.;]{0,40}?)\bauthori[sz]ed\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?charges?\b/gi,
    reason: 'prosecutors authorise a charge (\'The Crown Prosecution Service authorised the charge on Tuesday\'): the charging (not charges a council or its cabinet authorises, which are fees)' },
  { gate: /appear/i, type: 'legal', pattern: /\b(?:appear(?:ed|s|ing)?|due\s+to\s+appear|will\s+appear)\s+(?:at|before|in)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:court|magistrates|justices)\b/giu,
    reason: 'someone appears in court (\'is due to appear at Kelby Magistrates\' Court on 16 October\'): a hearing of the case; not a committee, which is a meeting' },
  { gate: /fined/i, type: 'legal', articleHas: /\b(?:crown|magistrates['’]?|sheriff|district|youth)\s+court\b|\bcourt\s+heard\b/i, pattern: /\bfined\b/gi,
    reason: 'a fine in a story of a court case is the court’s sentence (\'has been fined £400,000\', in a story of Kelby Crown Court; a regulator’s own penalty, below, is in no court’s story)' },
  { gate: /imposed at|imposed by/i, type: 'legal', pattern: /\b(?:penalty|fine|sentence)\s*,?\s+(?:was\s+|were\s+)?imposed\s+(?:at|by)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:court|magistrates|judge)\b/giu,
    reason: 'a court’s penalty named again as imposed (\'The penalty, imposed at Kelby Crown Court last week, …\'): the sentence; a regulator’s own penalty is imposed by no court' },
  { gate: /consent decree/i, type: 'legal', pattern: /\b(?:filed|approved|entered|signed)\s+(?:a|an|the|its)\s+(?:proposed\s+)?(?:federal\s+)?consent\s+decree\b|\bconsent\s+decree\s+(?:was\s+|has\s+been\s+)?(?:filed|approved|entered)\b/gi,
    reason: 'a court’s step on a consent decree, the settlement a US police department or city is bound by (filed, approved, entered)' },
  { gate: /\bsue|suit/i, type: 'legal', pattern: /\b(?:filed|brought|lodged)\s+(?:(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?)?(?:law)?suit\b|\b(?:law)?suit,?\s+(?:which\s+was\s+|was\s+|has\s+been\s+)?filed\b|\b(?:sued|is\s+suing|are\s+suing)\b/gi,
    reason: 'a civil claim brought in court: \'filed a federal lawsuit against the city\', \'the suit, filed Sept. 12\', \'sued the council\'' },
  { gate: /pre-action|judicial review|legal challenge/i, type: 'legal', pattern: /\bpre-action\s+(?:protocol\s+)?letter\b|\b(?:lodged|launched|filed|issued|brought|began|started|applied\s+for)\s+(?:a|an|the|his|her|its|their)\s+(?:application\s+for\s+(?:a\s+)?)?(?:judicial\s+review|legal\s+challenge)\b/gi,
    reason: 'a civil challenge in the courts begins (\'wrote to the council on Tuesday in a pre-action letter\', \'has launched a legal challenge\', \'lodged an application for judicial review\'); not one only threatened or considered' },
  { gate: /admit/i, type: 'legal', pattern: /\badmit(?:ted|s)\s+(?:\w+\s+){0,3}?(?:charges?|counts?|offences?|fraud|theft|manslaughter|assault|misconduct|bribery|corruption)\b/gi, reason: 'an admission of an offence in court: a guilty plea in other words' },
  { gate: /sentencing/i, type: 'legal', pattern: /\b(?:adjourned|deferred|postponed|put\s+back)\s+sentencing\b|\bsentencing\s+(?:was|has\s+been|had\s+been)\s+(?:adjourned|deferred|postponed|put\s+back)\b/gi,
    reason: 'a court puts its sentence off to a day (\'adjourned sentencing to May 12\', \'sentencing was adjourned until 3 June\'): that day\'s sentencing' },
  { gate: /hearing/i, type: 'legal', pattern: /\b(?:court|sentencing|bail|plea|preliminary|appeal|tribunal|inquest|motions?|pre-?trial)\s+hearings?\b/gi, reason: 'a court’s or tribunal’s hearing (\'set a motions hearing for July 14\'; before the meeting entry, whose hearings are a body’s)' },
  { gate: /review/i, type: 'inspection', pattern: /\b(?:carried\s+out|conducted|completed)\s+(?:an?\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}?review\b(?<=\b[Ii]nspectors\b[^.;]{0,160})/gu, inspectorateOnly: true,
    reason: 'inspectors’ review of a body’s leadership or a service is their inspection (\'Inspectors looked at … and carried out a review of leadership between 27 and 29 January\'); before the inquiries a body opens, below' },
  { gate: /investigat|inquiry|review|referred/i, type: 'announcement', pattern: /\b(?:(?:is|are)\s+(?:being|to\s+be)\s+investigated|(?:(?:launch|commission|open)(?:ed|es|s)?|beg(?:an|un|ins)|start(?:ed|s)|(?:to\s+)?carr(?:y|ied|ies)\s+out)\s+(?:an?\s+|its\s+)?(?:independent\s+|external\s+|formal\s+|civil\s+rights\s+|pattern[- ]or[- ]practice\s+)?(?:investigation|inquiry|review)|(?:investigation|inquiry)(?:\s+(?:into|of|by)\s+[^.;]{1,60}?)?(?:,?\s+which)?\s+(?:was|were)\s+(?:opened|launched|begun|started|commissioned)|beg(?:an|un|ins)\s+investigating|(?:placed|put)\s+under\s+(?:an?\s+)?(?:formal\s+|criminal\s+|misconduct\s+)?investigation|referred\s+(?:the|a)\s+(?:conduct\s+)?matter|(?:asked|requested)\s+(?:that\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){1,4}(?:to\s+)?investigate)\b/giu,
    notAfter: /\b(?:(?:is|are|was|were)\s+(?:expected|due|set|going|likely)|plans?|intends?|hopes?|will|would|could|may|might|should|must)\s+$/i,
    reason: 'a body announces that it opens, begins, carries out or commissions an inquiry (\'an inquiry by the state police, which was opened in March 2024\'), or passes one on (\'referred a conduct matter to the IOPC\', \'requested that the GBI investigate\'; not one still expected: \'is expected to carry out an independent review next year\')' },
  { gate: /announc/i, type: 'appointment', pattern: new RegExp(String.raw`\bannounc(?:ed|es)\b(?=\s+(?:[\p{L}-]+\s+){0,2}?(?:the\s+)?appointment\s+of\b|[^.;]{0,80}?\bthat\b[^.;]{0,120}?\b(?:will|would)\s+(?:be|become|serve\s+as|take\s+over\s+as)\s+(?:the\s+)?(?:new\s+|interim\s+|acting\s+|lead\s+|permanent\s+)?${ROLE_NOUNS}\b)`, 'giu'),
    reason: 'an announcement of an appointment, or that someone will hold a post (\'announced the appointment of Jo Reed\', \'announced on Monday that Jo Reed will be the new chief executive\'), is the appointment' },
  { gate: /announc/i, type: 'departure', pattern: /\bannounc(?:ed|es)\b(?=[^.;]{0,80}?\bthat\b[^.;]{0,60}?\b(?:will|would|(?:intention|decision|plans?)\s+to)\s+(?:step\s+down|stand\s+down|resign|retire|quit|leave)\b)|\bannounc(?:ed|es)\s+(?:his|her|their)\s+(?:departure|retirement|resignation)\b/gi,
    reason: 'an announcement that someone will leave a post (\'announced on Friday that he would step down\', \'announces today that Ann Lee has told the board of her intention to step down\', \'announced her departure\') is the departure, as one that someone will hold a post is the appointment' },
  { gate: /announc/i, type: 'intervention', regulatorOnly: true,
    pattern: /(?<=\b(?:the|a|its)\s+(?!(?:proposed|provisional|possible|potential)\b)(?:[\p{L}£$€\d,.-]+\s+){0,2}?(?:penalty|fine|sanction)s?,?\s+(?:(?:which|that)\s+(?:was|were)\s+|(?:was|were)\s+)?)announced\b|\bannounc(?:ed|es)\b(?=\s+(?:[\p{L}-]+\s+){0,2}?(?:the|a|its)\s+(?!(?:proposed|provisional|possible|potential)\b)(?:[\p{L}£$€\d,.-]+\s+){0,2}?(?:penalty|fine|sanction)s?\b|[^.;]{0,80}?\bthat\b[^.;]{0,120}?\b(?:must|will\s+have\s+to|is\s+to|has\s+to)\s+pay\s+(?:a\s+)?(?:£|\$|€)|[^.;]{0,80}?\bthat\b[^.;]{0,120}?\b(?:has|had|have)\s+been\s+fined\b)/giu,
    reason: 'a regulator’s announcement of a fine (\'announced the penalty on Tuesday\', \'the £200,000 penalty, announced on Wednesday\', \'announced yesterday that Kelby University must pay £285,000\') is the fine, as an announced appointment is the appointment (a penalty it proposes is not yet one)' },
  { gate: /preferred\s+candidate/i, type: 'announcement', pattern: /\b(?:named|nominated|chose|chosen|selected|picked|confirmed)\b(?=[^.;]{0,60}?\bas\s+(?:his|her|its|their|the)\s+(?:[\p{L}’'-]+['’]s\s+)?preferred\s+candidate\b)/giu,
    reason: 'a body or office-holder names its preferred candidate for a post (\'named Ann Lee as his preferred candidate last month\'): a nomination that a panel or vote still has to confirm, so no appointment yet' },
  { gate: /self-referral|referred itself|referred ourselves|referred themselves/i, type: 'other', regulatorOnly: true, pattern: /\bself-referral\b|\breferred\s+(?:itself|ourselves|themselves)\s+to\b/gi,
    reason: 'a body reports itself to its regulator (\'made a self-referral in September\', \'We referred ourselves to the regulator last September\'): the regulator\'s case opens on it' },
  { gate: /enforcement/i, type: 'intervention', regulatorOnly: true, pattern: /\b(?:confirmed|announced|took|taken|launched)\s+(?:formal\s+)?enforcement\s+action\s+against\b/gi,
    reason: 'a regulator confirms or takes enforcement action against a body (\'Ofwat has today confirmed enforcement action against Kelby Water\'): its step; not one it only weighs (\'is considering enforcement action\')' },
  { gate: /propos|intent/i, type: 'announcement', pattern: /\bpropos(?:ed|es|ing)\s+(?:an?\s+|the\s+|its\s+)?(?:(?:£|\$|€)\s?[\d.,]+(?:\s*(?:m|bn|k|million|billion))?\s+)?(?:fine|penalty|penalties|enforcement\s+(?:package|action|order)|sanctions?)\b|\bnotice\s+of\s+intent\b/gi,
    regulatorOnly: true, reason: 'a regulator proposes a penalty (\'has today proposed a £41.2 million enforcement package\', \'a notice of intent to fine\'): its announcement, not yet the penalty' },
  { gate: /announc/i, type: 'announcement', pattern: /\bannounc(?:ed|es|ement)\b(?!\s+(?:its|the|their|his|her)\s+(?:decision|verdict|findings|outcome|ruling|result)s?\b)(?<!\b[Tt]he\s+announcement(?=\s+(?:was|were|has\s+been|had\s+been)\s+made\b|\s+came\b))/gi,
    notAfter: /\b(?:decision|verdict|findings|outcome|ruling|result)s?\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+$|\b(?:(?:rating\s+)?action|downgrade|upgrade|affirmation|appointment|resignation|closure)s?\s*,\s*(?:which\s+was\s+)?$|\b(?:rating\s+action|downgrade|upgrade|affirmation|appointment|resignation|closure)s?\s+(?:as\s+(?:[\p{L}’'-]+\s+){1,4})?(?:was|were|has\s+been|had\s+been)\s+$|\b(?:rated|judged|graded)\s+[^.;,]{1,40},\s+(?:the|its)\s+(?:[\p{L}’'&-]+\s+){1,6}$/iu,
    reason: 'a body makes something public (not \'The announcement was made this week\', which refers back to news already told; announcing its decision or verdict, or a decision that was announced, is telling the event decided, not another; so are \'the rating action, announced on 18 October\', \'the upgrade was announced on Tuesday\', \'whose appointment as chair was announced\' and a grade\'s report, \'has been rated good, the watchdog announced on Friday\')' },
  { gate: /monitoring/i, type: 'monitoring-visit', pattern: /\bmonitoring\s+visits?\b/gi, reason: 'inspectorates’ interim checks', plural: true },
  { gate: /publi|releas|issu/i, type: 'report-published', pattern: /\b(?:reports?|reviews?|audits?|assessments?|(?:regulatory\s+)?judge?ments?)\b(?:(?!\bnotices?\b)[^.;:“”"]){0,120}?\b(?<!\b(?:not|never|yet\s+to)\s+(?:yet\s+)?(?:been\s+|be\s+)?)(?:published|released|issued|publishe[sd])\b|\b(?<!\b(?:not|never|yet\s+to)\s+(?:yet\s+)?(?:been\s+|be\s+)?)(?:published|publishes|released|issued|publishing|publication)\b[^.;:“”"]{0,40}?\b(?:reports?|inspection|findings|review|audit|assessment|judge?ments?)\b|\binspections?\b[^.;:“”",]{0,40},\s+(?:was\s+)?published\b/gi,
    reason: 'a report’s publication: a report, a review, an audit or an assessment (or the inspection or findings it sets out) and a publishing verb (not one denied or still awaited: \'his report, which has not been published\', \'the review is yet to be published\'; nor a notice issued, which is the notice\'s: \'the report also reflects the warning notice the CQC issued in March\')' },
  { gate: /plan|response/i, type: 'report-published', pattern: /\b(?:(?:action|improvement|engagement|recovery)\s+plans?|(?:the|its|their)\s+(?:formal\s+|official\s+|written\s+)?response)(?:\s*,)?\s+(?:(?:was|were|has\s+been|had\s+been|is|are)\s+)?(?:published|released)\b|\b(?:published|publishes|released)\s+(?:its|their|an?|the)\s+(?:[\p{L}\d’'-]+\s+){0,2}?(?:action|improvement|engagement|recovery)\s+plans?\b|\b(?:published|publishes|released)\s+(?:its|their|the)\s+(?:formal\s+|official\s+|written\s+)?response\b/giu,
    reason: 'a plan or a formal response a regulator or a body must make public, published (\'the action plan, published yesterday\', \'published a 21-point action plan\', \'The response, published yesterday\', \'has today published its response to the urgent notification\'): its verb next to it, not another\'s (\'agreed an action plan in response to the concern issued by\')' },
  { gate: /findings|report|outcome/i, type: 'report-published', pattern: /\b(?:findings|report|outcome)\s+of\s+(?:an?|the|its|their|[\p{L}’'-]+['’]s)\s+(?:[\p{L}’'-]+\s+){0,2}?inspection\b/giu,
    notAfter: /\b(?:await(?:s|ed|ing)?|wait(?:s|ed|ing)?\s+for|ahead\s+of)\s+(?:the\s+)?$/i,
    reason: 'an inspection’s findings, report or outcome are its report (\'accepted the findings of an Ofsted inspection\', \'have today received the report of a joint inspection\', \'the outcome of Estyn’s inspection\'): the inspection was earlier (not findings still awaited: \'was awaiting the findings of the PEEL inspection carried out in November\')' },
  { gate: /findings|letter/i, type: 'report-published', pattern: /\b(?:findings|letter)\b[^.;:“”"]{0,120}?\b(?:published|released|publishe[sd])\b/gi, assessorOnly: true,
    notAfter: /\bnotices?\s+in\s+(?:a|the|its|their)\s+$/i,
    reason: 'an inspectorate’s, auditor’s or regulator’s findings or letter made public (\'the findings of Ofsted’s inspection, which are published today\', \'the inspectorate’s letter, published on 14 February\', \'The Accounts Commission’s findings, published today, …\'; a study’s findings are not, nor the letter a notice was issued in, which is the notice: \'issued the trust with a termination warning notice in a letter dated 12 March and published on Wednesday\')' },
  { gate: /report/i, type: 'report-published', pattern: /\b(?:inspection|inspectorate['’]s|audit|auditor['’]s|public interest|damning|critical|scathing)\s+report\b|\breport\s+in\s+the\s+public\s+interest\b/gi, reason: 'an inspection’s or audit’s report, named as such: dated, it is dated by its publication' },
  { gate: /report/i, type: 'report-published', pattern: /\breport\s+(?:has|have)\s+(?:\w+\s+)?(?:revealed|found|said|shown|concluded|criticised|criticized|rated|branded)\b/gi, reason: 'a report that has found something is news of its publication' },
  { gate: /\baudit\b/i, type: 'report-published', pattern: /\baudit\s+(?:of\s+[^.;,]{1,80}?\s+)?(?:has\s+)?(?:found|revealed|concluded|identified|uncovered)\b/gi, assessorOnly: true,
    reason: 'an auditor’s audit that found something is its report, made public (\'A special audit of the Kelby School District found $186,000 in spending …, the state auditor announced Tuesday\')' },
  { gate: /report/i, type: 'report-published', pattern: assessorsReport(false), byAssessor: true, reason: 'an inspectorate’s, auditor’s or regulator’s report on the body, named by its author' },
  { gate: /report/i, type: 'rating-action', pattern: assessorsReport(true), byAssessor: true, reason: 'a rating agency’s report on an issuer is its rating action (a review, a cut, an affirmation)' },
  { gate: /verdict/i, type: 'report-published', pattern: /\b(?:receives?|received|given|delivered)\s+(?:\w+\s+){0,2}verdict\b/gi, reason: 'an inspectorate’s verdict handed down' },
  { gate: /follow-up|return/i, type: 'inspection', pattern: /\b(?:follow-up|return)\s+(?:visit|inspection)s?\b/gi, reason: 'an inspector’s return to check what was found' },
  { gate: /revisit|inspectors returned|officers returned|inspectors came back|officers came back/i, type: 'inspection', pattern: /\brevisit(?:s|ed)?\b|\b(?:inspectors|(?:environmental\s+health\s+|food\s+safety\s+)?officers)\s+(?:returned|came\s+back)\b/gi, inspectorateOnly: true, reason: 'an inspectorate’s or a council’s officers’ return (anyone may revisit a plan; officers who returned in a police story are no inspection: the article must name an inspectorate)' },
  { gate: /surveyed/i, type: 'inspection', pattern: /\b(?:hospital|facility|nursing\s+home|care\s+home|home|center|centre|clinic)\s+(?:was|were|had\s+been|has\s+been)\s+(?:last\s+)?surveyed\b/gi,
    reason: 'a US hospital or home \'surveyed\' by the state or federal regulator is inspected (\'The hospital was surveyed in March\'); people surveyed are polled' },
  { gate: /unannounced/i, type: 'inspection', pattern: /\b(?:turned|turn|turns|turning)\s+up\s+unannounced\b/gi, inspectorateOnly: true, reason: 'inspectors who \'turned up unannounced\' at a service: its inspection' },
  { gate: /visit/i, type: 'inspection', pattern: /\bvisits?\b|\bvisited\b/gi, inspectorateOnly: true, notAfter: new RegExp(`${VISITOR_IN_OFFICE.source}|${FAMILY_VISIT.source}`, 'u'), plural: true,
    reason: 'inspectors’ visit: the inspection itself (a monitoring visit is named so, above; not an MP’s or a minister’s: \'Kelby MP Ann Lee, who visited the hospice on Friday\'; nor a family’s: \'the family complained after finding her distressed on a visit in September\')' },
  { gate: /inspect/i, type: 'inspection', pattern: /\b(?:re-?)?inspect(?:ion|ions|ed|ing)\b(?!\s+(?:programmes?|targets?|programs?|regimes?|frameworks?|schedules?|process(?:es)?|systems?|teams?|handbook|criteria|methodology|cycle|powers|staff|officers?|arrangements)\b)/gi,
    notAfter: COUNTED, reason: 'an inspection (not the word qualifying another noun: \'the inspection programme had been paused\', \'the inspection team\'; nor a count of them: \'carried out 612 food hygiene inspections\')' },
  { gate: /assessed|inspectors/i, type: 'inspection', pattern: /\bassessed\b|\binspectors\s+(?:spent|arrived|were\s+on\s+site)\b/gi, inspectorateOnly: true, notAfter: A_PERSON_BEFORE,
    reason: 'inspectors assessing a service, or their time on site (\'Inspectors spent two weeks with social workers from 13 to 24 November\'), inspect it (not a person assessed: \'four months for him to be assessed\')' },
  { gate: /fieldwork|(?:review|audit)\s*,\s+(?:which\s+was\s+)?(?:carried|conducted)/i, type: 'inspection', pattern: /\bfieldwork\b|\b(?:review|audit)\s*,\s+(?:which\s+was\s+)?(?:carried\s+out|conducted)\b/gi, assessorOnly: true,
    reason: 'an inspectorate’s or an auditor’s fieldwork (\'Auditors carried out their fieldwork in September last year\'), or their review told as done (\'The review, carried out in autumn 2024, looked at …\'), is their inspection' },
  { gate: /downgrad|upgrad|affirmation|action/i, type: 'rating-action', pattern: /\b(?:downgrad|upgrad)(?:e|es|ed|ing)\b|\baffirmation\b|\b(?<=\b(?:the|this|its|that)\s+)(?:rating\s+action\b|action\b(?=\s*,\s*(?:which\s+was\s+)?announced\b))/gi, creditOnly: true, notAfter: OTHERS_COUNTED, reason: 'an agency moves a credit grade, or confirms it (\'The affirmation, announced on Friday, follows …\', \'The rating action, announced on 18 September, follows …\', \'The action, announced yesterday, covers …\')' },
  { gate: /cut|lower|raise|slash|reduc|affirm|revis|chang|bump|regain|withdr/i, type: 'rating-action', pattern: /\b(?:cut|cuts|lowered|lowers|raised|raises|slashed|slashes|reduced|affirmed|affirms|revised|revises|changed|changes|bumped\s+up|regained|regains|withdrew|withdrawn)\b(?=[^.;]{0,50}\b(?:rating|ratings|outlook|status|standing|debt|score)\b)/gi, creditOnly: true, reason: 'an agency moves, confirms or restores a credit grade or outlook' },
  { gate: /\bdecision\s+(?:of|to)\b/i, type: 'rating-action', pattern: /\bdecision\b(?=\s+(?:of\s+[^.;]{1,30}?\s+)?to\s+(?:cut|lower|raise|revise|downgrade|upgrade|affirm|withdraw)\b)/gi, creditOnly: true,
    reason: 'an agency’s decision to move or keep a credit grade (\'notes S&P Global Ratings’ decision of May 1, 2025, to revise its rating to A+\'), dated by the day it names' },
  { gate: /rating|outlook/i, type: 'rating-action', pattern: /\b(?:rating|ratings|outlook)\s+(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being)\s+(?:cut|lowered|raised|reduced|slashed|affirmed|revised|withdrawn)\b/gi, creditOnly: true, reason: 'a credit grade or outlook moved, told in the passive (\'its rating was cut by two agencies\')' },
  { gate: /watch|review/i, type: 'rating-action', pattern: /\b(?:on|under)\s+(?:negative\s+|positive\s+)?(?:watch|review)\b/gi, creditOnly: true, reason: 'an agency puts a grade under review' },
  { gate: /review/i, type: 'rating-action', pattern: /\breview(?:ing|ed|s)?\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}’'-]+['’]s?\s+){0,2}(?:credit\s+|bond\s+|debt\s+)?ratings?\b/giu, creditOnly: true,
    reason: 'an agency reviewing a grade (\'warned that it was reviewing the city\'s rating\'): the review is its action' },
  { gate: /meeting/i, type: 'meeting', pattern: new RegExp(String.raw`${NOT_AFTER_VERB}${NOT_ONE_MEETING}\bmeetings?\b${NOT_AN_OBJECT}`, 'gi'), notAfter: CALLED_FOR,
    reason: 'a meeting (the noun), not a recurring, a supposed or a requested one', plural: true },
  { gate: /committee|council|cabinet|board|panel|trustees|confidence/i, type: 'meeting', pattern: new RegExp(String.raw`\b(?:agreed|accepted|approved|voted|rejected|refused|deferred|granted|considered|discussed|debated|scrutinised|scrutinized)\s+(?:\w+\s+){0,3}by\s+(?:[\w’'-]+\s+){0,6}?${SITTING_BODY}\b|\b${SITTING_BODY}\s+(?:\w+\s+){0,2}(?:agreed|accepted(?!\s+(?:in\s+full\s+)?(?:(?:the|its|all)\s+)?(?:(?:report['’]s|inspectors['’])\s+)?(?:findings|criticisms?|conclusions)\b)|approved|voted|rejected|refused|deferred|granted|(?:met|meets|(?:will|would|is\s+to|are\s+to)\s+meet)\b${NOT_AN_OBJECT}${NOT_A_COUNT}|backed|passed|endorsed)\b|\bvotes?\s+of\s+no\s+confidence\b`, 'gi'), reason: 'a body’s session, vote, decision or consideration (\'will be considered by the scrutiny committee\'; not the noun: \'votes were counted\'; not a voter\'s: \'she voted for Obama\'; not how often: \'had met only twice\'; a body that accepted what it was told to do decided it, one that \'accepted the findings\' only agrees with them)' },
  { gate: /vote/i, type: 'meeting', pattern: /\b(?:by|in)\s+a\s+(?:\d+\s*[-–]\s*\d+\s+vote|vote\s+of\s+\d+\s*(?:[-–]|to)\s*\d+)\b/gi,
    reason: 'a vote told by its count is a body’s vote at its meeting (\'referred the measure to the ballot on Oct. 4 by a vote of 5-2\', \'in a 9-2 vote\')' },
  { type: 'meeting', gate: /hearing/i, pattern: /\b(?:public|budget|committee|council|oversight|congressional|senate|scrutiny|confirmation)\s+hearings?\b|\b(?:hold|holds|held|holding)\s+(?:a\s+)?(?:public\s+)?hearings?\b|\btestif(?:y|ies|ied|ying)\s+(?:at|before)\s+(?:a|the)\s+(?:[\p{L}-]+\s+){0,2}?hearing\b|\bhearings?\s+of\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,4}?(?:committee|sub-committee|panel|board)\b/giu,
    reason: 'a body’s public hearing, or one it holds (\'a hearing of the council’s standards sub-committee\', a panel’s \'confirmation hearing\'; a court’s is legal, above)', plural: true },
  { gate: /committee|panel|cabinet|council|assembly/i, type: 'meeting', pattern: /\b(?:address(?:ed|es|ing)|spoke\s+to|speaking\s+to|appeared\s+before|appearing\s+before|gave\s+evidence\s+to|giving\s+evidence\s+to|(?:go|goes|went|come|comes|came|be\s+put|be\s+brought)\s+before|(?:be|been|was|were|is|are)\s+(?:presented|reported|submitted)\s+to)\s+(?:the\s+|a\s+)?(?:[\p{L}’'-]+\s+){0,4}?(?:committee|panel|cabinet|full\s+council|council\s+meeting|assembly)\b/giu,
    reason: 'someone addresses a body in session (a committee, a panel, a cabinet), or a matter goes before it (\'will go before its scrutiny committee on 3 December\', \'is to be presented to the full council on 26 September\'): its meeting' },
  // before appointments, whose 'sent in' it holds
  { gate: /commissioners/i, type: 'intervention', pattern: /\bcommissioners\s+(?:were\s+|are\s+|have\s+been\s+|had\s+been\s+)?(?:being\s+)?(?:sent|brought|parachuted)\s+in(?:to)?\b|\b(?:send|sends|sending)\s+in\s+(?:\w+\s+){0,2}commissioners\b|\b(?:send|sends|sending|sent)\s+(?:\w+\s+){0,2}commissioners\s+(?:in|into)\b|\b(?:appoint|appoints|appointed|appointing|install|installs|installed)\s+(?:\w+\s+){0,2}commissioners\s+(?:to|at|in|into)\b(?:\s+(?:take\s+over|take\s+control|run)\b)?|\bcommissioners\s+(?:would|will|are\s+to|were|have\s+been|had\s+been)\s+(?:be\s+)?(?:appointed|installed)\s+(?:to|at|in|into)\b|\bcommissioners\s+(?:will|would|are\s+to|to)\s+(?:take\s+over|take\s+control\s+of|run)\b/gi, notAfter: NOT_LEFT,
    reason: 'the government sends commissioners in to run a failing body, or says it will (not one only called for or ruled out: \'called for commissioners to take over\'; \'is to send commissioners into\'; \'has appointed three commissioners to Kelby Council\', \'three commissioners will take over its planning functions\'; one commissioner sent in, named, is an appointment)' },
  { gate: /appoint|named|sent|brought|elect|took|take|taking|in post/i, type: 'appointment', pattern: /\b(?:appoints|appointed(?!(?<=\b(?:commission|panel|committee|board|team|tribunal|inquiry|group)\s+appointed)\s+by\b)|(?<!\b(?:permanent|substantive|future|an?)\s)(?<!\b(?:first|hospital|outpatient|GP|medical|dental|follow-up|clinic)\s+(?:[A-Z]+\s+)?)appointment(?!\s+(?:is|can\s+be|could\s+be|has\s+been|will\s+be)\s+made)|named\s+as(?!\s+(?:one\s+of|among|(?:the\s+)?(?:worst|best|most|least|top)\b))|sent\s+in|brought\s+in|(?:was|were|been|being|be|is|are)\s+(?:\w+\s+)?elected|elected\s+as|(?:took|takes|take|taking|taken)\s+(?:(?:temporary|interim|overall)\s+)?(?:over|charge|command)(?!\s+of\s+(?:the\s+)?(?:investigation|inquiry|case|review))(?!\s+(?:the|a|an|his|her|their)\s+(?:family\s+)?(?:business|restaurant|takeaway|shop|premises|company|firm|lease|pub|caf[eé]|franchise)\b|\s+(?:the\s+)?(?:services|responsibility|responsibilities|duties|functions|contracts?|sites?|buildings?|assets|debts?)\b)|(?:has|have)\s+been\s+in\s+post\s+since)\b/gi, notAfter: new RegExp(`\\bwait(?:ing|ed|s)?\\s+(?:for\\s+)?(?:an?\\s+)?(?:[\\p{L}’'-]+\\s+){0,2}$|${CALLED_FOR.source}`, 'iu'),
    reason: 'someone takes up a post (elected to one, not voters electing; not a panel appointed by another body to act: \'a special commission appointed by the state Supreme Court suspended him\'; not one still to be made: \'until a permanent appointment is made\'; \'has been in post since Monday\' is dated by its start; a stand-in: \'has taken temporary command of the force\'; not an owner who took over the business, nor a council that takes over services, nor a patient waiting for a first appointment, nor a body named in a list: \'named as one of the worst performers in its sector\', nor a takeover only called for: \'called for commissioners to take over\')' },
  { gate: /sworn|oath/i, type: 'appointment', pattern: /\bsworn\s+in\b|\b(?:took|takes|has\s+taken)\s+the\s+oath\s+of\s+office\b/gi, notAfter: /\b(?:to\s+be|will\s+be|would\s+be|due\s+to\s+be)\s+(?:formally\s+)?$/i,
    reason: 'someone sworn into an office (\'has today been formally sworn in as Kelby Police’s new chief constable\', \'took the oath of office as acting mayor on Monday\'); not one still to be sworn in' },
  { gate: /name|elected/i, type: 'appointment', pattern: new RegExp(String.raw`\b(?:[Nn]amed|[Ee]lected|[Nn]ame(?<=\bto\s[Nn]ame))\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}.’'-]*(?:,\s+(?:a|an|the)\s+[^,;.]{1,40},)?\s+as\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:(?:[Nn]ew|[Aa]cting|[Ii]nterim|[Pp]ermanent|[Tt]emporary|[Ii]ndependent)\s+)?(?:${eitherCase(ROLE_NOUNS)}|[Ii]nvestigator)\b`, 'gu'),
    reason: 'someone named or elected to a post by name (\'named Deputy Superintendent Ann Lee as acting superintendent\', \'voted to name Ann Lee as acting superintendent\', \'elected Ann Lee as its leader\', \'named Tom Reed KC, a barrister, as the independent investigator\'; not \'named the council as the worst\')' },
  { gate: /appoint/i, type: 'appointment', pattern: /\b(?:voted|agreed|decided|resolved)\s+(?:\w+\s+){0,2}?to\s+appoint\b/gi,
    reason: 'a body’s decision to appoint is the appointment (\'the board voted unanimously to appoint Ann Lee as interim superintendent\')' },
  { gate: /took/i, type: 'appointment', pattern: /\btook\s+up\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:new\s+)?(?:post|role|position)\b/gi, notAfter: /\b(?:(?:after|since|before|when)\s+(?:he|she|they)|who)\s+$/i,
    reason: '\'took up post on 4 January\': the day a post was taken up (not one recalled, \'five years after she took up the post\', \'who took up her post in 2021\'; one still to be taken up is the day of the appointment\'s news)' },
  { gate: /since/i, type: 'appointment', pattern: new RegExp(String.raw`\b(?:has|have)\s+been\s+(?:the\s+|its\s+)?(?:acting|interim|temporary)\s+(?:${ROLE_NOUNS}\s+){0,2}${ROLE_NOUNS}\s+since\b`, 'gi'), notAfter: /\bwho\s+$/i,
    reason: '\'has been acting headteacher since 15 March\': a stand-in took up the post that day (not an aside on someone who has held a post for years)' },
  { gate: /became|become|join/i, type: 'appointment', pattern: new RegExp(String.raw`\b(?:became|becomes|(?:will|would|to)\s+(?:become|join)|joined|joins)\b(?=[^.;]{0,40}\b${ROLE_NOUNS}\b)(?![^.;]{0,40}\ban?\s+(?:[\p{L}-]+\s+)?(?:constable|teacher|firefighter|nurse|cadet|trainee|apprentice|recruit|social\s+worker)\b)`, 'giu'),
    reason: 'becoming or joining as an office-holder (or to become or join as one: \'will become temporary chief constable\', \'will join the council as interim director\'; not a career’s first rank, \'joined the force as a probationary constable in 1992\', \'joined the service as a firefighter in 1989\')' },
  { gate: /reinstat/i, type: 'appointment', pattern: /\breinstated\s+(?:as|to)\b|\b(?:has|have|had|was|were|been|be)\s+reinstated\b(?!\s+(?:the|a|an|its|their|his|her)\b)/gi, notAfter: NOT_LEFT,
    reason: 'someone suspended or removed put back in their post (\'has been reinstated as headteacher with effect from Tuesday\'): the post taken again (not one only called for, nor a rule or a ban reinstated, \'would have reinstated the ban\')' },
  { gate: /confirmed/i, type: 'appointment', pattern: new RegExp(String.raw`\bconfirmed\s+(?:in\s+(?:the|her|his|their)\s+(?:role|post|job)|(?:${NOT_A_NAME_WORD}\p{Lu}[\p{L}’'.-]*\s+){0,4}as\s+(?:the\s+)?(?:[\p{L}’'-]+['’]s\s+)?${POST_QUALIFIER}${ROLE_NOUNS}\b)`, 'giu'),
    reason: 'a panel or board confirming someone in a post (\'was confirmed in the role by the police and crime panel\', \'confirmed as Westshire\'s new chief constable\', \'confirmed Ann Lee as acting chief\'; not someone confirming a plan, \'confirmed he would step down as leader\')' },
  { gate: /serve|act|lead|run|head|exercise|named|temporary|interim|step/i, type: 'appointment', pattern: new RegExp(String.raw`\b(?:(?:will|would|to)\s+(?:serve|act|step\s+up|(?:lead|run|head)\s+(?:the|its)\s+[\p{L}’'-]+|exercise\s+the\s+(?:functions|powers|duties)\s+of\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)\s+as|(?:was|were|been|is|be)\s+named)\s+(?:the\s+)?(?:[\p{L}’'-]+['’]s\s+)?${POST_QUALIFIER}${ROLE_NOUNS}\b|\b(?:is|are)\s+now\s+(?:the\s+)?(?:[\p{L}’'-]+['’]s\s+)?(?:acting|interim|temporary)\s+${ROLE_NOUNS}\b`, 'giu'),
    reason: 'someone named to hold a post, or to stand in it (\'would serve as interim chief from Monday\', \'will act as principal in the meantime\', \'will step up as interim director from 1 September\', \'was chosen to serve as chair\', \'was named acting superintendent\', \'will lead the force as temporary chief constable\', \'will exercise the functions of the chief constable as temporary chief constable\', \'is now the trust\'s interim chair\'); not one who served as one' },
  { gate: /registration|proposal|notice/i, type: 'intervention', pattern: /\b(?:cancel|suspend)(?:led|ed|s|ling|ing)?\s+(?:the\s+|its\s+|their\s+)?(?:(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+['’]s\s+)?registration\b|\bregistration(?:\s+(?:to|as)\s+[^.;]{0,120}?)?\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?(?:cancelled|suspended)\b|\b(?:cancellation|suspension)\s+of\s+(?:the\s+|its\s+|their\s+)?registration\b|\bnotices?\s+of\s+(?:proposal|decision|suspension)\b|\b(?:attach(?:ed|es)?|impos(?:ed|es)|plac(?:ed|es)|vari(?:ed|es)|add(?:ed|s))\s+(?:an?\s+|new\s+|the\s+|its\s+|further\s+)*(?:new\s+)?conditions?\s+(?:of|on|to)\s+(?:the\s+|its\s+|their\s+)?(?:(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+['’]s\s+)?registration\b|\bconditions?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:attached|imposed|placed|added)\s+(?:to|on)\s+(?:the\s+|its\s+|their\s+)?(?:(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+['’]s\s+)?registration\b|\bvari(?:ed|es)\s+(?:the\s+|its\s+|their\s+)?(?:(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+['’]s\s+)?conditions\s+of\s+registration\b/giu,
    reason: 'a care regulator cancels or suspends a provider’s registration, or serves notice that it proposes or has decided to (\'has suspended the registration of a children’s home\', \'cancelled the home’s registration\', \'its registration to provide personal care at Kelby House was cancelled on 3 May\', \'issued a notice of suspension on 12 January\'), or restricts it with conditions (\'attached a condition to the home’s registration in June\', \'varied its conditions of registration on 3 May\', \'has had conditions placed on its registration\'): the home may not operate, or only as the regulator says; before the departures, whose suspensions are of people' },
  { gate: /resign|step|stood|stand|quit|sack|dismiss|fired|ousted|suspen|notice|retire/i, type: 'departure', pattern: new RegExp(String.raw`\b(?:resign(?:s|ed|ation)?|stepp(?:ed|ing)\s+down|steps\s+down|(?:decision|intention)\s+to\s+(?:step|stand)\s+down|(?:decision|decided|voted|agreed|resolved)\s+to\s+(?:suspend|dismiss|sack)\s+(?:its|our|the|their)\s+(?:[\w-]+\s+){0,2}?(?:chief|head|headteacher|principal|leader|director|manager|clerk|chair|mayor|superintendent|treasurer|secretary)\b|(?:step|stand)\s+down(?<=\b(?:will|would|shall|to|ll)\s+(?:step|stand)\s+down)|st(?:ood|ands|anding)\s+down(?!\s+(?:the|its|their|a|an)\b)|quit|quits|sacked|dismiss(?:ed|es|al)?\b${NOT_A_POST}|fired|ousted|(?<!\b(?:prison|jail|custody|sentence|months|years|weeks),?\s)(?:suspended|suspension)(?!\s+(?:(?:prison|jail|custodial)\s+)?sentences?\b)(?!\s+(?:on|of)\s+(?:new\s+|all\s+)?(?:placements|admissions|services|trading|its\s+licen[cs]e|the\s+licen[cs]e)|\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+)?(?:meeting|session|sitting|hearing|debate|proceedings|vote|trading|operations|services?|admissions)\b)|handed\s+in\s+(?:his|her|their)\s+notice|retire[sd]?)\b`, 'gi'), notAfter: NOT_LEFT,
    reason: 'someone leaves, or is removed or suspended from, a post (or announces the decision to: \'his decision to step down\', \'will step down at the end of April\'; a board that took the decision to suspend its chief executive; \'stood down\' with no object: not \'stood down the search\'; not one only called for, not a claim or an appeal dismissed, not a suspension on new placements, nor a chair who suspended the meeting, nor a court\'s suspended sentence: \'20 months in prison, suspended for two years\')' },
  { gate: /vot/i, type: 'departure', pattern: new RegExp(String.raw`\b(?:${VOTED_OUT})\b(?<=\bvot(?:ed|es|ing)\b[^.;]{0,50}?\bto\s+(?:${VOTED_OUT}))(?=\s+(?:the\s+|its\s+|their\s+)?(?:(?:[\w’'-]+\s+){0,3}?${ROLE_NOUNS}|[A-Z]|him\b|her\b))`, 'g'),
    reason: 'a body that voted to remove someone from their post removed them (\'voted 5-2 Tuesday night to fire Superintendent Ann Lee\', \'voted to terminate the contract of the chief executive\')' },
  { gate: /departure/i, type: 'departure', pattern: new RegExp(String.raw`\bdeparture\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}’'-]+\s+){0,3}?${ROLE_NOUNS}\b`, 'giu'), notAfter: NOT_LEFT,
    reason: 'an office-holder’s departure, named (\'following the departure of chief executive Tom Reed in January\')' },
  { gate: /replaced/i, type: 'departure', pattern: new RegExp(String.raw`\breplaced(?<=\b(?:${ROLE_NOUNS}|he|she)\b(?:\s+(?:of|at)\s+(?:the\s+)?\p{L}[\p{L}’'-]*(?:\s+\p{L}[\p{L}’'-]*){0,3})?(?:,\s+\p{L}[\p{L}’'.-]*(?:\s+\p{L}[\p{L}’'.-]*){0,3},)?\s+(?:has|have|had|was|were)\s+(?:been\s+)?(?:\w+ly\s+)?replaced)(?!\s+(?:as\s+)?(?:the\s+)?(?:chair|head|leader)\s+of)`, 'giu'), notAfter: NOT_LEFT,
    reason: 'an office-holder replaced (\'The governor of HMP Kelby has been replaced\', \'its governor, Tom Reed, was replaced by Ann Lee\'): the holder has left the post' },
  { gate: /leave/i, type: 'departure', pattern: /\b(?:placed|place|placing)\s+(?:[A-Z][\w’'.-]*\s+){0,4}on\s+(?:paid\s+|unpaid\s+|full\s+)?(?:administrative\s+|gardening\s+|special\s+|extended\s+)?leave\b/g,
    reason: 'someone sent away from a post for now (\'was placed on paid administrative leave\', \'voted to place Superintendent Sam Marr on leave\')' },
  { gate: /left|leave/i, type: 'departure', pattern: new RegExp(String.raw`\b(?:left|leaves)\s+(?:the|her|his|their)\s+(?:school|post|role|job|council|force|trust|college|company|authority|board)\b|\bleave(?<=\b(?:${ROLE_NOUNS}|he|she|Mr|Ms|Mrs|Dr)\b[^.;]{0,80}\b(?:will|would|to)\s+leave)(?:\s+(?:the|her|his|their)\s+(?:school|post|role|job|council|force|trust|college|company|authority|board|organisation|university)\b|(?=\s+(?:at\s+the\s+end\s+of|in|on|by\s+mutual\s+agreement|later\s+this|this|next)\b))`, 'gi'),
    notAfter: NOT_LEFT,
    reason: 'leaving a post, or an office-holder to leave it (\'its director of housing will leave at the end of December by mutual agreement\', \'He will leave the company on 30 June\'; not \'patients will leave on Monday\')' },
  { gate: /clos(?:e[ds]?\b|ing|ure)|shut/i, type: 'closure', pattern: new RegExp(String.raw`\b${CLOSING_PLACES}\s+(?:(?:has|have|had|was|were|is|are|will|would|to)\s+)?(?:been\s+|be\s+)?(?:temporarily\s+|permanently\s+|voluntarily\s+|now\s+)?(?:closed|closes|close|shut|shuts)(?:\s+down)?\b(?!\s+(?:the\s+gap|ranks|in\s+on)\b)|\b(?:closed|closes|close|closing|shut|shuts)\s+(?:its|their|the)\s+doors\b|\bclos(?:ed|es|ing)\s+(?:\w+\s+)?to\s+(?:new\s+)?(?:admissions|patients|pupils|referrals|residents|customers|the\s+public)\b|\b(?:closed|closes|shut|shuts)\s+(?:the|its|a)\s+(?:[\p{L}’'-]+\s+){0,3}?${CLOSING_PLACES}\b|\bclosure\s+of\s+(?:the\s+|a\s+|its\s+)?(?:[\p{L}’'-]+\s+){0,3}?${CLOSING_PLACES}\b|\b${CLOSING_PLACES}\s+closures?\b`, 'giu'),
    reason: 'a body’s school, ward, home or premises closes, or stops taking people in (not a road, a consultation or a gap that closes)' },
  { gate: /last/i, type: 'closure', pattern: /\b(?:the\s+)?last\s+(?:remaining\s+)?(?:residents|patients|pupils|children|tenants)\s+(?:have\s+|had\s+)?(?:now\s+)?(?:left|moved\s+out)\b/gi,
    reason: 'a home, ward or school emptied: \'The last residents moved out of Kelby Lodge on Friday\' (not residents who left one by one)' },
  { gate: /notice/i, type: 'intervention', pattern: /\b(?:issued|served|issuing|serving)\s+(?:the|its)\s+(?:section\s+\w+\s+)?notice\b|\b(?:the|its|this)\s+(?:section\s+\w+\s+)?notice(?:\s+(?:was|had\s+been|has\s+been)|,|,\s+which\s+[^,.;]{1,160},\s+(?:was|had\s+been|has\s+been))\s+(?:formally\s+)?(?:issued|served)\b/gi, articleHas: /\bsection\s+114\b|\b(?:warning|improvement|enforcement)\s+notices?\b/i,
    reason: 'the notice the article names, told again as issued (\'issued the notice yesterday\', after \'a section 114 notice\'; \'it issued the section 29A notice on 28 October\', \'The notice was issued on Monday\', \'The notice, issued yesterday by the finance director, bans …\', \'The notice, which bans new spending, was issued yesterday\')' },
  { gate: /recommendation/i, type: 'intervention', pattern: /\b(?:statutory|section\s+24)\s+recommendations?\b|\b(?:issued|issue|issues|issuing|made|handed|received)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:the|a|its)\s+(?:formal\s+)?recommendations?\b/giu,
    articleHas: /\b(?:statutory|section\s+24)\s+recommendations?\b/i, notAfter: RESPONDED_TO,
    reason: 'an external auditor’s statutory recommendation to an English council (section 24 of the Local Audit and Accountability Act 2014, which the council must consider in public), and the recommendation the article names told again as issued (\'to issue the recommendation yesterday\'); not the council’s answer to it, which its meeting gives (\'accepted in full the statutory recommendations\')' },
  { gate: /opinion/i, type: 'report-published', pattern: /\b(?:qualified|adverse)\s+(?:audit\s+)?opinion\b|\bdisclaimer\s+of\s+opinion\b/gi, articleHas: /\baccounts\b/i,
    reason: 'an auditor’s opinion on a body’s accounts that is not a clean one (\'gave a qualified opinion on the council’s 2023/24 accounts\', \'the qualified opinion the auditor issued on 6 December\'): its report on them; a clean opinion is routine' },
  { gate: /fine|fining|penalt/i, type: 'intervention', pattern: /\b(?:fined|fines|fining)\b(?=\s+(?:the\s+|it\s+|its\s+)?(?:[\p{L}’'-]+\s+){0,5}?(?:£|\$|€)\s?\d|\s+(?:£|\$|€)\s?\d)|\b(?:impos|issu|levi)(?:ed|es|ing|e|y|ied)\s+(?:an?\s+|the\s+)?(?:(?:£|\$|€)\s?[\d.,]+(?:\s*(?:m|bn|k|million|billion))?\s+|record\s+|monetary\s+|financial\s+)?(?:fine|penalty)\b|\b(?:monetary|financial)\s+penalty\b|\b(?:hit|handed|slapped|served)\s+with\s+an?\s+(?:record\s+)?(?:£|\$|€)\s?[\d.,]+(?:\s*(?:m|bn|k|million|billion))?\s+(?:fine|penalty)\b/giu,
    regulatorOnly: true, reason: 'a regulator fines a body or imposes a penalty on it (\'has fined Harlow University £415,000\', \'was hit with a £2m penalty by the regulator\'; a court’s fine is a sentence, in no regulator’s article)' },
  { gate: /urgent/i, type: 'intervention', pattern: /\b(?:invok|trigger|issu|us)(?:ed|es|ing|e)?\s+(?:the|an|its)\s+urgent\s+notification(?:\s+(?:process|protocol|procedure))?\b|\burgent\s+notification\b(?!\s+(?:process|protocol|procedure|system|scheme)\b)/gi, notAfter: /\bresponse\s+to\s+(?:the\s+|its\s+|an?\s+)?$/i,
    reason: 'the prisons inspectorate’s urgent notification to the justice secretary, or its process invoked (not the process named: \'under the urgent notification protocol\'; nor the notification a response answers: \'published its response to the urgent notification\')' },
  { gate: /\b(?:invok|trigger)/i, type: 'intervention', pattern: /\b(?:invok|trigger)(?:ed|es|ing|e)\s+the\s+(?:protocol|process|procedure)\b/gi, articleHas: /\burgent\s+notification\b/i,
    reason: 'the urgent notification protocol, named again as invoked (\'invoked the protocol on 19 September\', \'invoked the process on 3 March\')' },
  { gate: /direction|order|instrument/i, type: 'appointment', pattern: /\b(?:named|appointed)\s+in\s+(?:a|an|the)\s+(?:statutory\s+|formal\s+)?(?:direction|order|instrument)\b|\b(?:statutory\s+|formal\s+)?direction\b(?=[^.;]{0,40}?\b(?:names|named|appoints|appointed)\s+\p{Lu})/giu,
    reason: 'someone named in the direction that sends them in (\'was named in a statutory direction issued by the DfE yesterday\', \'a statutory direction issued yesterday names Ann Lee\'): the direction is the appointment’s instrument, not another event' },
  { gate: /notice|direction|114|oversight|order|control/i, type: 'intervention', pattern: /\b(?:warning|improvement|enforcement|prohibition|best\s+value|restriction(?:\s+of\s+accommodation)?)\s+notices?\b(?!\s+(?:were|was)\s+first\b)|\bnotice\s+to\s+improve\b|\bstatutory\s+direction\b|\bsection\s+114\b|\bnational\s+oversight\b|\bacademy\s+orders?\b|\b(?:took|takes)\s+(?:over\s+)?control\s+of\b/gi, notAfter: COUNTED_OR_DISCLAIMED,
    reason: 'a regulator or government steps in (a best value notice puts an English council under ministers’ watch; an academy order turns a failing maintained school over to a trust; a state board took control of a district; not one sent \'to take control\', nor a count: \'served 23 improvement notices\', \'A number of other councils have issued section 114 notices since 2020\', nor the scheme\'s history: \'Improvement notices were first used in 2019\')' },
  { gate: /bankrupt/i, type: 'intervention', pattern: /\bdeclared\s+(?:itself|themselves)\s+(?:effectively\s+)?bankrupt\b/gi, notAfter: COUNTED_OR_DISCLAIMED,
    reason: 'a body that has \'effectively declared itself bankrupt\': news\'s words for a council\'s section 114 notice or a city\'s bankruptcy filing, the step itself (only a body declares itself so)' },
  { gate: /order/i, type: 'intervention', regulatorOnly: true, pattern: /\b(?:closure|prohibition)\s+orders?\b|\bordered\s+to\s+close\b/gi, notAfter: COUNTED_OR_DISCLAIMED,
    reason: 'a food regulator’s enforcement order on a business (\'served with a closure order\', \'was ordered to close on 3 June\'); not a count of them' },
  { gate: /lifted/i, type: 'announcement', regulatorOnly: true, pattern: /\b(?:order|notice|direction)\s+(?:was|has\s+been|had\s+been)\s+lifted\b|\blifted\s+(?:the|its)\s+(?:closure\s+|prohibition\s+)?(?:order|notice|direction)\b/gi,
    reason: 'a regulator lifts its order or notice (\'the order was lifted on 7 June\'): its decision that the step has done its work' },
  { gate: /stage|level/i, type: 'intervention', pattern: /\b(?:escalated|moved|raised)\s+(?:up\s+)?to\s+(?:stage|level)\s+(?:[1-5]|one|two|three|four|five)\b/gi,
    notAfter: DISCLAIMED,
    reason: 'a government escalates a health board up the stages of its intervention framework (\'has been escalated to Stage 4 of the NHS Scotland Support and Intervention Framework\', \'was moved to stage three in November 2023\')' },
  { gate: /special measures|targeted intervention/i, type: 'intervention', pattern: /\b(?:placed|put|escalated|moved|gone|went|raised)\s+(?:from\s+(?:[\w-]+\s+){1,3}?)?(?:in|into|to|under)\s+(?:special\s+measures|targeted\s+intervention)\b/gi,
    notAfter: DISCLAIMED,
    reason: 'a government escalates a health board up the Welsh NHS escalation framework, to special measures at its top or targeted intervention below (\'has been placed in special measures\', \'will be escalated from enhanced monitoring to targeted intervention\'); where Ofsted or the CQC place a school or a trust in special measures, the words are their grade, read first' },
  { gate: /stepped in/i, type: 'intervention', pattern: /(?<=\b(?:[Gg]overnment|[Mm]inisters?|[Ss]ecretary(?:\s+of\s+[Ss]tate)?)\s+(?:has\s+|had\s+)?)stepped\s+in\b/g,
    notAfter: DISCLAIMED,
    reason: 'a government that stepped in to a failing body (\'after the Welsh Government stepped in on Tuesday\'); anyone else who stepped in helped, which is no intervention' },
  { gate: /fiscal emergency|fiscal caution|fiscal watch/i, type: 'intervention', pattern: /\b(?:declared|declares|placed|places|put|puts)\s+(?:[\p{L}’'-]+\s+){0,8}?in(?:to)?\s+(?:a\s+state\s+of\s+)?fiscal\s+(?:emergency|caution|watch)\b/giu,
    notAfter: DISCLAIMED,
    reason: 'a US state’s auditor puts a city or school district in fiscal emergency (or caution, or watch), its levels of financial distress, with a state commission over its budget (\'declared the Kelby City School District in a state of fiscal emergency\')' },
  { gate: /notice/i, type: 'intervention', inspectorateOnly: true, pattern: /\b(?:the|this|that)\s+notice\s+(?:was|has\s+been|had\s+been)\s+(?:issued|served)\b/gi,
    reason: 'a regulator’s notice, named again by itself when it was issued (\'The notice was issued on 9 February\', after \'issued a warning notice\')' },
  { gate: /monitoring|[Ee]ngage/, type: 'intervention', pattern: /\b(?:(?:placed|put|moved|kept)\s+(?:under|into|in)|(?:escalated|moved|raised)\s+(?:up\s+)?to|enter(?:ed|s|ing)?|into|under|in)\s+(?:what['’]s\s+(?:known\s+as|called)\s+)?(?:the\s+)?(?:[Ee]nhanced\s+monitoring|["“‘']?Engage\b|["“‘']?engage["”’']?\s+(?:phase|stage|status)\b)/g, assessorOnly: true,
    notAfter: /\b(?:remains?|remained|stays?|stayed|still|continues\s+to\s+be|continued\s+to\s+be|no\s+longer)\s+$/i,
    reason: 'a force put into the police inspectorate’s enhanced monitoring, its Engage phase (\'moved into the engage phase\', \'moved into the “Engage” phase\', \'placed in what’s called the Engage phase\'; patients and markets are monitored too; a force taken out of it, one that remains in it or is no longer in it, or the process named, is no intervention)' },
  { gate: /intervention|commissioners|control|functions/i, type: 'announcement', pattern: /\bintervention\b(?=\s+(?:at\s+[^.;]{1,50}?\s+)?(?:(?:has|had|have)\s+)?(?:c[oa]me\s+to\s+an\s+end|ended|ends|(?:will|would|is\s+to)\s+(?:formally\s+)?end)\b)|\b(?:end(?:s|ed|ing)?|(?:bring|brings|brought|bringing)\s+to\s+(?:a\s+close|an\s+end))\s+(?:the|its|their|a|an)\s+(?:[\p{L}’'-]+\s+){0,5}?intervention\b|\bcommissioners\s+(?:(?:will|would|are\s+to|have|had)\s+)?(?:formally\s+)?le(?:ave|ft|aving)\b|\b(?:handed|hand|hands)\s+back\s+control\b(?<=\bcommissioners\b[^.;]{0,160})|\bfunctions\s+(?:would|will|were|are|have\s+been)\s+(?:be\s+)?returned\s+to\s+the\s+council\b/giu,
    notAfter: NOT_LEFT,
    reason: 'a government intervention in a council that ends: its commissioners leave or hand back control, its functions are returned (\'the intervention would formally end on 31 October\', \'commissioners handed back control yesterday\'); the step out of the intervention, as a force\'s out of enhanced monitoring (not one only called for or ruled out)' },
  { gate: /monitoring|Engage|recovery support/i, type: 'announcement', pattern: /\b(?:(?:moved|taken|released|removed|came|come)\s+(?:out\s+of|from)|no\s+longer\s+(?:in|under)|exit(?:ed|s|ing)?|le(?:ave|aves|ft)(?!\s+(?:in|under|on)\b))\b(?=\s+(?:the\s+|its\s+)?(?:[\p{L}’'&;-]+\s+){0,8}?(?:(?:enhanced|special)\s+monitoring|Engage|recovery\s+support\s+programme)\b)/giu,
    reason: 'a regulator’s decision to end its programme for a body: a force taken out of (or leaving, or no longer in) enhanced monitoring, a trust out of the Recovery Support Programme (not one left in it; a school or home out of special measures is told by its new grade, the report’s)' },
  { gate: /recovery support/i, type: 'intervention', pattern: /\b(?:(?:placed|put|moved|entered|enters|entering)\s+(?:\w+\s+){0,8}?(?:in|into)|enter(?:ed|s|ing)?)\s+(?:the\s+|its\s+)?(?:national\s+)?recovery\s+support\s+programme\b/gi,
    reason: 'NHS England puts a trust into its Recovery Support Programme, the most intensive support of its oversight framework (the NHS’s special measures since 2021); being in it is no new event' },
];

/**
 * The table's patterns without the Unicode flag, their letter classes spelled out for the Latin script English news is written in:
 * V8 compiles a case-blind pattern with Unicode letter classes several times slower, and every thread pays that on its first articles.
 */
export const TRIGGERS: readonly Trigger[] = TRIGGER_TABLE.map((t) => ({
  ...t, pattern: latin(t.pattern),
  ...(t.notAfter ? { notAfter: latin(t.notAfter) } : {}), ...(t.gate ? { gate: latin(t.gate) } : {}), ...(t.articleHas ? { articleHas: latin(t.articleHas) } : {}),
}));

export const MAX_TRIGGER_DISTANCE = 60;

/**
 * The steps of a criminal case a legal trigger tells, in order: two steps of one case are two events, and a report of one
 * that could join either (an undated 'pleaded not guilty Thursday' beside an indictment and an arraignment both dated on
 * a Thursday) joins the one of its step.
 */
export const COURT_STEPS: ReadonlyArray<{ step: string; pattern: RegExp; reason: string }> = [
  { step: 'charged', pattern: /\b(?:charge|indict)/i, reason: 'charged or indicted: the case begins' },
  { step: 'arrested', pattern: /\b(?:arrest|surrender|turned)/i, reason: 'arrested, or surrendered to be: often days before or after the charge, another step' },
  { step: 'pleaded', pattern: /\b(?:arraign|plead|pled|admit|entered\s+(?:not\s+)?guilty)/i, reason: 'arraigned, or a plea entered' },
  { step: 'verdict', pattern: /\b(?:convict|guilty|acquit)/i, reason: 'a verdict' },
  { step: 'sentenced', pattern: /\b(?:sentenc|jail|impris|fined)/i, reason: 'a sentence or a fine' },
];
/**
 * The steps of a change of post a departure's words tell: a suspension and the leaving that may follow it are two events, however
 * near their days; a resignation and the day it takes effect are one (see the merge's POST_CHANGE_DAYS).
 */
export const POST_STEPS: ReadonlyArray<{ step: string; pattern: RegExp; reason: string }> = [
  { step: 'suspended', pattern: /\bsuspen|\bon\s+(?:\w+\s+){0,2}leave\b/i, reason: 'suspended, or put on leave (\'placed on paid administrative leave\'): the holder keeps the post while it is looked into' },
];
/** What left a post when no suspension is told: resigned, retired, dismissed, stepped down. */
const LEFT_STEP = 'left';

/** The step a legal or departure trigger's words tell (see COURT_STEPS, POST_STEPS), or null for other events. */
export function stepOf(type: EventType, trigger: string): string | null {
  if (type === 'legal') return COURT_STEPS.find((s) => s.pattern.test(trigger))?.step ?? null;
  if (type === 'departure') return POST_STEPS.find((s) => s.pattern.test(trigger))?.step ?? LEFT_STEP;
  return null;
}

/** News dated by its publication day reports an event of that day or of up to this many days before (a weekly's news). */
export const REPORTING_DELAY_DAYS = 7;

/**
 * Within one article, the lead's news of the publication day ('Ministers have appointed commissioners') is the
 * event of its kind the text dates up to a week before ('announced last Thursday'): the article tells one news.
 */
export const ARTICLE_REPORTING_DELAY_DAYS = 7;

/** Types that can be the same real event reported in different words ('an inspection in June' and 'visits in June 2023'). */
export const INSPECTION_FAMILY: ReadonlySet<EventType> = new Set(['inspection', 'monitoring-visit']);

/** Events a body's meeting decides: one and the meeting that decided it, the same day, are one event. */
export const DECIDED_AT_MEETING: ReadonlySet<EventType> = new Set(['meeting', 'departure', 'appointment']);

/**
 * Pairs of types that two outlets, or two sentences of one, give to one event of a body on one day: `folds` is how it is
 * told, `keeps` the more specific step it tells. The merge folds a record of `folds` into the body's one record of a
 * `keeps` of that day (the type more articles give wins, on a tie `keeps`); never into an inspection (a visit and the day
 * something else was said are two events), nor an appointment into a departure (an interim named the day a chief leaves
 * is a second event).
 */
export const TOLD_AS_ANOTHER: ReadonlyArray<{ keeps: EventType; folds: EventType; reason: string }> = [
  ...(['intervention', 'appointment', 'departure', 'rating-action', 'legal', 'closure'] as const).map((keeps) => ({ keeps, folds: 'announcement' as const,
    reason: 'a body’s announcement on the day of a step it took or that befell it is that step told as news (\'The government today announced commissioners for Kelby\'; \'Kelby Police announced that its chief constable’s contract has been extended\')' })),
  { keeps: 'intervention', folds: 'report-published',
    reason: 'a statutory notice is itself a report (\'has issued a report under section 114\'), and a notice told of on the day of the report that gave it is told with it' },
];

/**
 * Events told by who took part: someone takes up or leaves a post, or addresses a meeting. Undated, a
 * report of one still names who ('Paul Boyce was appointed', 'Addressing the committee, Mr Boyce said'),
 * and the merge joins it to the dated report that names them too.
 */
export const PEOPLE_TYPES: ReadonlySet<EventType> = new Set(['appointment', 'departure', 'meeting']);

/** Changes of post, a post taken or left: what a report of one names is who took it up or left it. */
export const POST_TYPES: ReadonlySet<EventType> = new Set(['appointment', 'departure']);

/**
 * Words by which a sentence recalls an earlier grading rather than telling the news ('was previously
 * rated good following its inspection in 2014', 'when it was last inspected'): the article's other
 * grades are not that event's.
 */
export const RECALLED = /\b(?:previously|formerly|last\s+inspected|(?:its|the|\w+['’]s)\s+(?:last|previous)\s+(?:full\s+|standard\s+|routine\s+|graded\s+)?(?:inspection|visit|report)|had\s+(?:previously\s+)?been\s+(?:rated|judged|graded))\b/i;

/**
 * Steps a regulator takes, told with no date but with the regulator as their agent ('the CQC has also served a
 * warning notice', 'After inspecting the trust in July, the CQC issued a warning notice'): still that regulator's
 * step on the body, which the merge joins to the one another article dates.
 */
export const ASSESSOR_STEP_TYPES: ReadonlySet<EventType> = new Set(['intervention']);

/** Events a grade belongs to: the inspection that gave it, the report that published it, the agency's action. */
export const GRADED_TYPES: ReadonlySet<EventType> = new Set(['inspection', 'monitoring-visit', 'report-published', 'rating-action']);

/**
 * Scales whose grades no report publishes: a food hygiene rating is given at the inspection and posted on the
 * door and the regulator's site, and stars (a hygiene sticker's, a hotel's, a reviewer's) are awarded, not
 * reported; an inspection graded on them implies no report of its own.
 */
export const UNREPORTED_SCALES: ReadonlySet<string> = new Set(['food-hygiene', 'stars']);

/** Events that only happen to an institution, whatever their subject is called: graded ones, and a regulator stepping in. */
export const INSTITUTIONAL_TYPES: ReadonlySet<EventType> = new Set([...GRADED_TYPES, 'intervention']);

