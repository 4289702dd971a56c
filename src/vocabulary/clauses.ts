/**
 * Words that open a clause, by kind, each kind with why. The quote sieves read them to find where a
 * cue's subject begins and which clause a quote belongs to; the date tagger reads them to keep a
 * tense cue to its own clause ('rise from April after the cabinet backed it').
 */
export const CLAUSE_WORD_GROUPS = {
  coordinators: { reason: 'join clauses of equal rank; after a comma they open a new one (\', while\' aside, \', but Smith said\')',
    words: ['and', 'but', 'so', 'yet'] },
  contrast: { reason: 'open a subordinate clause that contrasts with or explains the main one',
    words: ['while', 'whereas', 'although', 'though', 'because'] },
  timeAndCondition: { reason: 'open a subordinate clause of time or condition (\'after the cabinet backed it\')',
    words: ['when', 'after', 'before', 'unless', 'once', 'if'] },
  alsoPrepositions: { reason: 'open a clause, but also head a phrase of time or role (\'since 2019\', \'until May\', \'as chair\'): not a date clause\'s edge',
    words: ['since', 'until', 'as'] },
  relativeAndQuestion: { reason: 'open a relative or reported clause (\'that\', \'which\', \'whether\')',
    words: ['that', 'which', 'who', 'what', 'whether', 'where', 'how', 'why'] },
} as const;

const words = (...kinds: Array<keyof typeof CLAUSE_WORD_GROUPS>): ReadonlySet<string> => new Set(kinds.flatMap((k) => CLAUSE_WORD_GROUPS[k].words));

/** Any word that opens a clause: where a walk back from a cue verb to its subject stops. */
export const CLAUSE_START_WORDS = words('coordinators', 'contrast', 'timeAndCondition', 'alsoPrepositions', 'relativeAndQuestion');
/** Words that open a clause of its own after a comma ('…, while Mike Huckabee proposed …'). */
export const COMMA_CLAUSE_OPENERS = words('coordinators', 'contrast');
/** Words that open another clause, whose tense is its own. */
export const SUBORDINATORS = words('contrast', 'timeAndCondition');

/**
 * The words right before a trigger or grade that put its clause in the present perfect or present progressive
 * ('has been suspended', 'has seen its rating reduced', 'is being investigated', 'has been rated'), or announce a plan
 * ('the government is to send commissioners in'): it reports what happened by the day of publication, the news.
 */
export const PRESENT_PERFECT_BEFORE = /\b(?:has|have)\s+(?:[\p{L}’'-]+\s+){0,5}$|\b(?:is|are)\s+(?:now\s+|also\s+)?(?:being|to\s+be|to)\s+$/u;
