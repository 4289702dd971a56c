import { DATE_CUES, NOT_PAST_ED, TENSE_CUES, alternation } from './lexicon.js';
import type { Tense } from './normalise.js';
import { SUBORDINATORS } from '../../vocabulary/clauses.js';
import { CUE_FORMS } from '../../vocabulary/cueVerbs.js';
import { lexiconTags } from '../shared/lexicon.js';

/** How far around a mention the context checks look; a sentence edge stops them earlier. */
const WINDOW = 200;

const CUE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(DATE_CUES)})[\\s-]+(?:the\\s+)?$`, 'iu');

/** True when a cue word ('in', 'since', 'last', 'mid-') stands right before `start`: 'in June', 'since 2019'. */
export function cuedAt(text: string, start: number): boolean {
  return CUE_BEFORE.test(text.slice(Math.max(0, start - 25), start));
}

const NOT_PAST = new Set(NOT_PAST_ED);
const TENSE = new Map(TENSE_CUES.flatMap((e) => e.words.map((w) => [w, e.value] as const)));
const WORD = /[\p{L}'’]+/gu;
/** Words that open another clause: a tense after them is that clause's ('rise from April after the cabinet backed it'). */
const CLAUSE_OPENERS = SUBORDINATORS;
/** Tense cues further away than this many words usually belong to another clause ('Microsoft said it has ... to run through June'). */
const REACH = 8;

/** 'that' opening what someone said, right after a day. */
const REPORTED_CLAUSE_AFTER = /^\s*,?\s*that\s/;
/** Verbs of saying among the tense cues: the day before a 'that' they govern is theirs. */
const SAYING: ReadonlySet<string> = new Set(['said', 'told', 'wrote']);

/** Words that put their whole clause in the future, however long it runs. */
const FUTURE_MODALS: ReadonlySet<string> = new Set(['will', 'shall', "'ll", '’ll']);
/** How far back in its clause a future modal is looked for when no tense cue is near. */
const MODAL_REACH = 20;

/**
 * A day something is booked for is ahead of the booking, whatever its tense: 'the meeting has been called for 29 October', 'councillors
 * have called an emergency meeting for Thursday'; so is the day a hearing or a vote is put off to, named or not ('adjourned sentencing to
 * May 12', 'postponed the vote until Monday').
 */
const BOOKED_FOR = /\b(?:(?:called|set|scheduled|fixed|arranged|booked|listed|pencilled\s+in)(?:\s+(?:an?|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|hearing|vote|session|sitting|debate|ballot))?|(?:adjourned|postponed|deferred|put\s+back|moved)(?:\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?[\p{L}-]+)?)\s+(?:until|till|to|for)\s+(?:the\s+)?$/iu;

/**
 * A verb in the present simple whose time the date is: 'takes over as interim chief on Monday', 'meets on Tuesday' tell
 * a schedule, ahead (not a saying verb's, 'says on Monday', nor a noun's, 'the talks on Monday', nor another clause's
 * after 'as', 'comes as the trust confirmed on Monday').
 */
const PRESENT_VERB_BEFORE = /(?<![\p{L}’'-])(\p{Ll}{2,}s)(?:\s+(?:over|up|off|out|back|down))?(?:\s+as(?:\s+(?![\p{L}’'-]*ed\b|(?:is|was|has|had|says|said|will|would)\b)[\p{L}’'-]+){1,5}?)?\s+(?:on|from)\s+$/u;
const NOUN_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+$/i;
/** Whether a clause, up to a date, ends in such a verb with no past verb before it ('seized documents including accounts on'). */
function scheduledBy(clause: string): boolean {
  const m = PRESENT_VERB_BEFORE.exec(clause);
  if (!m) return false;
  const tags = lexiconTags(m[1]!);
  if (!tags.includes('PresentTense') || tags.includes('Plural') || tags.includes('Copula') || CUE_FORMS.has(m[1]!)) return false;
  const earlier = clause.slice(0, m.index);
  const words = earlier.match(WORD) ?? [];
  return !NOUN_BEFORE.test(earlier) && !words.some((w, i) => cueOf(w, words[i - 1]) === -1);
}

/** Future cues that are past verbs too ('is expected to' / 'it expected'). */
const PLAN_PARTICIPLES: ReadonlySet<string> = new Set(['expected', 'scheduled', 'planned', 'set']);
const SUBJECT_PRONOUNS = /^(?:it|he|she|they|we|i|you|who)$/i;
/** Future cues that are nouns too ('plans to close' / 'its plans'). */
const PLAN_NOUNS: ReadonlySet<string> = new Set(['plan', 'plans']);
/** Before such a noun: a determiner, a possessive, or the kind of plan it is ('action plan', 'improvement plan'). */
const PLAN_NOUN_BEFORE = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|action|improvement|recovery|business|budget|development|financial|local|new|draft|final)$|['’]s$/i;

/** Words after which a past form is an adjective, not a verb ('head of paid service', 'the revised budget', 'in closed session'). */
const ADJECTIVE_POSITION = /^(?:of|in|at|with|from|the|a|an|its|their|his|her|our|this|these|those)$/i;
/** Past cues that are adjectives of time: after a determiner they still say before. */
const PAST_ADJECTIVES: ReadonlySet<string> = new Set(['last', 'previous', 'earlier']);
/** Auxiliaries after which a participle is no past: 'is due to be published', 'a new leader is elected', 'has agreed to meet'. */
const NOT_PAST_AFTER = /^(?:be|being|is|are|has|have)$/i;

/** The tense a word signals; `previous` is the word before it in reading order. */
function cueOf(word: string, previous: string | undefined): Tense {
  const w = word.toLowerCase();
  const v = TENSE.get(w);
  // a past participle after 'be' is a passive, whose tense the auxiliary before it gives: 'will be held on 12 March'
  if (v === -1 && /^(?:be|being)$/i.test(previous ?? '')) return 0;
  // so is one after a determiner or 'of', an adjective: 'interim head of paid service from 1 May', 'the lost income'
  // (not an adjective that itself says before: 'at its previous inspection in March', 'an earlier visit in June')
  if (v === -1 && ADJECTIVE_POSITION.test(previous ?? '') && !PAST_ADJECTIVES.has(w)) return 0;
  // a plan's participle after its subject is a past verb: 'the improvements it expected', 'the date they set'
  if (v === 1 && PLAN_PARTICIPLES.has(w) && SUBJECT_PRONOUNS.test(previous ?? '')) return -1;
  // a plan as a thing, after its determiner or the noun it is of, tells no time: 'published its action plan on 18 August'
  if (v === 1 && PLAN_NOUNS.has(w) && PLAN_NOUN_BEFORE.test(previous ?? '')) return 0;
  if (v !== undefined) return v;
  // a plan told with 'is to': 'is to retire at the end of August'
  if (w === 'to' && /^(?:is|are)$/i.test(previous ?? '')) return 1;
  if (w.length <= 4 || !w.endsWith('ed') || NOT_PAST.has(w)) return 0;
  // A participle after 'be', 'is' or 'has' is not past: 'is due to be published in May', 'until a new leader is elected at the meeting
  // on 2 October', 'has agreed to meet in June';
  // nor one after a determiner, an adjective: 'a hearing on the revised budget on Tuesday', 'a special called meeting on'.
  return NOT_PAST_AFTER.test(previous ?? '') || ADJECTIVE_POSITION.test(previous ?? '')
    || (previous !== undefined && !TENSE.has(previous.toLowerCase()) && lexiconTags(previous).includes('Adjective')) ? 0 : -1;
}

/** A word that makes a clause: a tense cue, or a verb in a tense ('backed', 'meets'). */
const isFiniteVerb = (word: string, i: number, words: readonly string[]) => cueOf(word, words[i - 1]) !== 0
  || lexiconTags(word).some((t) => t === 'PastTense' || t === 'PresentTense');

/**
 * The tense around a mention: the nearest tense cue before it in the same clause, else the nearest after
 * it. 'will receive the report on 29 September' -> 1; 'told CNN in August' -> -1; none -> 0.
 */
export function tenseAt(text: string, start: number, end: number): Tense {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  if (BOOKED_FOR.test(before)) return 1;
  const edge = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const clauseBefore = before.slice(edge + 1).split(/[,;:()]/).pop()!;
  if (scheduledBy(clauseBefore)) return 1;
  const words = (before.slice(edge + 1).match(WORD) ?? []).slice(-REACH - 1);
  for (let i = words.length - 1; i >= Math.max(0, words.length - REACH); i--) {
    const t = cueOf(words[i]!, words[i - 1]);
    if (t) return t;
  }
  // with no cue near, a modal that opens the clause rules it to its end ('will hold a hearing on the revised 2024 budget on Tuesday')
  // (a subordinator with no verb after it heads a phrase, not a clause: 'will appear before the Kelby Police and Crime Panel at a hearing on')
  const clause = clauseBefore.match(WORD) ?? [];
  for (let i = clause.length - 1 - REACH; i >= Math.max(0, clause.length - MODAL_REACH); i--) {
    if (CLAUSE_OPENERS.has(clause[i]!.toLowerCase()) && clause.slice(i + 1).some(isFiniteVerb)) break;
    if (FUTURE_MODALS.has(clause[i]!.toLowerCase())) return 1;
  }
  const after = text.slice(end, end + WINDOW);
  // a day before what someone said is the saying's, told in its verb's tense however far back ('told North Star Radio after the
  // meeting on Monday night that he would not resign'): the reported clause's tense is its own
  if (REPORTED_CLAUSE_AFTER.test(after)) {
    const sentence = before.slice(edge + 1).match(WORD) ?? [];
    for (let i = sentence.length - 1 - REACH; i >= Math.max(0, sentence.length - MODAL_REACH); i--) {
      const t = SAYING.has(sentence[i]!.toLowerCase()) ? cueOf(sentence[i]!, sentence[i - 1]) : 0;
      if (t) return t;
    }
  }
  // (a participle's clause after a comma takes its time from the sentence: 'served on 19 July, giving it until the end of September';
  // so does an appositive's: 'raised the rating on Tuesday, a move officials say will save money')
  const stop = after.search(/[.!?](?:\s|$)|\n|,\s+\p{Ll}+ing\b|,\s+an?\s/u);
  const next = ((stop < 0 ? after : after.slice(0, stop)).match(WORD) ?? []).slice(0, REACH);
  for (let i = 0; i < next.length; i++) {
    if (CLAUSE_OPENERS.has(next[i]!.toLowerCase())) break;
    const t = cueOf(next[i]!, next[i - 1]);
    if (t) return t;
  }
  return 0;
}
