import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/index.js';

/** The reasons given for each line taken out, as 'reason: text'. */
const reasons = (text: string) => cleanText(text).removed.map((r) => `${r.reason}: ${r.text}`);
const page = (...lines: string[]) => lines.join('\n\n');

const OPENING = 'The council approved the new library budget on Monday evening.';
const CLOSING = 'A final decision on the depot is expected next spring.';

describe('cleanText: ad slots, prompts and promotions', () => {
  it('removes the controls of an ad slot, and keeps a sentence about adverts', () => {
    const kept = 'Members voted to hide the advert from the bus shelters.';
    const out = cleanText(page(OPENING, 'Hide Ad', 'Skip advert', kept));
    expect(out.body).toBe(page(OPENING, kept));
  });

  it('removes video prompts, and keeps a sentence inviting residents to watch a meeting', () => {
    const kept = 'Residents can watch the meeting online from 6pm on Thursday.';
    const raw = page(OPENING, 'Watch more of our videos on Streamline', 'Visit Streamline now', kept);
    expect(cleanText(raw).body).toBe(page(OPENING, kept));
    expect(reasons(raw)).toContain('video or broadcast prompt: Visit Streamline now');
  });

  it('removes a publication’s lines about itself, a press contact, a credited caption and a most-read list, and keeps the story', () => {
    const junk = [
      'Sign up to the Kelby Post schools newsletter - get the latest education news in your inbox',
      'Media enquiries: press@kelby.gov.uk | 01632 960 111',
      'Council Watch is published by Ridgeway Media Ltd. Subscribe for weekly briefings.',
      'Kelby Chronicle - news for the public sector',
      'The council offices on Mill Street. Credit: Kelby News 24',
      'Most popular: Storm warning for the coast | Rugby: Kelby name squad',
      'Council Watch is free for public sector subscribers. Log in or register to read more.',
    ];
    const kept = 'The report was published by the council’s auditors on Tuesday, and the leader said it was fair.';
    const out = cleanText(page(OPENING, ...junk, kept, CLOSING));
    expect(out.body).toBe(page(OPENING, kept, CLOSING));
  });

  it('removes a press release’s contact line, so the headline under it is the title; keeps a sentence asking readers to contact the council', () => {
    const headline = 'Kelby Treasurer responds to the agency’s outlook revision';
    const kept = 'Residents who want to contact the council about the budget can write to the treasurer.';
    const out = cleanText(page('FOR IMMEDIATE RELEASE', 'Contact: Ana Ruiz, Communications Director, (505) 555-0100', headline, OPENING, kept, CLOSING));
    expect(out.title).toBe(headline);
    expect(out.body).toBe(page(OPENING, kept, CLOSING));
  });

  it('removes a related-topics list whose topics are single words', () => {
    const out = cleanText(page(OPENING, CLOSING, 'Related topics', 'Education', 'Kelby County Council'));
    expect(out.body).toBe(page(OPENING, CLOSING));
  });

  it('takes a broadcast prompt over the headline out, so the headline under it is the title', () => {
    const headline = 'Kelby council tax to rise by five per cent after a long budget night';
    const out = cleanText(page('LISTEN LIVE: KLBY 98.2 Morning Show with Dan and Amy', headline, OPENING, CLOSING));
    expect(out.title).toBe(headline);
    expect(out.body).toBe(page(OPENING, CLOSING));
  });

  it('removes a newsletter sign-up with its tagline, but only the line next to it', () => {
    const crosshead = 'Budget pressures';
    const after = 'Opposition members said the cuts fell hardest on rural branches.';
    const raw = page(OPENING, 'Sign up to our weekly newsletter', 'The Morning Brief newsletter gets you ahead', after, crosshead, CLOSING);
    const out = cleanText(raw);
    expect(out.body).toBe(page(OPENING, after, crosshead, CLOSING));
    expect(reasons(raw)).toContain('newsletter sign-up (its heading or tagline): The Morning Brief newsletter gets you ahead');
  });

  it('keeps the headline under a newsletter prompt at the top of the page', () => {
    const out = cleanText(page('Sign up to our newsletter', 'Library opening hours cut across the county', OPENING));
    expect(out.title).toBe('Library opening hours cut across the county');
    expect(out.body).toBe(OPENING);
  });

  it('removes a donation appeal with its heading, and keeps an appeal someone is quoted making', () => {
    const quoted = '"Your donation helps families stay warm this winter," said the charity\'s director.';
    const raw = page(OPENING, 'Keep Local News Strong',
      'Our reporters sit in every council meeting so you do not have to. Your gift keeps them there. Give today.', quoted);
    expect(cleanText(raw).body).toBe(page(OPENING, quoted));
    expect(reasons(raw)).toContain('donation appeal (its heading or tagline): Keep Local News Strong');
  });

  it('removes follow-us lines however they open, and keeps a sentence about following the force online', () => {
    const kept = 'Officers asked witnesses to follow the force on Twitter for updates.';
    const raw = page(OPENING, kept,
      'Why not follow our Northshire team on Facebook, Instagram and X? Send your story ideas by email.',
      'For more local stories, follow us on Instagram and find us on Facebook.');
    expect(cleanText(raw).body).toBe(page(OPENING, kept));
  });

  it('removes awards banners, and keeps a sentence naming an award', () => {
    const kept = 'The school was named Primary School of the Year in 2019.';
    const raw = page("'Regional Website of the Year'", 'Northern Press Awards 2021', 'Depot plans approved despite objections', OPENING, kept);
    const out = cleanText(raw);
    expect(out.title).toBe('Depot plans approved despite objections');
    expect(out.body).toBe(page(OPENING, kept));
    expect(reasons(raw)).toContain("awards banner: 'Regional Website of the Year'");
    // the banner may name the prize won, and its year
    expect(reasons(page('Winner: Weekly Newspaper of the Year 2019', 'Depot plans approved despite objections', OPENING))).toContain('awards banner: Winner: Weekly Newspaper of the Year 2019');
  });

  it('removes a cookie notice in the publisher’s words, and keeps a sentence about cookies', () => {
    const kept = 'Bakers said they would use cookies from the stall to raise funds.';
    const raw = page('We and our partners use cookies to personalise content and ads. Accept all | Manage', 'Depot plans approved despite objections', OPENING, kept);
    const out = cleanText(raw);
    expect(out.title).toBe('Depot plans approved despite objections');
    expect(out.body).toBe(page(OPENING, kept));
  });

  it('removes a cookie notice and a paywall prompt written in capitals (their words are looked for in the line in lower case)', () => {
    const raw = page('THIS WEBSITE USES COOKIES TO IMPROVE YOUR EXPERIENCE', 'ALREADY A SUBSCRIBER? LOG IN HERE', 'Depot plans approved despite objections', OPENING);
    const out = cleanText(raw);
    expect(out.title).toBe('Depot plans approved despite objections');
    expect(out.body).toBe(OPENING);
  });

  it('removes a consent banner, a paywall’s prompts and a run-together menu, so the headline under them is the title', () => {
    const kept = 'Readers who subscribe to the council newsletter will get the budget papers.';
    const raw = [
      'NORTHSHIRE RECORD',
      'We value your privacy. We and our 98 partners store and access information on your device. Agree | Options',
      'Home  News  Politics  Sport  Jobs',
      'You have read 2 of your 3 free articles this month. Register to keep reading.',
      'Depot plans approved despite objections from residents',
      OPENING, kept, 'Sign in to read more from the Northshire Record', 'Already a subscriber? Log in',
    ].join('\n');
    const out = cleanText(raw);
    expect(out.title).toBe('Depot plans approved despite objections from residents');
    expect(out.body).toBe(page(OPENING, kept));
  });

  it('takes a headline over a station’s name and tagline cut by a bar', () => {
    const out = cleanText(['WKXX 90.1 | Northshire Public Radio Station', 'Depot plans approved despite objections from residents', OPENING].join('\n'));
    expect(out.title).toBe('Depot plans approved despite objections from residents');
  });

  it('takes the headline under the outlet’s own name and a trail of sections, whichever is longer', () => {
    const raw = ['Kelby and Pellham District Council', 'Home > News and media > Latest news', 'Statement following council meeting', OPENING].join('\n');
    const out = cleanText(raw, { outlet: 'Kelby and Pellham District Council (press release)' });
    expect(out.title).toBe('Statement following council meeting');
    expect(out.body).toBe(OPENING);
    expect(out.removed.map((r) => r.reason)).toEqual(['masthead or section label', 'navigation breadcrumb', 'title (moved to the title field)']);
    // (a sentence with an arrow in it is no trail)
    expect(cleanText(['Depot plans approved', 'Costs rose > 10% after the vote > expected.', OPENING].join('\n')).body).toContain('Costs rose');
  });

  it('removes a press release’s registration footer and its end mark, and keeps a sentence about a charity', () => {
    const kept = 'The trust is a registered charity that runs two hospices.';
    const raw = page(OPENING, kept, '###', 'Northshire Hospice Care is a registered charity (no. 1098765).');
    expect(cleanText(raw).body).toBe(page(OPENING, kept));
  });
});

