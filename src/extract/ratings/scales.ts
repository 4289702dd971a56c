/**
 * Rating scales as data. A scale lists its grades (as the body that awards them writes them) and the
 * words that show an article is about that body, so a bare 'Good' is read against the right scale.
 * Add a scale here and the extractor picks it up; its awarding body's names come from the assessors table.
 */
import { namesOf } from '../../vocabulary/assessors.js';
import type { BodyKind } from '../../schema/index.js';

export interface RatingScale {
  id: string;
  /** The kinds of body the scale grades (bodies.ts kindOf): an article's graded body is one of them. */
  bodies?: readonly BodyKind[];
  /** Grades in the scale's own spelling, best first. */
  grades: readonly string[];
  /** Other ways articles write a grade ('requiring improvement'), by the grade they stand for. */
  spellings?: Readonly<Record<string, readonly string[]>>;
  /** Mentions of the awarding body; the nearest one decides the scale of a word grade. */
  cue: RegExp;
  /** Grades are written in capitals ('AA-'), so matching is case-sensitive. */
  caseSensitive?: boolean;
  reason: string;
}

/** 'Requires improvement' as news inflects it: tense and participle ('was judged as requiring improvement'), and its full name. */
const REQUIRES_IMPROVEMENT = { 'Requires Improvement': ['requiring improvement', 'require improvement', 'required improvement',
  // the grade's full name, whose last word is no grade of its own
  'requires improvement to be good', 'requiring improvement to be good', 'require improvement to be good', 'required improvement to be good'] };

export const WORD_SCALES: readonly RatingScale[] = [
  { id: 'ofsted', bodies: ['school', 'college', 'care home', 'council'], grades: ['Outstanding', 'Good', 'Requires Improvement', 'Inadequate', 'Satisfactory', 'Very Good', 'Sound'],
    spellings: REQUIRES_IMPROVEMENT,
    cue: namesOf('ofsted'),
    reason: 'Ofsted: four grades since 2012 (Satisfactory from 2005; Very Good and Sound among the grades before), for schools, colleges and councils\' children\'s services' },
  { id: 'cqc', bodies: ['care home', 'hospice', 'hospital', 'gp practice', 'nhs trust', 'ambulance service', 'council'], grades: ['Outstanding', 'Good', 'Requires Improvement', 'Inadequate'], spellings: REQUIRES_IMPROVEMENT,
    cue: namesOf('cqc'), reason: 'Care Quality Commission: four grades' },
  { id: 'hmicfrs', bodies: ['police force', 'fire service'], grades: ['Outstanding', 'Good', 'Adequate', 'Requires Improvement', 'Inadequate'], spellings: REQUIRES_IMPROVEMENT,
    cue: namesOf('hmicfrs', '\\bpolice watchdog\\b', '\\bPEEL\\b'),
    reason: 'police inspectorate (PEEL): five grades' },
  { id: 'estyn', bodies: ['school', 'college', 'council'], grades: ['Excellent', 'Good', 'Adequate', 'Unsatisfactory'],
    cue: namesOf('estyn'), reason: 'Welsh schools inspectorate (pre-2022 grades)' },
  { id: 'education-scotland', bodies: ['school', 'college', 'council'], grades: ['Excellent', 'Very Good', 'Good', 'Satisfactory', 'Weak', 'Unsatisfactory'],
    cue: namesOf('education-scotland'), reason: 'Education Scotland’s inspectors: six grades, excellent to unsatisfactory, for schools and a council’s education service' },
  { id: 'care-inspectorate', bodies: ['care home', 'council'], grades: ['Excellent', 'Very Good', 'Good', 'Adequate', 'Weak', 'Unsatisfactory'],
    cue: namesOf('care-inspectorate'), reason: 'Scotland’s Care Inspectorate: six grades, 6 (excellent) to 1 (unsatisfactory)' },
  { id: 'ciw', bodies: ['care home'], grades: ['Excellent', 'Good', 'Requires Improvement', 'Requires Significant Improvement', 'Needs Improvement', 'Poor'],
    spellings: { ...REQUIRES_IMPROVEMENT, 'Requires Significant Improvement': ['requiring significant improvement', 'require significant improvement', 'required significant improvement'] },
    cue: namesOf('ciw'),
    reason: 'Care Inspectorate Wales: a grade for each theme of a care home or home care service (well-being, care and support, environment, leadership and management), published since April 2025 (excellent, good, requires improvement, requires significant improvement); the silent grades of 2023–24 had needs improvement and poor' },
  { id: 'hmip', bodies: ['prison'], grades: ['Good', 'Reasonably Good', 'Not Sufficiently Good', 'Poor'],
    cue: namesOf('hmip'), reason: 'HM Inspectorate of Prisons: four scores for each healthy prison test (safety, respect, purposeful activity, rehabilitation)' },
  { id: 'rsh', bodies: ['housing provider'], grades: ['G1', 'G2', 'G3', 'G4', 'V1', 'V2', 'V3', 'V4', 'C1', 'C2', 'C3', 'C4'], caseSensitive: true,
    cue: namesOf('rsh'),
    reason: 'Regulator of Social Housing: governance (G), viability (V) and, since 2024, consumer (C) grades, 1 (compliant) to 4 (serious failings not being put right)' },
  { id: 'hiqa', bodies: ['care home', 'hospital', 'nhs trust'], grades: ['Compliant', 'Substantially Compliant', 'Partially Compliant', 'Not Compliant', 'Non-Compliant'],
    spellings: { 'Non-Compliant': ['non compliant', 'noncompliant'] }, cue: namesOf('hiqa'),
    reason: 'Ireland’s HIQA judges a nursing home or a disability centre compliant, substantially compliant or not compliant with each regulation, and a hospital compliant, substantially, partially or non-compliant with each national standard' },
  { id: 'tef', bodies: ['university', 'college'], grades: ['Gold', 'Silver', 'Bronze', 'Requires Improvement'], spellings: REQUIRES_IMPROVEMENT,
    cue: namesOf('tef', '\\bTEF\\b', '\\bTeaching Excellence Framework\\b'), reason: 'universities’ Teaching Excellence Framework: three awards, and requires improvement since 2023' },
];

