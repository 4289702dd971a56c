import { describe, expect, it } from 'vitest';
import { findPeople } from '../../src/extract/people/index.js';
import { ArticleContext } from '../../src/extract/context/index.js';
import { extractOfficials } from '../../src/extract/officials/index.js';

const officials = (body: string) => extractOfficials(body).map((o) => ({ name: o.name, honorific: o.honorific, roles: o.roles, organization: o.organization }));

describe('findPeople', () => {
  it('reads a name after a noun or adjective that opens its sentence and describes who follows, not after an adverb', () => {
    const body = 'Resident Ann Lee, who lives on the east side, told the council she had waited. Parent Tom Reed said the school failed. Even Jo Kerr agreed.';
    expect(findPeople(body).map((p) => p.name)).toEqual(['Ann Lee', 'Tom Reed']);
  });
});

describe('extractOfficials', () => {
  it('reads a role before the name, with and without a comma and an honorific', () => {
    const body = 'Leader of Herefordshire Council Coun Jonathan Lester said the council would act. The council’s chief executive Paul Walker said work had started. Council leader, Jonathan Lester, said more was needed.';
    expect(officials(body)).toEqual([
      { name: 'Jonathan Lester', honorific: 'Coun', roles: ['Leader of Herefordshire Council', 'Council leader'], organization: 'Herefordshire Council' },
      { name: 'Paul Walker', honorific: null, roles: ['chief executive'], organization: 'Herefordshire Council' },
    ]);
  });

  it('reads a role after the name, through an organisation in apposition', () => {
    const body = 'Deborah McMillan, Department for Education, Children’s Commissioner, added: “Progress has been made.”\n\nCllr David Hitchiner, Leader Herefordshire Council said: “It was very disappointing.”';
    expect(officials(body)).toEqual([
      { name: 'Deborah McMillan', honorific: null, roles: ['Children’s Commissioner'], organization: 'Department for Education' },
      { name: 'David Hitchiner', honorific: 'Cllr', roles: ['Leader Herefordshire Council'], organization: 'Herefordshire Council' },
    ]);
  });

  it('leaves the verb out of a role read before a name (‘has appointed Assistant City Manager Ana Ruiz’), keeps a tenure (‘the newly elected mayor’)', () => {
    expect(officials('The Kelby City Council has appointed Assistant City Manager Ana Ruiz as interim city manager.').map((o) => [o.name, o.roles[0]])).toEqual([['Ana Ruiz', 'Assistant City Manager']]);
    expect(officials('The newly elected mayor Tom Bell said the budget would balance.').map((o) => [o.name, o.roles[0]])).toEqual([['Tom Bell', 'elected mayor']]);
  });

  it('stops a role’s complement at the next name or honorific', () => {
    const body = 'Cabinet member for children and young people Coun Ivan Powell said staff had worked hard. The director of children’s services Tina Russells agreed.';
    expect(officials(body).map((o) => [o.name, o.roles[0]])).toEqual([
      ['Ivan Powell', 'Cabinet member for children and young people'],
      ['Tina Russells', 'director of children’s services'],
    ]);
  });

  // given names the lexicon does not know: the role beside the name makes it one
  it.each([
    ['a lower-case role right before', 'Independent councillor Tegwen Morgannwg, who represents Llanfair West, said she would vote against.',
      { name: 'Tegwen Morgannwg', roles: ['Independent councillor'] }],
    ['a role in apposition before, after a possessive employer', 'The regulator’s lead inspector, Jaswinder Kahlon, wrote that leaders were capable.',
      { name: 'Jaswinder Kahlon', roles: ['lead inspector'] }],
    ['a role in apposition after', 'Oluwaseun Adeyemi, cabinet member for housing at Eastmoor Borough Council, said the plan was fair.',
      { name: 'Oluwaseun Adeyemi', roles: ['cabinet member for housing'] }],
    ['a capitalised title right before', 'City Comptroller Anand Raghavan said the downgrade was expected.',
      { name: 'Anand Raghavan', roles: ['City Comptroller'] }],
  ])('finds a name next to its role: %s', (_case, body, expected) => {
    expect(officials(body)).toEqual([expect.objectContaining(expected)]);
  });

  it('reads a possessive employer in apposition, and the head a modifier-head leads up to', () => {
    expect(officials('Marek Nowicki, the CQC’s head of hospital inspection for the north, said the findings were stark.')).toEqual([
      { name: 'Marek Nowicki', honorific: null, roles: ['head of hospital inspection for the north'], organization: 'CQC' },
    ]);
  });

  it('reads a capitalised role ending in an organisation word as the role, not an employer', () => {
    expect(officials('Dr Imogen Hale, Director of Adult Social Services, said: “We accept the findings.”').map((o) => [o.name, o.roles]))
      .toEqual([['Imogen Hale', ['Director of Adult Social Services']]]);
  });

  it('reads the longest role before a name, also when its last word is the honorific', () => {
    expect(officials('Northshire’s Police and Crime Commissioner, Alan Birch, said crime had fallen.').map((o) => [o.name, o.roles]))
      .toEqual([['Alan Birch', ['Police and Crime Commissioner']]]);
    expect(officials('Police and Crime Commissioner Alan Birch said crime had fallen.').map((o) => [o.name, o.roles]))
      .toEqual([['Alan Birch', ['Police and Crime Commissioner']]]);
  });

  it('reads a role before "the" and an honorific, and US council titles', () => {
    expect(officials('Chair of governors the Rev Peter Ashdown said the result was deserved.').map((o) => [o.name, o.roles])).toEqual([['Peter Ashdown', ['Chair of governors']]]);
    expect(officials('Councilmember Dana Whitfield voted against the delay.').map((o) => [o.name, o.roles])).toEqual([['Dana Whitfield', ['Councilmember']]]);
  });

  it('joins later mentions of the same person and records every mention', () => {
    const body = 'Councillor Ivan Powell, Cabinet Member for Children and Young People, said the service had improved. Mr Powell added that Ivan Powell would report back.';
    const [o] = extractOfficials(body);
    expect(o!.name).toBe('Ivan Powell');
    expect(o!.mentions.map((m) => m.text)).toEqual(['Ivan Powell', 'Powell', 'Ivan Powell']);
    for (const m of o!.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads an honorific written with a full stop as the same title, with its role', () => {
    const body = 'Sen. Jane Smith said the vote would go ahead. Cllr. John Doe agreed.';
    expect(officials(body)).toEqual([
      { name: 'Jane Smith', honorific: 'Sen.', roles: ['Senator'], organization: null },
      { name: 'John Doe', honorific: 'Cllr.', roles: ['Councillor'], organization: null },
    ]);
  });

  it('takes no place before a title for a given name (‘New Mexico State Treasurer’), and keeps a given name that is also a place’s', () => {
    // (the people every extractor reads, officials or not: a 'person' named after a place would hide the place from the events' subjects)
    const people = (body: string) => new ArticleContext(body).people.map((p) => p.name);
    expect(people('New Mexico State Treasurer Ana Ruiz said the reserves were strong.')).toEqual(['Ana Ruiz']);
    expect(people('Councillor Jordan Reeve said the reserves were strong.')).toEqual(['Jordan Reeve']);
  });

  it('takes no newspaper, compass-named place, underwriter or school for a person beside a title or role', () => {
    const people = (body: string) => new ArticleContext(body).people.map((p) => p.name);
    expect(people('The governor told Justice Gazette that the prison had recruited 52 officers.')).toEqual([]);
    expect(people('Mr Hallam joined North Kelby as chief constable in January 2019.')).toEqual(['Hallam']);
    expect(people('The bonds will be sold through senior manager Kelby Ridge Securities next week.')).toEqual([]);
    expect(people('Oakfield Park Academy was rated inadequate. Ann Rhys would lead Oakfield Park as interim executive headteacher from Monday.')).toEqual(['Ann Rhys']);
  });

  it('takes a given name that opens an institution’s name for the institution’s, unless a title or role makes it someone’s', () => {
    const people = (body: string) => new ArticleContext(body).people.map((p) => p.name);
    expect(people('Enrolment at Milton Creek has fallen. Fitch downgraded Milton Creek City School District on Tuesday.')).toEqual([]);
    expect(people('Council leader Milton Price said the Milton Price Memorial Hospital would close.')).toEqual(['Milton Price']);
  });

  it('leaves out people with no public role, bylines and photo credits', () => {
    const body = 'By Jane Doe\n\nResident Mary Smith said the road was dangerous. Photo: John Brown\n\nThe police chief constable Sam Patel said patrols would increase.';
    expect(officials(body).map((o) => o.name)).toEqual(['Sam Patel']);
  });

  it.each([
    ['joined as', 'Tomasz Lewandowski joined as acting head teacher in the spring.', { name: 'Tomasz Lewandowski', roles: ['acting head teacher'] }],
    ['becomes', 'In the same month Orla Keane becomes chair of governors.', { name: 'Orla Keane', roles: ['chair of governors'] }],
    ['a relative clause, then as', 'The unit is run by Branwen Hughes, who is paid £98,500 a year as director of adult care.',
      { name: 'Branwen Hughes', roles: ['director of adult care'] }],
    ['a parenthesis set off by dashes, then as', 'Ministers named Kofi Mensah – like his predecessor, a former police officer – as its new commissioner.',
      { name: 'Kofi Mensah', roles: ['new commissioner'] }],
  ])('reads the role a clause after the name gives: %s', (_case, body, expected) => {
    expect(officials(body)).toEqual([expect.objectContaining(expected)]);
  });

  it('reads stacked titles, initials and a knight called by his given name as one person', () => {
    const body = 'Chief inspector of prisons Professor Sir Alan Marsh said the jail had failed. “It is unsafe,” Sir Alan said.\n\nMayor J.D. Okafor said the city would respond.';
    const found = extractOfficials(body);
    expect(found.map((o) => [o.name, o.roles])).toEqual([['Alan Marsh', ['Chief inspector of prisons']], ['J.D. Okafor', ['Mayor']]]);
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['Alan Marsh', 'Alan']);
  });

  it('reads a role written as an organisation when it holds a role head, and offices ending in General', () => {
    expect(officials('Ruth Adair, His Majesty’s Chief Inspector of Probation, said supervision was weak.').map((o) => [o.name, o.roles]))
      .toEqual([['Ruth Adair', ['His Majesty’s Chief Inspector of Probation']]]);
    expect(officials('Deputy Auditor General Ffion Rees found the payments unlawful.').map((o) => [o.name, o.roles]))
      .toEqual([['Ffion Rees', ['Deputy Auditor General']]]);
  });

  it.each([
    ['a title with the words written before it', 'Vice President Dana Morrow toured the plant.', ['Dana Morrow', ['Vice President']]],
    ['a prime minister, whose surname is a month', 'Prime Minister Nora May said the bill would pass.', ['Nora May', ['Prime Minister']]],
    ['a modifier-head before the noun it modifies', 'Lev Adler, the chief strategist, said the polls were wrong.', ['Lev Adler', ['chief strategist']]],
    ['a surname with a particle', 'Mayor Ruud van Dijk said the bridge would reopen.', ['Ruud van Dijk', ['Mayor']]],
    ['a name before a possessive', 'President Omar Haddad’s spokesman denied the claim.', ['Omar Haddad', ['President']]],
    ['a role whose complement ends before "and an"', 'Tess Moreau, president of the Teachers Union and an outspoken critic, said no.', ['Tess Moreau', ['president of the Teachers Union']]],
  ])('takes a role whole: %s', (_case, body, expected) => {
    expect(extractOfficials(body).map((o) => [o.name, o.roles])).toEqual([expected]);
  });

  it('gives the role a story opens on to the person the next sentence opens on (role-lede)', () => {
    const subject = 'The chief executive of Eastmoor District Council has been dismissed after a long dispute over pay.\n\nMartin Hale was suspended in 2021 when an audit questioned the rises.';
    expect(extractOfficials(subject).map((o) => [o.name, o.roles, o.organization, o.rule])).toEqual([['Martin Hale', ['chief executive'], 'Eastmoor District Council', 'role-lede']]);
    const speaker = 'A county’s adult care service is failing its residents, a government-appointed commissioner has said.\n\nRuth Okafor was sent in last year to oversee the changes.';
    expect(officials(speaker)).toEqual([{ name: 'Ruth Okafor', honorific: null, roles: ['government-appointed commissioner'], organization: null }]);
    // the subject runs to its verb
    const long = 'The commissioner appointed to run the county’s troubled care service has told councillors to act.\n\nRuth Okafor, sent in by ministers, spoke for an hour.';
    expect(extractOfficials(long).map((o) => o.roles)).toEqual([['commissioner appointed to run the county’s troubled care service']]);
  });

  it('reads an apposition opening with "currently", a lede holder after their title, and a "next" office-holder', () => {
    expect(extractOfficials('Sarah Cole, currently deputy chief constable of a neighbouring force, was confirmed on Monday.').map((o) => o.roles))
      .toEqual([['deputy chief constable of a neighbouring force']]);
    const lede = 'The chair of Westshire Hospitals NHS Trust has resigned after a critical report.\n\nDr Ruth Palmer stepped down on Wednesday.';
    expect(extractOfficials(lede).map((o) => [o.name, o.roles, o.rule])).toEqual([['Ruth Palmer', ['chair'], 'role-lede']]);
    expect(extractOfficials('The Police and Crime Panel has backed the appointment of Sarah Cole as the next chief constable.').map((o) => [o.name, o.roles]))
      .toEqual([['Sarah Cole', ['next chief constable']]]);
    expect(extractOfficials('The council’s food safety team leader, Ian Marr, said the kitchen was clean.').map((o) => o.roles)).toEqual([['food safety team leader']]);
  });

  it('names the rule that made each person an official', () => {
    const body = 'Council leader Ann Cole said the plan was sound. Tom Reid, the council’s chief executive, agreed. Omar Haddad joined as finance director in May. Cllr Jo Pike voted against.';
    expect(extractOfficials(body).map((o) => [o.name, o.rule])).toEqual([
      ['Ann Cole', 'role-before'], ['Tom Reid', 'role-apposition'], ['Omar Haddad', 'role-clause'], ['Jo Pike', 'title'],
    ]);
  });
});