describe('cleanText: bylines and author boxes', () => {
  it('removes a byline with its date and a closing byline with the author box that names the author', () => {
    const raw = page('Depot plans approved despite objections', 'by Newsroom Staff on March 3rd, 2021', OPENING, CLOSING,
      'By Newsroom Staff', 'This is the shared account of the Newsroom Staff, who write up council meetings.');
    const out = cleanText(raw);
    expect(out.body).toBe(page(OPENING, CLOSING));
    expect(reasons(raw)).toContain('author biography: This is the shared account of the Newsroom Staff, who write up council meetings.');
  });

  it('keeps a paragraph opening with "By" and a month, and a paragraph after a byline that does not name the author', () => {
    const by = 'By March the council had cut its library budget by a fifth.';
    expect(cleanText(page(OPENING, by, CLOSING)).body).toBe(page(OPENING, by, CLOSING));
    expect(cleanText(page(OPENING, 'By Jo Marsh', CLOSING)).body).toBe(page(OPENING, CLOSING));
  });
});

describe('cleanText: images and captions', () => {
  it('removes markdown image lines and the caption under them, and keeps a paragraph with a link', () => {
    const linked = 'The full [inspection report](https://example.org/report) runs to 40 pages.';
    const raw = page('Depot plans approved despite objections', OPENING, '![A depot gate](https://img.example.org/a/gate.jpg)',
      'The depot has stood empty since the spring', '[Town hall](https://img.example.org/hall.png?w=640)', linked);
    const out = cleanText(raw);
    expect(out.body).toBe(page(OPENING, linked));
    expect(reasons(raw)).toContain('image caption: The depot has stood empty since the spring');
  });

  it('removes a caption fused with its credit', () => {
    const raw = page(OPENING, 'The new depot opened in May Credit: Northshire Council', CLOSING);
    expect(reasons(raw)).toContain('image caption with its credit: The new depot opened in May Credit: Northshire Council');
    // the credit in brackets, as US papers print it; a bracket that is no credit stays
    const kept = 'The mayor (pictured) opened the depot in May.';
    const bracketed = page(OPENING, 'The new depot on Mill Road. (Herald file photo)', kept, 'Crews at work. (Photo by Sam Reed)', CLOSING);
    expect(cleanText(bracketed).body).toBe(page(OPENING, kept, CLOSING));
  });

  it('removes a caption printed twice, fused or on two lines, and keeps a pull quote that repeats a paragraph', () => {
    const quote = '"We will not close a single branch," the leader said.';
    const raw = page(OPENING, 'The library on Mill Road.The library on Mill Road.', 'The library on Mill Road.', quote, CLOSING, quote);
    expect(cleanText(raw).body).toBe(page(OPENING, quote, CLOSING, quote));
  });

  it('removes a name repeated as a caption, and keeps table lines repeated, in title case or printed more than twice', () => {
    const table = ['Safety', 'Requires improvement', 'Leadership', 'Requires improvement',
      'Monday', 'Morning Session', 'Tuesday', 'Morning Session', 'Wednesday', 'Morning Session'];
    const raw = page(OPENING, 'Dora Whitfield', 'The chair, Dora Whitfield, said the plans were sound.', 'Dora Whitfield', CLOSING, ...table);
    expect(cleanText(raw).body).toBe(page(OPENING, 'The chair, Dora Whitfield, said the plans were sound.', CLOSING, ...table));
  });

  it('removes a name caption the next paragraph repeats, and keeps a crosshead', () => {
    const next = 'Councillor Dora Whitfield, who chairs the committee, said the depot would reopen.';
    const raw = page(OPENING, 'Councillor Dora Whitfield', next, 'Budget pressures', CLOSING, 'What Happens Next', 'The Depot Board meets in June.');
    expect(cleanText(raw).body).toBe(page(OPENING, next, 'Budget pressures', CLOSING, 'What Happens Next', 'The Depot Board meets in June.'));
    expect(reasons(raw)).toContain('image caption: Councillor Dora Whitfield');
  });
});

describe('cleanText: the headline among the header lines', () => {
  it('takes the first line longer than a label as the headline, not a longer standfirst under it', () => {
    const standfirst = 'The county’s cabinet backed the plan after a review found that closing branches would save less than promised and leave villages without a service';
    const out = cleanText(page('Northshire Echo', 'Libraries to stay open after review of county budget', standfirst, OPENING));
    expect(out.title).toBe('Libraries to stay open after review of county budget');
    expect(out.body).toBe(page(standfirst, OPENING));
  });

  it('takes the headline above an image, not the image’s longer caption', () => {
    const out = cleanText(page('Depot plans approved', '- Published', '![Depot](https://img.example.org/depot.jpg)',
      'Campaigners had said the depot should be turned into homes', OPENING));
    expect(out.title).toBe('Depot plans approved');
    expect(out.body).toBe(OPENING);
  });
});