/**
 * The kinds of body each scale grades, by scale id: the word scales' own, and those of the scales whose grades are numbers
 * no grade word names (food hygiene's inspector is the council's environmental health team, never the body graded).
 */
export const GRADED_BODIES: ReadonlyMap<string, readonly BodyKind[]> = new Map([
  ...WORD_SCALES.map((s) => [s.id, s.bodies ?? []] as const),
  ['food-hygiene', ['food business']],
  // stars are a business's: a hygiene sticker's ('a five-star food hygiene rating'), a restaurant's, a hotel's
  ['stars', ['food business']],
]);

export const CREDIT_SCALE: RatingScale = {
  id: 'credit',
  grades: ['AAA', 'AA+', 'AA', 'AA-', 'A+', 'A', 'A-', 'BBB+', 'BBB', 'BBB-', 'BB+', 'BB', 'BB-', 'B+', 'B', 'B-',
    'CCC+', 'CCC', 'CCC-', 'CC', 'C', 'D', 'Aaa', 'Aa1', 'Aa2', 'Aa3', 'A1', 'A2', 'A3', 'Baa1', 'Baa2', 'Baa3',
    'Ba1', 'Ba2', 'Ba3', 'B1', 'B2', 'B3', 'Caa1', 'Caa2', 'Caa3', 'Ca'],
  cue: namesOf('credit', '\\b(?:credit rating|credit score|rating agenc(?:y|ies)|bond rating)\\b'),
  caseSensitive: true,
  reason: 'S&P/Fitch and Moody\'s long-term letter grades',
};

const creditIndex = (grade: string) => CREDIT_SCALE.grades.indexOf(grade);
/** Grades below investment grade (S&P/Fitch BB+ and lower, Moody's Ba1 and lower): what news calls junk. */
export const SPECULATIVE_GRADES: ReadonlySet<string> = new Set([
  ...CREDIT_SCALE.grades.slice(creditIndex('BB+'), creditIndex('Aaa')),
  ...CREDIT_SCALE.grades.slice(creditIndex('Ba1')),
]);

/**
 * Grades that are a category of another grade of their scale: Ofsted and the CQC place only a body graded inadequate in
 * special measures, so an outlet that tells the one and an outlet that tells the other give the same verdict.
 */
export const CATEGORY_OF: ReadonlyMap<string, string> = new Map([['Special Measures', 'Inadequate']]);

