import { describe, expect, it } from 'vitest';
import { extractQuotes, findQuoteSpans } from '../../src/extract/quotes/index.js';

const quotes = (body: string) => extractQuotes(body).map((q) => ({ text: q.text, speaker: q.speaker, type: q.speakerType, rule: q.rule }));

describe('quote spans', () => {
  it('pairs curly, straight and single marks and leaves apostrophes alone', () => {
    const body = 'Ofsted said the children’s services made “vast improvements”. The council said "too many areas" lag. Lester said: ‘The findings show progress.’ Staff said \'it is better\' now.';
    const spans = findQuoteSpans(body).map((s) => body.slice(s.start, s.end));
    expect(spans).toEqual(['vast improvements', 'too many areas', 'The findings show progress.', 'it is better']);
  });

  it('joins a quote that runs over paragraphs (each opens a mark, only the last closes)', () => {
    const body = 'Jonathan Lester said: ‘The findings show there is still much to do.\n\n‘The improvement of children’s services remains the top priority.’';
    const [q] = extractQuotes(body);
    expect(q!.text.startsWith('The findings show')).toBe(true);
    expect(q!.text.endsWith('remains the top priority.')).toBe(true);
    expect(body.slice(q!.start, q!.end)).toBe(q!.text);
  });

  it('keeps nested marks inside the outer quote', () => {
    const body = 'Paul Walker said: “The change in Ofsted rating from ‘Requires Improvement’ to ‘Inadequate’ is upsetting.”';
    expect(quotes(body).map((q) => q.text)).toEqual(['The change in Ofsted rating from ‘Requires Improvement’ to ‘Inadequate’ is upsetting.']);
  });

  it('drops a quote mark that never closes', () => {
    expect(findQuoteSpans('He said “this never ends.\n\nThe next paragraph has no mark.')).toEqual([]);
  });
});

describe('attribution sieves', () => {
  it('colon-block: the speaker is named in the paragraph before the quote', () => {
    const body = 'Cllr Diana Toynbee, Cabinet Member for Children and Young People said:\n\n“This is a hard-hitting report and I really feel for all those children.”';
    expect(quotes(body)).toEqual([{ text: 'This is a hard-hitting report and I really feel for all those children.', speaker: 'Diana Toynbee', type: 'person', rule: 'colon-block' }]);
  });

  it('trailing-cue: speaker then cue, cue then speaker, and a pronoun resolved to the person before', () => {
    const body = 'Darryl Freeman, the council\'s corporate director, spoke to reporters.\n\n"We know this is an area where we face our hardest challenge," he said.\n\n"It will take time," said Mr Freeman.\n\n“This marks a significant achievement,” the inspectors said.';
    const q = quotes(body);
    expect(q.map((x) => [x.speaker, x.rule])).toEqual([
      ['Darryl Freeman', 'trailing-cue'], ['Darryl Freeman', 'trailing-cue'], ['inspectors', 'trailing-cue'],
    ]);
  });

  it('preceding-cue: subject and cue verb before the quote, falling back past a pronoun', () => {
    const body = 'Tina Russells, the council’s director of children’s services, said she was “very proud of the children’s workforce”. The council said it accepted there were "too many areas" where progress was slow.';
    expect(quotes(body).map((x) => [x.speaker, x.type])).toEqual([['Tina Russells', 'person'], ['council', 'organization']]);
  });

  it('according-to: the source named after the quote', () => {
    const body = 'The "vast majority of children live in stable placements", with most making progress, according to Ofsted.';
    expect(quotes(body)[0]).toMatchObject({ speaker: 'Ofsted', type: 'organization', rule: 'according-to' });
  });

  it('an interrupted quote gives two quotes with one speaker', () => {
    const body = 'Sarah Jones, the cabinet member for housing, was asked about the delay.\n\n“We know,” she said, “that families have waited too long for these homes.”';
    const q = quotes(body);
    expect(q.map((x) => x.text)).toEqual(['We know,', 'that families have waited too long for these homes.']);
    expect(q.map((x) => x.speaker)).toEqual(['Sarah Jones', 'Sarah Jones']);
  });

  it('reports and inspectors speak for the inspectorate the article names', () => {
    const body = 'Ofsted published its findings. In short, the report recognised “children in care make progress.” Improvements are "too slow", inspectors have said.';
    expect(quotes(body).map((x) => [x.speaker, x.type])).toEqual([['Ofsted', 'organization'], ['Ofsted inspectors', 'group']]);
  });

  it('same-sentence and continuation: later quotes with no cue keep the speaker', () => {
    const body = '“This marks a milestone,” the inspectors said.\n\nThey concluded that “views of children inform services”, while leaders were described as “understanding what children need”.\n\nInitiatives by the council have meanwhile “successfully stabilised the workforce”.';
    expect(quotes(body).map((x) => x.rule)).toEqual(['trailing-cue', 'preceding-cue', 'same-sentence', 'continuation']);
    expect(new Set(quotes(body).map((x) => x.speaker))).toEqual(new Set(['inspectors']));
  });

  it('every quote and speaker mention points into the body', () => {
    const body = 'Council leader, Jonathan Lester, said the authority remained "wholeheartedly committed" to working with partners "to create a service which we can all be proud of".';
    for (const q of extractQuotes(body)) {
      expect(body.slice(q.start, q.end)).toBe(q.text);
      expect(q.speaker).toBe('Jonathan Lester');
      expect(body.slice(q.speakerMention!.start, q.speakerMention!.end)).toBe(q.speakerMention!.text);
    }
  });
});
