import { describe, expect, it } from 'vitest';
import { extractOfficials } from '../../src/extract/officials/index.js';

const names = (body: string) => extractOfficials(body).map((o) => o.name);

/** Sentences that look like an official's name and role but are not one: each names what it guards against. */
describe('extractOfficials: what is not an official', () => {
  it.each([
    ['lower-case "am" and "ms" are words, not roles', 'The chair said I am Sarah Jones today, and ms details follow.'],
    ['a person with no role', 'Resident Harriet Cole said the bins were not collected.'],
    ['a byline', 'By Tobias Grant\n\nThe bins were not collected.'],
    ['a photo credit', 'Photo: Leonie Marsh\n\nThe bins were not collected.'],
    ['a cue verb ends the clause that could give a role', 'Harriet Cole said as chair of the residents group she was angry.'],
    ['a role given to a body, not a person', 'The council became the first authority to be rated inadequate twice.'],
    ['a headline in title case', 'Sheriff Calls Deputy Lawson About Possible Senate Run Against Rivals'],
    ['a name only in a caption line', 'The force was told to improve.\n\nEastmoor Police Chief Constable Jane Roe\n\nA string of failures has hit the force.'],
  ])('%s', (_case, body) => {
    expect(names(body)).toEqual([]);
  });

  it('takes a radio station before a title for no official', () => {
    expect(names('Speaking to Pellham Radio, Chief Constable Lee said the inspectors were right.')).not.toContain('Pellham Radio');
  });

  it('keeps a role whole, not cut at a cue verb', () => {
    expect(extractOfficials('Petra Lind, chief executive of the trust insisted the plan was sound.').map((o) => o.roles)).toEqual([['chief executive of the trust']]);
  });

  it.each([
    ['the opening sentence names someone', 'The chief executive has thanked Ann Bell for her help.\n\nHarriet Cole lives on the estate.', []],
    ['the role is no subject nor the closing speaker', 'Residents have complained to the chief executive about the bins.\n\nHarriet Cole lives on the estate.', []],
    ['the closing speaker is followed by more than a cue', 'The bins were late, a council spokesman said on Monday.\n\nHarriet Cole lives on the estate.', []],
    ['the person is named past the lede', 'The bins were late.\n\nThe roads were closed.\n\nThe park was shut.\n\nThe chief executive has apologised.\n\nHarriet Cole lives on the estate.', []],
  ])('gives no lede role when %s', (_case, body, expected) => {
    expect(names(body)).toEqual(expected);
  });

  it('does not take a verb after "to" into a title in capitals', () => {
    expect(extractOfficials('The council voted to fire City Manager Laura Chen on Tuesday.').map((o) => o.roles)).toEqual([['City Manager']]);
  });

  it('does not read a role across a full stop', () => {
    expect(names('Harriet Cole joined. As chair, the council leader spoke first.')).toEqual([]);
  });
});