/** Verbs that award a grade ('judged Good', 'was rated as Requires Improvement'). */
export const AWARD_VERBS = [
  'judged', 'rated', 'deemed', 'graded', 'ranked', 'assessed as', 'evaluated as', 'found to be', 'declared', 'classed as', 'classified as',
  'branded', 'labelled', 'labeled', 'downgraded to', 'upgraded to', 'downgrade to', 'upgrade to', 'awarded', 'given', 'received', 'achieved',
  'retained', 'kept', 'maintained', 'moved to', 'improved to', 'dropped to', 'fell to', 'rose to', 'cut to', 'lowered to',
  'raised to', 'reduced to', 'slashed to', 'affirmed at',
] as const;

/** Verbs that award a grade to the object after them ('judged the service inadequate', 'cut Ireland to Ba1'). */
export const AWARD_OBJECT_VERBS = [
  'judged', 'rated', 'rates', 'rate', 'deemed', 'graded', 'branded', 'labelled', 'labeled', 'declared', 'found',
  'assigned', 'assigns', 'affirmed', 'affirms', 'concluded', 'evaluated',
] as const;

/** Verbs that move a rating to a new grade named after 'to' ('downgraded the city one notch to Aa1'). */
export const MOVE_VERBS = ['downgraded', 'downgrades', 'downgrading', 'upgraded', 'upgrades', 'upgrading', 'cut', 'cuts', 'cutting',
  'lowered', 'lowers', 'lowering', 'raised', 'raises', 'raising', 'reduced', 'reduces', 'reducing', 'slashed', 'slashes', 'slashing',
  'moved', 'moves', 'moving', 'lifted', 'lifts', 'lifting', 'bumped', 'bumps', 'dropped', 'drops', 'dropping', 'demoted', 'demotes',
  // ('revised the county's general obligation rating to AA-'; a revised outlook names no grade)
  'revised', 'revises', 'revising'] as const;

/** Nouns that name a grade ('an Inadequate rating', 'a rating of Good'), singular and plural. */
export const RATING_NOUNS = ['rating', 'ratings', 'grade', 'grades', 'grading', 'judgement', 'judgment', 'verdict', 'status',
  'category', 'score'] as const;

/**
 * How far after a grade, its rating noun between, a date is that grade's ('a zero food hygiene rating last month'): it
 * dates neither a later grade nor a trigger after it. Read by the ratings and the events extractors alike.
 */
export const DATE_AFTER_GRADE = 30;

/** Words between a grade and its noun: 'a AAA bond rating', 'its Aa1 credit score', 'a C3 consumer grade'. */
export const GRADE_NOUN_MODIFIERS = ['bond', 'credit', 'debt', 'sovereign', 'issuer', 'issuer default', 'general obligation', 'GO',
  'long-term', 'short-term', 'senior', 'unsecured', 'revenue',
  // the housing regulator's three grades: 'a C3 consumer grade', 'its G3 governance rating'
  'consumer', 'governance', 'viability'] as const;

/**
 * Words that may follow a grade used as a verdict ('judged inadequate in July'); any other
 * lower-case word makes it an adjective ('inadequate practices').
 */
export const GRADE_FOLLOWERS = new Set([
  'and', 'but', 'or', 'in', 'by', 'after', 'following', 'for', 'at', 'on', 'since', 'when', 'with', 'last', 'this', 'back',
  'overall', 'again', 'once', 'previously', 'before', 'until', 'across', 'as', 'from', 'to', 'under', 'during', 'while',
  'because', 'rating', 'grade', 'grading', 'judgement', 'judgment', 'verdict', 'status', 'category',
  // a verb starts the next phrase ('its rating of requires improvement remains')
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'remains', 'remained', 'stays', 'stayed',
]);

/**
 * Grades that no grade word states: a state that is the verdict ('placed in special measures', 'cut to
 * junk'), or a number on a scale written out ('a food hygiene rating of zero').
 */
export interface GradePhrase {
  id: string;
  /** The scales it belongs to; the one named nearest the sentence is taken, else the first. */
  scales: readonly string[];
  /** Named group `grade` gives the value when `value` is absent. */
  pattern: RegExp;
  /** What every match contains: an article without it is not searched. */
  gate: RegExp;
  /**
   * Words in lower case, one of which every article that passes the gate and the topic holds: a native search of the article in lower
   * case comes first, where a case-blind pattern would be tried at every position of it.
   */
  words: readonly string[];
  /** What the article must be about when the match does not say it ('rated three out of five' in a food hygiene story). */
  topic?: RegExp;
  value?: string;
  /** Not a verdict when these words come before it in its sentence (a recommendation, a threat, a figure of speech). */
  unless?: RegExp;
  /** Not a grade of its own when the sentence states a grade of the scale ('junk … Ba2' is Ba2). */
  yieldsToGrade?: boolean;
  reason: string;
}

