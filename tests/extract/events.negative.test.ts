import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/index.js';

/** Sentences written for these tests, each of which must give no event (or not the one named). */
const events = (body: string, publishedAt?: string) => extractArticle(body, { id: 't', metadata: publishedAt ? { publishedAt } : undefined }).events;

describe('extractEvents: what is not an event', () => {
  it.each([
    ['a verb that looks like a meeting', 'Ireland is meeting the conditions of its loan, the finance ministry said earlier this year on 3 May 2011.'],
    ['an event word with no date, outside the lead', 'The council is large. Its budget is large. Its staff are many. A meeting was held to discuss the plan.'],
    ['a budget cut in an article about no credit rating', 'The council cut its roads budget by £2m in March 2024 after a difficult year for Westshire.'],
    ['a post held for years, told in an aside', 'Marsh Lane Primary School has 300 pupils. Its head, who has been acting headteacher since 2019, said little. The home had been without a registered manager since October 2023.'],
    ['commissioners only called for, or ruled out', 'Opposition councillors on Kelby Borough Council called for commissioners to take over the council on 3 May 2024. The minister ruled out sending commissioners into Kelby Borough Council on 4 May 2024.'],
    ['a meeting only asked for', 'Kelby Council’s leader has requested an urgent meeting with ministers about the town’s prison.'],
    ['a person assessed, not a service', 'The Care Quality Commission has 300 staff. A carer said it took four months in 2024 for him to be assessed after a stroke.'],
    ['a count of inspections or notices, a statistic', 'Kelby District Council carried out 612 food hygiene inspections in the year to March 2024 and served 23 hygiene improvement notices.'],
    ['how often a body met, a statistic', 'The auditor found that Kelby Council’s audit committee had met only twice in 2023.'],
    ['a year a state lasted through', 'Kelby Council has 40 members. Its children’s services stayed under a statutory direction throughout 2020.'],
    ['a budget’s fiscal year, not the day of what it plans', 'Kelby School District approved a spending plan for fiscal 2026 that provides for the closure of Kelby Elementary School, its treasurer said.'],
    ['words inside a quotation', 'The leader spoke at length. “We were inspected in May 2023 and we were appointed in June 2022,” she said.'],
    ['votes counted, not a vote held', 'Only one county remained uncalled as the votes were counted on 3 May 2024, officials in Westshire said.'],
    ['a future date with nothing happening', 'Residents of Westshire will find out more in April 2025, the newsletter said.'],
    ['a verb with its object: meeting expectations', 'Most lenders in Westshire were meeting or exceeding analysts’ expectations in the third quarter of 2019, the bank said.'],
    ['a gerund after ‘to’: contributing to meeting needs', 'Ofsted now also looks at how far a college contributes to meeting local skills needs, the inspectorate said on 3 May 2024.'],
    ['a voter’s vote, not a body’s', 'The retired teacher from Westshire voted for the mayor in 2012 and again in 2016, she told reporters.'],
    ['a man in court: no body it happened to', 'A man from Dunmore pleaded guilty on Monday to making threats, prosecutors said on 18 November 2019.'],
    ['a surname in capitals is no body', 'Halloran was sacked in December 2018 after a poor run. Halloran said he was sad. Halloran left the next day.'],
    ['a claim dismissed, not a post', 'The Westshire Council leader dismissed as gossip a rumour first told in 2005, and dismissed the allegations in March 2024.'],
    ['voters electing, not someone elected to a post', 'Voters in Westshire County elected a new face for governor in 2014 after backing the incumbent in 2010.'],
    ['a recurring meeting, and a supposed one', 'Westshire Council has held annual meetings since 2005, and a future meeting in 2026 may revisit the plan.'],
    ['a suspension only called for', 'Opposition councillors called for the Westshire Council chief executive’s suspension on 3 May 2024, and demanded the leader resign on 4 May 2024.'],
    ['a council that meets its duties, not one that sat', 'Westshire County Council meets its duties under the Care Act, and the council met the target in March 2025, auditors said.'],
    ['appointments counted since a year, not one dated by it', 'Westshire Council is deep in debt after years of risky property deals. Its reserves are now lower than those of any other council in the region. Its staff have been told to expect cuts in every department. Westshire would be the sixth council to have commissioners appointed since 2021.'],
    ['a decision that was announced: its telling', 'Westshire Council is in debt after years of risky property deals and loans to its own companies. The panel’s decision was announced on 3 May 2024.'],
    ['an inspection that was only due', 'The council said on 20 November 2019 that a re-inspection of the Golden Dragon takeaway in Kelby was due to take place before Christmas.'],
    ['a step disclaimed or ruled out', 'Kelby Council leader Ann Hale said on 3 May 2024 that the authority had no intention of issuing a section 114 notice. Kelby Council’s finance chief ruled out resigning on 4 May 2024, and has no plans to resign in June 2024.'],
    ['a post taken up, recalled in an aside', 'Marsh Lane Primary School has 300 pupils. Its headteacher, who took up her post in September 2021, said the school was proud. The Westshire Council chief executive thanked staff, ten years since she took up the role in 2014.'],
    ['an appeal dismissed, not a post', 'Kelby District Council refused the plans, and a planning inspector dismissed the developer’s appeal in August 2023.'],
    ['a body named in a list, not to a post', 'Kelby Water has been named as one of the worst performers in its sector, a survey said on 15 July 2025.'],
    ['a force still in enhanced monitoring (its move out of it is news: see the events tests)', 'Westshire Police remains in enhanced monitoring, the police inspectorate said on 14 February 2024.'],
  ])('%s', (_, body) => {
    expect(events(body)).toEqual([]);
  });

  it('takes a country for the subject of its rating action only: its meetings and posts are a nation’s politics', () => {
    const typed = (body: string) => events(body, '2024-05-06').map((e) => [e.type, e.date.value, e.subject.name]);
    expect(typed('Portugal seeks a deal on fishing quotas\n\nPortugal wants a new deal on fishing quotas. Portugal’s negotiators held a meeting with their Spanish counterparts on 3 May 2024. The talks went on late into the night. Portugal said little afterwards.')).toEqual([]);
    expect(typed('Portugal’s rating is raised\n\nMoody’s upgraded Portugal’s credit rating to A3 on 3 May 2024. Portugal welcomed the decision.')).toEqual([['rating-action', '2024-05-03', 'Portugal']]);
  });

  it('takes no political party for a body; a council led by one keeps its news', () => {
    const typed = (body: string) => events(body, '2024-05-06').map((e) => [e.type, e.date.value, e.subject.name]);
    expect(typed('Party chairman quits\n\nThe Kelby Democratic Party’s chairman resigned on 3 May 2024 after a row over funds. The Kelby Democratic Party said it would choose a successor.')).toEqual([]);
    expect(typed('Council leader quits\n\nThe Labour leader of Kelby Council, Ann Lee, resigned on 3 May 2024 after a row over funds. Kelby Council said it would choose a successor. Labour holds 30 seats on Kelby Council.'))
      .toEqual([['departure', '2024-05-03', 'Kelby Council']]);
  });

  it('takes no event of general news whose headline and lead name no body of its own; the same story led by the body keeps them', () => {
    const story = (opening: string) => `Rivals trade barbs as the primary nears\n\n${opening} spent the weekend attacking each other’s records on taxes and trade. `
      + 'Both spoke to crowds of several hundred people in small towns. Neither of them mentioned the polls. '
      + 'Ann Lee once sat on Kelby City Council, and her rival says Kelby City Council wasted money while she was there. '
      + 'Tom Reed resigned from the state senate in March 2004. He was appointed to the appeals court by the governor in 1998.';
    expect(events(story('The two candidates'), '2016-05-02')).toEqual([]);
    expect(events(story('Kelby City Council’s two candidates'), '2016-05-02').map((e) => [e.type, e.date.value, e.subject.name]))
      .toEqual([['departure', '2004-03', 'Kelby City Council'], ['appointment', '1998', 'Kelby City Council']]);
  });

  it('a suspended jail term is a court’s sentence, not a suspension from a post', () => {
    const found = events('A former councillor of Westshire Council has been given a suspended jail term for benefit fraud at a crown court hearing.', '2024-09-19');
    expect(found.map((e) => [e.type, e.date.value])).toEqual([['legal', '2024-09-19']]);
  });

  it('a present perfect far from the lead is not dated by the publication day', () => {
    const body = 'The park by the river opened to visitors in spring. It has a lake, a bandstand and a café. Families from across the county like to visit it. Later, the manager has been suspended pending an inquiry.';
    expect(events(body, '2024-05-02')).toEqual([]);
  });

  it('a week that only refers back to an event ("this week’s downgrade") is no event of its own', () => {
    const found = events('Moody’s downgraded Westshire County Council’s rating to Aa2 on Monday. This week’s downgrade follows a review, Moody’s said.', '2024-03-06');
    expect(found.map((e) => [e.type, e.date.value])).toEqual([['rating-action', '2024-03-04']]);
  });

  it('a date inside a long trigger dates something else: only the publication dates the report', () => {
    const found = events('The commissioner’s report, which was finished in September and then published this month, found the service at Westshire Council had improved.', '2024-11-22');
    expect(found.map((e) => [e.type, e.date.value])).toEqual([['report-published', '2024-11']]);
  });

  it('a grade’s agency, a person or an opening word is never a subject', () => {
    const found = events('Inspectors visited in May 2024. The Care Quality Commission rated Harrowby House inadequate after an inspection in May 2024, said Jane Morrow.');
    for (const e of found) expect(e.subject.name).not.toMatch(/Inspectors|Care Quality|Commission|Jane|Morrow/);
    const demonym = events('European leaders said the appointment of a new envoy on 3 May 2024 was welcome. European officials agreed.');
    expect(demonym.map((e) => e.subject.name)).not.toContain('European');
  });

  it('a feast day is never the body an event happened to', () => {
    const found = events('Teachers at Elmfield Academy went on strike before Christmas, and again after Christmas.\n\nThe academy was inspected on 12 January 2024 and rated inadequate.');
    expect(found.map((e) => e.subject.key)).not.toContain('christmas');
    expect(found.length).toBeGreaterThan(0);
  });

  it('a road, a consultation or a gap that closes is no closure of a body', () => {
    const found = events('The A614 was closed on 4 May 2024 after a crash near Westshire Council’s depot. A consultation on the plan closes on 6 August 2024. Kelbrook Academy closed the gap with national results in 2023.');
    expect(found.filter((e) => e.type === 'closure')).toEqual([]);
  });
});

