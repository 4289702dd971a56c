/**
 * Verbs that introduce reported words. Assembled by us from English reporting verbs (the verb
 * classes that PARC 3.0 / PolNeAR annotate as attribution cues: say, tell, add, claim, warn …) plus
 * the verbs news uses for written sources such as inspection reports (note, find, conclude, praise,
 * highlight, recognise).
 * Second pass (issue #3): the -ing forms ('…, saying “…”'), and verbs of naming and labelling that
 * quote a word or phrase someone used ('called him “unhinged”', 'dubbed', 'labelled', 'branded',
 * 'referred to … as'), plus verbs of attack and reply common in political reporting (blast, slam,
 * accuse, charge, deny, insist). Added after reading the cue words PolNeAR's train split marks
 * around quotation marks; no word was taken from its test split. 'called' and 'described' are cues
 * only in the active voice: PASSIVE_CUES lists the forms that a passive auxiliary ('was described as')
 * disqualifies, because the subject is then not the speaker.
 * Left out on purpose: 'deemed'/'judged' (grading, handled by the ratings extractor), 'believe'/'think'
 * (opinion, rarely followed by a verbatim quote), 'read' (the past tense is also reading out someone else's words; 'reads', as in 'the letter reads', is kept).
 */
const LEMMAS: ReadonlyArray<readonly string[]> = [
  ['say', 'says', 'said', 'saying'], ['tell', 'tells', 'told', 'telling'], ['add', 'adds', 'added', 'adding'],
  ['explain', 'explains', 'explained'], ['state', 'states', 'stated'], ['note', 'notes', 'noted'],
  ['warn', 'warns', 'warned'], ['claim', 'claims', 'claimed'], ['insist', 'insists', 'insisted'],
  ['argue', 'argues', 'argued'], ['admit', 'admits', 'admitted'], ['acknowledge', 'acknowledges', 'acknowledged'],
  ['conclude', 'concludes', 'concluded'], ['suggest', 'suggests', 'suggested'],
  ['recognise', 'recognises', 'recognised', 'recognize', 'recognizes', 'recognized'], ['praise', 'praises', 'praised'],
  ['highlight', 'highlights', 'highlighted'], ['comment', 'comments', 'commented'], ['remark', 'remarks', 'remarked'],
  ['reply', 'replies', 'replied'], ['respond', 'responds', 'responded'], ['announce', 'announces', 'announced'],
  ['declare', 'declares', 'declared'], ['confirm', 'confirms', 'confirmed'], ['write', 'writes', 'wrote'],
  ['report', 'reports', 'reported'], ['observe', 'observes', 'observed'], ['continue', 'continues', 'continued'],
  ['urge', 'urges', 'urged'], ['ask', 'asks', 'asked'], ['accept', 'accepts', 'accepted'], ['concede', 'concedes', 'conceded'],
  ['stress', 'stresses', 'stressed'], ['emphasise', 'emphasises', 'emphasised', 'emphasize', 'emphasizes', 'emphasized'],
  ['reveal', 'reveals', 'revealed'], ['agree', 'agrees', 'agreed'], ['criticise', 'criticises', 'criticised', 'criticize', 'criticized'],
  ['complain', 'complains', 'complained'], ['promise', 'promises', 'promised'], ['vow', 'vows', 'vowed'],
  ['pledge', 'pledges', 'pledged'], ['predict', 'predicts', 'predicted'], ['tweet', 'tweets', 'tweeted'],
  ['post', 'posted'], ['find', 'finds', 'found'], ['describe', 'describes'], ['call', 'calls'], ['joke', 'joked'],
  ['recall', 'recalls', 'recalled'], ['maintain', 'maintains', 'maintained'], ['contend', 'contends', 'contended'],
  ['assert', 'asserts', 'asserted'], ['mention', 'mentions', 'mentioned'], ['point', 'points', 'pointed'],
  ['describe', 'described as saying'], ['boast', 'boasts', 'boasted'], ['quip', 'quipped'], ['whisper', 'whispered'],
  ['shout', 'shouted'], ['cry', 'cried'], ['plead', 'pleaded'], ['demand', 'demanded'], ['predict', 'predicted'],
  ['estimate', 'estimated'], ['summarise', 'summarised', 'summarize', 'summarized'], ['outline', 'outlined'],
  // second pass: -ing forms, naming verbs (active only, see PASSIVE_CUES), attack and reply verbs
  ['explaining', 'stating', 'noting', 'warning', 'claiming', 'insisting', 'arguing', 'admitting', 'adding', 'writing',
    'tweeting', 'asking', 'declaring', 'calling', 'describing', 'telling', 'announcing', 'complaining', 'suggesting'],
  ['called', 'described', 'dubbed', 'dubs', 'labeled', 'labelled', 'labels', 'branded', 'brands', 'termed', 'terms'],
  ['refer', 'refers', 'referred', 'referring'], ['blast', 'blasts', 'blasted'], ['slam', 'slams', 'slammed'],
  ['accuse', 'accuses', 'accused'], ['charge', 'charges', 'charged'], ['deny', 'denies', 'denied'],
  ['scoff', 'scoffed'], ['mock', 'mocks', 'mocked'], ['sing', 'sings', 'sang'], ['chant', 'chanted', 'chanting'],
  ['yell', 'yelled'], ['scream', 'screamed'], ['muse', 'mused'], ['quote', 'quotes', 'quoted'], ['cite', 'cites', 'cited'],
  ['respond', 'responding'], ['reply', 'replying'], ['retort', 'retorted'], ['counter', 'countered'],
  ['assure', 'assures', 'assured'], ['liken', 'likens', 'likened'], ['compare', 'compared'], ['challenge', 'challenged'], ['reads'], ['interject', 'interjected'], ['exclaim', 'exclaims', 'exclaimed'], ['predicting', 'promising', 'vowing', 'urging'], ['snap', 'snapped'], ['proclaim', 'proclaims', 'proclaimed'], ['threaten', 'threatened'],
  // third pass: manner-of-speaking and reply verbs of the train split's quote cues and of dialogue tags
  ['answer', 'answers', 'answered'], ['assail', 'assails', 'assailed'], ['lament', 'laments', 'lamented'],
  ['speculate', 'speculates', 'speculated'], ['testify', 'testifies', 'testified'], ['wonder', 'wonders', 'wondered'],
  ['caution', 'cautions', 'cautioned'], ['recount', 'recounts', 'recounted'], ['confess', 'confessed'], ['emailed'],
  ['bark', 'barked'], ['beamed'], ['surmised'], ['gushed'], ['fumed'], ['sneered'], ['grumbled'], ['chided'], ['taunted'], ['opined'],
  ['praising', 'remarking', 'scoffing', 'lamenting', 'answering', 'boasting', 'joking', 'yelling', 'shouting', 'screaming'],
];

/** Naming verbs whose subject is not the speaker in the passive voice ('was called “a disgrace”'). */
export const PASSIVE_CUES: ReadonlySet<string> = new Set([
  'called', 'described', 'dubbed', 'labeled', 'labelled', 'branded', 'termed', 'referred', 'quoted', 'cited', 'accused', 'charged',
  'told', 'asked', 'found', 'reported', 'mocked', 'denied', 'urged', 'praised', 'criticised', 'criticized', 'warned',
  'recognised', 'recognized',
]);

export const CUE_FORMS: ReadonlySet<string> = new Set(LEMMAS.flat());

/**
 * Cues only after the quote: '“I am still Sanders,” it read', '“…,” read one'. Before a quote, 'read'
 * is mostly someone reading out another's words ('He read “…” aloud').
 */
export const TRAILING_CUE_FORMS: ReadonlySet<string> = new Set(['read']);

/** Verbs that report words only with this object after them: 'as The New Yorker put it', 'as one aide puts it'. */
export const CUES_WITH_OBJECT: ReadonlyMap<string, string> = new Map([['put', 'it'], ['puts', 'it']]);

/** Multi-word cues with their own sieve: the speaker follows them. */
export const ACCORDING_TO = /\baccording to\s+$/i;