/**
 * Scales whose grades are numbers, with each number's word, lowest first: a grade written as a digit ('0 out of 5') takes
 * its word, so '0' and 'zero' are one grade.
 */
export const SPELLED_GRADES: ReadonlyMap<string, readonly string[]> = new Map([
  ['food-hygiene', ['Zero', 'One', 'Two', 'Three', 'Four', 'Five']],
]);

/** An article about the food hygiene scheme: it names the scheme, or its rating ('a zero hygiene rating'). */
const FOOD_HYGIENE_TOPIC = /\bfood\s+hygiene\b|\bhygiene\s+rating/i;

export const GRADE_PHRASES: readonly GradePhrase[] = [
  { id: 'special-measures', words: ['measures'], scales: ['ofsted', 'cqc'], value: 'Special Measures', gate: /special\s+measures/i,
    pattern: /\b(?:(?:placed|put|gone|went|going|go)\s+(?:in|into|under)|enter(?:s|ed|ing)?|(?:needing|needs|requir(?:es|ed|ing)|in\s+need\s+of)|(?:is|was|are|were|remains|remained|school|trust)\s+(?:now\s+|still\s+|currently\s+)?in)\s+special\s+measures\b/gi,
    unless: /\b(?:recommend\w*|should|could|would|may|might|must|to\s+be|fac(?:e|es|ed|ing)|risk\w*|threat\w*|effectively|equivalent|avoid\w*|out\s+of|came|come)\b/i,
    topic: /\b(?:Ofsted|CQC|Care\s+Quality\s+Commission|Estyn|schools?|academy|academies|pupils)\b/i,
    reason: 'Ofsted and the CQC place a failing school or trust in special measures: a formal state, not an adjective (in an article that names neither, nor a school, it is a government’s step: the top level of the Welsh NHS escalation framework)' },
  { id: 'estyn-follow-up', words: ['significant'], scales: ['estyn'], value: 'Significant Improvement', gate: /significant\s+improvement/i, topic: /\bEstyn\b/,
    pattern: /\b(?:in\s+need\s+of|needs?|needing|requires?|requiring|required)\s+significant\s+improvement\b/gi,
    reason: 'Estyn’s follow-up category for a school or council in need of significant improvement (the step before special measures)' },
  { id: 'area-send-failings', words: ['systemic'], scales: ['ofsted'], value: 'Widespread and/or Systemic Failings', gate: /systemic\s+failings/i, topic: /\bSEND\b|special\s+educational\s+needs/i,
    pattern: /\bwidespread\s+(?:and\s*\/\s*or|and|or)\s+systemic\s+failings\b/gi, unless: /\b(?:no|not|any|avoid\w*|risk\w*)\b/i,
    reason: 'the lowest of the three outcomes of an area SEND inspection by Ofsted and the CQC (since 2023), which requires a priority action plan' },
  { id: 'area-send-inconsistent', words: ['inconsistent'], scales: ['ofsted'], value: 'Inconsistent Experiences and Outcomes', gate: /inconsistent\s+experiences/i, topic: /\bSEND\b|special\s+educational\s+needs/i,
    pattern: /\blead\s+to\s+inconsistent\s+experiences\s+and\s+outcomes\b/gi, reason: 'the middle outcome of an area SEND inspection' },
  { id: 'area-send-positive', words: ['experiences'], scales: ['ofsted'], value: 'Positive Experiences and Outcomes', gate: /positive\s+experiences/i, topic: /\bSEND\b|special\s+educational\s+needs/i,
    pattern: /\b(?:typically\s+)?lead\s+to\s+positive\s+experiences\s+and\s+outcomes\b/gi, reason: 'the best outcome of an area SEND inspection' },
  { id: 'junk', words: ['junk'], scales: ['credit'], value: 'Junk', yieldsToGrade: true, gate: /junk/i,
    pattern: /\b(?:to|into|at|as)\s+(?:the\s+)?junk\b(?:\s+(?:status|grade|level|territory|rating))?|\bjunk[- ](?:status|rated|grade)\b/gi,
    reason: 'below investment grade, as news names it when it gives no grade code' },
  { id: 'food-hygiene', words: ['hygiene'], scales: ['food-hygiene'], gate: /hygiene/i,
    pattern: /\b(?:food\s+)?hygiene\s+(?:rating|score)\s+(?:of\s+)?(?<grade>zero|one|two|three|four|five|[0-5])\b(?!\s*(?:out\s+of|\/|stars?|-star))/gi,
    reason: 'Food Standards Agency scheme: 0 to 5, each grade as a word in Title Case whether written as a word or a digit' },
  { id: 'food-hygiene-attributive', words: ['hygiene'], scales: ['food-hygiene'], gate: /hygiene/i,
    pattern: /\b(?:a|an|the|its|their)\s+(?<grade>zero|one|two|three|four|five|[0-5])\s+(?:food\s+)?hygiene\s+(?:rating|score)\b/gi,
    reason: 'the same scheme, its grade written before it (\'a zero food hygiene rating\'; \'a five-star …\' is read as stars)' },
  { id: 'food-hygiene-out-of-five', words: ['hygiene'], scales: ['food-hygiene'], gate: /out\s+of\s+(?:five|5)\b/i, topic: FOOD_HYGIENE_TOPIC,
    pattern: /\b(?:rated|rating\s+of|score\s+of|scored|awarded|given|received|achieved|rating,|score,)\s+(?<grade>zero|one|two|three|four|five|[0-5])\s+out\s+of\s+(?:five|5)\b/gi,
    reason: 'the same scheme as a mark out of five, in an article about food hygiene (\'had been rated three out of five\', \'was awarded four out of five\', \'the lowest rating, 0 out of 5\')' },
  { id: 'food-hygiene-awarded-a', words: ['hygiene'], scales: ['food-hygiene'], gate: /\b(?:a|an)\s+(?:zero|one|two|three|four|five)\b/i, topic: FOOD_HYGIENE_TOPIC,
    pattern: /\b(?:awarded|given|handed|received|achieved|scored|earned|got)\s+(?:a|an)\s+(?<grade>zero|one|two|three|four|five)\b(?![-‐]|\s+(?:per|out|or|to|and|of|hundred|thousand|million|years?|months?|weeks?|days?|hours?|minutes?|stars?|times|points?|pounds?)\b)/gi,
    reason: 'the same scheme\'s number awarded bare, in an article about food hygiene (\'re-inspected and awarded a four\'; not \'given a five-year contract\')' },
  { id: 'food-hygiene-moved', words: ['hygiene'], scales: ['food-hygiene'], gate: /hygiene/i,
    pattern: /\bhygiene\s+(?:rating|score)\s+(?:has\s+been\s+|have\s+been\s+|had\s+been\s+|was\s+)?(?:cut|slashed|lowered|reduced|dropped|downgraded|raised|increased|upgraded|improved|fell|fallen|rose|risen)\s+(?:from\s+(?:zero|one|two|three|four|five|[0-5])\s+)?to\s+(?<grade>zero|one|two|three|four|five|[0-5])\b(?!\s*(?:\/|stars?|-star|per|%))/gi,
    reason: 'the same scheme\'s rating moved to a number (\'has had its food hygiene rating cut to two\', \'hygiene rating slashed from five to two\')' },
  { id: 'food-hygiene-rated', words: ['hygiene'], scales: ['food-hygiene'], gate: /\brated\s/i, topic: FOOD_HYGIENE_TOPIC,
    pattern: /\brated(?<=\b(?:was|is|been|were|being)\s+rated)\s+(?<grade>zero|one|two|three|four|five|[0-5])\b(?!\s*(?:out\s+of|\/|stars?|-star|per|%|percent|(?:or|to|and|-|–)\s*(?:zero|one|two|three|four|five|[0-5])\b))/gi,
    reason: 'the same scheme\'s number after \'rated\', in an article about food hygiene (\'Blue Lantern on Mill Street was rated 2\', \'It had been rated 5 at its last visit\'; a mark out of five is read above)' },
  { id: 'food-hygiene-rating-of', words: ['hygiene'], scales: ['food-hygiene'], gate: /\brating\s+of\b/i, topic: FOOD_HYGIENE_TOPIC,
    pattern: /\b(?:a|the|its|their)\s+rating\s+of\s+(?<grade>zero|one|two|three|four|five|[0-5])\b(?!\s*(?:out\s+of|\/|stars?|-star|per|%|percent|(?:or|to|and|-|–)\s*(?:zero|one|two|three|four|five|[0-5])\b))/gi,
    reason: 'the same scheme\'s number after \'a rating of\' with \'hygiene\' left out, in an article about food hygiene (\'had held a rating of five\'; not a range, \'a rating of 4 or 5\')' },
];
