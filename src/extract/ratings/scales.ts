/**
 * Rating scales as data. A scale lists its grades (as the body that awards them writes them) and the
 * words that show an article is about that body, so a bare 'Good' is read against the right scale.
 * Add a scale here and the extractor picks it up.
 */
export interface RatingScale {
  id: string;
  /** Grades in the scale's own spelling, best first. */
  grades: readonly string[];
  /** Mentions of the awarding body; the nearest one decides the scale of a word grade. */
  cue: RegExp;
  /** Grades are written in capitals ('AA-'), so matching is case-sensitive. */
  caseSensitive?: boolean;
  reason: string;
}

export const WORD_SCALES: readonly RatingScale[] = [
  { id: 'ofsted', grades: ['Outstanding', 'Good', 'Requires Improvement', 'Inadequate', 'Satisfactory'],
    cue: /\bOfsted\b|\bOffice for Standards in Education\b/i,
    reason: 'Ofsted: four grades since 2012 (Satisfactory before)' },
  { id: 'cqc', grades: ['Outstanding', 'Good', 'Requires Improvement', 'Inadequate'],
    cue: /\bCQC\b|\bCare Quality Commission\b/i, reason: 'Care Quality Commission: four grades' },
  { id: 'hmicfrs', grades: ['Outstanding', 'Good', 'Adequate', 'Requires Improvement', 'Inadequate'],
    cue: /\bHMICFRS\b|\bHMIC\b|\bInspectorate of Constabulary\b/i, reason: 'police inspectorate (PEEL): five grades' },
  { id: 'estyn', grades: ['Excellent', 'Good', 'Adequate', 'Unsatisfactory'],
    cue: /\bEstyn\b/i, reason: 'Welsh schools inspectorate (pre-2022 grades)' },
];

export const CREDIT_SCALE: RatingScale = {
  id: 'credit',
  grades: ['AAA', 'AA+', 'AA', 'AA-', 'A+', 'A', 'A-', 'BBB+', 'BBB', 'BBB-', 'BB+', 'BB', 'BB-', 'B+', 'B', 'B-',
    'CCC+', 'CCC', 'CCC-', 'CC', 'C', 'D', 'Aaa', 'Aa1', 'Aa2', 'Aa3', 'A1', 'A2', 'A3', 'Baa1', 'Baa2', 'Baa3',
    'Ba1', 'Ba2', 'Ba3', 'B1', 'B2', 'B3', 'Caa1', 'Caa2', 'Caa3', 'Ca'],
  cue: /\b(credit rating|credit score|Moody'?s|Standard (?:&|and) Poor'?s|S&P|Fitch|rating agenc(?:y|ies)|bond rating)\b/i,
  caseSensitive: true,
  reason: 'S&P/Fitch and Moody\'s long-term letter grades',
};

/** Verbs that award a grade ('judged Good', 'was rated as Requires Improvement'). */
export const AWARD_VERBS = [
  'judged', 'rated', 'deemed', 'graded', 'assessed as', 'found to be', 'declared', 'classed as', 'classified as',
  'branded', 'labelled', 'labeled', 'downgraded to', 'upgraded to', 'awarded', 'given', 'received', 'achieved',
  'retained', 'kept', 'maintained', 'moved to', 'improved to', 'dropped to', 'fell to', 'rose to',
] as const;

/** Nouns that name a grade ('an Inadequate rating', 'a rating of Good'). */
export const RATING_NOUNS = ['rating', 'grade', 'grading', 'judgement', 'judgment', 'verdict', 'status', 'category'] as const;

/**
 * Words that may follow a grade used as a verdict ('judged inadequate in July'); any other
 * lower-case word makes it an adjective ('inadequate practices').
 */
export const GRADE_FOLLOWERS = new Set([
  'and', 'but', 'or', 'in', 'by', 'after', 'following', 'for', 'at', 'on', 'since', 'when', 'with', 'last', 'this',
  'overall', 'again', 'once', 'previously', 'before', 'until', 'across', 'as', 'from', 'to', 'under', 'during', 'while',
  'because', 'rating', 'grade', 'grading', 'judgement', 'judgment', 'verdict', 'status', 'category',
  // a verb starts the next phrase ('its rating of requires improvement remains')
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'remains', 'remained', 'stays', 'stayed',
]);
