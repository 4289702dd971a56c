/**
 * Verbs that introduce reported words. Assembled by us from English reporting verbs (the verb
 * classes that PARC 3.0 / PolNeAR annotate as attribution cues: say, tell, add, claim, warn …) plus
 * the verbs news uses for written sources such as inspection reports (note, find, conclude, praise,
 * highlight, recognise). Left out on purpose: 'described' and 'called' (passive 'was described as'
 * names no speaker), 'deemed'/'judged' (grading, handled by the ratings extractor), 'believe'/'think'
 * (opinion, rarely followed by a verbatim quote).
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
];

export const CUE_FORMS: ReadonlySet<string> = new Set(LEMMAS.flat());

/** Multi-word cues with their own sieve: the speaker follows them. */
export const ACCORDING_TO = /\baccording to\s+$/i;
