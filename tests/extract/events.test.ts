import { describe, expect, it } from 'vitest';
import { keyOf } from '../../src/extract/events/subject.js';
import { RECALLED, TRIGGERS } from '../../src/extract/events/triggers.js';
import { mergeRecords } from '../../src/merge/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import type { ArticleRecord } from '../../src/schema/index.js';

/** Sentences written for these tests; a --meta publication date where the case needs one. */
function eventsOf(body: string, publishedAt?: string): ArticleRecord['events'] & { record?: ArticleRecord } {
  const record = extractArticle(body, { id: 't', metadata: publishedAt ? { publishedAt } : undefined });
  return Object.assign(record.events, { record });
}

const brief = (events: ArticleRecord['events']) => events.map((e) => [e.type, e.date.value, e.date.source]);
/** Each event's type and date. */
const typeDate = (events: ArticleRecord['events']) => events.map((e) => [e.type, e.date.value]);
/** Each event's type, date and subject, in sorted order. */
const typeDateSubject = (events: ArticleRecord['events']) => events.map((e) => [e.type, e.date.value, e.subject.name]).sort();

/** The inspections an article of these sentences reports, as [date, subject name, subject key]. */
const inspections = (...sentences: string[]) => eventsOf(sentences.join(' ')).filter((e) => e.type === 'inspection').map((e) => [e.date.value, e.subject.name, e.subject.key]);

describe('extractEvents: what an article reports, and when', () => {
  it('dates an event by the date its sentence states, with the evidence and rule that found it', () => {
    const events = eventsOf('Residents packed the hall. The cabinet of Westshire Council met on 4 March 2024 to discuss the plan, officials said.');
    expect(brief(events)).toEqual([['meeting', '2024-03-04', 'stated']]);
    const [e] = events;
    const body = events.record!.body;
    expect(body.slice(e!.trigger.start, e!.trigger.end)).toBe(e!.trigger.text);
    expect(body.slice(e!.date.start!, e!.date.end!)).toBe('4 March 2024');
    expect(e!.rule).toBe('stated-date');
  });

  it('dates the lead’s present perfect by the publication day, and says so; without one it stays undated', () => {
    const text = 'The chief executive of Westshire Council has been suspended pending an investigation into payments to senior staff.';
    expect(brief(eventsOf(text, '2024-05-02'))).toEqual([['departure', '2024-05-02', 'publication']]);
    expect(brief(eventsOf(text))).toEqual([['departure', null, null]]);
  });

  it('dates the report that prompted the lead’s news by the publication day; not a report that prompted older news', () => {
    const prompted = 'Pay awards at Westshire Council are being examined by detectives in the wake of a highly critical report from the auditor.';
    expect(brief(eventsOf(prompted, '2024-05-02'))).toContainEqual(['report-published', '2024-05-02', 'publication']);
    const past = 'Pay awards at Westshire Council were examined by detectives in the wake of a highly critical report from the auditor.';
    expect(brief(eventsOf(past, '2024-05-02')).filter(([type]) => type === 'report-published')).toEqual([]);
    // a lead that dates its news leaves the report that prompted it undated: it may be any time before
    const dated = 'The chair of Westshire Hospitals Trust has resigned following a highly critical report from the auditor.\n\nShe stepped down on Wednesday, a week after the findings came out.';
    expect(brief(eventsOf(dated, '2024-05-02')).filter(([type]) => type === 'report-published')).toEqual([]);
  });

  it('keeps the inspection and the publication of its report as two events', () => {
    const events = eventsOf('Westshire Council’s children’s services were judged good by Ofsted in a report published today following a full inspection in November.', '2024-01-12');
    expect(brief(events).sort()).toEqual([['inspection', '2023-11', 'stated'], ['report-published', '2024-01-12', 'stated']]);
    for (const e of events) expect(e.ratings.map((i) => events.record!.ratings[i]!.value)).toEqual(['Good']);
  });

  it('gives a date an earlier event states to that event, with its own grade, not to the news', () => {
    const events = eventsOf('Eastmoor Academy has been rated inadequate by Ofsted, the school said this week. When it was last inspected in 2019 it was rated good, and governors were praised.', '2024-06-20');
    const earlier = events.find((e) => e.date.value === '2019')!;
    expect(earlier.type).toBe('inspection');
    expect(earlier.ratings.map((i) => events.record!.ratings[i]!.value)).toEqual(['Good']);
    expect(events.filter((e) => e !== earlier).every((e) => !e.ratings.some((i) => events.record!.ratings[i]!.value === 'Good'))).toBe(true);
  });

  it('dates each line of a timeline by the date that heads it', () => {
    const events = eventsOf('How the crisis unfolded at Westshire NHS Trust:\n\n• June 2021: Staff complain about the board. The chief executive resigns days later.\n\n• May 2022: A new chair is appointed by the board.');
    expect(brief(events)).toEqual([['departure', '2021-06', 'context'], ['appointment', '2022-05', 'stated']]);
    expect(events.map((e) => e.subject.name)).not.toContain('How');
  });

  it('lets a lead’s publication-day news be the event the text dates a day before (a meeting that decided it): the change of post, dated by the meeting', () => {
    const events = eventsOf('The chief executive of Westshire Council has been sacked after a long dispute over pay. Councillors made the decision last night when an extraordinary meeting of the council voted to dismiss him.', '2024-05-02');
    expect(events.map((e) => [e.type, e.date.value, e.rule])).toEqual([['departure', '2024-05-01', 'decided-at-meeting']]);
    // (and another change the same meeting decided is another event of its day)
    const two = eventsOf('The chief executive of the Kelby Health and Social Care Trust has been suspended on full pay. Tom Reed was suspended at a meeting of its board on Monday. '
      + 'Deputy chief executive Ann Lee has been appointed interim chief executive with immediate effect.', '2024-09-10');
    expect(typeDate(two)).toEqual([['departure', '2024-09-09'], ['appointment', '2024-09-09']]);
  });

  it('finds the year of a weekday date from the years the article states', () => {
    const events = eventsOf('Westshire Police was rated inadequate after an inspection in 2019. The new inspection report on the force is published on Friday, March 17.');
    expect(events.find((e) => e.type === 'report-published')!.date).toMatchObject({ value: '2023-03-17', source: 'context' });
  });

  it('moves a year-less date forward from the full date told before it, never back', () => {
    const later = eventsOf('The café was inspected on 30 August 2018 and closed. An officer returned on 27 September for a follow-up visit and it reopened.');
    expect(brief(later)).toEqual([['inspection', '2018-08-30', 'stated'], ['inspection', '2018-09-27', 'context']]);
    const earlier = eventsOf('The café was inspected on 30 August 2018 and closed. An officer returned on 27 January for a follow-up visit and it reopened.');
    expect(earlier.map((e) => e.date.value)).toEqual(['2018-08-30', 'XXXX-01-27']);
  });

  it('takes the subject from the body the event happened to, never the inspectorate nor the body acting', () => {
    const graded = eventsOf('Ofsted rated Harrowby Grammar School inadequate after an inspection in May 2024. Harrowby Grammar School will appeal.');
    expect(graded[0]!.subject).toMatchObject({ name: 'Harrowby Grammar School', key: 'harrowby' });
    const acted = eventsOf('Pay rises at Westshire Council are under investigation. On Wednesday, Northvale Police referred the matter to Southdown Police, and a spokesman for Westshire Council said it would cooperate.', '2024-03-08');
    expect(acted.map((e) => e.subject.key)).toEqual(['westshire']);
    // (an inspectorate named in the capitals some outlets open a paragraph with is still the inspectorate)
    const capitals = eventsOf('THE HEALTH INFORMATION and Quality Authority has today published its report on Oakdene House, a nursing home in Kelby. Oakdene House said it had acted on every finding.');
    expect([...new Set(capitals.map((e) => e.subject.name))]).toEqual(['Oakdene House']);
    // (nor is a verb of grading in a headline's capitals part of a name)
    expect(eventsOf('Fitch Affirms Kelby University at ‘A+’; Outlook Stable\n\nFitch Ratings has affirmed the university at ‘A+’ with a stable outlook.').map((e) => e.subject.name)).toEqual(['Kelby University']);
  });

  it('lists the officials named where the event is told and the quotes given about it', () => {
    const events = eventsOf('Westshire Council’s children’s services were rated inadequate by Ofsted in a report published on 3 May 2024.\n\nCouncil leader Jane Morrow said: “We accept every finding and we will act on them.”', '2024-05-03');
    const report = events.find((e) => e.type === 'report-published')!;
    expect(report.officials).toEqual([{ name: 'Jane Morrow', role: 'Council leader' }]);
    expect(report.quotes.map((i) => events.record!.quotes[i]!.speaker)).toEqual(['Jane Morrow']);
  });

  it('takes the body the lead names in full over the place it is in, with the compass word that opens its name', () => {
    const events = eventsOf('Inadequate Westmere school put in special measures\n\nA school has been put in special measures.\n\nSouth Ravensby High School, in Westmere, was rated inadequate by Ofsted after an inspection in May 2024.\n\nParents in Westmere were told on Friday.');
    // the inspection, and the report it implies
    expect(events.map((e) => e.subject.name)).toEqual(['South Ravensby High School', 'South Ravensby High School']);
    expect(events[0]!.subject.key).toBe('south ravensby');
  });

  it('leaves out what a lead’s capitals say of a body, and a descriptor run into its name', () => {
    const events = eventsOf('A TROUBLED South Ravensby High School has been put in special measures. Scandal-hit South Ravensby High School was inspected in May 2024.');
    expect([...new Set(events.map((e) => e.subject.name))]).toEqual(['South Ravensby High School']);
    // (nor is what a body is to another, before its name: 'Owner Kelby Care Ltd')
    const owner = eventsOf('Inspectors made an unannounced visit on 26 November 2024, Care Inspectorate Wales said. Owner Kelby Care Ltd’s manager, Ann Lee, said it had acted. Owner Kelby Care Ltd runs two homes.', '2024-12-05');
    expect(owner.map((e) => e.subject.name)).not.toContain('Owner Kelby Care Ltd');
  });

  it('names a state by its place, though its name is also a given name (‘the State of Marlon’)', () => {
    const found = eventsOf('S&P upgrades Marlon to AA+\nS&P Global Ratings has upgraded the State of Marlon’s general obligation rating to AA+ from AA on 4 June 2024. Marlon’s economy is growing, the agency said. Marlon’s treasurer welcomed the news.', '2024-06-05');
    expect(found.map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['rating-action', '2024-06-04', 'Marlon']]);
  });

  it('names a borrower by its rating’s owner, though its name is also a given name (‘Marlon’s credit rating’), over a committee the article names', () => {
    const found = eventsOf('Marlon gets credit rating lift\nMarlon’s credit rating got a boost this week. S&P Global Ratings raised the state’s general obligation rating to AA+ on Tuesday 4 June 2024. Sen. Ann Lee, of the Senate Finance Committee, said the reserves were thin.', '2024-06-06');
    expect(typeDateSubject(found)).toEqual([['rating-action', '2024-06-04', 'Marlon']]);
  });

  it('reads the town before a private person (‘a Kelby mother’) as where she lives, and a housing ombudsman’s report as about the landlord', () => {
    const found = eventsOf('Kelby mum wins two-year fight over mould\nA Kelby mother has won her case against her landlord, with the Housing Ombudsman ruling that it was guilty of severe maladministration. She had waited two years for Pellham Housing Group to carry out repairs. The ombudsman report was published on 17 July 2024. It ordered Pellham to pay her £4,000. Cllr Ann Lee, Kelby Borough Council’s cabinet member for housing, said she would ask Pellham what went wrong.', '2024-07-19');
    expect(typeDateSubject(found)).toEqual([['report-published', '2024-07-17', 'Pellham']]);
  });

  it('names a care home whose name ends in ‘Court’ as the home, not as a court of law', () => {
    const found = eventsOf('Kelby Court: families worried after ‘weak’ grading\nThe Care Inspectorate graded Kelby Court 2 out of 6 - weak - for how it supports residents. The inspection took place in March 2025.', '2025-04-22');
    expect(found.filter((e) => e.type === 'inspection').map((e) => [e.date.value, e.subject.name])).toEqual([['2025-03', 'Kelby Court']]);
  });

  it('names a food business by what its owner runs, on the page of the council that prosecuted it', () => {
    const body = 'Takeaway owner fined over dirty kitchen\nThe owner of a Kelby takeaway has been fined after the council’s environmental health officers '
      + 'found dirty equipment.\n\nTom Reed, 51, who runs Blue Lantern on Mill Street, pleaded guilty at Kelby Magistrates’ Court on 3 March 2025 to three '
      + 'offences.\n\nOfficers visited the premises on 4 October 2024. The business was given a food hygiene rating of 1.';
    const record = extractArticle(body, { id: 't', metadata: { publishedAt: '2025-03-05', outlet: 'Kelby District Council (press release)' } });
    expect(typeDateSubject(record.events)).toEqual([['inspection', '2024-10-04', 'Blue Lantern'], ['legal', '2025-03-03', 'Blue Lantern']]);
  });

  it('names a takeaway by its own name, not the town before ‘a … takeaway’, and leaves a visit still to be made out', () => {
    const found = eventsOf('Golden Grill owner asks for re-inspection after zero rating\nThe owner of a Kelby takeaway that was rated 0 out of 5 for food hygiene has asked Kelby Borough Council to inspect it again. The Golden Grill on Mill Street was given the lowest score after an inspection by Kelby Borough Council in March 2025. An officer will carry out the visit next week.', '2025-04-02');
    expect(typeDateSubject(found)).toEqual([['inspection', '2025-03', 'Golden Grill']]);
  });

  it('names a hospice in full over the place its headline writes before it, and an MP’s visit is no inspection', () => {
    const headline = 'Kelby hospice praised as ‘outstanding’ by inspectors';
    const found = eventsOf(`${headline}\nKelby’s hospice has been rated outstanding by the health and care watchdog for the first time. Inspectors from the Care Quality Commission visited St Aldwyn’s Hospice in January 2024 and found a caring service. Kelby MP Ann Lee, who visited the hospice on 23 February 2024, said it was a credit to the town.`, '2024-02-24');
    expect(found.filter((e) => e.type === 'inspection').map((e) => [e.date.value, e.subject.name])).toEqual([['2024-01', 'St Aldwyn’s Hospice']]);
    // (nor is a resident's family's)
    const family = eventsOf('The Care Inspectorate graded Kelby House weak in a report published on 5 November 2024. The family complained after finding her distressed on a visit in September.', '2024-11-06');
    expect(family.filter((e) => e.type === 'inspection').map((e) => e.date.value)).not.toContain('2024-09');
  });

  it('names the body a lead’s post is of, not the post (‘The Chief Executive of Kelby County Council’)', () => {
    const found = eventsOf('Home » News » Local News\nThe Chief Executive of Kelby County Council has announced he is to retire.\nTom Reed told the meeting that he will step down on 31 March 2025.\nSpeaking to KLFM afterwards, Mr Reed thanked staff. Listen again on KLFM Drive.', '2025-01-13');
    expect([...new Set(found.map((e) => e.subject.name))]).toEqual(['Kelby County Council']);
  });

  it('takes the place’s body, not the outlet, when the top word’s full name is the outlet that tells the news', () => {
    const body = [
      'Cookies on Kelby Sound: We use some essential cookies to make this website work. Accept | Reject', 'Kelby Sound', 'News | Sport | Travel | Weather',
      'Fire service told to tackle bullying after inspection',
      'Kelby’s fire service has been told it must deal with bullying, after a damning report from inspectors today.',
      'The inspectorate, HMICFRS, graded the service inadequate for its culture.',
      'FBU Kelby brigade secretary Tom Reed said members were proud.',
      'The chief fire officer told Kelby Sound: “It is on me to fix it.”',
    ].join('\n');
    const record = extractArticle(body, { id: 't', metadata: { publishedAt: '2023-08-22', outlet: 'Kelby Sound (radio)' } });
    // (the service the lead describes by its place is the place's body: 'Kelby’s fire service')
    expect(record.events.filter((e) => e.date.value).map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['report-published', '2023-08-22', 'Kelby Fire Service']]);
  });

  it('passes over the body that acts: named with its acronym, or after a passive’s ‘by’', () => {
    const named = eventsOf('Westshire Council’s children’s services remain inadequate. The Department for Transport (DfT) has appointed a commissioner for Westshire Council on 3 May 2024. The DfT said little.');
    expect(named.filter((e) => e.type === 'appointment').map((e) => e.subject.key)).toEqual(['westshire']);
    const passive = eventsOf('The children’s services of Westshire Council are failing. A commissioner was sent in by the DfT on 3 May 2024 to run Westshire Council’s services. The DfT said little.');
    expect(passive.filter((e) => e.type === 'appointment').map((e) => e.subject.key)).toEqual(['westshire']);
  });

  it('gives quotes outside the events’ paragraphs to the latest event up to publication, not one it recalls or announces', () => {
    const events = eventsOf('Ofsted inspected Westshire Council’s children’s services in May 2022 and rated them inadequate.\n\nInspectors returned for a monitoring visit on 3 June 2025 and their report was published on 1 July 2025.\n\nA council meeting will follow on 20 July 2025.\n\n“We are proud of the progress our staff have made,” said council leader Jane Morrow.', '2025-07-02');
    const quoted = typeDate(events.filter((e) => e.quotes.length));
    expect(quoted).toEqual([['report-published', '2025-07-01']]);
  });

  it('implies the report that made an inspection’s grades public, undated, for the merge to join to the dated one', () => {
    const told = extractArticle('The Care Quality Commission inspected Westshire Ambulance Trust in June and rated it inadequate overall.', { id: 'told' });
    expect(told.events.map((e) => [e.type, e.date.value, e.rule])).toEqual([['inspection', 'XXXX-06', 'stated-date'], ['report-published', null, 'implied-by-inspection']]);
    const reported = extractArticle('A CQC report on Westshire Ambulance Trust published on 3 September 2024 rated it inadequate overall.', { id: 'reported' });
    const report = mergeRecords([told, reported]).events.find((e) => e.type === 'report-published')!;
    expect(report.sources.map((s) => s.article)).toEqual(['reported', 'told']);
  });

  it('reads inspectors’ visit as the inspection, in an article that states an inspection’s grade whoever inspected', () => {
    const events = eventsOf('Food safety officers visited a café in Westshire on 12 March 2024 and gave it a food hygiene rating of one.');
    expect(events.map((e) => [e.type, e.trigger.text, e.date.value, e.ratings.map((i) => events.record!.ratings[i]!.value)])[0]).toEqual(['inspection', 'visited', '2024-03-12', ['One']]);
    // with no grade and no inspectorate, a visit is anyone's
    expect(eventsOf('The mayor of Westshire visited a café on 12 March 2024 to mark its opening.').map((e) => e.type)).not.toContain('inspection');
  });

  it('reads one inspection over the months a sentence gives it, and two where it gave two grades', () => {
    const span = eventsOf('CQC inspectors visited Westshire Hospitals NHS Trust in February and March 2024 and rated it inadequate.');
    expect(span.filter((e) => e.type === 'inspection').map((e) => [e.date.value, e.date.endValue])).toEqual([['2024-02', '2024-03']]);
    const two = eventsOf('Westshire Academy was rated good in May 2014 and was rated inadequate in June 2019 by Ofsted.');
    expect(two.filter((e) => e.type === 'inspection').map((e) => e.date.value).sort()).toEqual(['2014-05', '2019-06']);
  });

  it('reads commissioners sent in and a force put under enhanced monitoring as interventions', () => {
    const sent = eventsOf('Government commissioners were sent in to Westshire Borough Council in March 2023 after a best value inspection.');
    expect(typeDate(sent)).toContainEqual(['intervention', '2023-03']);
    // (appointed to it, being sent into it, or told as taking its functions over)
    for (const told of ['Ministers appointed three commissioners to Kelby Borough Council on 10 December 2024 after the inspection.',
      'The minister said on 10 December 2024 that three commissioners will take over its planning and finance functions.',
      'Commissioners are being sent into Kelby Borough Council, the minister announced on 10 December 2024.']) {
      expect(typeDate(eventsOf(`Kelby Borough Council has failed its best value duty, inspectors found. ${told}`, '2024-12-11'))).toEqual([['intervention', '2024-12-10']]);
    }
    const police = eventsOf('Westshire Police was placed under enhanced monitoring by HMICFRS in September 2021 after inspectors raised concerns.');
    expect(typeDate(police)).toEqual([['intervention', '2021-09']]);
    // (told as what the process is known as, where the inspectorate is named only by what it is)
    expect(typeDate(eventsOf('Westshire Police was placed in what’s called the Engage phase on 3 May 2024 after the police inspectorate raised concerns.'))).toEqual([['intervention', '2024-05-03']]);
    // its Engage phase, by name; 'engage' as a verb is none
    const engage = eventsOf('HMICFRS placed Westshire Police in the Engage phase of its monitoring on 22 March 2024.');
    expect(typeDate(engage)).toEqual([['intervention', '2024-03-22']]);
    expect(eventsOf('HMICFRS said on 22 March 2024 that Westshire Police must engage with victims.').map((e) => e.type)).not.toContain('intervention');
    // with no inspectorate, monitoring is anyone's
    expect(eventsOf('Patients at Westshire Hospital were placed under enhanced monitoring in September 2021.').map((e) => e.type)).not.toContain('intervention');
  });

  it('reads an inspection ‘published’ as its report, and passes over a body coordinated with a passive’s agent', () => {
    const joint = eventsOf('Kelby’s SEND services have widespread and systemic failings. A joint inspection by Ofsted and the CQC, published on Tuesday, found long waits.', '2024-07-24');
    expect(typeDate(joint.filter((e) => e.date.value))).toEqual([['report-published', '2024-07-23']]);
    const visited = eventsOf('Kelby Borough Council’s SEND services have failings, Ofsted found. Inspectors visited the area, where services are run jointly by Kelby Borough Council and NHS Pellham Integrated Care Board, in June 2024.');
    expect(visited.filter((e) => e.type === 'inspection').map((e) => [e.date.value, e.subject.name])).toEqual([['2024-06', 'Kelby Borough Council']]);
  });

  it('reads a regulator’s judgement published as its report', () => {
    const found = eventsOf('Kelby Homes has been downgraded to G3 by the Regulator of Social Housing. The regulator published its judgement on Wednesday.', '2024-06-13');
    expect(found.filter((e) => e.type === 'report-published').map((e) => e.date.value)).toEqual(['2024-06-12']);
  });

  it('reads a review published, a successor who will take over and a board that will meet, each on its date', () => {
    const events = eventsOf([
      'The chief executive of Westshire Council has stepped down.',
      'A review of its housing service, carried out by auditors and published on 13 June 2024, found serious failings.',
      'An interim chief executive, Sam Cole, will take over on 1 July 2024.',
      'The council’s cabinet will meet on 3 July 2024 to discuss the findings.',
    ].join('\n\n'), '2024-06-19');
    expect(brief(events)).toEqual([
      ['departure', '2024-06-19', 'publication'], ['report-published', '2024-06-13', 'stated'], ['appointment', '2024-07-01', 'stated'], ['meeting', '2024-07-03', 'stated'],
    ]);
  });

  it('dates no event by a date that opens or closes a state, and keeps two steps of a case told in one sentence apart', () => {
    const since = eventsOf('Westshire Council is in turmoil. Its budget is stretched. Ann Lee, who had led the council since 2019, announced her departure.');
    expect(since.map((e) => e.date.value)).not.toContain('2019');
    const until = eventsOf('Westshire Council is in turmoil. Commissioners will oversee the appointment of senior staff until at least October 2026.');
    expect(until.map((e) => e.date.value)).not.toContain('2026-10');
    // (nor one that closes it with a 'when' clause after: that date is the clause's)
    const stayed = eventsOf('Westshire Council is in turmoil. A commissioner was sent in that year and stayed until 2021, when ministers ended the oversight.');
    expect(stayed.filter((e) => e.type === 'appointment').map((e) => e.date.value)).not.toContain('2021');
    const steps = eventsOf('A former mayor of Westshire was sentenced on 27 September 2024 after being convicted in March 2024 of fraud against Westshire Council.');
    expect(steps.map((e) => [e.type, e.date.value, e.date.endValue])).toEqual([['legal', '2024-09-27', null], ['legal', '2024-03', null]]);
  });

  it('takes the body a grade was given to as its event’s subject, though its name says no kind of body', () => {
    const events = eventsOf('The Care Quality Commission rated Oakvale House inadequate following an inspection in April 2024. The home is run by Brightwell Care Ltd, which said it would appeal. Brightwell Care Ltd runs ten homes.');
    expect(events.filter((e) => e.type === 'inspection').map((e) => e.subject.name)).toEqual(['Oakvale House']);
  });

  it('pairs each date with the nearest trigger that has none yet, so one sentence dates two events', () => {
    const events = eventsOf('Westfield School was visited by Ofsted inspectors on 5 and 6 March 2024, and the report was published on 18 April 2024.');
    expect(brief(events)).toEqual([['inspection', '2024-03-05', 'stated'], ['report-published', '2024-04-18', 'stated']]);
  });

  it('keeps another agency’s grade off an agency’s action, and reads an action ‘announced on Thursday’ as dated then', () => {
    const events = eventsOf('S&P Global Ratings has cut the credit rating of the city of Westport to BBB+.\n\nThe downgrade, announced on Thursday, affects $1bn of debt.\n\nMoody’s rates Westport A3.', '2024-03-15');
    const action = events.filter((e) => e.type === 'rating-action' && e.date.value !== null);
    expect(action.map((e) => [e.date.value, e.ratings.map((i) => events.record!.ratings[i]!.value)])).toEqual([['2024-03-14', ['BBB+']]]);
    expect(events.map((e) => e.type)).not.toContain('announcement');
  });

  it('reads a US district put in fiscal emergency as an intervention, and dates no step by the span of a count', () => {
    // [article, publication day, the events it tells]
    const cases: Array<[string, string, string[][]]> = [
      ['The state auditor on Tuesday declared the Kelby City School District in a state of fiscal emergency, placing its finances under a state '
        + 'commission.', '2025-09-10', [['intervention', '2025-09-09']]],
      // ('for the fourth time this year' counts the steps; it dates none of them)
      ['Kelby Prison was rated poor for safety. The chief inspector wrote to the justice secretary, invoking the urgent notification process for the '
        + 'fourth time this year.', '2025-04-24', []],
    ];
    for (const [body, publishedAt, expected] of cases) expect(typeDate(eventsOf(body, publishedAt)), body).toEqual(expected);
  });

  it('dates no meeting by the day it was called: the vote it held is its day', () => {
    const found = eventsOf('The board of Kelby Transit Authority voted 7-2 tonight to fire its general manager. The vote came at an emergency meeting '
      + 'that was called on Saturday.', '2024-06-17');
    expect(typeDate(found)).toEqual([['departure', '2024-06-17']]);
  });

  it('keeps a meeting whose words name the body (‘Council members voted’) though its place is no known body', () => {
    const events = eventsOf('Brackenbury’s city manager is out of a job.\n\nCouncil members voted on Tuesday to end her contract.', '2024-06-05');
    expect(events.map((e) => [e.type, e.date.value, e.subject.key])).toEqual([['meeting', '2024-06-04', 'brackenbury']]);
  });

  it('gives an event told with its speaker (‘Addressing the committee, Ms Lee said …’) the quotes of that speaker after it', () => {
    const events = eventsOf([
      'Westshire Council’s children’s services were rated inadequate by Ofsted in March 2023.',
      'Addressing the council’s scrutiny committee, commissioner Ann Lee said the service had to change.',
      '“We cannot go on like this,” she said.',
    ].join('\n\n'));
    const meeting = events.find((e) => e.type === 'meeting')!;
    expect(meeting.quotes.map((i) => events.record!.quotes[i]!.text)).toEqual(['We cannot go on like this,']);
    expect(events.find((e) => e.type === 'inspection')!.quotes).toEqual([]);
  });

  it('gives what is said of a report to the inspection it sets out too', () => {
    const events = eventsOf('Westshire Council’s children’s services were rated inadequate by Ofsted in a report published on 3 May 2024.\n\nThe report set out the findings of the inspectors, who visited for three weeks.\n\n“We accept every finding and we will act on them,” said council leader Jane Morrow.', '2024-05-04');
    expect(events.map((e) => [e.type, e.quotes.length, e.officials.map((o) => o.name)])).toEqual([
      ['report-published', 1, ['Jane Morrow']], ['inspection', 1, ['Jane Morrow']],
    ]);
  });

  it('gives the news’s grades to the news, not to the earlier inspection a sentence recalls', () => {
    const events = eventsOf('Eastmoor Academy has been put in special measures after Ofsted rated it inadequate.\n\nStaff and pupils were told on a Friday.\n\nThe school was previously rated good following its inspection in 2014.');
    const grades = (e: (typeof events)[number]) => e.ratings.map((i) => events.record!.ratings[i]!.value);
    expect(events.filter((e) => e.date.value === '2014').map(grades)).toEqual([['Good']]);
    expect(events.filter((e) => e.date.value !== '2014').flatMap(grades)).toContain('Inadequate');
    // undated, the recalled grade is an earlier grading of its own, not the news's
    const undated = eventsOf('Ofsted rated Eastmoor Academy inadequate after an inspection in May 2024.\n\nThe academy was previously rated requires improvement.');
    const ofUndated = (e: (typeof undated)[number]) => e.ratings.map((i) => undated.record!.ratings[i]!.value);
    expect(undated.filter((e) => e.date.value === '2024-05').map(ofUndated)).toEqual([['Inadequate']]);
    expect(undated.filter((e) => e.rule === 'recalled-grade').map(ofUndated)).toEqual([['Requires Improvement']]);
  });

  it('reads a body’s report of itself to its regulator as an event of its own, where a regulator is named', () => {
    const told = (body: string) => typeDate(eventsOf(body, '2025-03-26'));
    expect(told('The Regulator of Social Housing began looking at Kelby Homes after the landlord made a self-referral in September last year.')).toEqual([['other', '2024-09']]);
    expect(told('Kelby Homes said: We referred ourselves to the Regulator of Social Housing last September.')).toEqual([['other', '2024-09']]);
    expect(told('Kelby Homes made a self-referral to its insurer in September last year.')).toEqual([]);
  });

  it('reads an auditor’s fieldwork, or its review told as carried out, as its inspection', () => {
    const fieldwork = eventsOf('Audit Wales published its report on Westshire Council on 21 January 2025. Auditors carried out their fieldwork in September last year.', '2025-01-22');
    expect(typeDateSubject(fieldwork)).toEqual([['inspection', '2024-09', 'Westshire Council'], ['report-published', '2025-01-21', 'Westshire Council']]);
    const review = eventsOf('Westshire Council has responded to Audit Wales. The review, carried out in autumn 2024, looked at how the council buys services.', '2025-01-22');
    expect(typeDateSubject(review)).toEqual([['inspection', '2024-FA', 'Westshire Council']]);
    // (a council's own review, with no auditor named, is no inspection)
    expect(eventsOf('Westshire Council said its review, carried out in autumn 2024, looked at how it buys services.', '2025-01-22').length).toBe(0);
  });

  it('keeps an undated report its author names, for the merge to join to that author’s dated report on the body', () => {
    const body = 'The chief executive of Westshire Council was suspended in May 2024 following a report from the Wales Audit Office on the pay deal.';
    const events = eventsOf(body);
    expect(events.map((e) => [e.type, e.date.value, e.rule, e.assessor])).toEqual([['departure', '2024-05', 'stated-date', null], ['report-published', null, 'assessor-report', 'Wales Audit Office']]);
    // told beside another report of the body, it is that report's telling
    const both = eventsOf(`The Wales Audit Office published its report on Westshire Council on 2 May 2024. ${body}`);
    expect(both.filter((e) => e.type === 'report-published').map((e) => [e.date.value, e.rule])).toEqual([['2024-05-02', 'stated-date']]);
    const dated = extractArticle('The Wales Audit Office published its report on Westshire Council on 2 May 2024, finding the pay deal unlawful.', { id: 'dated' });
    const merged = mergeRecords([dated, extractArticle(body, { id: 'undated' })]).events.find((e) => e.type === 'report-published')!;
    expect(merged.sources.map((s) => s.article)).toEqual(['dated', 'undated']);
  });

  it('reads a rating agency’s report dated by its month (‘an April Moody’s report’) as its rating action', () => {
    const events = eventsOf('An April Moody’s report placed Port Calder among cities at risk of a downgrade.', '2024-07-10');
    expect(events.map((e) => [e.type, e.date.value, e.trigger.text, e.assessor])).toEqual([['rating-action', '2024-04', 'Moody’s report', "Moody's"]]);
  });

  it('names a body by all the words of its name: a council of four words, a place of two', () => {
    const council = eventsOf('Meanwhile Ashby Vale Borough Council issued a section 114 notice on 4 September 2023. Ashby Vale Borough Council said the gap was £40m.');
    expect(council.map((e) => [e.type, e.subject.name, e.subject.key])).toEqual([['intervention', 'Ashby Vale Borough Council', 'ashby vale']]);
    const place = eventsOf('Fitch on 12 March 2024 lowered Port Esk’s rating to AA- from AA. Port Esk officials said the cut was unfair.');
    expect(place.map((e) => [e.type, e.subject.name, e.subject.key])).toEqual([['rating-action', 'Port Esk', 'port esk']]);
  });

  it('dates the report of a grade the lead tells as news by the publication day, though the inspection was months before', () => {
    const body = 'Westshire Police has been rated inadequate by HMICFRS, the police inspectorate. The inspection, in October 2023, found calls went unanswered.';
    expect(eventsOf(body, '2024-02-01').map((e) => [e.type, e.date.value, e.date.source, e.rule])).toEqual([
      ['inspection', '2023-10', 'stated', 'stated-date'], ['report-published', '2024-02-01', 'publication', 'lead-grade'],
    ]);
    // stars are awarded at the visit, not reported: a hygiene inspection implies no report
    const stars = eventsOf('The Mill Café has been given a five-star food hygiene rating after officers inspected it on 18 April 2024.', '2024-04-22');
    expect(stars.map((e) => e.type)).toEqual(['inspection']);
  });

  it('dates the report by the publication day when the lead has the inspectorate speak today', () => {
    const body = 'Westshire Police is too slow to answer emergency calls, the police inspectorate said today. HMICFRS rated the force inadequate at responding to the public. Inspectors visited the force in May 2024.';
    const report = (b: string) => eventsOf(b, '2024-10-10').filter((e) => e.type === 'report-published').map((e) => [e.date.value, e.rule]);
    expect(report(body)).toEqual([['2024-10-10', 'lead-grade']]);
    // a lead that has someone else speak today says nothing of when the report came out
    expect(report(body.replace('the police inspectorate said today', 'the chief constable said today'))).toEqual([[null, 'implied-by-inspection']]);
  });

  it('reads words that recall an earlier grading only in the clause of the grade or trigger they stand by', () => {
    const body = 'Oakfield School has been rated inadequate by Ofsted. Inspectors visited Oakfield School on 7 and 8 May 2024 and found that the staffing problems noted at the last inspection remained. It was previously rated good.';
    const events = eventsOf(body, '2024-06-20');
    const inspection = events.find((e) => e.type === 'inspection' && e.date.value === '2024-05-07')!;
    expect(inspection.ratings.map((i) => events.record!.ratings[i]!.value)).toEqual(['Inadequate']);
    expect(events.find((e) => e.rule === 'recalled-grade')!.ratings.map((i) => events.record!.ratings[i]!.value)).toEqual(['Good']);
    // (a participle clause after the grade is its own: the lead's grade is the news, the one it recalls the earlier grading's)
    const lead = eventsOf('Kelby College has been graded requires improvement by Ofsted, having previously been rated good. It teaches 6,000 students.', '2024-02-28');
    expect(lead.map((e) => [e.type, e.rule, e.ratings.map((i) => lead.record!.ratings[i]!.value)])).toEqual([
      ['report-published', 'lead-grade', ['Requires Improvement']], ['inspection', 'implied-by-report', ['Requires Improvement']], ['inspection', 'recalled-grade', ['Good']]]);
  });

  it('takes as subject neither a body named as someone’s other post nor the body that tells the news', () => {
    const body = 'Oakfield School is to get a new head. Jo Reed, currently deputy head of Brookfield School, will take over at Oakfield School on 15 April 2024, the Vale Learning Trust announced.';
    expect(eventsOf(body).filter((e) => e.type === 'appointment').map((e) => [e.date.value, e.subject.name])).toEqual([['2024-04-15', 'Oakfield School']]);
  });

  it('gives a date after a trigger to the clause it stands in, not to a trigger of an earlier clause', () => {
    const body = 'Westshire NHS Trust has been rated inadequate by the CQC. The chief executive said more nurses had been hired since the inspection and that a new ward would open in June 2024.';
    expect(eventsOf(body, '2024-03-01').filter((e) => e.type === 'inspection').map((e) => e.date.value)).not.toContain('2024-06');
    const same = eventsOf('Westshire NHS Trust was visited by CQC inspectors in June 2024, and the chief executive said the ward was calm.');
    expect(same.filter((e) => e.type === 'inspection').map((e) => e.date.value)).toEqual(['2024-06']);
  });

  it('reads an announcement that someone will hold a post as the appointment, and commissioners appointed to run a council as the intervention, both of the day the lead tells', () => {
    const body = 'Ministers have appointed two commissioners to run Ashby Vale Borough Council. The local government minister announced last Thursday that Dana Shore, a former chief executive of Kelby District Council, will be lead commissioner.';
    expect(eventsOf(body, '2024-10-08').map((e) => [e.type, e.date.value, e.subject.name]))
      .toEqual([['intervention', '2024-10-03', 'Ashby Vale Borough Council'], ['appointment', '2024-10-03', 'Ashby Vale Borough Council']]);
  });

  it('keeps an undated meeting of a council’s named committee as the council’s, for the merge to join to the dated one', () => {
    const body = 'Ashby Vale Borough Council has been criticised by auditors. The meeting of the Staff Pay Committee was not properly advertised, the auditors found.';
    const meetings = eventsOf(body).filter((e) => e.type === 'meeting');
    expect(meetings.map((e) => [e.date.value, e.subject.name, e.rule])).toEqual([[null, 'Ashby Vale Borough Council', 'committee-named']]);
    // a committee in an article about no council is no council's
    expect(eventsOf('The meeting of the Staff Pay Committee was not properly advertised, the auditors found.').filter((e) => e.type === 'meeting')).toEqual([]);
  });

  it('reads ‘the meeting’ right after a sentence naming a committee as that committee’s, kept apart from the council’s dated meeting', () => {
    const body = 'Ashby Vale Borough Council dismissed its chief executive at a special meeting on 3 October 2024. '
      + 'Auditors found that the Staff Pay Committee was not properly advertised. The papers for the meeting were not published either.';
    const meetings = eventsOf(body).filter((e) => e.type === 'meeting');
    expect(meetings.map((e) => [e.date.value, e.rule, body.slice(e.trigger.start - 8, e.trigger.end)])).toEqual([
      ['2024-10-03', 'stated-date', 'special meeting'],
      [null, 'committee-named', 'for the meeting'],
    ]);
    // in another paragraph, 'the meeting' is no longer the committee's
    const apart = 'Ashby Vale Borough Council is under review. Auditors found that the Staff Pay Committee was not properly advertised.\n\nThe papers for the meeting were not published either.';
    expect(eventsOf(apart).filter((e) => e.type === 'meeting')).toEqual([]);
  });

  it('keeps a regulator’s undated step, with the regulator as its agent, for the merge to join to another outlet’s dated one', () => {
    const steps = (body: string) => eventsOf(body).filter((e) => e.type === 'intervention').map((e) => [e.date.value, e.rule, e.trigger.text, e.assessor]);
    expect(steps('Westshire NHS Trust was rated inadequate by the CQC in March 2024. The CQC has also served the hospital trust with a warning notice over staffing.'))
      .toEqual([[null, 'assessor-step', 'warning notice', 'CQC']]);
    // 'the regulator' is the one regulator the article names
    expect(steps('Westshire NHS Trust was rated inadequate by the CQC in March 2024. The regulator has also served the hospital trust with a warning notice over staffing.'))
      .toEqual([[null, 'assessor-step', 'warning notice', 'CQC']]);
    // told with its date too, the undated mention is that one
    expect(steps('The CQC served a warning notice on Westshire NHS Trust on 19 January 2024. The CQC has also served the trust with a warning notice, its first.'))
      .toEqual([['2024-01-19', 'stated-date', 'warning notice', 'CQC']]);
    // a notice no regulator is said to have served is no step we can tell apart
    expect(steps('Westshire NHS Trust was rated inadequate by the CQC in March 2024. Staff said a warning notice had been served on the hospital trust over staffing.')).toEqual([]);
  });

  it('reads a plan the lead announces as the day’s news, a date right after a publication noun as its own, and a self-governing place by its town hall', () => {
    const plan = eventsOf('The government is to send commissioners into Kelby Borough Council after an inspection found a culture of denial.', '2024-03-07');
    // the plan is announced that day; the intervention itself comes later
    expect(plan.map((e) => [e.type, e.date.value, e.date.source, e.rule])).toEqual([['announcement', '2024-03-07', 'publication', 'lead-plan']]);
    const passive = eventsOf('Commissioners are to be sent in to run parts of Kelby Borough Council after an inspection found a culture of denial.', '2024-03-07');
    expect(passive.map((e) => [e.type, e.date.value, e.rule])).toEqual([['announcement', '2024-03-07', 'lead-plan']]);
    const published = eventsOf('Councillors were told the news. It follows the publication today of a best value inspection report on Kelby Borough Council, which found failings.', '2024-03-07');
    expect(published.filter((e) => e.type === 'report-published').map((e) => e.date.value)).toEqual(['2024-03-07']);
    const townHall = eventsOf('Three commissioners will begin work at Caldbrook town hall next week after the government confirmed yesterday that it was taking over the running of the council.', '2024-04-17');
    expect(townHall.map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['appointment', '2024-04-16', 'Caldbrook']]);
  });

  it('reads what is announced as the event, and an inspectorate’s announcement as its report', () => {
    const cut = eventsOf('S&P Global Ratings announced on Thursday evening that it had lowered Lakeport’s rating to A+.', '2023-10-13');
    expect(typeDate(cut)).toEqual([['rating-action', '2023-10-12']]);
    const watchdog = eventsOf('Westshire Police has been taken out of special scrutiny, the policing watchdog has announced. '
      + 'The HMICFRS report published on 14 February 2024 found it had improved.', '2024-02-14');
    expect(typeDate(watchdog)).toEqual([['report-published', '2024-02-14']]);
    // (an auditor's audit that found something, told before its long attribution, is its report of the day it was announced)
    const audit = eventsOf('A special audit of the Kelby Local School District found more than $186,000 in spending that could not be documented, the Ohio '
      + 'Auditor of State’s office announced Tuesday.', '2025-02-05');
    expect(typeDate(audit)).toEqual([['report-published', '2025-02-04']]);
    // (an agency's decision to move a grade, of the day it names, is its action)
    const decision = eventsOf('Kelby Transit Authority notes S&P Global Ratings’ decision of May 1, 2025, to revise its rating to A+.', '2025-05-01');
    expect(typeDate(decision)).toEqual([['rating-action', '2025-05-01']]);
  });

  it('gives a grade dated by its report to that report, a suspension to the day it began, and inspectors’ time on site to the inspection', () => {
    const report = eventsOf('Westshire Police had been graded inadequate in both areas in its 2022 PEEL report, HMICFRS said.');
    expect(report.map((e) => [e.type, e.date.value, e.rule])).toEqual([['report-published', '2022', 'dated-grade'], ['inspection', null, 'implied-by-report']]);
    const since = eventsOf('Kelby Borough Council’s chief executive had been suspended on full pay since February 14, 2019, two days after the audit report came out.');
    expect(since.filter((e) => e.type === 'departure').map((e) => e.date.value)).toEqual(['2019-02-14']);
    // (and on the day a 'when' clause after it tells)
    const sinceWhen = eventsOf('Pellham Parish Council has sacked its clerk. Mrs Lee had been suspended since June, when auditors first questioned the payments.', '2024-09-11');
    expect(typeDate(sinceWhen)).toEqual([['departure', '2024-09-11'], ['departure', '2024-06']]);
    const onSite = eventsOf('Ofsted rated Kelby Borough Council children’s services inadequate. Inspectors spent two weeks with social workers from 13 to 24 November 2023.');
    expect(onSite.filter((e) => e.type === 'inspection').map((e) => [e.date.value, e.date.endValue])).toEqual([['2023-11-13', '2023-11-24']]);
  });

  it('keeps a name joined by ‘and’ whole, dates an inspection past what it was of, and reads no inspection in its programme', () => {
    const fire = eventsOf('Westshire Fire and Rescue Service has been rated inadequate by HMICFRS in a report published on 12 March 2024.');
    expect([...new Set(fire.map((e) => e.subject.key))]).toEqual(['westshire']);
    const wards = eventsOf('The CQC report follows inspections of its acute wards for adults of working age and its intensive care unit between 14 and 16 May 2024.');
    expect(wards.filter((e) => e.type === 'inspection').map((e) => e.date.value)).toEqual(['2024-05-14']);
    const programme = eventsOf('Westshire Fire and Rescue Service was rated inadequate by HMICFRS. Its inspection programme had been paused for much of 2022.');
    expect(programme.filter((e) => e.type === 'inspection').map((e) => e.date.value)).not.toContain('2022');
  });

  it('reads ‘issued the notice’ as the notice the article names, and only where it names one', () => {
    const s114 = eventsOf('Kelby City Council cannot balance its books after its finance director issued a section 114 notice. Rachel Dunn issued the notice yesterday, warning of a shortfall.', '2023-11-15');
    expect(s114.map((e) => [e.type, e.date.value, e.trigger.text])).toEqual([['intervention', '2023-11-14', 'issued the notice']]);
    expect(eventsOf('The landlord of a Kelby City Council flat issued the notice yesterday, tenants said.', '2023-11-15').map((e) => e.type)).toEqual([]);
    // (and told in the passive after a lead that counts the council among those that took the step)
    const passive = eventsOf('Kelby City Council has become the latest local authority in England to issue a section 114 notice. The notice was issued on Monday by its finance director, Rachel Dunn.', '2023-11-15');
    expect(passive.map((e) => [e.type, e.date.value])).toEqual([['intervention', '2023-11-13']]);
    expect(eventsOf('Tenants of a Kelby City Council flat were angry. The notice was issued on Monday by the landlord.', '2023-11-15').map((e) => e.type)).toEqual([]);
    // (or as a participle: 'The notice, issued yesterday by …')
    const participle = eventsOf('Kelby City Council has declared itself bankrupt after its finance chief issued a section 114 notice. The notice, issued yesterday '
      + 'by director of finance Rachel Dunn, bans all new spending.', '2023-11-15');
    expect(typeDate(participle)).toEqual([['intervention', '2023-11-14']]);
    // (a date that ends its conjunct dates the notice, not the inspection of the next: 'issued … in September and a best value inspection')
    const conjuncts = eventsOf('Kelby City Council has responded to the appointment of commissioners. The decision follows the section 114 notice issued by '
      + 'the council’s finance director in September and a best value inspection commissioned by the government.', '2023-11-15');
    expect(typeDate(conjuncts).filter(([type]) => type !== 'appointment')).toEqual([['intervention', '2023-09']]);
  });

  it('reads a plea named as a noun and a court’s penalty named again as imposed as steps of the case, dated as told', () => {
    const told = eventsOf('Kelby Water must pay £2m for polluting the River Kelt. The penalty, imposed at Kelby Crown Court last week, follows the '
      + 'company’s guilty plea in March to four offences.', '2025-10-24');
    expect(typeDate(told)).toEqual([['legal', '2025-W42'], ['legal', '2025-03']]);
    // (a plea no one entered is none: 'a guilty plea would have cut the fine')
    expect(typeDate(eventsOf('Kelby Water was fined £2m at Kelby Crown Court on 3 October 2025. A guilty plea in March would have cut the fine.', '2025-10-24')))
      .toEqual([['legal', '2025-10-03']]);
  });

  it('reads a charge told in the passive, and a decision announced as the decision’s telling', () => {
    const charged = eventsOf('A Westshire Police officer was dismissed today. He had been charged last February, and was acquitted in October.', '2025-01-16');
    expect(charged.filter((e) => e.type === 'legal').map((e) => e.date.value)).toEqual(['2024-02', '2024-10']);
    const panel = eventsOf('A Westshire Police officer has been dismissed after a misconduct hearing. The panel announced its decision today.', '2025-01-16');
    expect(panel.map((e) => e.type)).not.toContain('announcement');
  });

  it('reads an announced departure as the departure, and one the lead tells of an unnamed body as the named one of that day', () => {
    const body = 'Trust boss quits\n\nThe chief executive of an academy trust has resigned, weeks after one of its schools was failed by Ofsted.\n\n'
      + 'Jo Marsh announced on Friday that she would step down from the Kelby Learning Trust with immediate effect.\n\n'
      + 'At a meeting with parents on Monday evening, some called for the trust to be stripped of the school.';
    const events = eventsOf(body, '2024-03-08');
    expect(events.filter((e) => e.type === 'departure').map((e) => [e.date.value, e.subject.name])).toEqual([['2024-03-08', 'Kelby Learning Trust']]);
    expect(events.filter((e) => e.type === 'meeting').map((e) => e.date.value)).toEqual(['2024-03-04']);
  });

  it('dates the news an attribution tells by the attribution’s day, and reads no announcement of its own', () => {
    const engage = eventsOf('Kelby Constabulary has become the latest force to be escalated to the Engage phase of HMICFRS monitoring, the inspectorate announced on Wednesday.', '2025-06-13');
    expect(typeDate(engage)).toEqual([['intervention', '2025-06-11']]);
  });

  it('takes a GP surgery as the body the CQC grades, over the board that commissions it', () => {
    const found = inspections('NHS Kelby Integrated Care Board (ICB) has confirmed that Mill Lane Medical Practice will close.',
      'The practice was inspected by the Care Quality Commission in March 2025 and rated inadequate.', 'The ICB said patients would move to two other practices, and the ICB would write to them.');
    expect(found).toEqual([['2025-03', 'Mill Lane Medical Practice', 'mill lane']]);
  });

  it('takes a school district named before its credit grade as the issuer, over the state its dateline names', () => {
    const body = 'Moody’s puts Ohio school district on review\n\nKELBY, Ohio (AP) — Moody’s Ratings on Wednesday placed the Kelby City School District’s A1 rating on review for downgrade. Voters in Ohio rejected a levy.';
    expect(eventsOf(body, '2025-03-13').map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['rating-action', '2025-03-12', 'Kelby City School District']]);
  });

  it('reads a report in the public interest, and a meeting dated by the day its time is told at', () => {
    const body = 'Kelby Borough Council has today received a report in the public interest from its external auditor. '
      + 'It will be considered at an extraordinary meeting of Full Council on Thursday 27 February 2025 at 7pm.';
    expect(typeDate(eventsOf(body, '2025-02-04'))).toEqual([['report-published', '2025-02-04'], ['meeting', '2025-02-27']]);
  });

  it('takes the council an article speaks of over a company named after its place', () => {
    const body = 'Councillors accepted the auditor’s findings at an extraordinary meeting on 27 February 2025. '
      + 'The report found losses at the council-owned Kelby Regeneration Ltd. Leader of the council Amir Shah said Kelby deserved better.';
    expect(eventsOf(body, '2025-02-28').map((e) => [e.type, e.subject.key])).toEqual([['meeting', 'kelby']]);
  });

  it('takes a water company the article names again and again over its place’s council', () => {
    const body = 'Kelby Water is facing a £9m fine. Ofwat announced the proposed penalty on 9 July 2025. '
      + 'Kelby Water said it was sorry. A Kelby District Council cabinet member said Kelby Water must act.';
    expect(eventsOf(body, '2025-07-10').map((e) => [e.type, e.subject.name])).toEqual([['announcement', 'Kelby Water']]);
  });

  it('takes what an inspection is of as its subject, and its findings as its report', () => {
    const body = 'Kelby Borough Council has today accepted in full the findings of an Ofsted inspection of Ashdene House, the secure children’s home it runs. '
      + 'Council-run Ashdene House was judged inadequate. The inspection took place between 4 and 6 February 2025.';
    expect(eventsOf(body, '2025-02-27').map((e) => [e.type, e.date.value, e.subject.name])).toEqual([
      ['report-published', '2025-02-27', 'Ashdene House'], ['inspection', '2025-02-04', 'Ashdene House']]);
  });

  it('takes the body the lead opens with, done to, over the council of its place and the government that acted', () => {
    const body = 'Tarnvale University Health Board has been placed in special measures, the Welsh Government announced yesterday. '
      + 'The chair of the health board resigned on November 12. The Welsh Government said the decision was not taken lightly. '
      + 'Tarnvale County Borough Council’s leader said the Welsh Government had acted.';
    // (the escalation, dated by the day the government announced it, is the news)
    expect(eventsOf(body, '2024-11-20').map((e) => [e.type, e.date.value, e.subject.name])).toEqual([
      ['intervention', '2024-11-19', 'Tarnvale University Health Board'], ['departure', '2024-11-12', 'Tarnvale University Health Board']]);
  });

  it('takes no body that tells the news after a comma as what it happened to', () => {
    const body = 'Ashby Lane Primary School has been closed. Its academy trust, Kelby Learning Trust, said the headteacher had been suspended on Friday. '
      + 'Ashby Lane Primary School will reopen on Monday.';
    expect(eventsOf(body, '2023-03-12').filter((e) => e.type === 'departure').map((e) => e.subject.name)).toEqual(['Ashby Lane Primary School']);
  });

  it('reads a restriction notice, a committee’s consideration, a commissioned review and someone in post since a day', () => {
    const body = 'Ofsted rated Ashdene House inadequate. The regulator issued a restriction of accommodation notice on 7 February 2025. '
      + 'The report will be considered by the Children and Young People Scrutiny Committee on Wednesday 12 March 2025. '
      + 'Kelby Borough Council commissioned an independent review of Ashdene House on 20 February 2025. An interim manager, Jo Reed, has been in post since Monday.';
    expect(eventsOf(body, '2025-02-27').filter((e) => e.type !== 'report-published' && e.type !== 'inspection').map((e) => [e.type, e.date.value]))
      .toEqual([['intervention', '2025-02-07'], ['meeting', '2025-03-12'], ['announcement', '2025-02-20'], ['appointment', '2025-02-24']]);
  });

  it('keeps a trust named for two towns whole, keyed as its first town’s hospital', () => {
    const events = eventsOf('Maternity services run by Ashby and Kelford Hospitals NHS Foundation Trust have been rated requires improvement by the CQC in a report published today.', '2025-04-02');
    expect([...new Set(events.map((e) => `${e.subject.name}|${e.subject.key}`))]).toEqual(['Ashby and Kelford Hospitals NHS Foundation Trust|ashby']);
    expect(inspections('CQC inspectors visited Ashby General Hospital in February 2025 and rated its maternity unit requires improvement.').map(([, , key]) => key)).toEqual(['ashby']);
  });

  it('takes no body someone formerly served as the subject of their appointment', () => {
    const body = 'Kelby Borough Council has been told commissioners will run it. The minister announced yesterday that former Ashby Council chief executive Jo Reed would serve as lead commissioner.';
    expect(eventsOf(body, '2024-12-06').map((e) => [e.type, e.date.value, e.subject.name]))
      .toEqual([['intervention', '2024-12-05', 'Kelby Borough Council'], ['appointment', '2024-12-05', 'Kelby Borough Council']]);
  });

  it('takes no owner named before what it owns as the subject', () => {
    const body = 'Kelby Lane School was rated inadequate by Ofsted. The Department for Education yesterday issued a notice to improve to Ashby Education Ltd, the proprietor of Kelby Lane School.';
    expect(eventsOf(body, '2025-03-21').filter((e) => e.type === 'intervention').map((e) => [e.date.value, e.subject.name])).toEqual([['2025-03-20', 'Kelby Lane School']]);
    // (nor the company that runs it, named in an aside: 'Oakdene House, a home … run by private provider Amberley Care Ltd, was inspected')
    const runBy = eventsOf('Ofsted has rated a children’s home inadequate. Oakdene House, a home for up to four children run by private provider Amberley '
      + 'Care Ltd, was inspected on October 2 and 3. The report was published yesterday.', '2023-10-25');
    expect(typeDateSubject(runBy)).toEqual([['inspection', '2023-10-02', 'Oakdene House'], ['report-published', '2023-10-24', 'Oakdene House']]);
  });

  it('reads a cancelled registration as an intervention on the home, not on the company that provides it', () => {
    const body = 'Ashdene House was rated inadequate by the CQC in January 2025. '
      + 'The CQC cancelled the registration of Kelby Care Ltd to provide personal care at Ashdene House on 21 March 2025.';
    expect(eventsOf(body, '2025-04-01').filter((e) => e.type === 'intervention').map((e) => [e.date.value, e.subject.name])).toEqual([['2025-03-21', 'Ashdene House']]);
  });

  it('takes a food business named with what it is as the body its hygiene rating is given to', () => {
    for (const name of ['Golden Wok Takeaway', 'Anatolia Grill']) {
      const body = `${name}, on Mill Road, was given a one-star food hygiene rating by Kelby District Council after an inspection on 3 March 2024. ${name} said it had improved.`;
      expect(eventsOf(body, '2024-03-10').map((e) => [e.type, e.subject.name])).toEqual([['inspection', name]]);
    }
  });

  it('reads a grade dated after the inspection its sentence tells as the report that followed it', () => {
    const events = eventsOf('Ofsted rated Kelby Borough Council children’s services inadequate in March 2021, following an inspection that January.', '2024-05-02');
    expect(events.map((e) => [e.type, e.date.value, e.ratings.length]).sort()).toEqual([['inspection', '2021-01', 1], ['report-published', '2021-03', 1]]);
  });

  it('reads a grade given in the days the news tells as its report, and no event on the day a rule took effect', () => {
    const judgement = eventsOf('The Regulator of Social Housing yesterday gave Ashby Homes a C3 consumer grade. Inspectors visited the landlord in July.', '2024-10-24');
    expect(judgement.filter((e) => e.date.value === '2024-10-23').map((e) => [e.type, e.rule])).toEqual([['report-published', 'dated-grade']]);
    const rules = eventsOf('Ashby Homes was inspected under the consumer standards that took effect in April, the Regulator of Social Housing said.', '2024-10-24');
    expect(rules.filter((e) => e.type === 'inspection').map((e) => e.date.value)).not.toContain('2024-04');
  });

  it('reads a government’s published response to an urgent notification as a report, the protocol invoked as the notification, a governor replaced as leaving', () => {
    const body = 'The Ministry of Justice has today published its response to the urgent notification issued for HMP Fenbury. '
      + 'The chief inspector of prisons invoked the protocol on 19 September after an inspection. The governor of HMP Fenbury, Tom Reed, was replaced by Ann Lee.';
    const found = eventsOf(body, '2024-10-17');
    expect(brief(found)).toEqual([['report-published', '2024-10-17', 'stated'], ['intervention', '2024-09-19', 'stated'], ['departure', null, null]]);
    expect(brief(eventsOf('The boiler at HMP Fenbury was replaced on 3 May 2024.', '2024-10-17'))).toEqual([]);
    // (or as the process invoked, in an article about the notification; a process invoked in another is none)
    const process = body.replace('invoked the protocol', 'invoked the process');
    expect(brief(eventsOf(process, '2024-10-17')).filter(([type]) => type === 'intervention')).toEqual([['intervention', '2024-09-19', 'stated']]);
    expect(brief(eventsOf('Kelby Council invoked the process on 19 September to recover the debt.', '2024-10-17'))).toEqual([]);
  });

  it('reads the prisons inspectorate’s scores and urgent notification, a prison by its title, and no report still due', () => {
    const body = 'The chief inspector of prisons today invoked the urgent notification process at HMP Fenbury, where safety was assessed as poor. '
      + 'HM Inspectorate of Prisons inspected HMP Fenbury on 3 February 2025. Under the urgent notification protocol, the justice secretary must reply. '
      + 'A full report on HMP Fenbury is due to be published in the summer.';
    const found = eventsOf(body, '2025-02-20');
    const dated = found.filter((e) => e.date.value !== null).map((e) => [e.type, e.date.value, e.subject.key]);
    expect(dated).toContainEqual(['intervention', '2025-02-20', 'fenbury']);
    expect(dated).toContainEqual(['inspection', '2025-02-03', 'fenbury']);
    // the report still due in the summer is none
    expect(dated.map(([, date]) => date)).not.toContain('2025-SU');
    expect(found.map((e) => e.type)).not.toContain('announcement');
    expect(found.record!.ratings.map((r) => [r.value, r.scale])).toEqual([['Poor', 'hmip']]);
  });

  it('gives a trust named for its hospitals and its main hospital one key, as outlets name either', () => {
    const trust = eventsOf('The CQC rated maternity services at Kelby and District Hospitals NHS Foundation Trust inadequate in a report published on 19 September 2024.');
    const hospital = eventsOf('The CQC rated maternity services at Kelby General Hospital inadequate in a report published on 19 September 2024.');
    expect([...new Set([...trust, ...hospital].map((e) => e.subject.key))]).toEqual(['kelby']);
  });

  it('dates the report of an assessor the lead has speak today by the publication day', () => {
    const body = 'The Local Government Ombudsman said today that Kelby Council was at fault for leaving a family in a B&B. In a public interest report, the ombudsman said the family shared one room.';
    expect(eventsOf(body, '2025-01-16').map((e) => [e.type, e.date.value, e.rule])).toEqual([['report-published', '2025-01-16', 'lead-assessor-today']]);
    expect(eventsOf(body).map((e) => e.date.value)).toEqual([null]);
  });

  it('reads someone confirmed in a post as appointed', () => {
    const panel = eventsOf('Jo Reed was confirmed in the role by the Kelby Police and Crime Panel last night. Westshire Police said Jo Reed would start in May.', '2025-07-01');
    expect(panel.filter((e) => e.type === 'appointment').map((e) => e.date.value)).toEqual(['2025-06-30']);
  });

  it('never takes a councillor, nor a court, for the body an event happened to', () => {
    const vote = eventsOf('Kelby’s councillors have voted through a budget that raises council tax. Cllr Steven Marsh, leader of the opposition, said Cllr Steven Marsh would fight on. '
      + 'It is the first budget since the finance director issued a section 114 notice in November.', '2024-02-28');
    expect([...new Set(vote.map((e) => e.subject.name))]).toEqual(['Kelby']);
    const court = eventsOf('A Westshire Police officer has been charged with assault. He will appear at Harrowby Magistrates’ Court on 7 March. '
      + 'Harrowby Magistrates’ Court heard the case was serious.', '2024-02-09');
    expect(court.map((e) => e.subject.name)).not.toContain('Harrowby Magistrates’ Court');
  });

  it('reads an appointment the lead tells as to come as the naming of the day', () => {
    const interim = eventsOf('The chief operating officer of Westshire NHS Trust will take over as interim chief executive when the chief executive leaves.', '2024-09-02');
    expect(interim.map((e) => [e.type, e.date.value, e.rule])).toEqual([['announcement', '2024-09-02', 'lead-plan']]);
  });

  it('dates no event by a financial or school year, nor one still to come', () => {
    const period = eventsOf('Westshire Police was rated inadequate in its PEEL 2021/22 assessment. HMICFRS inspectors visited the force in May 2022.');
    expect(period.filter((e) => e.type === 'inspection').map((e) => e.date.value)).toEqual(['2022-05']);
    const next = eventsOf('HMICFRS inspectors visited Westshire Police in May 2022. The inspectorate’s next full inspection of the force is expected in 2025.');
    expect(typeDate(next)).toEqual([['inspection', '2022-05']]);
  });

  it('reads the government’s plan to send commissioners in as the intervention, and findings published as the report', () => {
    const plan = eventsOf('The government is to send commissioners into Kelby Borough Council, the minister told MPs on 7 March 2024.');
    expect(plan.map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['intervention', '2024-03-07', 'Kelby Borough Council']]);
    const findings = eventsOf('Kelby Borough Council has accepted the findings of the Ofsted inspection of its children’s services, which were published on 17 January 2024.');
    expect(typeDate(findings.filter((e) => e.date.value !== null))).toEqual([['report-published', '2024-01-17']]);
  });

  it('reads an agency reviewing a rating as its action, and leaves a date in an aside about someone to the aside', () => {
    const review = eventsOf('Moody’s said on 20 March 2024 that it was reviewing the city’s rating. Lakeport’s mayor said the city would cope.');
    expect(review.map((e) => [e.type, e.date.value, e.assessor])).toEqual([['rating-action', '2024-03-20', 'Moody\'s']]);
    const aside = eventsOf('S&P cut Lakeport to A+ on 13 June 2024. Mayor Ann Lee, who took office in January 2022, said the downgrades hurt.');
    expect(typeDate(aside)).toEqual([['rating-action', '2024-06-13']]);
  });

  it('takes as the article’s body one of a kind its grades are given to: a school over its sponsor, a care home over its council', () => {
    const school = inspections(
      'Brook Lane Learning Trust will take over a school rated inadequate by Ofsted.',
      'Inspectors visited Kestrel Park School on 16 January 2024 and rated the school inadequate.',
      'Brook Lane Learning Trust runs nine schools, and Brook Lane Learning Trust said it was proud. Kestrel Park School will join it in May.',
    );
    expect(school.map(([, name]) => name)).toEqual(['Kestrel Park School']);
    const home = inspections(
      'A Westmere care home has been rated inadequate by the Care Quality Commission.',
      'Oakdene House, which Westmere Council funds places at, was visited by inspectors on 9 October 2023.',
      'Oakdene House had been rated good before. Westmere Council said it would support Oakdene House residents.',
    );
    expect([...new Set(home.map(([, name]) => name))]).toEqual(['Oakdene House']);
  });

  it('leaves the street a body stands on out of its name, and a body named in a later clause out of the event', () => {
    const onStreet = eventsOf('Kelby Community High School on Mill Lane was rated ‘inadequate’ by the education watchdog in a report published on 18 April 2024. '
      + 'The school was rated as ‘good’ back in 2019. Ofsted inspectors visited in March. The school will leave the control of Westshire County Council.');
    expect([...new Set(onStreet.map((e) => e.subject.name))]).toEqual(['Kelby Community High School']);
    const sponsor = eventsOf('Ofsted has put Kelby Community High School into special measures. Inspectors visited Kelby Community High School on 5 March 2024. '
      + 'An academy order was issued by the Department for Education on 16 April 2024, and the Kelverdale Learning Trust has been proposed as the school’s sponsor. '
      + 'The Kelverdale Learning Trust already runs four schools.', '2024-04-18');
    expect(sponsor.filter((e) => e.type === 'intervention').map((e) => [e.date.value, e.subject.name])).toEqual([['2024-04-16', 'Kelby Community High School']]);
  });

  it('dates a trigger past its passive agent, and leaves a date told right after a grade to that grade', () => {
    const agent = eventsOf('The Lucky Star takeaway was inspected by environmental health officers from Harrowby District Council on May 23.', '2024-06-04');
    expect(typeDate(agent)).toEqual([['inspection', '2024-05-23']]);
    // an agent that goes on to tell another event is no agent phrase
    const other = eventsOf('Kelby College was criticised in a report published by Ofsted inspectors following their visit in February.', '2016-03-18');
    expect(other.filter((e) => e.type === 'report-published').map((e) => e.date.value)).not.toContain('2016-02');
    const regraded = eventsOf('A Harrowby takeaway that was given a zero food hygiene rating last month has been re-inspected and awarded a four. '
      + 'Harrowby District Council officers made the visit on Thursday.', '2024-06-26');
    const inspections = regraded.filter((e) => e.type === 'inspection').map((e) => [e.date.value, e.ratings.map((i) => regraded.record!.ratings[i]!.value)]);
    expect(inspections).toContainEqual(['2024-05', ['Zero']]);
    expect(inspections).toContainEqual(['2024-06-20', ['Four']]);
  });

  it('reads a food hygiene rating the lead gives as news as its inspection’s, on a day the news does not tell', () => {
    const lead = eventsOf('A Harrowby takeaway has been handed a zero food hygiene rating after inspectors found mice in its kitchen.', '2024-06-04');
    expect(typeDate(lead)).toEqual([['inspection', null]]);
  });

  it('takes a food business written beside what it is as the body a hygiene rating is given to, not the council that inspected it', () => {
    const cases = [
      'Harrowby District Council found dirty fridges when it inspected the Lucky Star takeaway on Mill Lane on 3 March 2024. It was given a food hygiene rating of zero. Harrowby District Council said it would return.',
      'Lucky Star, a Chinese takeaway on Mill Lane, was given a zero food hygiene rating after Harrowby District Council inspectors visited on 3 March 2024. Harrowby District Council said it would return.',
      'The Crown and Anchor pub on Mill Lane was awarded a five-star food hygiene rating by Harrowby District Council after an inspection on 3 March 2024. Harrowby District Council praised the staff.',
    ];
    for (const body of cases) expect(inspections(body).map(([date, name]) => [date, name]), body).toEqual([['2024-03-03', expect.stringMatching(/^(?:Lucky Star|Crown and Anchor)$/)]]);
    // (nor the food it serves, and the place officers visited is the business; officers who return inspect it again)
    const visited = eventsOf('A popular Indian restaurant in Kelby closed after inspectors gave it a hygiene rating of zero.\n\nOfficers from Harrowby District Council '
      + 'visited The Blue Lantern on Mill Lane on July 3 and found mouse droppings.\n\nOfficers returned on Friday, July 18, and allowed it to reopen. '
      + 'A spokesperson for The Blue Lantern apologised.', '2025-07-24');
    expect(typeDateSubject(visited)).toEqual([['inspection', '2025-07-03', 'Blue Lantern'], ['inspection', '2025-07-18', 'Blue Lantern']]);
    // the council it inspects in an article graded by Ofsted is the body graded
    expect(inspections('Harrowby District Council children’s services were inspected by Ofsted on 3 March 2024 and rated inadequate. The Lucky Star takeaway sponsored the report launch.')
      .map(([, name]) => name)).toEqual(['Harrowby District Council children’s services']);
  });

  it('names a body whose name is a plural without its possessive’s apostrophe', () => {
    const events = eventsOf('Moody’s cut Lakeport Springs’ rating to A2 from A1 on 11 April 2024. Lakeport Springs’ mayor said Lakeport Springs would cope.');
    expect(events.map((e) => [e.subject.name, e.subject.key])).toEqual([['Lakeport Springs', 'lakeport springs']]);
  });

  it('reads an announced appointment as the appointment, and a date a change takes effect on as no vote’s', () => {
    const named = eventsOf('Westshire NHS Trust has today announced the appointment of Dr Ann Lee as interim chief executive.', '2023-10-19');
    expect(typeDate(named)).toEqual([['appointment', '2023-10-19']]);
    // an appointment still to be made is none
    const pending = eventsOf('Westshire NHS Trust has today announced the appointment of Dr Ann Lee as interim chief executive. She will join the trust on 1 November 2023 and lead it until a permanent appointment is made.', '2023-10-19');
    expect(typeDate(pending)).toEqual([['appointment', '2023-10-19']]);
    const vote = eventsOf('The state board voted on 12 December 2023 to strip the Kelby district of its accreditation. The board voted 6-1 to classify the district as unaccredited, effective July 1, 2024.');
    expect(vote.map((e) => e.date.value)).not.toContain('2024-07-01');
  });

  it('reads inspectors’ return as an inspection, and neither a home’s owner as its subject nor a suspension of placements as a departure', () => {
    const body = [
      'Oakdene House care home is out of special measures, the Care Quality Commission said.',
      'Inspectors returned to the home on 5 and 6 March 2024 and found it safer.',
      'In December 2023 the home was rated inadequate, and the CQC served a warning notice on its owner, Brightwell Care Ltd.',
      'Westmere Council lifted its suspension on new placements on 29 April 2024.',
    ].join(' ');
    const events = eventsOf(body);
    const inspected = events.filter((e) => e.type === 'inspection');
    expect(inspected[0]!.date.value).toBe('2024-03-05');
    expect(new Set(inspected.map((e) => e.subject.name))).toEqual(new Set(['Oakdene House']));
    expect(events.map((e) => e.type)).not.toContain('departure');
  });

  it('reads an academy order, a board that took control and commissioners appointed to take control as interventions, taking charge as an appointment', () => {
    const order = eventsOf('The Department for Education issued an academy order for Kestrel Park School on 21 March 2024. Dr Ann Lee will take charge as interim head teacher from 15 April 2024.');
    expect(typeDate(order)).toEqual([['intervention', '2024-03-21'], ['appointment', '2024-04-15']]);
    const board = eventsOf('A special board took control of the Kelby School District on 16 January 2024.');
    expect(typeDate(board)).toEqual([['intervention', '2024-01-16']]);
    const purpose = eventsOf('Ministers have appointed two commissioners to take control of Ashby Vale Borough Council’s finances.', '2024-10-03');
    // (one event: the purpose is the appointing's, not a second step)
    expect(purpose.map((e) => e.type)).toEqual(['intervention']);
  });

  it('leaves a year that qualifies another noun (‘the 2024 budget’) to that noun, and lets one date its own (‘a 2019 inspection report’)', () => {
    const hearing = eventsOf('Westport City Council held a public hearing on its 2024 budget on 9 April 2024.');
    expect(typeDate(hearing)).toEqual([['meeting', '2024-04-09']]);
    const report = eventsOf('Westshire NHS Trust was criticised in a 2019 inspection report, the CQC said.');
    expect(report.filter((e) => e.type === 'report-published').map((e) => e.date.value)).toEqual(['2019']);
  });

  it('never takes a surname the article writes after a courtesy title as a body, however often it is named', () => {
    const body = 'Westvale County Borough Council is in turmoil over pay. Auditors said Alun Pennock approved the payments. Mr Pennock was suspended on 3 May 2024 by a panel of councillors. Mr Pennock denies wrongdoing. Mr Pennock was not available.';
    expect(eventsOf(body).map((e) => [e.type, e.subject.name])).toEqual([['departure', 'Westvale County Borough Council']]);
  });

  it('takes the school its grades are given to by name over the council it stands in, a saint’s name included', () => {
    const found = inspections(
      'Ofsted judged St Hilda’s CofE Primary inadequate after an inspection on 7 and 8 March 2023.',
      'Parents in Ashby Vale met Ashby Vale Council officers. Ashby Vale Council said Ashby Vale schools get support.',
      'The school was judged good when inspectors last came in 2019.',
    );
    expect(found.map(([date, , key]) => [date, key])).toEqual([['2023-03-07', 'hilda'], ['2019', 'hilda']]);
  });

  it('reads a hearing of a council’s committee as its meeting', () => {
    const found = eventsOf('The monitoring officer’s report on Cllr Tom Reed of Kelby District Council will go before a hearing of the council’s standards sub-committee on Tuesday, February 14.', '2023-02-04');
    expect(found.map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['meeting', '2023-02-14', 'Kelby District Council']]);
  });

  it('reads the announcement of a rating action as that rating action, not another event', () => {
    const found = eventsOf('Moody’s has affirmed the Aa3 rating of Kelby City Council and changed its outlook to negative. The rating action, announced on 18 October 2023, also affirmed the council’s bond ratings.', '2023-10-20');
    expect(brief(found)).toEqual([['rating-action', '2023-10-18', 'stated']]);
  });

  it('reads a grand jury’s indictment and the arraignment after it as legal steps', () => {
    const found = eventsOf('Westshire County Sheriff Ray Cole was indicted on Tuesday by a grand jury on five counts of theft. He was arraigned on 2 October 2023 at the Westshire County courthouse.', '2023-09-13');
    expect(brief(found)).toEqual([['legal', '2023-09-12', 'stated'], ['legal', '2023-10-02', 'stated']]);
  });

  it('reads a lawsuit filed against a body, or the body sued, as a legal step of that body', () => {
    const filed = eventsOf('Kelby School District filed a federal lawsuit against the state education agency on 3 March 2024, arguing the takeover was unlawful.');
    expect(filed.map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['legal', '2024-03-03', 'Kelby School District']]);
    const suit = eventsOf('The suit, filed on 12 September 2024 in federal court, names the City of Pellham and its police chief.');
    expect(typeDate(suit)).toEqual([['legal', '2024-09-12']]);
    const sued = eventsOf('A former officer sued the City of Pellham in June 2024, alleging retaliation.');
    expect(typeDate(sued)).toEqual([['legal', '2024-06']]);
    // a suit of clothes, a plan to sue: no claim filed
    expect(typeDate(eventsOf('The mayor of Pellham wore a grey suit at the ceremony on 4 May 2024. Kelby Council said on 5 May 2024 it may sue the builder.'))).toEqual([]);
  });

  it('reads an oath of office taken as an appointment, of the place a headline names before its acting mayor', () => {
    const sworn = eventsOf('Ann Lee sworn in as Pellham acting mayor\nAnn Lee took the oath of office as acting mayor of Pellham on Monday morning, three days after the mayor left.', '2024-09-16');
    expect(sworn.filter((e) => e.type === 'appointment').map((e) => [e.date.value, e.subject.name])).toEqual([['2024-09-16', 'Pellham']]);
    expect(typeDate(eventsOf('Tom Reed will take the oath of office as mayor of the City of Pellham on 1 January 2025.')).filter(([t]) => t === 'appointment')).toEqual([]);
  });

  it('reads a board’s vote to fire its superintendent as the departure, of the district the board governs, and its vote to name a stand-in as the appointment', () => {
    const fired = eventsOf('OAKTON, Mo. — The Kelby School District Board of Education voted 5-2 Tuesday night to fire Superintendent Ann Lee.', '2025-02-12');
    expect(fired.filter((e) => e.type === 'departure').map((e) => [e.date.value, e.subject.name])).toEqual([['2025-02-11', 'Kelby School District']]);
    const closed = eventsOf('The Kelby School District Board of Education voted 5-2 on 11 February 2025 to close two schools.');
    expect(closed.map((e) => [e.type, e.subject.name])).toEqual([['meeting', 'Kelby School District']]);
    // (and its vote to name a stand-in, by name, the appointment)
    const named = eventsOf('The Kelby City Schools board voted 4-3 on Tuesday, January 14, 2025, to fire the superintendent. Members then voted 7-0 to name Deputy Superintendent Tom Reed as acting superintendent with immediate effect.', '2025-01-15');
    expect(typeDate(named).filter(([t]) => t === 'appointment')).toEqual([['appointment', '2025-01-14']]);
    // a vote to remove an item is no one's departure
    expect(typeDate(eventsOf('Kelby Council voted on 3 March 2025 to remove the item from the agenda.')).filter(([t]) => t === 'departure')).toEqual([]);
  });

  it('reads one meeting of a recurring series that a day’s possessive names', () => {
    const monthly = eventsOf('The audit report was discussed at Monday’s monthly meeting of Kelby County Council.', '2024-09-11');
    expect(typeDate(monthly)).toEqual([['meeting', '2024-09-09']]);
    expect(typeDate(eventsOf('Kelby County Council has held monthly meetings in the town hall since 2005.'))).toEqual([]);
  });

  it('reads one meeting of a recurring series that the day after it names, and none that only tells when the series sits', () => {
    expect(typeDate(eventsOf('Kelby Council has a new leader. Its budget was agreed at the council’s annual meeting on Thursday.', '2025-05-16'))).toEqual([['meeting', '2025-05-15']]);
    expect(typeDate(eventsOf('The budget of Kelby Council was set at its annual meeting held at the Civic Centre on 15 May 2025.'))).toEqual([['meeting', '2025-05-15']]);
    expect(typeDate(eventsOf('At its regular meeting this evening, Kelby City Council adopted a resolution censuring the mayor.', '2024-02-20'))).toEqual([['meeting', '2024-02-20']]);
    expect(typeDate(eventsOf('Kelby Council holds its annual meeting in May, and its regular meetings on Tuesdays.', '2025-05-16'))).toEqual([]);
  });

  it('reads an admitted offence and a court’s hearing as legal steps, and a body’s public hearing as its meeting', () => {
    const court = eventsOf('A former Westshire Council clerk admitted two counts of theft on 9 January 2024. A sentencing hearing at Carlford Crown Court is set for 1 March 2024.');
    expect(typeDate(court)).toEqual([['legal', '2024-01-09'], ['legal', '2024-03-01']]);
    // (a charge prosecutors authorised on a day is the charging of that day, and an appearance in court a hearing)
    const charged = eventsOf('A Kelby Police officer has been charged with misconduct in public office. The Crown Prosecution Service authorised the charge on Tuesday. PC Tom Reed is due to appear at Kelby Magistrates’ Court on 16 October.', '2025-09-18');
    expect(typeDate(charged)).toEqual([['legal', '2025-09-16'], ['legal', '2025-10-16']]);
    expect(typeDate(eventsOf('Kelby Council approved new parking charges on Tuesday, and its cabinet authorised the charges for residents’ permits.', '2025-09-18')).filter(([t]) => t === 'legal')).toEqual([]);
    expect(typeDate(eventsOf('Kelby Council’s chief executive will appear before the scrutiny committee on 16 October.', '2025-09-18')).filter(([t]) => t === 'legal')).toEqual([]);
    // (a court's ruling on a party's request to stop something is a step of the case; an injunction it issues against an activity is not read)
    const ruled = eventsOf('Kelby City Council voted on Tuesday to censure Mayor Ann Lee. On Monday, Judge Tom Reed denied Lee’s request for a temporary restraining order.', '2024-02-21');
    expect(typeDate(ruled)).toEqual([['meeting', '2024-02-20'], ['legal', '2024-02-19']]);
    expect(typeDate(eventsOf('Kelby City Council welcomed the news. The Supreme Court on Monday also issued an injunction against crop burning.', '2024-02-21')).filter(([t]) => t === 'legal')).toEqual([]);
    // (a sentence put off to a day is that day's sentencing, ahead of the article)
    const adjourned = eventsOf('Former Kelby County Council member Tom Reed was convicted of fraud yesterday. Judge Ann Lee remanded him on bail and adjourned sentencing to May 12.', '2025-03-08');
    expect(typeDateSubject(adjourned)).toEqual([['legal', '2025-03-07', 'Kelby County Council'], ['legal', '2025-05-12', 'Kelby County Council']]);
    const testify = eventsOf('Westshire Council’s finance committee said its treasurer would testify at a hearing on 15 February 2024.');
    expect(typeDate(testify)).toEqual([['meeting', '2024-02-15']]);
    const hearing = eventsOf('Westshire Council will hold a public hearing on the budget on 5 February 2024, council leader Ann Lee said.');
    expect(hearing.map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['meeting', '2024-02-05', 'Westshire Council']]);
  });

  it('reads a credit rating cut in the passive as its agency’s action', () => {
    const events = eventsOf('Oakvale County’s credit rating was cut on 10 August 2023. S&P Global Ratings lowered its rating to A from A+.');
    expect(events.map((e) => [e.type, e.date.value, e.trigger.text, e.assessor])).toEqual([['rating-action', '2023-08-10', 'rating was cut', 'S&P Global Ratings']]);
  });

  it('takes the agent a trigger names (‘an upgrade by Fitch’) as its assessor, over another agency’s grade in the sentence', () => {
    const events = eventsOf('S&P Global Ratings on 24 October 2024 raised Oakvale County to AA+ from AA, after an upgrade by Fitch Ratings on 22 October 2024.');
    expect(events.map((e) => [e.date.value, e.assessor])).toEqual([['2024-10-24', 'S&P Global Ratings'], ['2024-10-22', 'Fitch Ratings']]);
  });

  it('reads an audit released as a report published', () => {
    const events = eventsOf('Overtime at the Westshire fire department was never approved, according to an audit released on 6 February 2024 by the city auditor.');
    expect(typeDate(events)).toEqual([['report-published', '2024-02-06']]);
  });

  it('keeps an undated appointment of a named official, for the merge to join to the dated one', () => {
    const events = eventsOf('Westshire Council is in trouble. Its budget is stretched. Its staff are tired. The council’s new chief executive, Ann Lee, was appointed to turn it around.');
    expect(events.map((e) => [e.type, e.date.value, e.rule, e.officials.map((o) => o.name)])).toEqual([['appointment', null, 'official-named', ['Ann Lee']]]);
  });

  it('reads someone addressing a committee, or a matter going before one, as its meeting, dated, or undated when it names an official', () => {
    const dated = eventsOf('Westshire Council’s finance director Ann Lee spoke to the audit and scrutiny committee on 4 March 2024 about the deficit.');
    expect(dated.map((e) => [e.type, e.date.value, e.trigger.text])).toEqual([['meeting', '2024-03-04', 'spoke to the audit and scrutiny committee']]);
    const undated = eventsOf('Westshire Council is in trouble. Its budget is stretched. Its staff are tired. Addressing the council’s scrutiny committee, its finance director Ann Lee said cuts were coming.');
    expect(undated.map((e) => [e.type, e.date.value, e.rule, e.officials.map((o) => o.name)])).toEqual([['meeting', null, 'official-named', ['Ann Lee']]]);
    // (nor does a matter going before one)
    expect(typeDate(eventsOf('Kelby County Council’s audit report will go before its scrutiny committee on 3 December 2024, a spokesman said.', '2024-11-15'))).toEqual([['meeting', '2024-12-03']]);
    expect(typeDate(eventsOf('A new recovery plan for Kelby Council is to be presented to the full council on 26 September 2024.', '2024-09-06'))).toEqual([['meeting', '2024-09-26']]);
    // a letter addressed to a committee is no meeting of it
    expect(eventsOf('On 4 March 2024 residents of Westshire sent a letter addressed to the committee chair.').map((e) => e.type)).not.toContain('meeting');
  });

  it('resolves a body’s variants to one key: a spelled-out acronym, a county’s short form', () => {
    const acronym = eventsOf('Buckinghamshire County Council (BCC) was criticised by parents. BCC was rated inadequate by Ofsted after an inspection in May 2024, and BCC said it would appeal.');
    expect(new Set(acronym.map((e) => e.subject.key))).toEqual(new Set(['buckinghamshire']));
    const a = extractArticle('Bucks County Council was rated inadequate by Ofsted after an inspection in May 2024. Bucks County Council will appeal.', { id: 'a' });
    const b = extractArticle('Ofsted rated Buckinghamshire County Council inadequate after an inspection in May 2024. Buckinghamshire County Council apologised.', { id: 'b' });
    expect(mergeRecords([a, b]).events.map((e) => [e.date, e.sources.map((x) => x.article)])).toEqual([['2024-05', ['a', 'b']]]);
    const church = eventsOf('Ofsted inspected St Brigid’s Church of England Academy in May 2024. St Brigid’s Church of England Academy was rated good.');
    const short = eventsOf('Ofsted inspected St Brigid’s CofE Academy in May 2024. St Brigid’s CofE Academy was rated good.');
    expect(church[0]!.subject.key).toBe(short[0]!.subject.key);
    // an American district by its board, its schools, or a school named in passing
    const board = eventsOf('KELBY FALLS — The Kelby Valley Board of Education voted 4-1 on September 9, 2024 to place Superintendent Tom Reed on paid administrative leave. '
      + 'Ann Lee, a former principal of Kelby Valley High School, will serve as acting superintendent.');
    const schools = eventsOf('The superintendent of Kelby Valley Schools was placed on paid leave on September 9, 2024. “We deserve answers,” said a parent at Kelby Valley Middle School.');
    expect([...new Set([...board, ...schools].map((e) => [e.subject.name, e.subject.key].join(' = ')))]).toEqual(['Kelby Valley Board of Education = kelby valley', 'Kelby Valley Schools = kelby valley']);
  });

  it('tells a body’s school, ward or home closing as a closure, dated like any event', () => {
    const ward = eventsOf('A ward at Kelbrook General Hospital was closed to admissions on 3 June 2024 after inspectors raised concerns about staffing.');
    expect(brief(ward).filter(([type]) => type === 'closure')).toEqual([['closure', '2024-06-03', 'stated']]);
    const home = eventsOf('Marlow Court care home in Westshire will shut its doors on 30 September 2024, its owner Tyndale Care Ltd said.');
    expect(brief(home).filter(([type]) => type === 'closure')).toEqual([['closure', '2024-09-30', 'stated']]);
    const lead = eventsOf('Ashgrove Primary School has been closed to pupils after its headteacher was suspended by Tanfield Learning Trust.', '2024-03-12');
    expect(brief(lead)).toContainEqual(['closure', '2024-03-12', 'publication']);
  });

  it('dates a post taken up by the day it takes effect, and a stand-in by the day held since', () => {
    const effective = eventsOf('Tanfield Health Board was placed in special measures last week. Dr Ruth Okoro has been appointed interim chair of the health board with effect from 4 March 2024.', '2024-02-27');
    expect(brief(effective).filter(([type]) => type === 'appointment')).toEqual([['appointment', '2024-03-04', 'stated']]);
    const acting = eventsOf('The headteacher of Marsh Lane Primary School resigned in April 2024, Tanfield Learning Trust said. Tom Avery has been acting headteacher since 11 March 2024.');
    expect(brief(acting).filter(([type]) => type === 'appointment')).toEqual([['appointment', '2024-03-11', 'stated']]);
  });

  // each: why, the body, its publication day, the appointments it reports
  it.each<[string, string, string | undefined, Array<Array<string | null>>]>([
    ['a stand-in named to serve from a weekday', 'Pellham Police Department Chief Ray Cole resigned on Thursday. The mayor said Deputy Chief Nina Ross would serve as interim chief effective Monday.', '2023-09-14',
      [['appointment', '2023-09-18', 'stated']]],
    ['a stand-in confirmed in a post, news of the day', 'Pellham Fire Authority has confirmed Ben Ure as Acting Chief Fire Officer after its chief fire officer was suspended on 5 June 2023.', '2023-06-09',
      [['appointment', '2023-06-09', 'publication']]],
    ['a post taken up', 'Orchard Vale Primary School has had a difficult year. A new headteacher, Amy Pike, took up post on 4 January 2024.', undefined,
      [['appointment', '2024-01-04', 'stated']]],
    ['someone who will become an office-holder', 'Kelby’s Police and Crime Commissioner has today confirmed that Deputy Chief Constable Ann Lee will become Temporary Chief Constable of Kelby Police when the chief constable retires.', '2023-06-14',
      [['appointment', '2023-06-14', 'stated']]],
    ['someone sworn in, and the findings of an inspection still awaited', 'Tom Reed has today been formally sworn in as Kelby Police’s new chief constable. '
      + 'He said he was awaiting the findings of the HMICFRS PEEL inspection carried out in November last year.', '2024-04-02',
      [['appointment', '2024-04-02', 'stated']]],
    ['someone who steps up to a post', 'Ann Lee, Kelby Council’s assistant director, will step up as interim director from 1 September 2025.', '2025-07-03',
      [['appointment', '2025-09-01', 'stated']]],
    ['someone named to a post', 'Ann Ruiz was named acting superintendent of the Westvale School District on 16 September 2024.', undefined,
      [['appointment', '2024-09-16', 'stated']]],
    ['a date after what the appointment follows is that event’s', 'Kelby Fire Authority has appointed Jo Hart as interim chief fire officer. The appointment follows publication on Tuesday of a damning review of the service.', '2024-03-07',
      [['appointment', '2024-03-07', 'publication']]],
    ['the end of a term is not the day it began', 'Cllr Amy Hale was elected leader of Westshire Council by 24 votes to 20 on 3 May 2024. She will serve as leader until the council elections in May 2027.', '2024-05-05',
      [['appointment', '2024-05-03', 'stated']]],
    ['the post and who takes it stand between the appointment and its day', 'The board of Pellham Hospitals NHS Trust has approved the appointment of Dr Lee Ash, currently its medical director, as interim chief executive from 1 April 2024, after the chief executive retired.', undefined,
      [['appointment', '2024-04-01', 'stated']]],
    ['… with a bracketed aside, and a university named after its board', 'The Board of the University of Pellham has appointed Professor Raj Patel, currently Deputy Vice-Chancellor (Research), as Interim Vice-Chancellor from 2 May 2022.', '2022-04-28',
      [['appointment', '2022-05-02', 'stated']]],
    // (an appointment of its own, dated by the day the holder left)
    ['a stand-in to exercise a post’s functions, someone else’s departure beside it', 'Pellham Police confirmed on 2 May 2023 that Chief Constable Ray Cole had been suspended. Deputy Chief Constable Nina Ross will exercise the functions of the chief constable as temporary chief constable.', '2023-05-03',
      [['appointment', '2023-05-02', 'context']]],
    ['a stand-in in command, news of the day', 'Pellham Police’s chief constable was suspended on 2 May 2023. Her deputy, Nina Ross, has taken temporary command of the force.', '2023-05-03',
      [['appointment', '2023-05-03', 'publication']]],
    ['a stand-in with immediate effect, on the day the holder left, not the post someone else took years before', 'Ray Cole became Pellham Police’s chief constable in January 2019. He was suspended on 2 May 2023. Deputy Chief Constable Nina Ross will lead the force as temporary chief constable with immediate effect.', '2023-05-03',
      [['appointment', '2019-01', 'stated'], ['appointment', '2023-05-02', 'context']]],
  ])('finds a stand-in named to a post, or a post taken up, dated by the day it is taken up: %s', (_, body, publishedAt, expected) => {
    expect(brief(eventsOf(body, publishedAt)).filter(([type]) => type === 'appointment')).toEqual(expected);
  });

  it('takes a fire and rescue service named in the lead as the subject, one body with the authority that governs it', () => {
    const service = eventsOf('Kelmoor Fire and Rescue Service has been told to change its culture after inspectors rated it inadequate.\n\nKelmoor’s inspectors, the Inspectorate of Constabulary and Fire & Rescue Services, published its report on the service today, after an inspection in September 2024. Councillor Ann Hale, who chairs Kelmoor Combined Fire Authority, said members would meet on 27 February 2025.', '2025-02-12');
    expect(new Set(service.map((e) => e.subject.name))).toEqual(new Set(['Kelmoor Fire and Rescue Service']));
    const authority = eventsOf('Kelmoor Combined Fire Authority has appointed an interim chief fire officer after a critical report.\n\nMembers approved the appointment at an extraordinary meeting of the authority on 27 February 2025.');
    expect(authority.map((e) => e.subject.key)).toContain(service[0]!.subject.key);
  });

  it('takes ‘the council’ of a place’s article grades as that place’s council, over a care home graded in an aside', () => {
    const found = eventsOf('Tarnford’s adult social care services need to improve, the watchdog has said.\n\nThe Care Quality Commission published its assessment of the city council’s care services on 31 January 2025. The council was rated as requires improvement. Inspectors spent four days in Tarnford, where families in Tarnford waited months for help.\n\nThe CQC rated Alder Lodge, a home in the town, inadequate in May 2023.');
    const report = found.find((e) => e.type === 'report-published');
    expect([report?.date.value, report?.subject.key]).toEqual(['2025-01-31', 'tarnford']);
  });

  it('tells a regulator’s fine on a body as an intervention; a court’s fine on a person is none', () => {
    const fine = eventsOf('The Office for Students has fined Kelby University £415,000 after finding it failed to manage courses run by partners.', '2025-04-08');
    expect(brief(fine)).toContainEqual(['intervention', '2025-04-08', 'publication']);
    const court = eventsOf('A Kelby councillor was fined £500 by magistrates on 3 May 2024 for failing to declare an interest.');
    expect(court.filter((e) => e.type === 'intervention')).toEqual([]);
  });

  it('reads a year before an inspection as its date, not as a count of inspections', () => {
    expect(brief(eventsOf('Kelby Academy was rated inadequate after its 2023 inspection, the trust said.')).filter(([type]) => type === 'inspection')).toEqual([['inspection', '2023', 'stated']]);
  });

  it('reads a press office’s ‘the City’ as the body it describes, never as a body’s name', () => {
    const found = eventsOf('HARLOW SPRINGS – Mayor Ann Lee announced today that Moody’s Investors Service has upgraded the City of Harlow Springs’s general obligation rating to Aa2 from A1.\n\nThe City is rated AA+ by S&P Global Ratings. Moody’s downgraded the City to A1 in March 2012.', '2023-08-17');
    expect(new Set(found.map((e) => e.subject.key))).toEqual(new Set([keyOf('Harlow Springs')]));
    expect(found.map((e) => e.subject.name)).not.toContain('City');
  });

  it('takes no year for the story from a full date that recalls an earlier grading', () => {
    const found = eventsOf('Ardmore House care home in Kelby was graded unsatisfactory by the Care Inspectorate. In January 2022 it had been graded good. A follow-up inspection on 28 November found little progress.');
    expect(found.filter((e) => e.trigger.text === 'follow-up inspection' && e.type === 'inspection').map((e) => e.date.value)).toEqual(['XXXX-11-28']);
  });

  it('dates a report past a passive agent whose name has commas and ands in it', () => {
    const found = eventsOf('Commissioners are to be sent into Kelby Borough Council.\n\nThe best value inspection report, published by the Ministry of Housing, Communities and Local Government on 27 March 2025, found a culture of denial.');
    expect(brief(found)).toContainEqual(['report-published', '2025-03-27', 'stated']);
  });

  it('takes the force, not the commissioner or panel that oversee it, and a college or a school district, not its board', () => {
    const force = eventsOf('Kelby Police’s chief constable is to retire, the Police and Crime Commissioner said on 9 August 2021.\n\nThe Police and Crime Panel met on 18 October 2021 and endorsed Rachel Moss as temporary chief constable of Kelby Police.');
    expect(new Set(force.map((e) => e.subject.name))).toEqual(new Set(['Kelby Police']));
    const college = eventsOf('The Board of Governors of Harlow & District College is pleased to announce that Dr Ann Lee will become principal. The appointment was approved at a meeting of the full board on 27 April 2023.');
    expect(new Set(college.map((e) => e.subject.name))).toEqual(new Set(['Harlow & District College']));
    const trust = eventsOf('A statement from the trustees\n\nThe Board of Trustees of Kelby Academies Trust today suspended its chief executive, Dr Tom Reed, while auditors look into its accounts. The trust runs 12 academies.', '2024-03-04');
    expect(trust.map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['departure', '2024-03-04', 'Kelby Academies Trust']]);
    const district = eventsOf('At a special meeting on 16 September 2024, the Kelby Ridge School District Board of School Directors voted to place the superintendent on leave. Parents at Kelby Ridge Middle School were told by letter. The Kelby Ridge School District said an interim superintendent would be named.');
    expect(district.map((e) => [e.type, e.subject.name])).toEqual([['meeting', 'Kelby Ridge School District']]);
  });

  it('takes the force a police watchdog investigates, not the watchdog, and runs no name across an office it blanks', () => {
    const found = eventsOf('Kelby Police and Crime Commissioner Ann Lee has today suspended Chief Constable Tom Hart from duty. On Friday the Commissioner referred allegations to the Independent Office for Police Conduct (IOPC). Yesterday the IOPC said it would investigate. The IOPC has served a gross misconduct notice, and the IOPC will report in the spring.', '2022-03-04');
    expect(found.map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['departure', '2022-03-04', 'Kelby']]);
  });

  it('takes a panel’s confirmation hearing for its meeting', () => {
    const found = eventsOf('Panel members yesterday questioned Nina Ross at a confirmation hearing at County Hall before backing her as temporary chief constable of Pellham Police.', '2023-05-19');
    expect(brief(found)).toEqual([['meeting', '2023-05-18', 'stated']]);
  });

  it('names a body without the action a headline says was done to it', () => {
    const found = eventsOf('Written Statement: Escalation of Kelby University Health Board to special measures\n\nToday I am announcing that Kelby University Health Board is to be escalated to special measures under the Oversight and Escalation Framework. Audit Wales will support the board.\n\nI have appointed Dr Sam Reid as interim chair with immediate effect.', '2024-02-27');
    expect(found.map((e) => [e.type, e.subject.name])).toEqual([['intervention', 'Kelby University Health Board'], ['appointment', 'Kelby University Health Board']]);
  });

  it('names a place of two words without the post and person run into it (‘Port Kelby Mayor Ann Lee’)', () => {
    const body = 'Port Kelby Mayor Ann Lee indicted on bribery charges\nPort Kelby Mayor Ann Lee surrendered to FBI agents this morning after a federal '
      + 'grand jury indicted her on charges that she took cash from a developer seeking city approvals.\n\nCity Council President Tom Reed said the '
      + 'council would meet Tuesday to discuss the path forward for the city.';
    expect(eventsOf(body, '2025-10-09').map((e) => [e.type, e.subject.name, e.subject.key])).toEqual([['legal', 'Port Kelby', 'port kelby'], ['meeting', 'Port Kelby', 'port kelby']]);
  });

  it('takes a city for what its mayor’s court case happened to, not the state that locates it, and a refusal to resign for none', () => {
    const arraigned = eventsOf('KELBYTON, Ohio (AP) — The mayor of the northeast Ohio city of Kelbyton said Wednesday he will not resign. Mayor Dan Kerr, 61, was arraigned Tuesday in federal court. Kelbyton\'s city council will discuss the case. Ohio law lets the attorney general act.', '2022-10-19');
    expect(arraigned.map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['legal', '2022-10-18', 'Kelbyton']]);
    const indicted = eventsOf('A federal grand jury returned a 10-count indictment on October 13, 2022, charging Kelbyton Mayor Dan Kerr with bribery. Kelbyton\'s city council met later.');
    expect(indicted.map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['legal', '2022-10-13', 'Kelbyton']]);
    // (the official is who was threatened, not who is in court)
    expect(brief(eventsOf('A Kelbyton man pleaded guilty on Monday to threatening Mayor Dan Kerr of Kelbyton. Kelbyton\'s city council said it was relieved.', '2022-10-19'))).toEqual([]);
    const standing = eventsOf('Kerr, first elected in 2016, had not resigned as of Thursday, and Kelbyton\'s city council has not suspended him.', '2022-10-21');
    expect(standing.filter((e) => e.type === 'departure')).toEqual([]);
  });

  it('keeps apart two inspections of one sentence weeks apart, and dates a regulator’s notice named again when it was issued', () => {
    const found = eventsOf('The Care Quality Commission carried out an unannounced inspection of Kelby Ambulance Service NHS Trust between 23 and 25 January, followed by a well-led inspection on 20 and 21 February. Afterwards the regulator served the trust with a warning notice. The notice was issued on 9 February, according to board papers.', '2024-04-24');
    expect(brief(found)).toEqual([['inspection', '2024-01-23', 'stated'], ['inspection', '2024-02-20', 'stated'], ['intervention', '2024-02-09', 'stated']]);
  });

  it('takes the body in the dock for a court’s step, not a river, nor a club named after it with its spokesman run in', () => {
    const found = eventsOf('A water company has been fined after sewage killed fish in the River Kelt. Pellbrook Water Services Ltd was sentenced at Kelby Crown Court on 14 June 2024 after admitting two offences. The court heard that Pellbrook had switched off alarms, and that Pellbrook staff ignored warnings for weeks. The River Kelt is popular with anglers, said Ann Lee of the Kelt Valley Angling Association. In 2023 the River Kelt lost its bathing status, and a Pellbrook spokesman apologised.', '2024-06-15');
    expect(found.map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['legal', '2024-06-14', 'Pellbrook Water Services Ltd']]);
  });

  it('dates no step by a date in an aside about the speaker, nor by the year a rank among bodies counts from', () => {
    expect(brief(eventsOf('Mr Reed, a Conservative who was re-elected in May, said the suspension of Kelby Police’s chief constable was a neutral act.', '2024-10-20'))).toEqual([]);
    expect(brief(eventsOf('The Local Government Association said Kelby Borough Council was the ninth English council to issue a section 114 notice since 2018.', '2024-10-20'))).toEqual([]);
  });

  it('takes a verdict with its defendant named for a court’s step, of the county the defendant’s post names', () => {
    const found = eventsOf('A federal jury in Louisville on Thursday found Kelby County Commissioner Ann Lee guilty of steering road money to her family’s firm. Jurors deliberated for five hours before convicting Lee, 61, of four counts of wire fraud.', '2024-02-16');
    expect(found.map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['legal', '2024-02-15', 'Kelby County']]);
  });

  it('takes a council’s planning meeting for the council’s, not the applicant’s nor the site’s', () => {
    const found = eventsOf('Kelby Council\nRopery Quay: planning committee refuses application\nKelby Council’s planning committee has refused planning permission for the redevelopment of Ropery Quay, Mill Road.\nThe application, submitted by Pellbrook Living Ltd in November 2022, proposed a building of 31 storeys with 412 homes.\nAt its meeting on Tuesday 7 November, the committee resolved to refuse the application. The applicant may appeal.', '2023-11-08');
    expect(found.map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['meeting', '2023-11-07', 'Kelby Council']]);
  });

  it('dates no event by a press release’s dateline', () => {
    const found = eventsOf('KELBY, Texas (March 5, 2025) – The Kelby City Council has appointed Assistant City Manager Ana Ruiz as interim city manager.\nBoth actions were taken at a special meeting of the City Council on March 4. The council voted 5-2 to end the city manager’s contract.', '2025-03-05');
    expect(found.map((e) => e.date.value)).not.toContain('2025-03-05');
  });

  it('takes what was announced for the event, past an abbreviated month’s full stop', () => {
    const found = eventsOf('Kelby City Council voted on Tuesday to appoint Deputy Chief Ana Ruiz as the police department’s interim chief. Ruiz will take over Sept. 1 from Chief Dan Marr, who announced Aug. 9 that he would retire at the end of the month.', '2024-08-28');
    expect(brief(found).map(([type]) => type)).toEqual(['meeting', 'appointment', 'departure']);
  });

  it('takes a fine in a story of a court case for the court’s sentence, not a regulator’s penalty', () => {
    const found = eventsOf('A hospital trust has been fined £400,000 after a patient fell from a window. Kelby Hospitals NHS Foundation Trust was sentenced at Lowford Crown Court on 14 March 2024 after pleading guilty. The Health and Safety Executive brought the prosecution.', '2024-03-15');
    expect(brief(found)).toEqual([['legal', '2024-03-14', 'stated']]);
  });

  it('keys a housing association by its place, whether it is called homes, a housing association or a group', () => {
    const keys = ['Kelby Homes', 'Kelby Housing Association', 'Kelby Homes Group'].map((name) => eventsOf(`The Regulator of Social Housing downgraded ${name} to G2 for governance on 25 September 2024.`).map((e) => e.subject.key));
    expect(keys).toEqual([['kelby'], ['kelby'], ['kelby']]);
  });

  it('takes someone placed on leave for a departure, not staff sent on holiday', () => {
    expect(brief(eventsOf('Executive Director Ron Pitt was placed on paid administrative leave on 14 October 2024 by the Kelby Housing Authority board.'))).toEqual([['departure', '2024-10-14', 'stated']]);
    expect(brief(eventsOf('The Kelby School District board voted on 14 October 2024 to place Superintendent Sam Marr on paid leave.')).map(([type]) => type)).toContain('departure');
    expect(brief(eventsOf('Staff at Kelby Council were put on leave over the summer holidays on 3 August 2024.'))).toEqual([]);
  });

  it('names a body without the apostrophe of its possessive after an s', () => {
    const found = eventsOf('Fitch on 3 March 2025 upgraded the City of Kelby Springs\' general obligation bonds to AA from AA-. The City of Kelby Springs\' reserves have grown, and the City of Kelby Springs\' mayor welcomed the news.');
    expect(found.map((e) => [e.type, e.subject.name, e.subject.key])).toEqual([['rating-action', 'City of Kelby Springs', 'kelby springs']]);
  });

  it('names a body without the owner written before it, but keeps a saint’s possessive', () => {
    const owned = eventsOf('Ofsted has rated Kelby MBC’s Oak Lodge children’s home inadequate.\n\nIn the full report, published on 3 November 2021, inspectors said Kelby MBC’s Oak Lodge had failed children. It was previously rated good, in 2019.');
    expect(new Set(owned.map((e) => e.subject.name))).toEqual(new Set(['Oak Lodge']));
    const saint = eventsOf('St Aldwyn’s Hospital in Kelby was rated good by the CQC in May 2023.');
    expect(saint.map((e) => e.subject.name)).toEqual(['St Aldwyn’s Hospital']);
  });

  it('takes a regulator’s step on a council’s children’s home as the home’s, not the council’s it is sent to', () => {
    const found = eventsOf('Ofsted has rated Oak Lodge children’s home in Kelby inadequate.\n\nOfsted issued a restriction of accommodation notice to Kelby Metropolitan Borough Council on 21 October 2021, which means no new children can be placed at Oak Lodge. Oak Lodge was inspected on 19 October 2021.');
    expect(found.filter((e) => e.type === 'intervention').map((e) => e.subject.name)).toEqual(['Oak Lodge']);
  });

  it('takes the council whose committee met as the meeting’s subject, even when it acts and is named with a possessive', () => {
    const found = eventsOf('Plans for 420 homes near Little Brayford have been approved. Eastmarsh District Council’s planning committee voted by seven to five on 11 March 2025 to grant permission. Little Brayford Parish Council objected. Little Brayford Parish Council said residents were angry.');
    expect(found.filter((e) => e.type === 'meeting').map((e) => e.subject.name)).toEqual(['Eastmarsh District Council']);
  });

  it('keys two sites named as one by the first, as its own name alone is keyed', () => {
    expect(keyOf('Kelby General and St Aldwyn’s Hospital')).toBe(keyOf('Kelby General Hospital'));
    expect(keyOf('Kelby and Ashby Hospitals NHS Foundation Trust')).toBe(keyOf('Kelby General Hospital'));
  });

  it('takes no post for a body, nor the council whose officers inspected for the place they inspected', () => {
    const post = eventsOf('Professor Alan Reed informed the Board of Governors at its meeting on 4 June 2024 of his decision to step down as Vice-Chancellor of Kelby University. The Vice-Chancellor of Kelby University had led it since 2016. The Vice-Chancellor said he was proud.');
    expect(post.map((e) => e.subject.name)).toEqual(['Kelby University']);
    const staff = eventsOf('Kelby Palace, a takeaway, was given a food hygiene rating of zero. The court heard that officers from Westshire Borough Council visited Kelby Palace on 23 January 2024 and found mice. Kelby Palace was rated zero.');
    expect(staff.filter((e) => e.type === 'inspection').map((e) => e.subject.name)).toEqual(['Kelby Palace']);
  });

  it('reads a decision to step down, and someone who stood down, as departures; not a call on someone to resign, nor a search stood down', () => {
    const decided = eventsOf('The principal of Kelby College, Dr Ann Rhys, told governors of her decision to step down on 12 May 2025.');
    expect(typeDate(decided)).toContainEqual(['departure', '2025-05-12']);
    expect(typeDate(eventsOf('The leader of Westshire Council, Cllr Tom Hale, stood down on 3 June 2024.'))).toEqual([['departure', '2024-06-03']]);
    expect(eventsOf('On 3 June 2024 opposition members of Westshire Council called on its leader, Cllr Tom Hale, to resign.').filter((e) => e.type === 'departure')).toEqual([]);
    expect(eventsOf('Kelby Police stood down the search on 3 June 2024.').filter((e) => e.type === 'departure')).toEqual([]);
  });

  it('reads someone who will step down, or who announced their departure, as leaving; not one who faces calls to step down', () => {
    const planned = eventsOf('Ann Lee, director of children’s services at Westshire Council, will step down at the end of April, the council confirmed on Tuesday.', '2025-03-06');
    expect(planned.filter((e) => e.type === 'departure').map((e) => e.date.value)).toEqual(['2025-04']);
    const announced = eventsOf('The leader of Westshire Council, Cllr Tom Hale, announced his retirement on 3 June 2024.');
    expect(typeDate(announced)).toEqual([['departure', '2024-06-03']]);
    expect(eventsOf('On 3 June 2024 the leader of Westshire Council, Cllr Tom Hale, faced calls to step down.').filter((e) => e.type === 'departure')).toEqual([]);
    expect(eventsOf('On 3 June 2024 opposition members urged the leader of Westshire Council, Cllr Tom Hale, to step down.').filter((e) => e.type === 'departure')).toEqual([]);
  });

  it('dates a stand-in named undated beside a departure by the day the holder left; not one its sentence dates otherwise', () => {
    const suspended = eventsOf('Kelby College suspended its principal, Dr Tom Reed, on 2 June 2025. Deputy principal Ann Lee will act as principal in the meantime.');
    expect(suspended.map((e) => [e.type, e.date.value, e.rule])).toContainEqual(['appointment', '2025-06-02', 'stands-in']);
    const now = eventsOf('The chair of Kelby Hospitals NHS Foundation Trust, Tom Reed, resigned on 25 January 2024. Non-executive director Ann Lee is now the trust’s interim chair.');
    expect(now.filter((e) => e.type === 'appointment').map((e) => e.date.value)).toEqual(['2024-01-25']);
    // (and one 'with immediate effect' told the day after the holder left)
    const immediate = eventsOf('Kelby Health Board suspended its chief executive, Tom Reed, on Thursday. Ann Lee will act as interim chief executive with immediate effect.', '2025-01-17');
    expect(immediate.filter((e) => e.type === 'appointment').map((e) => [e.date.value, e.rule])).toEqual([['2025-01-16', 'stands-in']]);
    const earlier = eventsOf('Ann Lee joined Kelby Academy as acting headteacher earlier this month, after Tom Reed handed in his notice to leave in June 2024.');
    expect(earlier.filter((e) => e.type === 'appointment').map((e) => e.date.value)).not.toContain('2024-06');
    // (nor one whose holder leaves in a month, not on a day: the stand-in may take over the next)
    const month = eventsOf('Kelby Fire and Rescue Service’s chief fire officer, Tom Reed, will retire at the end of June 2024. Deputy chief Ann Lee will act as interim chief fire officer.');
    expect(month.filter((e) => e.type === 'appointment').map((e) => [e.date.value, e.rule])).toEqual([[null, 'official-named']]);
  });

  it('gives a grade of ‘the council’s’ services, in a story about a home it funds, to the council the article names', () => {
    const body = 'Kelby House, a care home in Pellham, has been rated inadequate by the Care Quality Commission. Westshire County Council, which funds places at the home, said it was working with the provider. '
      + 'The council’s adult social care department was itself rated requires improvement in a CQC assessment published on 6 June 2024.';
    const events = eventsOf(body, '2024-06-12');
    expect(events.find((e) => e.date.value === '2024-06-06')?.subject.name).toBe('Westshire County Council adult social care');
  });

  it('reads an announcement that someone will leave on a day to come, in one sentence, as one departure on that day', () => {
    const events = eventsOf('Chief Constable Ann Lee has today announced that she will retire from Kelby Police on 30 June 2024, after 31 years of service.', '2024-04-02');
    expect(events.filter((e) => e.type === 'departure').map((e) => e.date.value)).toEqual(['2024-06-30']);
  });

  it('reads a government placing a health board in special measures as an intervention; Ofsted’s special measures stay a grade', () => {
    const board = eventsOf('Kelby University Health Board was placed in special measures by the Welsh Government on 14 May 2024.');
    expect(typeDate(board)).toEqual([['intervention', '2024-05-14']]);
    const school = eventsOf('Kelby Academy was placed in special measures by Ofsted after an inspection on 5 March 2024.');
    expect(school.map((e) => e.type)).not.toContain('intervention');
  });

  it('reads a health board put in targeted intervention, a government stepping in, or an urgent notification the lead tells, as one intervention its telling dates', () => {
    // [article, publication day, the events it tells]
    const cases: Array<[string, string, string[][]]> = [
      ['Kelby and Pellham University Health Board has been placed under targeted intervention, the health secretary has announced. '
        + 'In a written statement on Tuesday, the health secretary said progress had been too slow.', '2025-02-05', [['intervention', '2025-02-04']]],
      // (however long the board's name between the announcement's day and its news)
      ['The health secretary today announced that Kelby and Pellham University Health Board will be escalated from enhanced monitoring '
        + 'to targeted intervention.', '2025-02-04', [['intervention', '2025-02-04']]],
      ['The chair of Kelby University Health Board has warned of cuts after the Welsh Government stepped in on Tuesday.', '2025-02-06', [['intervention', '2025-02-04']]],
      ['The chair of Kelby University Health Board thanked a neighbour who stepped in on Tuesday to help a patient.', '2025-02-06', []],
      // (what was done as the lead's news was told is that news: 'has warned, as he invoked the urgent notification process')
      ['Prisoners at HMP Kelby are living with shocking levels of violence, the chief inspector of prisons has warned, as he invoked the urgent '
        + 'notification process.\n\nThe chief inspector wrote to the justice secretary today after inspectors found the prison unsafe.', '2025-04-24',
      [['intervention', '2025-04-24']]],
    ];
    for (const [body, publishedAt, expected] of cases) expect(typeDate(eventsOf(body, publishedAt)), body).toEqual(expected);
  });

  it('reads someone who will leave at a time to come as leaving, one departure with the announcement of it just before', () => {
    const leaving = eventsOf('Kelby Council confirmed that Tom Reed, its director of housing, will leave at the end of December 2024 by mutual agreement.');
    expect(typeDate(leaving)).toEqual([['departure', '2024-12']]);
    const told = eventsOf('Kelby Water announces today that Tom Reed has informed the board of his intention to step down as chief executive. He will leave the company on 30 June 2025.', '2025-04-10');
    expect(typeDate(told)).toEqual([['departure', '2025-06-30']]);
    expect(eventsOf('Patients at Kelby Hospital will leave on 3 June 2024 when the ward closes.').filter((e) => e.type === 'departure')).toEqual([]);
    // (the day is the leaving's, and the body left is not the one joined)
    const onward = eventsOf('Kelby Council’s director of adult social services is to leave the council. Ann Lee, who joined Kelby Council in 2021 from a deputy director role, '
      + 'will leave on 29 August to become director of adult social services at Pellham Council.', '2025-07-07');
    expect(onward.filter((e) => e.date.value === '2025-08-29').map((e) => [e.type, e.subject.name])).toEqual([['departure', 'Kelby Council']]);
  });

  it('takes no subject from a letter’s closing word, and no date for an event from the day someone spoke of it', () => {
    const letter = eventsOf('Last week, Moody’s lowered the district’s credit rating from Aa2 to A1. I want to explain what this means.\n\n'
      + 'A credit rating is an opinion about how easily the district can repay what it borrows.\n\nSincerely,\nAnn Lee\nSuperintendent', '2024-08-15');
    expect(letter.map((e) => e.subject.name)).toEqual(['unknown']);
    const spoke = eventsOf('Kelby City School District’s credit rating was lowered on Thursday by Moody’s. Superintendent Ann Lee said in a statement '
      + 'Friday that the downgrade was disappointing.', '2024-08-10');
    expect(typeDate(spoke)).toEqual([['rating-action', '2024-08-08']]);
  });

  it('reads a departure the lead tells as news, or an announcement of it, as the leaving the article dates to come; not an earlier announcement it recalls', () => {
    const resigned = eventsOf('The chair of Kelby Hospitals NHS Trust has resigned, a day after inspectors rated the trust inadequate. Ann Lee told the board '
      + 'yesterday that she would stand down at the end of May. She has chaired the trust since 2018.', '2025-04-12');
    expect(typeDate(resigned)).toEqual([['departure', '2025-05']]);
    const announced = eventsOf('Ann Lee, chair of Kelby Hospitals NHS Trust, has today announced her intention to step down from the role at the end of May 2025. '
      + 'The trust board will meet on 24 April.', '2025-04-11');
    expect(typeDate(announced)).toEqual([['departure', '2025-05'], ['meeting', '2025-04-24']]);
    const recalled = eventsOf('Kelby Hospitals NHS Trust has published its annual report. As announced on 26 September 2024, Dr Ann Lee will retire on 31 March 2025.', '2024-10-03');
    expect(typeDate(recalled).filter(([type]) => type !== 'report-published')).toEqual([['announcement', '2024-09-26'], ['departure', '2025-03-31']]);
  });

  it('reads a home’s registration suspended as a regulator’s step, once, on the day the article gives it', () => {
    const body = 'Ofsted has suspended the registration of a children’s home in Kelby after an unannounced inspection. '
      + 'The regulator issued a notice of suspension on 12 January, and its report on Pellham House came out on 6 February.';
    const events = eventsOf(body, '2024-02-07');
    expect(typeDate(events.filter((e) => e.type === 'intervention' || e.type === 'departure'))).toEqual([['intervention', '2024-01-12']]);
    // (and restricted with conditions, told as news five weeks after the day it was done)
    const conditions = eventsOf('Kelby House nursing home has had conditions placed on its registration after HIQA found fire risks. '
      + 'The regulator varied its conditions of registration on 18 April, stopping admissions.', '2023-05-25');
    expect(typeDate(conditions.filter((e) => e.type === 'intervention'))).toEqual([['intervention', '2023-04-18']]);
  });

  it('dates an inspection past where it was: a visit to a unit’s wards, an inspection at a unit named with its hospital', () => {
    const visit = eventsOf('Wards at Kelby General Hospital have been rated inadequate by the Care Quality Commission. Inspectors made an unannounced visit '
      + 'to the Pellham Unit’s four adult wards and its psychiatric intensive care unit over three days in April.', '2024-06-20');
    expect(visit.filter((e) => e.type === 'inspection').map((e) => e.date.value)).toEqual(['2024-04']);
    const at = eventsOf('The Care Quality Commission has today published its report following an unannounced inspection of acute wards at the Pellham Unit, '
      + 'Kelby General Hospital, on 9 to 11 April 2024.', '2024-06-20');
    expect(at.filter((e) => e.type === 'inspection').map((e) => e.date.value)).toEqual(['2024-04-09']);
  });

  it('takes an NHS trust’s own statement on its hospital’s report for the trust’s news', () => {
    const body = 'Kelby Partnership NHS Foundation Trust responds to CQC report\n\nThe Care Quality Commission has today published its report following an '
      + 'inspection of acute wards at Kelby General Hospital. The trust’s overall rating of requires improvement is unchanged.';
    const record = extractArticle(body, { id: 't', metadata: { publishedAt: '2024-06-20', outlet: 'Kelby Partnership NHS Foundation Trust (press release)' } });
    expect(new Set(record.events.map((e) => e.subject.name))).toEqual(new Set(['Kelby Partnership NHS Foundation Trust']));
  });

  it('takes a council’s own statement for its news, not a body it names once after its first sentence', () => {
    const body = 'Statement following special council meeting\n\nAt a Special Meeting of Council held on Thursday 2 October 2025, Members agreed to suspend '
      + 'the Chief Executive. The suspension is a neutral act. An investigation will follow the Local Government Staff Commission’s procedures.\n\n'
      + 'Council has appointed Ann Lee as Interim Chief Executive with immediate effect.';
    const record = extractArticle(body, { id: 't', metadata: { publishedAt: '2025-10-03', outlet: 'Kelby and Pellham District Council (press release)' } });
    expect(new Set(record.events.map((e) => e.subject.name))).toEqual(new Set(['Kelby and Pellham District Council']));
    // (a London borough's page, by its style: one body with the council other outlets name)
    const borough = 'The council’s section 151 officer has today issued a report under section 114 of the Local Government Finance Act 1988. The council has also '
      + 'written to the Department for Levelling Up, Housing and Communities to request support. Cllr Ann Lee, Leader of the London Borough of Kelby, said it was a difficult day.';
    const page = extractArticle(borough, { id: 't', metadata: { publishedAt: '2023-11-21', outlet: 'London Borough of Kelby (press release)' } });
    expect(new Set(page.events.map((e) => [e.subject.name, e.subject.key].join(' = ')))).toEqual(new Set(['London Borough of Kelby = kelby']));
    expect(keyOf('Royal Borough of Kelby')).toBe(keyOf('Kelby Council'));
  });

  it('takes the words after ‘the city of’ for a place’s name, though each is a common word', () => {
    const body = 'Fitch Ratings lifted the city of Iron Bridge’s long-term issuer rating to AA on 14 May 2024, ahead of a bond sale. '
      + 'The agency cited the city’s growing tax base.';
    expect(eventsOf(body, '2024-05-15').map((e) => [e.type, e.subject.name])).toEqual([['rating-action', 'Iron Bridge']]);
  });

  it('reads inspectors’ review as their inspection, and an office-holder’s departure named as such of the body left, not the one a successor joined from', () => {
    const body = 'Kelby Ambulance Service NHS Trust was given a requires improvement rating by the Care Quality Commission on Wednesday. Inspectors looked at its control rooms '
      + 'and carried out a review of leadership between 27 and 29 January. Dr Ann Lee started as interim chief executive on 2 March. She joined from '
      + 'Pellham Hospitals NHS Foundation Trust following the departure of chief executive Tom Reed in January.';
    const found = eventsOf(body, '2026-03-18').filter((e) => e.type !== 'report-published');
    expect(found.map((e) => [e.type, e.date.value, e.subject.name])).toContainEqual(['inspection', '2026-01-27', 'Kelby Ambulance Service NHS Trust']);
    expect(found.map((e) => [e.type, e.date.value, e.subject.name])).toContainEqual(['departure', '2026-01', 'Kelby Ambulance Service NHS Trust']);
    expect(found.map((e) => e.type)).not.toContain('announcement');
  });

  it('takes an Irish inspectorate for what inspects, never what an event happened to', () => {
    const body = 'A Kelby TD has described a HIQA report on St Aidan’s University Hospital as shocking. He was speaking after the '
      + 'Health Information and Quality Authority published the findings of its February inspection yesterday.';
    const found = eventsOf(body, '2024-04-12');
    expect(found.map((e) => [e.type, e.date.value, e.subject.name])).toContainEqual(['inspection', '2024-02', 'St Aidan’s University Hospital']);
    expect(found.map((e) => e.subject.name)).not.toContain('Health Information and Quality Authority');
  });

  it('gives a month before an occasion to that occasion, and the date after its object to what tells it', () => {
    const found = eventsOf('Ofsted published the findings of its March inspection of Kelby Council’s children’s services on 14 May, rating them inadequate.', '2025-05-15');
    expect(typeDate(found)).toEqual([['report-published', '2025-05-14'], ['inspection', '2025-03']]);
  });

  it('reads a lead’s planned change of post as the change the article dates, not another announcement', () => {
    const body = 'The principal of Kelby College is to step down after the college was judged inadequate. Dr Ann Lee told staff this morning that she would leave at the end of March.';
    expect(typeDate(eventsOf(body, '2025-02-12'))).toEqual([['departure', '2025-03']]);
    // with no day of it told, the plan is the news of the day
    expect(typeDate(eventsOf('The principal of Kelby College is to step down after the college was judged inadequate.', '2025-02-12')))
      .toEqual([['announcement', '2025-02-12']]);
    // told as announced in its sentence, it is that departure's telling
    const announced = eventsOf('Kelby College has been rated inadequate by Ofsted, and its principal has announced that he will step down.', '2025-02-12');
    expect(typeDate(announced.filter((e) => e.type !== 'report-published' && e.type !== 'inspection'))).toEqual([['departure', '2025-02-12']]);
  });

  it('leaves out the leaving of a post held elsewhere now, and keeps the leaving of the body’s own post', () => {
    const elsewhere = 'Ann Lee has been appointed chair of Kelby Hospitals NHS Trust. She is currently vice-chair of a mental health trust in the north, a role she will leave at the end of August.';
    expect(eventsOf(elsewhere, '2024-08-02').map((e) => e.type)).toEqual(['appointment']);
    const own = 'Ann Lee is chief executive of Kelby Council, a role she will leave at the end of August.';
    expect(typeDate(eventsOf(own, '2024-08-02'))).toEqual([['departure', '2024-08']]);
  });

  it('takes a medical or health centre for the GP surgery it is', () => {
    const body = 'A GP surgery in Pellham has been placed in special measures after the Care Quality Commission rated it inadequate. '
      + 'Kelby Medical Centre, on Mill Road, was inspected in November. Inspectors said the practice had failed to act on test results.';
    expect(eventsOf(body, '2024-01-10').map((e) => e.subject.name)).toContain('Kelby Medical Centre');
  });

  it('reads a force moved into the “Engage” phase, in quote marks, as the inspectorate stepping in', () => {
    const found = eventsOf('Kelby Police was moved into the "Engage" phase by HM Inspectorate of Constabulary on Tuesday.', '2024-10-10');
    expect(typeDate(found)).toEqual([['intervention', '2024-10-08']]);
  });

  it('takes the Northern Ireland Audit Office for what reports, never what a report is on', () => {
    const body = 'Councillors in Kelby will meet to discuss a critical report from the Northern Ireland Audit Office. The report by the Local Government '
      + 'Auditor, published last Thursday, found the leisure centre had gone over budget. The Northern Ireland Audit Office said lessons must be learned.';
    expect(eventsOf(body, '2025-03-24').map((e) => e.subject.name)).not.toContain('Northern Ireland Audit Office');
  });

  it('reads the lead’s present perfect past a relative clause and a name: the news of the day', () => {
    const body = 'A Pellham school could be handed to a new trust. Kelby Park Academy was rated inadequate by Ofsted earlier this year. '
      + 'Now the Department for Education has sent Kelby Academies Trust, which runs the school, a termination warning notice.';
    expect(eventsOf(body, '2024-03-15').filter((e) => e.type === 'intervention').map((e) => [e.date.value, e.date.source])).toEqual([['2024-03-15', 'publication']]);
  });

  it('gives a notice sent to an academy’s trust to the academy the article grades, and its letter is no report', () => {
    const body = 'Kelby Park Academy was rated inadequate by Ofsted in January. Ann Lee, the regional director, issued Kelby Academies Trust with a '
      + 'termination warning notice in a letter dated March 12 and published on the government’s website on Wednesday.';
    expect(typeDateSubject(eventsOf(body, '2024-03-15'))).toEqual([['inspection', '2024-01', 'Kelby Park Academy'], ['intervention', '2024-03-12', 'Kelby Park Academy']]);
  });

  it('takes a dateline’s place in capitals, of two words, for the place whose official left, never a street', () => {
    const text = 'Pellington Vale police chief resigns\n\nPELLINGTON VALE, Mich. — Police Chief Tom Reed resigned Thursday, two days after the state attorney '
      + 'general’s office released a report on his department. Mayor Ann Lee announced the resignation at a news conference. The report '
      + 'followed an investigation that began after the death of a man during a traffic stop on Pellham Avenue.';
    const found = extractArticle(text, { id: 't', metadata: { publishedAt: '2025-06-13' } }).events;
    expect(found.map((e) => [e.type, e.date.value, e.subject.name])).toContainEqual(['departure', '2025-06-12', 'Pellington Vale']);
    expect(found.map((e) => e.subject.name)).not.toContain('Pellham Avenue');
  });

  it('reads an auditor’s statutory recommendation as a step on the council, and a qualified opinion on its accounts as its report', () => {
    const body = 'Kelby District Council has received a statutory recommendation from its external auditor. Pellham Audit LLP used its powers '
      + 'under section 24 to issue the recommendation on 4 February. In December the firm gave a qualified opinion on the council’s accounts.';
    expect(typeDateSubject(eventsOf(body, '2025-02-06'))).toEqual([['intervention', '2025-02-04', 'Kelby District Council'], ['report-published', '2024-12', 'Kelby District Council']]);
    // the council's answer to it is its meeting's step
    const answered = 'Kelby Borough Council has agreed a recovery plan. Kelby Borough Council last night accepted in full the statutory recommendations '
      + 'made by its external auditor, Pellham Audit LLP, at an extraordinary meeting.';
    expect(typeDateSubject(eventsOf(answered, '2024-10-25'))).toEqual([['meeting', '2024-10-24', 'Kelby Borough Council']]);
    // (one that only agrees with what it was told meets no one)
    expect(eventsOf('Ofsted rated Kelby Primary School good. Its chair, Ann Lee, said the board accepted the findings in full.', '2024-10-25').map((e) => e.type)).not.toContain('meeting');
  });

  it('dates nothing by a day it happened before', () => {
    const body = 'The CQC served Kelby Hospital with a warning notice before Christmas, and the trust’s chief executive resigned in January.';
    expect(eventsOf(body, '2025-02-06').map((e) => e.date.value)).toEqual([null, '2025-01']);
  });

  it('takes a name ending in care home or nursing home for a body, with no grade to say so, and a home named Court for no court', () => {
    const body = 'Care Inspectorate Wales cancelled the registration of Pellham Court Nursing Home in Kelby on Monday, October 7. The 30 residents of '
      + 'Pellham Court Nursing Home have moved to other homes in Kelby.';
    expect(typeDateSubject(eventsOf(body, '2024-10-09'))).toEqual([['intervention', '2024-10-07', 'Pellham Court Nursing Home']]);
  });

  it('takes a place written before its school board for one that governs itself', () => {
    expect(typeDateSubject(eventsOf('Kelby school board member Ann Lee resigned on Thursday.', '2025-02-14'))).toEqual([['departure', '2025-02-13', 'Kelby']]);
  });

  it('reads a section 114 notice its section 151 officer issued: a statute’s section is no count of notices', () => {
    const text = 'Kelby issues section 114 notice\n7 November 2024 | Council Finance Weekly\n\nKelby City Council’s section 151 officer issued a '
      + 'section 114 notice on Wednesday, warning of a gap in its budget. No new spending may now be agreed.';
    const found = extractArticle(text, { id: 't', metadata: { publishedAt: '2024-11-07' } }).events;
    expect(typeDateSubject(found)).toEqual([['intervention', '2024-11-06', 'Kelby City Council']]);
  });

  it('names the council, not its members, when its members vote', () => {
    const found = eventsOf('Members of Kelby County Council have tonight voted to suspend the local authority’s chief executive, Tom Reed.', '2025-09-08');
    expect(found.map((e) => e.subject.name)).toContain('Kelby County Council');
    expect(found.map((e) => e.subject.name)).not.toContain('Members of Kelby County Council');
  });

  it('dates a visit past a relative clause between it and its date, whatever words the clause holds', () => {
    const body = 'Inspectors visited Kelby Lodge, which is run by Pellham Care Ltd and looks after up to 46 older people, on 14, 15 and 16 January. '
      + 'The Care Inspectorate graded the home weak.';
    expect(typeDate(eventsOf(body, '2025-02-04'))).toContainEqual(['inspection', '2025-01-14']);
  });

  it('reads a food regulator’s closure order and its lifting, on the business the story names by its trading name', () => {
    const body = 'Kelby restaurant shut over mice\n\nA Kelby restaurant was shut for four days last month after inspectors found mice, the Food Safety Authority of Ireland said. '
      + 'Blue Lantern in Kelby Cross had been issued with a closure order on 3 September 2024. The order was lifted on 7 September 2024 after a deep clean. Kelby has 40 restaurants.';
    const events = eventsOf(body, '2024-10-10');
    expect(events.filter((e) => e.type !== 'closure').map((e) => [e.type, e.date.value, e.subject.name]))
      .toEqual([['intervention', '2024-09-03', 'Blue Lantern'], ['announcement', '2024-09-07', 'Blue Lantern']]);
  });

  it('reads the Latin letters of accented words in the trigger table’s letter classes', () => {
    expect(TRIGGERS.every((t) => !t.pattern.flags.includes('u'))).toBe(true);
    const found = eventsOf('Kelby Ambulance Service NHS Trust named an interim chief in February, following the departure of its Zürich-born chief executive in January.', '2025-03-10');
    expect(typeDate(found)).toContainEqual(['departure', '2025-01']);
  });

  it('dates the main clause by the date that opens its sentence, and a panel appointed by another body is no appointment', () => {
    const body = 'On May 29, a three-member special commission appointed by the state Supreme Court suspended Kelby Mayor Tom Reed from office.';
    expect(typeDate(eventsOf(body, '2024-06-05'))).toEqual([['departure', '2024-05-29']]);
    expect(typeDate(eventsOf('The board appointed Ann Lee as chair of Kelby Hospitals NHS Trust on Monday.', '2024-06-05')))
      .toEqual([['appointment', '2024-06-03']]);
  });

  it('dates no stand-in in post since another occasion by the departure beside it', () => {
    const body = 'Kelby Mayor Tom Reed denied the charges in court on Tuesday. He is accused of taking money from the city. His lawyer said he would fight them. '
      + 'On May 29, a special commission suspended Reed from office. Council President Ann Lee has been acting mayor since Reed’s arrest.';
    const found = eventsOf(body, '2024-06-05');
    expect(typeDate(found.filter((e) => e.type !== 'legal'))).toEqual([['departure', '2024-05-29'], ['appointment', null]]);
  });

  it('reads a best value notice as the government stepping in', () => {
    const found = eventsOf('Kelby District Council was issued with a best value notice by the government on 21 October 2025 after a review of its governance.', '2025-10-23');
    expect(brief(found)).toEqual([['intervention', '2025-10-21', 'stated']]);
  });

  it('reads findings still awaited as no report, and the inspection they are of as dated', () => {
    const found = eventsOf('Kelby Police’s chief constable said she was awaiting the findings of the HMICFRS PEEL inspection carried out in November last year.', '2024-04-02');
    expect(typeDate(found)).toEqual([['inspection', '2023-11']]);
  });

  it('takes a lead’s step for the one the article dates in the month before, a notice issued for no report, a body’s last inspection as recalled', () => {
    const notice = eventsOf('The Care Quality Commission has issued a warning notice to Kelby Community Healthcare NHS Trust. '
      + 'It served the warning notice, under section 29A of the Health and Social Care Act 2008, in March.', '2024-04-11');
    expect(brief(notice)).toEqual([['intervention', '2024-03', 'stated']]);
    const reflects = eventsOf('Kelby Community Healthcare NHS Trust has been rated requires improvement. The report also reflects the warning notice the CQC issued to us in March.', '2024-07-17');
    expect(reflects.filter((e) => e.type === 'report-published').map((e) => e.date.value)).toEqual(['2024-07-17']);
    expect(RECALLED.test('The service’s last full inspection, published in August 2023, graded it ‘good’')).toBe(true);
  });

  it('reads a commissioner the lead says has been appointed as the government’s direction the article dates that week', () => {
    const body = 'The government has appointed a commissioner to take charge of Kelby Council’s children’s services. '
      + 'The children’s minister issued a statutory direction to the council on Tuesday, naming Ann Lee as commissioner.';
    expect(brief(eventsOf(body, '2024-03-13'))).toEqual([['intervention', '2024-03-12', 'stated']]);
  });

  it('reads a registration cancelled when the provider or the purpose stands between the verb and the word', () => {
    const body = 'The Care Quality Commission has cancelled the registration of a Westshire care home operator. '
      + 'Kelby Care Ltd’s registration to provide personal care at Pellham House, Kelby, was cancelled on 27 September 2024.';
    expect(eventsOf(body, '2024-10-07').filter((e) => e.type === 'intervention').map((e) => e.date.value)).toEqual(['2024-09-27']);
    const owner = eventsOf('On 27 September 2024 the Care Quality Commission cancelled Kelby Care Ltd’s registration.', '2024-10-07');
    expect(typeDate(owner)).toEqual([['intervention', '2024-09-27']]);
  });

  it('reads a defendant’s surrender, a motions hearing set and an investigation requested as steps of a case', () => {
    const body = 'On May 7, 2025, Kelby County Sheriff Tom Reed surrendered to GBI agents at the county jail. '
      + 'On August 12, 2024, District Attorney Ann Lee requested that the GBI investigate the Kelby County jail fund. '
      + 'Judge Amy Hale set a motions hearing for July 14, 2025.';
    const events = eventsOf(body, '2025-05-20');
    expect(typeDate(events)).toEqual([['legal', '2025-05-07'], ['announcement', '2024-08-12'], ['legal', '2025-07-14']]);
    // (and an investigation told as opened, in the passive)
    const opened = eventsOf('An investigation into Kelby County Council’s planning department, which was opened in May 2023, is continuing.', '2024-08-16');
    expect(opened.map((e) => [e.type, e.date.value, e.trigger.text])).toEqual([['announcement', '2023-05', 'investigation into Kelby County Council’s planning department, which was opened']]);
    // (an investigation begun, told by what the investigator did or what was done to the one investigated)
    const begun = eventsOf('Westshire Police’s deputy chief constable has been off work since March 2024, when the police watchdog began investigating claims made against her.', '2024-06-01');
    expect(typeDate(begun)).toEqual([['announcement', '2024-03']]);
    const placed = eventsOf('Westshire Police said its deputy chief constable was placed under investigation in May 2024 after a complaint.', '2024-06-01');
    expect(typeDate(placed)).toEqual([['announcement', '2024-05']]);
  });

  it('reads a warning notice named again by its section as issued, on the day given, over the lead’s telling of it', () => {
    const body = 'The Care Quality Commission has served a warning notice on Kelby Community Health NHS Trust after an inspection. '
      + 'The regulator confirmed today that it issued the section 29A notice on 28 October.';
    expect(eventsOf(body, '2024-11-12').filter((e) => e.type === 'intervention').map((e) => e.date.value)).toEqual(['2024-10-28']);
  });

  it('reads a health board escalated up its framework’s stages as an intervention', () => {
    const events = eventsOf('NHS Kelby was escalated to Stage 4 of the NHS Scotland Support and Intervention Framework on 10 June 2025.');
    expect(typeDate(events)).toEqual([['intervention', '2025-06-10']]);
  });

  it('keeps a plea entered on an earlier day apart from the sentence, the date before a ‘having’ clause being the sentence’s', () => {
    const events = eventsOf('Kelby Water Services Ltd was sentenced at Pellham Magistrates’ Court on 16 May 2025, having entered guilty pleas at a hearing on 14 February 2025.');
    expect(events.map((e) => [e.type, e.date.value, e.trigger.text])).toEqual([['legal', '2025-05-16', 'sentenced'], ['legal', '2025-02-14', 'entered guilty pleas']]);
  });

  it('reads a school district’s trustees who would meet as a meeting', () => {
    const events = eventsOf('The president of the Kelby Independent School District board said trustees would meet in a special session Thursday to consider legal options.', '2023-10-11');
    expect(typeDate(events)).toEqual([['meeting', '2023-10-12']]);
  });

  it('reads a vote told by its count as a body’s meeting', () => {
    const events = eventsOf('Kelby City Council referred the bond measure to the ballot on Oct. 4 by a vote of 5-2.', '2022-11-09');
    expect(events.map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['meeting', '2022-10-04', 'Kelby City Council']]);
  });

  it('dates what a sentence tells after a ‘During …’ phrase by the phrase’s date', () => {
    const events = eventsOf('Kelby Hospitals NHS Trust has been rated requires improvement by the CQC. During the March visit inspectors served a warning notice on the trust over waiting times.', '2025-06-19');
    expect(events.filter((e) => e.type === 'intervention').map((e) => e.date.value)).toEqual(['2025-03']);
  });

  it('dates an inspection past a relative clause closed between it and its date', () => {
    const events = eventsOf('The Care Inspectorate carried out an unannounced inspection of Pellham Lodge, which cares for up to 48 older people, on 28 and 29 August.', '2024-10-10');
    expect(typeDate(events)).toEqual([['inspection', '2024-08-28']]);
  });

  it('reads ‘The announcement was made this week’ as the telling of news already told, no event of its own', () => {
    const events = eventsOf('Kelby Health Board has appointed Ann Lee as its new chief executive. Ms Lee joins from Pellham. The announcement was made on 15 July 2024.', '2024-07-19');
    expect(events.filter((e) => e.type === 'announcement')).toEqual([]);
  });

  it('reads a credit agency’s affirmation, and its review published that week, as one rating action', () => {
    const told = eventsOf('Kelby County Council welcomes the decision by S&P Global Ratings to affirm its A+ rating. The affirmation, announced on 8 November 2024, follows S&P’s annual review.');
    expect(typeDate(told)).toEqual([['rating-action', '2024-11-08']]);
    const lead = eventsOf('S&P Global Ratings has affirmed Kelby County Council’s A+ rating. The agency kept its outlook at stable in a review published last Friday.', '2024-11-12');
    expect(lead.map((e) => e.type)).toEqual(['rating-action']);
  });

  it('gives a grade whose words name a school to the school the lead names, over the council of its place', () => {
    const body = 'Estyn places Pellham Welsh-medium school in special measures\n\n'
      + 'A Welsh-medium secondary school in Kelby has become the third in Wales to be placed in special measures since September.\n\n'
      + 'Estyn inspectors found that at Ysgol Gyfun Cwm Tawel, Pellham, pupils had lost a great deal of learning.\n\n'
      + 'The report, published today, follows a three-day inspection in February.\n\n'
      + 'An Estyn director said the inspectorate would work with the local authority and the school.\n\n'
      + 'A Welsh Government spokesperson said: "Every school in special measures gets extra support. We expect Kelby council to act quickly."\n\n'
      + 'Kelby’s director of education, Dr Tom Reed, said the council had already put extra support in place.';
    expect(new Set(eventsOf(body, '2024-04-16').map((e) => e.subject.name))).toEqual(new Set(['Ysgol Gyfun Cwm Tawel']));
  });

  it('takes a body that is pleased to confirm the news as its teller, not its subject', () => {
    const body = 'Kelby Learning Trust is pleased to confirm that Pellham High School will join the trust. '
      + 'The school received an academy order in September after an Ofsted inspection in June 2023 judged it to be inadequate. '
      + 'Kelby Learning Trust runs nine schools, and Kelby Learning Trust staff will support Pellham.';
    const events = eventsOf(body, '2023-10-02');
    expect(events.filter((e) => e.type === 'inspection').map((e) => e.subject.name)).toEqual(['Pellham High School']);
  });

  it('reads someone who will join a body in a post as appointed, on the day the post is taken up', () => {
    const events = eventsOf('Tom Reed will join Westshire Council as interim chief executive from 8 April 2024.');
    expect(events.map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['appointment', '2024-04-08', 'Westshire Council']]);
  });

  it('leaves a grade told in an after-clause undated by the main clause’s date: it came first', () => {
    const events = eventsOf('The principal of Kelby College announced his decision to step down on 29 April 2025, after Ofsted judged the college to require improvement following its inspection in February 2025.');
    const graded = events.filter((e) => e.ratings.length > 0);
    expect(graded.map((e) => e.date.value)).not.toContain('2025-04-29');
    expect(events.find((e) => e.date.value === '2025-04-29')?.type).toBe('departure');
  });

  it('takes no body someone currently serves elsewhere as the article’s, whoever they join', () => {
    const body = 'Kelby and Ashby Valley has appointed a new chief executive, weeks after the CQC rated it requires improvement. '
      + 'Dr Mina Shah, currently deputy chief executive and chief nurse at Westbridge Teaching Hospitals NHS Foundation Trust, will join the trust in July, it confirmed on 9 April 2024. '
      + 'She replaces Tom Lowe, who left the trust last October.';
    expect(eventsOf(body, '2024-04-10').map((e) => e.subject.key)).not.toContain(keyOf('Westbridge Teaching Hospitals NHS Foundation Trust'));
  });

  it('takes no body someone served before, told in their career, as the article’s', () => {
    const body = 'Dunmere Young Offender Institution has a new governor, weeks after inspectors rated its safety poor. '
      + 'Ray Dale, previously governor of HMP Calderbank, took charge at Dunmere on 3 March 2025. '
      + 'The institution holds 80 boys.';
    expect(eventsOf(body, '2025-03-10').map((e) => e.subject.key)).not.toContain(keyOf('HMP Calderbank'));
  });

  it('takes the body an article is about over one graded in an aside and named once', () => {
    const body = 'Hillcrest Manor downgraded after August inspection\n\nHillcrest Manor in Tarnby was downgraded from good to inadequate in a report the Care Quality Commission published on Tuesday 11 October 2022. '
      + 'The service was rated inadequate for being safe. The CQC inspected the home in August 2022. Hillcrest Manor has 40 beds.\n\n'
      + 'It is the second Oakvale Care service to receive a critical report this year. Fernlea House in Pellby was rated requires improvement in March 2022.';
    const found = eventsOf(body, '2022-10-13');
    expect(found.filter((e) => e.type !== 'inspection' || e.date.value !== '2022-03').map((e) => e.subject.name)).not.toContain('Fernlea House');
    expect(found.filter((e) => e.type === 'report-published' && e.date.value === '2022-10-11').map((e) => e.subject.name)).toEqual(['Hillcrest Manor']);
  });

  it('takes a graded body’s name without the street it stands on', () => {
    const body = 'Relatives upset by Hillcrest Grange care home report\n\nRelatives of residents at a Tarnby care home say they were let down after it was put into special measures.\n\n'
      + 'Earlier this week the Care Quality Commission rated Hillcrest Grange on Quarrendon Road as inadequate, the lowest of its ratings. The inspectors, who visited in August, found residents left alone. '
      + 'The home was rated good when it was last inspected in 2020.\n\nTarnby County Council stopped placing new residents at Hillcrest Grange in August. '
      + 'Cllr Amy Lee, the council’s cabinet member for adult social care, said the council’s staff visit the home every week.';
    expect(new Set(eventsOf(body, '2022-10-13').map((e) => e.subject.name))).toEqual(new Set(['Hillcrest Grange']));
  });

  it('takes no headline word the body never writes as the subject', () => {
    const body = 'Statement from the Leader\n\nKelby councillors voted on 3 May 2024 to close two libraries. The decision was taken at a meeting of the cabinet. Kelby residents protested outside.';
    expect(eventsOf(body, '2024-05-04').map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['meeting', '2024-05-03', 'Kelby']]);
  });

  it('takes a university named for its place, and named after its board, as the subject', () => {
    const body = 'Statement from the Chair\n\nThe Board of Governors of the University of Kelbridge has accepted the resignation of Professor Ann Lee as Vice-Chancellor, with effect from today. '
      + 'The Board has appointed Professor Raj Patel as Interim Vice-Chancellor from 2 May 2022.';
    expect(new Set(eventsOf(body, '2022-04-28').map((e) => e.subject.name))).toEqual(new Set(['University of Kelbridge']));
  });

  it('takes ‘the force’ of an article whose top word is a place, and that names no force, as that place’s force', () => {
    const place = 'Holmbury confirms new chief constable\n\nA senior officer will become Holmbury’s next chief constable. '
      + 'Jo Kerr was confirmed in the role by Holmbury’s police and crime panel on 30 June 2025. The force had been criticised by inspectors in Holmbury. '
      + 'She said the force would improve in Holmbury.';
    expect(eventsOf(place, '2025-07-01').map((e) => [e.type, e.date.value, e.subject.key])).toEqual([['appointment', '2025-06-30', 'holmbury']]);
  });

  it('takes the place’s full name the title gives when the body names it both in full and short', () => {
    const body = 'Panel backs temporary chief after Holm and Wyre suspension\n\nHolm and Wyre’s police and crime panel endorsed the appointment of Jo Kerr as temporary chief constable on 19 June 2025. '
      + 'Members questioned her at County Hall, Holm, before the vote. The force has been without a permanent chief since May. The force said it welcomed the decision.';
    expect(eventsOf(body, '2025-06-20').map((e) => e.subject.key)).toEqual([keyOf('Holm and Wyre Police')]);
  });

  it('reads an agency that changed its outlook as its rating action, and keys a teaching trust as its town’s hospital', () => {
    const events = eventsOf('Moody’s on Thursday 23 April 2020 changed its outlook on the state of Kelby’s credit rating to negative.');
    expect(typeDate(events)).toEqual([['rating-action', '2020-04-23']]);
    expect(keyOf('Kelby Teaching Hospitals NHS Foundation Trust')).toBe(keyOf('Kelby General Hospital'));
  });

  it('takes no meeting of a body (‘an Extraordinary Meeting of Full Council’) for a body', () => {
    const body = 'Councillor Ann Rhys has been elected as the new Leader of Kelby Borough Council. '
      + 'The decision was made at an Extraordinary Meeting of Full Council held at the town hall on Wednesday 27 September 2023, following the resignation of Councillor Tom Hale on 8 September.';
    const events = eventsOf(body, '2023-09-28');
    expect(events.map((e) => e.subject.name)).not.toContain('Extraordinary Meeting of Full Council');
    expect(events.filter((e) => e.date.value === '2023-09-08' || e.date.value === '2023-09-27').map((e) => e.subject.key)).toEqual(['kelby', 'kelby']);
  });

  it('reads a trust placed in NHS England’s Recovery Support Programme as an intervention, and no event for one that is in it', () => {
    const placed = eventsOf('Kelby Teaching Hospitals NHS Foundation Trust has today been placed in the national Recovery Support Programme by NHS England.', '2023-06-15');
    expect(placed.map((e) => [e.type, e.date.value, e.subject.key])).toEqual([['intervention', '2023-06-15', keyOf('Kelby General Hospital')]]);
    expect(eventsOf('On 15 June 2023 Kelby Teaching Hospitals NHS Foundation Trust was one of 14 trusts in the Recovery Support Programme.').filter((e) => e.type === 'intervention')).toEqual([]);
  });

  it('takes no headline word the body writes in lower case (‘Statement from …’) for a body, nor a government department for the subject of a council’s meeting', () => {
    const statement = 'Statement from Mayor Jo Reed on Fitch Ratings action\n\nKELBY, Ohio — Mayor Jo Reed issued the following statement after Fitch Ratings yesterday lowered the City of Kelby’s long-term rating to A. '
      + 'The City of Kelby remains rated A1 by Moody’s. The Finance Committee of Kelby will meet on Monday, 25 September 2023.';
    expect(eventsOf(statement, '2023-09-22').map((e) => e.subject.key)).not.toContain('statement');
    const council = 'Kelby Borough Council’s cabinet backed its budget on 11 February 2025. The Ministry of Housing, Communities and Local Government is expected to decide before the full council meeting on 26 February 2025. Kelby residents face a rise.';
    expect(eventsOf(council, '2025-02-12').map((e) => [e.type, e.date.value, e.subject.key])).toEqual([['meeting', '2025-02-11', 'kelby'], ['meeting', '2025-02-26', 'kelby']]);
  });

  it('takes a nursery Ofsted grades as the body its events happened to, over the council that commented', () => {
    const body = 'Oakwood nursery rated good by Ofsted after reopening\n\nInspector Ann Rhys visited Oakwood Day Nursery in Mill Lane on 21 June 2022 and rated it good in all areas. '
      + 'Her report, published on 26 July 2022, praised the staff. Kelby County Council’s cabinet member for children, Cllr Tom Hale, welcomed the report.';
    expect(eventsOf(body, '2022-07-28').map((e) => [e.type, e.date.value, e.subject.name])).toEqual([
      ['inspection', '2022-06-21', 'Oakwood Day Nursery'], ['report-published', '2022-07-26', 'Oakwood Day Nursery'],
    ]);
  });

  it('reads a consent decree filed or approved as a legal step, and an investigation opened as an announcement', () => {
    const opened = eventsOf('The Justice Department opened its pattern-or-practice investigation of the Carby Police Department on April 20, 2021.');
    expect(typeDate(opened)).toEqual([['announcement', '2021-04-20']]);
    const approved = eventsOf('A federal judge on Thursday, April 4, 2024, approved the consent decree negotiated between the City of Carby and the Justice Department.');
    expect(approved.map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['legal', '2024-04-04', 'City of Carby']]);
  });

  it('takes no staff body (a federation, an officers’ association) for the body news happened to', () => {
    const body = 'The chief of police in Carby resigned on Thursday, April 4, 2024. The Carby Police Officers Association said it was surprised. '
      + 'Carby officials thanked the chief. The Kelby Police Federation said officers in Carby deserved better.';
    expect(eventsOf(body).map((e) => e.subject.name).filter((n) => /Association|Federation/.test(n))).toEqual([]);
  });

  it('reads a regulator’s announced fine as the fine, and a penalty it proposes as an announcement', () => {
    const told = eventsOf('The Office for Students announced yesterday that the University of Pellham must pay £120,000 for breaking its rules.', '2024-11-20');
    expect(told.map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['intervention', '2024-11-19', 'University of Pellham']]);
    const named = eventsOf('The regulator, Ofwat, fined Kelby Water £2m. Ofwat announced the penalty on Tuesday, 8 October 2024.');
    expect(typeDate(named)).toContainEqual(['intervention', '2024-10-08']);
    const proposed = eventsOf('Ofwat announced the proposed penalty against Kelby Water on Tuesday, 8 October 2024.');
    expect(typeDate(proposed)).toEqual([['announcement', '2024-10-08']]);
    // (enforcement action confirmed is the regulator's step; one it weighs is none)
    expect(typeDate(eventsOf('Ofwat has today confirmed enforcement action against Kelby Water Limited, which will pay £4 million.', '2024-10-08'))).toEqual([['intervention', '2024-10-08']]);
    expect(typeDate(eventsOf('Ofwat is considering enforcement action against Kelby Water Limited.', '2024-10-08'))).toEqual([]);
    // (the fine named first, then that it was announced)
    const after = eventsOf('Kelby University has set aside reserves. The £200,000 penalty, announced on Wednesday, is the largest the Office for Students has issued.', '2024-11-29');
    expect(typeDate(after)).toEqual([['intervention', '2024-11-27']]);
    expect(typeDate(eventsOf('Kelby University may lose its licence. The proposed penalty, announced on Wednesday, is the largest the Office for Students has weighed.', '2024-11-29'))).not.toContainEqual(['intervention', '2024-11-27']);
  });

  it('reads someone named to a post by name, and a vote to appoint, as an appointment; a date the post runs through dates none', () => {
    const named = eventsOf('The Kelby Hospitals NHS Trust named Dr Ann Lee as its new chief executive on 3 March 2025.');
    expect(typeDate(named)).toEqual([['appointment', '2025-03-03']]);
    expect(eventsOf('The report named Kelby Council as the worst performer on 3 March 2025.').map((e) => e.type)).toEqual([]);
    const decided = eventsOf('The Kelby Hospitals NHS Trust agreed to appoint Ann Lee as its chief executive on 3 March 2025.');
    expect(typeDate(decided)).toEqual([['appointment', '2025-03-03']]);
    const through = eventsOf('Kelby Council appointed Ann Lee as interim chief executive through June 30, 2025.', '2025-09-25');
    expect(typeDate(through)).toEqual([['appointment', null]]);
    const until = eventsOf('Kelby Borough Council elected Ann Lee as its leader on 21 July 2025. Cllr Lee will serve as Leader until the Annual Meeting of Council in May 2027.', '2025-07-22');
    expect(typeDate(until)).toEqual([['appointment', '2025-07-21']]);
    // (named with an aside about who they are, to a post of an inquiry)
    const investigator = eventsOf('On Wednesday Kelby Borough Council named Tom Reed KC, a barrister, as the independent investigator.', '2025-10-10');
    expect(typeDate(investigator)).toEqual([['appointment', '2025-10-08']]);
    // a civil challenge in the courts begins with its letter
    const letter = eventsOf('Lawyers for Ann Lee wrote to Kelby Borough Council on Tuesday in a pre-action letter, the first step towards a judicial review.', '2025-10-10');
    expect(typeDate(letter)).toEqual([['legal', '2025-10-07']]);
  });

  it('dates no event by the day something began to exist, nor a graded event by a date its plan or expectation is given', () => {
    const prison = eventsOf('HM Inspectorate of Prisons has issued an urgent notification for HMP Fenmoor. Inspectors visited the prison, which opened in 1868 and holds 700 men, in July.', '2023-08-01');
    expect(prison.map((e) => e.date.value)).not.toContain('1868');
    const restaurant = eventsOf('The Casa Rosa restaurant in Kelby was given a one-star food hygiene rating by Kelby District Council on 3 March 2024. '
      + 'Owner Marco Rossi, whose family opened the restaurant in 1987, said the one-star rating was a blow.', '2024-03-10');
    expect(restaurant.map((e) => e.date.value)).toContain('2024-03-03');
    expect(restaurant.map((e) => e.date.value)).not.toContain('1987');
    const expected = eventsOf('Kelby Fire and Rescue Service was given a cause of concern by HMICFRS on 5 February 2024. The full inspection report is expected to be published in the summer.', '2024-02-10');
    expect(expected.filter((e) => e.type === 'inspection').map((e) => e.date.value)).toEqual([]);
    const visit = eventsOf('Ofsted rated Kelby College inadequate in a report published on 4 March 2025. Ofsted inspectors are expected to visit again later this month.', '2025-03-05');
    expect(visit.filter((e) => e.type === 'inspection').map((e) => e.date.value)).not.toContain('2025-03');
  });

  it('keeps the body an article is about over a school of the graded kind it names once in passing, after its lead', () => {
    const body = 'The chief executive of Kelby Learning Trust, Tom Reed, has resigned after the Education and Skills Funding Agency issued a financial notice '
      + 'to improve. The trust runs eleven schools. The trust said it would appoint an interim chief executive. Parents said the trust had failed them. '
      + 'The trust’s schools include Pellham Academy, which was rated inadequate by Ofsted in November.';
    expect(eventsOf(body, '2024-03-04').map((e) => [e.type, e.date.value, e.subject.name])).toEqual([
      ['departure', '2024-03-04', 'Kelby Learning Trust'], ['intervention', null, 'Kelby Learning Trust'], ['inspection', '2023-11', 'Pellham Academy']]);
  });

  it('tells a joint inspection as the first-named inspectorate’s, so two outlets’ reports of it are one event', () => {
    const one = eventsOf('Kelby County Council has been told to produce a priority action plan. Ofsted and the Care Quality Commission (CQC) visited Kelby '
      + 'in February 2025 for an area SEND inspection.', '2025-04-08');
    expect(one.map((e) => [e.type, e.date.value, e.assessor])).toEqual([['inspection', '2025-02', 'Ofsted']]);
    const two = eventsOf('Kelby County Council was inspected in February 2025 under the area SEND framework that Ofsted and the CQC introduced in 2023.', '2025-04-10');
    const merged = mergeRecords([one.record!, { ...two.record!, id: 't2' }]).events.filter((e) => e.type === 'inspection');
    expect(merged.map((e) => [e.date, e.sources.length])).toEqual([['2025-02', 2]]);
  });

  it('reads the report of an inspection as the report, and dates an inspection across an aside closed after it', () => {
    const body = 'Kelby County Council has today received the report of a joint inspection of its services for children with SEND. The inspection, '
      + 'carried out by Ofsted and the Care Quality Commission (CQC), took place between 3 and 21 February 2025.';
    expect(typeDate(eventsOf(body, '2025-04-08'))).toEqual([['report-published', '2025-04-08'], ['inspection', '2025-02-03']]);
  });

  it('reads a rating agency’s announcement on a day of its rating action’s week as the telling of that action', () => {
    const body = 'Moody’s cut Kelby University’s credit rating by one notch this week, from A2 to A3. Moody’s said in its announcement on Thursday that the university had adequate liquidity.';
    expect(typeDate(eventsOf(body, '2024-06-08'))).toEqual([['rating-action', '2024-W23']]);
    const other = eventsOf('Moody’s cut Kelby University’s credit rating to A3 this week. The university announced on Thursday that it would cut 200 jobs.', '2024-06-08');
    expect(other.map((e) => e.type)).toEqual(['rating-action', 'announcement']);
  });

  it('reads no appointment in a career’s first rank (‘joined the force as a probationary constable’), only in its offices', () => {
    const body = 'Kelby Police’s chief constable Ann Lee retired today. She joined the Kelby force as a probationary constable in 1990 and was appointed chief '
      + 'constable in January 2019. Tom Reed joined the force as its deputy chief constable in March 2020.';
    expect(eventsOf(body, '2024-10-31').filter((e) => e.type === 'appointment').map((e) => e.date.value)).toEqual(['2019-01', '2020-03']);
  });

  it('reads a preferred candidate named for a post as an announcement, not yet an appointment', () => {
    const body = 'Kelby Police is to have a new chief constable. Police and crime commissioner Tom Reed named Ms Lee as his preferred candidate last month after a selection process.';
    expect(typeDate(eventsOf(body, '2024-09-13'))).toEqual([['announcement', '2024-08']]);
  });

  it('reads no appointment in a business taken over or a patient’s appointment, and dates nothing by a deadline or a response', () => {
    const owner = eventsOf('The Golden Wok takeaway in Kelby was given a food hygiene rating of five on 3 March 2024. Owner Tom Reed, who took over the business in 2016, said he was delighted.', '2024-03-10');
    expect(owner.map((e) => e.type)).not.toContain('appointment');
    const waiting = eventsOf('Kelby University Health Board said 300 young people were still waiting for a first CAMHS appointment in May.', '2021-06-10');
    expect(waiting.map((e) => e.type)).toEqual([]);
    const deadline = eventsOf('The Care Inspectorate graded Kelby House care home weak on 10 March 2025. The provider must ensure people’s needs are assessed and met by 14 April 2025.', '2025-03-11');
    expect(deadline.map((e) => e.date.value)).not.toContain('2025-04-14');
    const pledge = eventsOf('Kelby Borough Council’s cabinet approved an improvement plan on 10 July 2024. It commits the council to checking every flat by March 2025 '
      + 'and to an inspection target of ten days for repairs.', '2024-07-11');
    expect(typeDate(pledge)).toEqual([['meeting', '2024-07-10']]);
    const response = eventsOf('HM Inspectorate of Prisons issued an urgent notification for HMP Fenmoor on 21 July 2022. Ministers set out their reply in response to the urgent notification on 18 August.', '2022-10-04');
    expect(response.filter((e) => e.type === 'intervention').map((e) => e.date.value)).toEqual(['2022-07-21']);
    // (nor a day before it that dates the response: 'today set out their joint response to the … inspection')
    const joint = eventsOf('Kelby Borough Council and the local health board today set out their joint response to the Ofsted and CQC inspection of special needs services. '
      + 'Inspectors visited in September 2024 and judged that children’s experiences showed “widespread and/or systemic failings”.', '2024-11-08');
    expect(typeDate(joint).filter(([t]) => t === 'inspection')).toEqual([['inspection', '2024-09']]);
    // (nor does the date of a step the response answers, told with its own participle, date the response)
    const answered = eventsOf('The Ministry of Justice has published its response to the urgent notification issued at HMP Fenmoor last month.', '2025-09-16');
    expect(typeDate(answered)).toEqual([['report-published', '2025-09-16']]);
  });

  it('reads someone named in a statutory direction as the appointment the lead tells, dated by the direction', () => {
    const body = 'The Department for Education has appointed a commissioner to oversee Kelby Borough Council’s children’s services. Ann Lee, who '
      + 'led another council’s services, was named in a statutory direction the DfE issued yesterday.';
    expect(typeDate(eventsOf(body, '2023-05-10'))).toEqual([['appointment', '2023-05-09']]);
  });

  it('dates no report by the day an intervention made the inspection’s grades public (a prison’s urgent notification)', () => {
    const body = 'The chief inspector of prisons today wrote to the Justice Secretary invoking the urgent notification process for HMP Fenmoor. '
      + 'Inspectors visited the prison between 4 and 15 July and found safety was poor.';
    expect(typeDate(eventsOf(body, '2022-07-21'))).toEqual([['intervention', '2022-07-21'], ['inspection', '2022-07-04'], ['report-published', null]]);
  });

  it('reads an inquiry begun or carried out, and a conduct matter referred, as announcements of their day', () => {
    const body = 'Kelby Police’s chief constable has been suspended. On 24 February 2025 the Commissioner referred a conduct matter concerning the Chief '
      + 'Constable to the Independent Office for Police Conduct. On 7 March the IOPC decided to carry out an independent investigation.';
    expect(eventsOf(body, '2025-03-12').filter((e) => e.type === 'announcement').map((e) => e.date.value)).toEqual(['2025-02-24', '2025-03-07']);
    expect(eventsOf('Kelby Council confirmed last week that it had begun an independent investigation into the contract.', '2025-03-12')
      .map((e) => [e.type, e.date.value])).toEqual([['announcement', '2025-W10']]);
  });

  it('reads a regulator’s proposed penalty or notice of intent as an announcement of its day', () => {
    expect(eventsOf('The water regulator Ofwat has today proposed a £9 million enforcement package for Kelby Water over its sewage spills.', '2025-03-06')
      .map((e) => [e.type, e.date.value])).toEqual([['announcement', '2025-03-06']]);
    expect(eventsOf('The Information Commissioner’s Office issued Kelby District Council with a notice of intent on 3 November 2023.', '2023-11-10')
      .map((e) => [e.type, e.date.value])).toEqual([['announcement', '2023-11-03']]);
  });

  it('counts each reference back by kind (‘the trust’) as a mention of the one body of that kind the article names', () => {
    const body = 'A mental health trust that runs Pellbrook Lodge in Kelby has been rated inadequate by the Care Quality Commission. The CQC report into '
      + 'Kelby Mental Health NHS Foundation Trust, published on 14 September 2022, found patients on the trust’s wards were at risk. Inspectors visited '
      + 'the trust’s wards in June. Pellbrook Lodge, on Mill Road, Kelby. The chief executive said the trust was sorry. NHS England said the trust '
      + 'would be given support. Pellbrook Lodge staff were praised.';
    expect(eventsOf(body, '2022-09-15').map((e) => [e.type, e.date.value, e.subject.name])).toEqual([
      ['report-published', '2022-09-14', 'Kelby Mental Health NHS Foundation Trust'], ['inspection', '2022-06', 'Kelby Mental Health NHS Foundation Trust']]);
  });

  it('dates an authority’s step the lead tells in the present perfect by the day the lead says it was made known', () => {
    const lead = 'The government has sent commissioners into Kelby District Council, less than three months after it declared itself bankrupt. ';
    const told = eventsOf(lead + 'In a written statement to Parliament yesterday, the local government minister said the council had failed its duty.', '2024-11-29');
    expect(told.map((e) => [e.type, e.date.value, e.rule])).toEqual([['intervention', '2024-11-28', 'lead-told-day']]);
    // (or decided by who decides it)
    const found = eventsOf('A Kelby Police constable who misused force systems has been dismissed without notice. A misconduct panel found yesterday '
      + 'that PC Tom Reed had committed gross misconduct.', '2024-11-21');
    expect(found.map((e) => [e.type, e.date.value, e.rule])).toEqual([['departure', '2024-11-20', 'lead-told-day']]);
    // (a day that tells nothing, or one long before publication, is no such day)
    const untold = eventsOf(lead + 'The minister visited Kelby yesterday to meet staff.', '2024-11-29');
    expect(untold.map((e) => [e.type, e.date.value, e.rule])).toEqual([['intervention', '2024-11-29', 'lead-present-perfect']]);
    // (nor is the day a hearing began, though the hearing 'was told' something)
    const heard = eventsOf('Kelby Police’s chief constable has been dismissed after a misconduct panel found he misled investigators. '
      + 'Tom Reed was found to have committed gross misconduct at a hearing today. The hearing, which began on Monday, was told he had lied.', '2025-02-13');
    expect(heard.filter((e) => e.type === 'departure').map((e) => [e.date.value, e.rule])).toEqual([['2025-02-13', 'lead-present-perfect']]);
    // (nor is a trigger what another noun is of: the findings published today, not the inspection they are of)
    const findings = eventsOf('Ofsted has published the findings of its inspection of Pellham Council’s services for disabled children. '
      + 'The inspection, which took place in January, found serious failings.', '2024-03-05');
    expect(findings.map((e) => [e.type, e.date.value])).toEqual([['report-published', '2024-03-05'], ['inspection', '2024-01']]);
  });

  it('keeps the body the article names by place and kind (‘Fenmoor jail’) over one of that kind named in passing after the lead', () => {
    const body = 'Inspectors found rats on the wings at Fenmoor jail, where prisoners were too scared to leave their cells. HM Inspectorate of Prisons '
      + 'issued an urgent notification on Thursday, 27 July 2023. The watchdog said conditions at Fenmoor jail were among the worst it had seen. '
      + 'It is the second urgent notification this year, after HMP Oakhurst in January. Inspectors visited the prison between 10 and 20 July. '
      + 'The prison holds 780 men. Staff at the prison were praised.';
    const found = eventsOf(body, '2023-07-28').filter((e) => e.date.value?.startsWith('2023-07'));
    expect(found.map((e) => [e.type, e.date.value, e.subject.key])).toEqual([['intervention', '2023-07-27', 'fenmoor'], ['inspection', '2023-07-10', 'fenmoor']]);
    expect(keyOf('Fenmoor jail')).toBe(keyOf('HMP Fenmoor'));
  });

  it('keeps the body the headline names in full over a school it runs named once after the lead, and tells a notice given as the lead’s news', () => {
    const body = 'Marlon Academies Trust handed warning over finances\n\nA trust that runs nine schools across Kelby and the Pell valley has been issued with a '
      + 'formal notice to improve by the Department for Education over its finances.\n\nThe notice orders Marlon Academies Trust to draw up a recovery plan.\n\n'
      + 'Marlon chief executive Ann Lee said the findings were no surprise.\n\nParents at Kelby Moor Academy, the trust’s largest school, have raised concerns '
      + 'about class sizes. The school was rated "requires improvement" by Ofsted in November.\n\nStaff at Kelby hospitals were not affected.';
    expect(typeDateSubject(eventsOf(body, '2024-03-13').filter((e) => e.type === 'intervention'))).toEqual([['intervention', '2024-03-13', 'Marlon Academies Trust']]);
  });

  it('takes the council whose meeting the lead tells, not one named later only in the post of someone who speaks, nor the hall it met in', () => {
    const committee = 'Uproar as councillors approve 200 homes on farmland\nA council meeting had to be halted last night after protesters shouted down '
      + 'councillors who voted to approve 200 homes at Little Pellham.\n\nKelby District Council’s planning committee backed the plans by seven votes '
      + 'to five after a meeting lasting four hours.\n\nWard councillor Ann Lee said Little Pellham’s roads could not cope. "This is the wrong place," '
      + 'she said.\n\nLittle Pellham Parish Council chairman Tom Reed said the parish had sent 900 objections.';
    // (and one written in a lead's capitals over the hall it met in, dated by its vote, not by a clock time; a chair's suspension of the
    // meeting is no departure, nor is taking over services an appointment)
    const capitals = 'Town council approves tax rise as protesters pack Guildhall\n\nKELBY Town Council has voted to increase its share of council tax, despite '
      + 'protesters outside the Guildhall.\n\nCouncillors voted by nine votes to five on Tuesday night to set the precept. Protesters stood outside the '
      + 'Guildhall before the meeting, which started at 7pm.\n\nThe town mayor, Cllr Ann Lee, suspended the meeting for 15 minutes after heckling.\n\n'
      + 'Cllr Tom Reed said the rise was needed to take over services being cut by the district council.';
    const cases: Array<[string, string, string, string]> = [[committee, '2023-11-23', '2023-11-22', 'Kelby District Council'], [capitals, '2025-01-29', '2025-01-28', 'KELBY Town Council']];
    for (const [body, published, day, council] of cases) expect(typeDateSubject(eventsOf(body, published))).toEqual([['meeting', day, council]]);
  });

  it('names a body the article only describes by its place and kind (‘Kelby and Pellham’s mental health trust’), with the key of its full name', () => {
    const body = 'The chief executive of Kelby and Pellham’s mental health trust is to stand down after the Care Quality Commission rated its services '
      + 'inadequate. Dr Ann Lee told staff yesterday, the day the report was published. A father whose son stayed on a ward at Marlon House said '
      + 'nothing had changed. The trust was last inspected in 2022. The trust said it would act on the findings.';
    const found = eventsOf(body, '2025-03-07');
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((e) => e.subject.name))).toEqual(new Set(['Kelby and Pellham Mental Health Trust']));
    expect(found[0]!.subject.key).toBe(keyOf('Kelby and Pellham Mental Health NHS Foundation Trust'));
    // (a young offender institution so described is the prison, over the service that runs it)
    const yoi = eventsOf('Kelby’s young offender institution is failing the boys it holds, inspectors say. HM Inspectorate of Prisons has issued '
      + 'an urgent notification after a visit this month. The Youth Custody Service, which runs the site, said it was hiring staff.', '2025-09-26');
    expect(new Set(yoi.map((e) => e.subject.key))).toEqual(new Set([keyOf('HMYOI Kelby')]));
  });

  it('reads no clue to the news in a grade given years before, over the body the headline names', () => {
    const body = 'Kelby Valley trust handed financial notice to improve\n\nAn academy trust has been issued with a financial notice to improve after a deficit. '
      + 'The Department for Education issued the notice to Kelby Valley Learning Trust on August 14. Former chief executive Tom Reed left the trust in June. '
      + 'The trust runs schools across Marlon and Pellham Moor. One of them, Pellham Moor Academy, was rated requires improvement by Ofsted in 2023.';
    expect(eventsOf(body, '2025-09-02').map((e) => [e.type, e.subject.name])).toEqual([
      ['intervention', 'Kelby Valley Learning Trust'], ['departure', 'Kelby Valley Learning Trust'], ['inspection', 'Pellham Moor Academy']]);
  });

  it.each([
    ['the body a grade was given to, without the words that describe it, whatever their case',
      'EMBATTLED Kelby High School has now been placed into special measures by Ofsted, which judged it inadequate. Inspectors visited the school in May.',
      '2025-06-20', 'Kelby High School'],
    ['the council the lead’s decision is told of, over a body its place’s name is part of, named once at the end',
      'Plan for 240 homes at Kelby Cross approved\n\nCouncillors have backed a scheme for new homes on fields near Kelby Cross. '
      + 'Pellham District Council’s planning committee approved it by eight votes to four at a meeting last night. '
      + 'Kelby Cross ward councillor Ann Lee said the lanes could not cope. Kelby Cross residents had sent hundreds of letters. '
      + 'The developer will pay for a new classroom at Kelby Cross Primary School.', '2025-11-05', 'Pellham District Council'],
    ['the place its councillors sit for, over a street the article names as often, when it names its council only as ‘the town council’',
      'Town council votes no confidence in clerk\n\nCouncillors in Kelby Regis have passed a motion of no confidence in their clerk at an extraordinary meeting last night. '
      + 'The motion was carried by nine votes to three. The council had missed deadlines for its accounts, a councillor told the meeting. Residents packed the Assembly Rooms, '
      + 'and some complained about the toilets on The Parade. The town council said it would take legal advice.', '2025-02-28', 'Kelby Regis'],
    ['a school by the stage it teaches (‘Kelby Primary’), in an article whose grades are a school inspectorate’s',
      'Inspectors have found that pupils at a Pellham primary are falling behind. The Education Scotland report '
      + 'on Kelby Primary, near Marlon, came out on Tuesday. It graded the school as weak for attainment. Pellham Council said '
      + 'a plan was in place. Tom Reed MSP said he would ask Pellham Council what help the school would get.', '2025-03-13', 'Kelby Primary'],
  ])('names as every event’s subject %s', (_, body, publishedAt, subject) => {
    expect(new Set(eventsOf(body, publishedAt).map((e) => e.subject.name))).toEqual(new Set([subject]));
  });

  it('takes the announcement whose day dated a lead’s step for that step’s telling', () => {
    const body = 'The trust that runs Kelby General Hospital has appointed a new chief executive from a neighbouring trust. Dr Ann Lee will take up the '
      + 'post at Kelby Hospitals NHS Foundation Trust on July 1, the trust announced yesterday.';
    expect(eventsOf(body, '2025-04-11').map((e) => [e.type, e.date.value, e.rule])).toEqual([['appointment', '2025-04-10', 'lead-told-day']]);
  });

  it('leaves a lead’s step dated by the day it was made known to the day the article states it was taken', () => {
    const body = 'The board of Kelby Ambulance Service NHS Trust has suspended its chief executive. The trust confirmed the decision on Monday, '
      + '3 March 2025. Ann Lee was suspended on Friday, 28 February 2025, after staff wrote to the board.';
    expect(eventsOf(body, '2025-03-04').filter((e) => e.type === 'departure').map((e) => e.date.value)).toEqual(['2025-02-28']);
  });

  it('reads no meeting in ‘meeting’ with people as its object', () => {
    const body = 'Kelby County Council’s adult social care was assessed by the CQC. Assessors carried out their visit from 9 to 11 July 2024, meeting staff and partners.';
    expect(eventsOf(body, '2024-10-02').map((e) => e.type)).not.toContain('meeting');
    const frontline = 'Kelby County Council’s adult social care was assessed by the CQC. Inspectors were on site from 7 to 10 April 2025, meeting frontline staff and carers.';
    expect(eventsOf(frontline, '2025-07-03').map((e) => e.type)).not.toContain('meeting');
    const school = 'Pellham Primary School has been told it is improving. Two inspectors spent a day at the school last month meeting pupils, teachers and governors.';
    expect(eventsOf(school, '2025-06-12').map((e) => e.type)).not.toContain('meeting');
    // (but a meeting of them is one)
    expect(eventsOf('A meeting of staff at Kelby County Council was held on 7 April 2025.').map((e) => e.type)).toEqual(['meeting']);
    expect(keyOf('Kelby Division of Police')).toBe(keyOf('Kelby Police'));
  });

  it('takes a students’ union, which speaks for students, for no body an event happened to', () => {
    const body = 'PELLHAM’S university has been fined by the higher education regulator. The Office for Students (OfS) announced yesterday that '
      + 'the University of Pellham must pay £285,000. Pellham Students’ Union president Ann Lee said: “Every pound of this fine should be spent '
      + 'on students.” Pellham Students’ Union will ballot its members.';
    expect(eventsOf(body, '2024-11-20').map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['intervention', '2024-11-19', 'University of Pellham']]);
  });

  it('takes a street before a premises word for where a business is, not its name', () => {
    const body = 'A takeaway has been fined £8,000 over a cockroach infestation. Kelby District Council brought the case after an inspection of '
      + 'the High Street restaurant on 17 January 2024, when officers found cockroaches in the kitchen. The restaurant was given a food hygiene '
      + 'rating of zero. Kelby District Council said it would act.';
    expect(eventsOf(body, '2024-10-16').map((e) => [e.type, e.date.value, e.subject.name])).toContainEqual(['inspection', '2024-01-17', 'Kelby District Council']);
  });

  it('takes no body of the main clause for the subject of a change its subordinate clause tells', () => {
    const body = 'Kelby Academy has been rated weak by inspectors. The findings were shared with Pellham Council before head teacher Ann Lee '
      + 'stepped down in March 2024. Kelby Academy pupils will get extra support, and Kelby Academy governors met on Monday.';
    expect(eventsOf(body, '2024-05-01').filter((e) => e.type === 'departure').map((e) => [e.date.value, e.subject.name])).toEqual([['2024-03', 'Kelby Academy']]);
  });

  it('names a Welsh school by its whole name, whichever words of it an outlet writes', () => {
    expect(keyOf('Ysgol Gyfun Cwm Kelby')).toBe(keyOf('Ysgol Cwm Kelby'));
    expect(keyOf('Ysgol Cwm Kelby')).toBe(keyOf('Cwm Kelby'));
    const found = eventsOf('Estyn has placed Ysgol Cwm Kelby in special measures. Inspectors visited Ysgol Cwm Kelby in November 2023, and the report on Ysgol Cwm Kelby was published on 23 January 2024.', '2024-01-24');
    expect(new Set(found.map((e) => e.subject.name))).toEqual(new Set(['Ysgol Cwm Kelby']));
  });

  it('keeps a council’s own inspection its news when a school it runs is named only after the lead', () => {
    const body = 'Pellham County Borough Council’s education services need significant improvement, the inspectorate Estyn has said. '
      + 'In a report published today, Estyn said the council had been too slow to support its secondary schools. '
      + 'Inspectors visited the council between 13 and 17 March. '
      + 'Two of its schools are in a follow-up category, including Ysgol Gyfun Cwm Kelby, which was placed in special measures in November 2022. '
      + 'A parent whose son attends Ysgol Gyfun Cwm Kelby said families had been kept in the dark. '
      + 'The leader of Pellham County Borough Council, Ann Lee, said Pellham would act on every recommendation.';
    const found = eventsOf(body, '2023-05-25').filter((e) => e.type === 'report-published');
    expect(found.map((e) => [e.date.value, e.subject.key])).toEqual([['2023-05-25', keyOf('Pellham County Borough Council')]]);
  });

  it('reads a force taken out of enhanced monitoring as the regulator’s announcement; a home out of special measures is told by its grade', () => {
    const out = eventsOf('Kelby Police was moved out of the inspectorate’s enhanced monitoring on 4 March 2025.');
    expect(typeDate(out)).toEqual([['announcement', '2025-03-04']]);
    const left = eventsOf('Kelby Police on 4 March 2025 became the latest force to leave the inspectorate’s enhanced monitoring.');
    expect(typeDate(left)).toEqual([['announcement', '2025-03-04']]);
    expect(eventsOf('Kelby Police was left in enhanced monitoring on 4 March 2025.').filter((e) => e.type === 'announcement')).toEqual([]);
    const home = eventsOf('Oak Lodge care home has been taken out of special measures after the CQC rated it requires improvement on 11 May 2023.');
    expect(home.filter((e) => e.type === 'announcement')).toEqual([]);
  });

  it('takes no grade’s words (a table’s ‘Requires Improvement’) nor a heading (‘Ratings for the Trust’) for a body', () => {
    const body = 'The CQC has today published its report following its inspection of our services. Overall, the Trust has been rated as Requires Improvement.\n\n'
      + 'Ratings for the Trust\n\nSafe: Requires Improvement\n\nEffective: Requires Improvement\n\nWell-led: Requires Improvement\n\nStaff at our Kelby site will lead the changes.';
    const names = eventsOf(body, '2022-05-11').map((e) => e.subject.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => /Improvement|Ratings/.test(n))).toEqual([]);
  });

  it('reads plans refused by a planning committee as its meeting, of the council, not of the site the plans are for', () => {
    const body = 'Plans for 420 homes at Brackley Farm were refused by Kelby District Council’s planning committee on 18 July 2023. '
      + 'Brackley Farm campaigners cheered. The developer of Brackley Farm said it would consider an appeal. Brackley Farm is outside Kelby. '
      + 'Walkers use Brackley Farm often, and Brackley Farm has a pond.';
    expect(eventsOf(body, '2023-07-19').map((e) => [e.type, e.date.value, e.subject.name])).toEqual([['meeting', '2023-07-18', 'Kelby District Council']]);
  });

  it('takes a public body’s own page, which names no body in full, as about that body (its outlet, its note in brackets aside)', () => {
    const body = 'The CQC has today published its report following its inspection of our services earlier this year. At our last inspection in 2019, we were rated good. '
      + 'Staff at our Oakley site worked hard, and the Oakley team thanked patients.';
    const own = extractArticle(body, { id: 't', metadata: { publishedAt: '2022-05-11', outlet: 'Kelby Hospitals NHS Foundation Trust (press release)' } });
    expect(new Set(own.events.map((e) => e.subject.name))).toEqual(new Set(['Kelby Hospitals NHS Foundation Trust']));
    // a newspaper's page is about what it names
    const paper = extractArticle(body, { id: 't', metadata: { publishedAt: '2022-05-11', outlet: 'Kelby Gazette' } });
    expect(paper.events.map((e) => e.subject.name)).not.toContain('Kelby Gazette');
  });

  it('takes a council’s leisure centre, named most, as no body: its news is the council’s', () => {
    const body = 'Kelby councillors have voted to scrap the Riverside Leisure Centre contract. At an extraordinary meeting on 9 December 2021, members voted 38 to 9. '
      + 'Riverside Leisure Centre closed in 2020. Riverside Leisure Centre users were angry, and Riverside Leisure Centre staff were moved, Kelby Borough Council said.';
    expect(eventsOf(body, '2021-12-10').filter((e) => e.type === 'meeting').map((e) => [e.date.value, e.subject.name])).toEqual([['2021-12-09', 'Kelby Borough Council']]);
  });

  it('takes a town the lexicon does not know as a place that governs itself when the article names its police chief or mayor', () => {
    const body = 'Carby Police Chief Dana Reed announced her resignation on Thursday, September 12, 2024, two days after a state report. Carby residents were divided, and the Carby mayor accepted it.';
    expect(eventsOf(body, '2024-09-13').map((e) => [e.type, e.date.value, e.subject.key])).toEqual([['departure', '2024-09-12', 'carby']]);
  });
  it('dates a report and the inspection its object names each by its own date, and reads an inspectorate’s possessive as the inspection’s', () => {
    const body = 'Fenmoor Surgery update. Our practice is glad to say that the Care Quality Commission (CQC) has today published the report of its visit and '
      + 'inspection of Fenmoor Surgery on 9 March 2024. The CQC rated the practice as requires improvement.';
    expect(typeDate(eventsOf(body, '2024-05-02'))).toEqual([['report-published', '2024-05-02'], ['inspection', '2024-03-09']]);
    const possessive = eventsOf('Pellham Council said on Tuesday it had accepted the findings of Estyn’s inspection of its schools service.', '2024-11-14');
    expect(possessive.map((e) => e.type)).toContain('report-published');
  });

  it('tells no publication of a report the text says is not published or still awaited', () => {
    const body = 'Kelby Town Council dismissed its clerk on Monday. The investigator’s report, which has not been published, was shared with councillors at the '
      + 'meeting. The council has yet to publish the review.';
    expect(eventsOf(body, '2021-04-21').filter((e) => e.type === 'report-published')).toEqual([]);
  });

  it('reads a region before a kind of place as where the article’s council is, and a service listed in passing as no part of its name', () => {
    const body = 'Pellham Council has declared itself bankrupt, Pellham Council said.\n\nThe London borough’s finance director, Tom Reed, issued a section 114 notice '
      + 'yesterday, stopping all spending except on statutory services such as adult social care. Pellham is the first London borough to do so this year. '
      + 'Pellham residents were angry.';
    expect(eventsOf(body, '2025-01-17').map((e) => [e.type, e.subject.name])).toEqual([['intervention', 'Pellham Council']]);
  });
  it('reads the announcement of an upgrade or an appointment as the telling of that event, and a penalty a body was hit with as a regulator’s', () => {
    expect(eventsOf('Moody’s has raised Kelby County’s bonds to Aa1. The upgrade was announced on Monday, March 4, before a bond sale.', '2024-03-06')
      .map((e) => [e.type, e.date.value])).toEqual([['rating-action', '2024-03-04']]);
    expect(eventsOf('Pellham Hospitals NHS Trust will have a new chair, Tom Reed, whose appointment as chair was announced on 2 May.', '2024-05-09')
      .map((e) => e.type)).not.toContain('announcement');
    expect(eventsOf('Kelby Water said its directors would forgo bonuses after the company was hit with a £3.2m penalty by Ofwat.', '2024-12-12')
      .map((e) => [e.type, e.subject.name])).toEqual([['intervention', 'Kelby Water']]);
  });
  it('reads a published action or engagement plan as a publication, not a plan agreed beside another body’s issued notice', () => {
    const published = eventsOf('HMP Kelby was the subject of an urgent notification in May. The action plan, published on 3 July, sets out 14 steps for the prison.', '2024-07-05');
    expect(published.filter((e) => e.type === 'report-published').map((e) => e.date.value)).toEqual(['2024-07-03']);
    const response = eventsOf('HMP Kelby was the subject of an urgent notification. The response, published on 2 August, commits the prison to 12 steps.', '2023-08-05');
    expect(response.filter((e) => e.type === 'report-published').map((e) => e.date.value)).toEqual(['2023-08-02']);
    const agreed = eventsOf('Kelby Fire Authority has agreed an action plan in response to the cause of concern issued by the inspectorate.', '2024-02-28');
    expect(agreed.filter((e) => e.type === 'report-published')).toEqual([]);
  });
  it('reads a force moved into the engage phase, written in lower case, as the inspectorate’s intervention', () => {
    const body = 'HMICFRS graded Kelby Police inadequate. The force was moved into the engage phase of the inspectorate’s monitoring process on 9 February.';
    expect(eventsOf(body, '2025-03-02').filter((e) => e.type === 'intervention').map((e) => e.date.value)).toEqual(['2025-02-09']);
  });
  it('reads a part of a place as where a body is, and a body someone led in an aside as no subject of their appointment', () => {
    const body = 'Adviser sent in to council\n\nMinisters have appointed an independent adviser to help a south Wales council whose schools service was put into '
      + 'special measures this week.\n\nTom Reed, a former education director in north Wales, will work with Pellham council for a year, the government said on Wednesday.';
    expect(eventsOf(body, '2024-12-12').map((e) => e.subject.name)).toEqual(['Pellham', 'Pellham']);
    const aside = eventsOf('Pellham Health Board was placed in special measures by ministers. Ann Lee, who led a health board in north Wales until 2020, '
      + 'has been appointed interim chair with immediate effect. Audit Wales and NHS Wales had raised concerns about Pellham. Pellham patients were angry.', '2024-02-28');
    expect(aside.filter((e) => e.type === 'appointment').map((e) => e.subject.name)).toEqual(['Pellham Health Board']);
  });
  it('names a care home by its Welsh name or its care home name, one body to the merge', () => {
    const welsh = eventsOf('Plas Kelby in Pellham was rated good for its environment by Care Inspectorate Wales. Kelby Care Ltd, which runs Plas Kelby, said the report, published on Tuesday, was fair.', '2025-07-10');
    expect([...new Set(welsh.map((e) => e.subject.name))]).toEqual(['Plas Kelby']);
    // no grade given: the inspectorate's homes are named as its grades would name them, over the owner named by the same word
    const ungraded = eventsOf('Plas Kelby care home in Pellham has been issued with a non-compliance notice by Care Inspectorate Wales. Inspectors visited the home on 12 March. '
      + 'Owner Kelby Care Ltd\'s manager, Ann Lee, said new staff had started.', '2025-03-30');
    expect([...new Set(ungraded.map((e) => e.subject.name))]).toEqual(['Plas Kelby']);
    expect(keyOf('Fenmoor Care Home')).toBe(keyOf('Fenmoor'));
  });
  it('reads a statutory direction that names someone as their appointment, one with the lead’s', () => {
    const body = 'Ministers have appointed a commissioner to run Pellham Council’s children’s services. A statutory direction issued on Monday names Tom Reed, a former director, as commissioner.';
    expect(typeDate(eventsOf(body, '2025-06-04'))).toEqual([['appointment', '2025-06-02']]);
  });
  it('dates what a clause tells a span of time after or before a dated one by that date less the span', () => {
    const cut = eventsOf('Moody’s on Thursday, October 10, lowered Kelby Transit’s bond rating to A1, three days after Fitch Ratings downgraded the authority to A+.', '2024-10-11');
    expect(cut.map((e) => [e.trigger.text, e.date.value, e.date.source, e.rule])).toEqual([['lowered', '2024-10-10', 'stated', 'stated-date'], ['downgraded', '2024-10-07', 'context', 'offset-date']]);
    const weeks = eventsOf('Pellham Council’s cabinet approved the plan on Tuesday, 4 November 2025, six weeks after the Care Quality Commission published its report on the council.', '2025-11-05');
    expect(weeks.filter((e) => e.type === 'report-published').map((e) => e.date.value)).toEqual(['2025-09']);
  });

  it('leaves a company named after the trigger to the public body the article is about', () => {
    const body = 'Kelby Council has received a public interest report. The report, published on Tuesday by the council’s auditors, found failures in the way the '
      + 'council oversaw Kelby Energy Ltd, a company it owns. Kelby Council said it accepted the findings.';
    expect(eventsOf(body, '2025-01-16').map((e) => e.subject.name)).toEqual(['Kelby Council']);
  });
  it('tells a post announced today to take effect later as one change, on the day it was announced', () => {
    const body = 'KELBY – Mayor Tom Reed today announced that Deputy Chief Ann Lee will serve as interim chief of the Kelby Division of Police, effective Sept. 1.';
    expect(typeDate(eventsOf(body, '2022-08-12'))).toEqual([['appointment', '2022-08-12']]);
    const retiring = eventsOf('Chief Constable Ann Lee of Kelby Police, who announced in May that she would retire at the end of October, spoke to officers.', '2024-09-13');
    expect(retiring.map((e) => e.date.value)).toContain('2024-10');
  });
  it('gives no inspection the date of a report still to be published on it', () => {
    const body = 'Pellham House was rated inadequate. The regulator is expected to publish its report on the inspection next month.';
    expect(eventsOf(body, '2023-02-10').filter((e) => e.date.value === '2023-03')).toEqual([]);
  });
  it('tells no inquiry still expected or promised, only one begun', () => {
    const body = 'HMP Kelby was inspected in June. The inspectorate is expected to carry out an independent review of progress next year. The prison service launched an independent review on Monday.';
    expect(eventsOf(body, '2024-07-19').filter((e) => e.type === 'announcement').map((e) => e.date.value)).toEqual(['2024-07-15']);
  });
  it('reads inspectors who turned up unannounced as the inspection', () => {
    const body = 'The CQC rated Kelby Ambulance Service requires improvement. Inspectors turned up unannounced at the trust’s control room in September.';
    expect(eventsOf(body, '2023-12-15').filter((e) => e.type === 'inspection').map((e) => e.date.value)).toEqual(['2023-09']);
  });
  it('gives an article’s one current inspection the grades the one report of it published', () => {
    const body = 'The latest Ofsted report on Kelby County Council’s children’s services, published today, rates them as requires improvement to be good. Inspectors spent two weeks with social workers in February. In July 2022 the service was judged inadequate.';
    const found = eventsOf(body, '2025-03-21');
    const graded = (type: string) => found.filter((e) => e.type === type && e.date.value !== '2022-07').map((e) => [e.date.value, e.ratings.length]);
    expect(graded('inspection')).toEqual([['2025-02', 1]]);
    expect(graded('report-published')).toEqual([['2025-03-21', 1]]);
  });
  it('reads a hospital ‘surveyed’ as inspected, and people surveyed as no inspection', () => {
    const body = 'Kelby Regional Medical Center will pay a fine to the state. The hospital was surveyed in March. Some 700 residents were surveyed in April.';
    expect(typeDate(eventsOf(body, '2025-08-06'))).toEqual([['inspection', '2025-03']]);
  });
  it('reads a trust named for its hospitals as the trust, one body with its full name', () => {
    expect(keyOf('Kelby and Pellham Hospitals')).toBe(keyOf('Kelby and Pellham Hospitals NHS Foundation Trust'));
    const body = 'Dr Ann Lee was dismissed by the board of Kelby and Pellham Hospitals on Thursday, a week after a review was made public.';
    expect(eventsOf(body, '2024-07-19').filter((e) => e.type === 'departure').map((e) => [e.date.value, e.subject.name])).toEqual([['2024-07-18', 'Kelby and Pellham Hospitals']]);
  });
  it('reads the notice told again with a relative clause before its verb as issued, and a council that declared itself bankrupt as the step', () => {
    const told = 'Pellham Borough Council issued a section 114 notice. The notice, which stops all new spending except on statutory duties, was issued yesterday by its finance director.';
    expect(typeDate(eventsOf(told, '2024-11-05'))).toEqual([['intervention', '2024-11-04']]);
    expect(typeDate(eventsOf('Pellham Borough Council has effectively declared itself bankrupt.', '2024-11-05'))).toEqual([['intervention', '2024-11-05']]);
  });
  it('reads a step the article’s body is the latest of a series of bodies to take as a count, not dated by the span', () => {
    const body = 'Pellham Borough Council has a new leader. Pellham is the latest of a string of councils to issue a section 114 notice since 2018.';
    expect(eventsOf(body, '2024-11-05').filter((e) => e.type === 'intervention')).toEqual([]);
  });
  it('reads someone confirming their plan as no appointment, and a date before a clause opened by once as the plan’s', () => {
    const body = 'Kelby Council leader Tom Reed confirmed he would step down as leader in January, once the council had agreed a recovery plan.';
    expect(eventsOf(body, '2024-11-26').filter((e) => e.type === 'appointment' || (e.type === 'meeting' && e.date.value !== null))).toEqual([]);
  });
  it('gives a date in the possessive to the noun it owns, not to a trigger after it', () => {
    const body = 'Kelby Council is heading into next week’s bond sale with an upgrade from S&P Global Ratings to AA. Its cabinet approved the sale at Monday’s meeting.';
    expect(eventsOf(body, '2024-06-10').filter((e) => e.date.value === '2024-W25')).toEqual([]);
    expect(typeDate(eventsOf(body, '2024-06-10')).filter(([type]) => type === 'meeting')).toEqual([['meeting', '2024-06-10']]);
  });
  it('reads a grade the inspectorate announced as its report on that day, not another announcement', () => {
    const body = 'Kelby Ambulance Service NHS Trust has been rated requires improvement, the Care Quality Commission announced on Friday.';
    expect(typeDate(eventsOf(body, '2024-02-10')).filter(([type]) => type !== 'inspection')).toEqual([['report-published', '2024-02-09']]);
  });
  it('dates an inspection across a bracketed acronym and keys a council’s capitalised service as the council', () => {
    const body = 'Pellham Borough Council’s Children’s Services have been judged good by Ofsted following a full inspection of local authority children’s services (ILACS) carried out between 4 and 15 March 2024. Pellham Borough Council’s leader, Ann Lee, thanked its social workers.';
    const events = eventsOf(body, '2024-04-19');
    expect(events.filter((e) => e.type === 'inspection').map((e) => [e.date.value, e.subject.name])).toEqual([['2024-03-04', 'Pellham Borough Council children’s services']]);
    expect(keyOf('Pellham Borough Council’s Children’s Services')).toBe(keyOf('Pellham Borough Council children’s services'));
  });
  it('reads a place named with its state as the issuer, not the state, and a list of towns to win upgrades as a count of others', () => {
    const body = ['Ohio city lifted to double-A',
      'Pellham Falls, Ohio, is heading into a bond sale with an upgrade from S&P Global Ratings, which moved the city up a notch to AA on Thursday.',
      'The eastern Ohio city of 30,000 has strong reserves, S&P said.',
      'S&P upgraded 12 Ohio local governments in the first quarter. Pellham Falls joins a growing list of towns to win upgrades this year.'].join('\n\n');
    expect(typeDateSubject(eventsOf(body, '2024-06-10'))).toEqual([['rating-action', '2024-06-06', 'Pellham Falls']]);
  });
  it('reads a councillor’s court case as the council’s, by the post the headline names, and a suspended sentence as no suspension', () => {
    const body = ['Former councillor spared jail over charity fraud',
      'A former councillor who took £9,000 from a village charity has been given a suspended prison sentence.',
      'Tom Reed, of Mill Road, Ashby, was sentenced at Kelby Crown Court yesterday to 18 months in prison, suspended for two years.',
      'He was also ordered to repay the money.',
      'Reed resigned from Pellham District Council on 12 February, a week after the verdict.'].join('\n\n');
    expect(typeDateSubject(eventsOf(body, '2024-03-16'))).toEqual([
      ['departure', '2024-02-12', 'Pellham District Council'], ['legal', '2024-03-15', 'Pellham District Council']]);
    const jailed = 'Kelby Council’s former leader Tom Reed was jailed for 18 months, suspended for two years, at Kelby Crown Court on 3 May.';
    expect(eventsOf(jailed, '2024-05-16').filter((e) => e.type === 'departure')).toEqual([]);
  });
  it('reads a dateline before a dash as the place, and an ethics commission or a prosecutor’s office as acting on the body, not as it', () => {
    const body = ['Ethics report: Pellham Heights mayor steered contracts to relative’s firm',
      'PELLHAM HEIGHTS — Mayor Tom Reed took part in decisions to award city contracts to a company owned by his brother, according to a report released Monday by the Ohio Ethics Commission.',
      'The Ohio Ethics Commission found he approved $1 million in contracts for Reed Paving & Sons. The Ohio Ethics Commission has referred the case to the Kelby County Prosecutor’s Office.'].join('\n\n');
    expect(typeDateSubject(eventsOf(body, '2024-09-10'))).toEqual([['report-published', '2024-09-09', 'Pellham Heights']]);
  });
  it('reads a government intervention that ends, its commissioners leaving or handing back control, as its end announced', () => {
    const ends = 'The government’s intervention at Pellham Borough Council would formally end on 31 October, the minister said.';
    expect(typeDate(eventsOf(ends, '2024-10-18')).filter(([type]) => type === 'announcement')).toEqual([['announcement', '2024-10-31']]);
    const left = 'The commissioners who have run Pellham Borough Council since 2021 handed back control yesterday.';
    expect(typeDate(eventsOf(left, '2024-11-01'))).toEqual([['announcement', '2024-10-31']]);
    expect(typeDate(eventsOf('Opposition councillors on Pellham Borough Council called for the commissioners to leave on 3 May 2024.', '2024-05-04'))).toEqual([]);
  });
  it('reads a trust named for the place of the hospital it runs as the article’s body, not the hospital the lead says it runs', () => {
    const body = ['Kelby Vale hospitals trust placed in special measures',
      'The trust which runs Kelby General Hospital and St Anne’s Hospital in Pellham has been placed into special measures after inspectors rated it inadequate.',
      'The Care Quality Commission downgraded Kelby Vale Hospitals NHS Trust from requires improvement to inadequate after an inspection in June.',
      'The CQC issued the trust with a warning notice in July.'].join('\n\n');
    expect(eventsOf(body, '2024-08-14').filter((e) => e.type === 'intervention').map((e) => [e.date.value, e.subject.name])).toEqual([['2024-07', 'Kelby Vale Hospitals NHS Trust']]);
  });
  it('reads a career’s first rank as no appointment, and a date before ‘and’ and another verb as its own conjunct’s', () => {
    const body = 'Kelby Fire and Rescue Service’s chief fire officer Tom Reed, who joined the service as a firefighter in 1989 and became chief in 2017, will retire.';
    expect(typeDate(eventsOf(body, '2024-05-01')).filter(([type]) => type === 'appointment')).toEqual([['appointment', '2017']]);
  });
  it('reads someone reinstated in their post as taking it again, and a reinstatement only called for as none', () => {
    const body = 'The Board of Trustees of Kelby Academies Trust can confirm that Ann Lee has been reinstated as headteacher of Kelby Academy with effect from Tuesday 23 January.';
    expect(typeDate(eventsOf(body, '2024-01-23')).filter(([type]) => type === 'appointment')).toEqual([['appointment', '2024-01-23']]);
    expect(typeDate(eventsOf('Parents at Kelby Academy called for Ann Lee to be reinstated on 3 May 2024.', '2024-05-04'))).toEqual([]);
    expect(typeDate(eventsOf('Kelby Council would have reinstated the parking ban that lapsed on 3 May 2024.', '2024-05-04')).filter(([type]) => type === 'appointment')).toEqual([]);
  });
  it('dates a response’s object by its own day, not the day of the response', () => {
    const body = ['Kelby Water responds to downgrade',
      'Kelby Water today responded to Fitch’s decision to cut its rating to BBB from BBB+.',
      'Fitch took the rating action on 18 September 2025 after its annual review.'].join('\n\n');
    expect(typeDate(eventsOf(body, '2025-09-19')).filter(([type, date]) => type === 'rating-action' && date !== null)).toEqual([['rating-action', '2025-09-18']]);
  });
  it('reads past a participle’s aside between a trigger and its date, brackets and all', () => {
    const body = 'The inspection of the service, run jointly by Kelby Borough Council and NHS Kelby Integrated Care Board (ICB), took place from 2 to 6 May. Ofsted published its report today.';
    expect(typeDate(eventsOf(body, '2025-07-29')).filter(([type]) => type === 'inspection')).toEqual([['inspection', '2025-05-02']]);
  });
  it('dates a government’s release by the day it states in brackets after ‘Today’, through the commas of a department’s name', () => {
    const body = 'Today (5 March 2024) the Secretary of State for Levelling Up, Housing and Communities has announced a set of measures at Kelby Council, including the appointment of three commissioners.';
    expect(typeDate(eventsOf(body))).toEqual([['appointment', '2024-03-05']]);
  });
  it('keeps a clause’s comma between an opening date and a later clause’s trigger', () => {
    const body = 'Ann Lee sat on the Kelby district bench for a decade. In October, when a seat fell vacant at Kelby Crown Court, Tom Reed gave her the appointment.';
    expect(typeDate(eventsOf(body)).filter(([type]) => type === 'appointment')).toEqual([]);
  });
  it('reads a post of a place that opens a court’s step, unnamed, as the place’s official in court', () => {
    const body = 'Kelby Falls mayor held\n\nThe Mayor of Kelby Falls was arrested on Monday on fraud charges, prosecutors said.';
    expect(typeDateSubject(eventsOf(body, '2024-10-09'))).toEqual([['legal', '2024-10-07', 'Kelby Falls']]);
  });
  it('reads a board’s decision to suspend its chief executive as the suspension', () => {
    const body = 'On 3 February 2025, the board of Kelby Hospitals NHS Trust voted to suspend its chief executive, Ann Lee.';
    expect(typeDate(eventsOf(body, '2025-02-04'))).toEqual([['departure', '2025-02-03']]);
  });
  it('reads a force no longer in enhanced monitoring, or taken out of special monitoring, as the end announced, not as its entry', () => {
    const confirmed = 'HMICFRS confirmed on Tuesday that Kelby Police is no longer in Engage.';
    expect(typeDate(eventsOf(confirmed, '2024-03-13'))).toEqual([['announcement', '2024-03-12']]);
    const taken = 'Kelby Police has been taken out of special monitoring by the inspectorate.';
    expect(typeDate(eventsOf(taken, '2024-03-13'))).toEqual([['announcement', '2024-03-13']]);
  });
  it('reads a participle joined to the lead’s present perfect as the news of the day', () => {
    const body = 'Fitch has shifted its outlook on Kelby County to stable, and affirmed the county’s A+ rating.';
    expect(typeDate(eventsOf(body, '2024-11-14'))).toEqual([['rating-action', '2024-11-14']]);
  });
  it('reads a title-case headline’s rating noun as no part of the body’s name', () => {
    const body = 'Moody’s Changes City of Kelby Outlook to Stable\n\nMoody’s has changed its outlook on the City of Kelby’s debt to stable and affirmed the City’s Aa2 rating.';
    expect(eventsOf(body, '2024-11-13').map((e) => e.subject.name)).toEqual(['City of Kelby']);
    // nor an agency's capitals for the grade it gives, or for its outlook
    const release = 'Kelby County water authority review\n\nS&P Global Ratings - Chicago - 14 Mar 2024: S&P Global Ratings has raised the Long-Term Rating of '
      + 'Kelby County Water Authority to A+. The Rating Outlook has been revised to Positive from Stable.';
    expect(eventsOf(release, '2024-03-14').map((e) => e.subject.name)).toEqual(['Kelby County Water Authority']);
  });
  it('reads the last residents leaving a home as its closure', () => {
    const body = 'Kelby Lodge care home closes\n\nThe last residents moved out of Kelby Lodge care home on Friday, the Care Quality Commission said.';
    expect(typeDate(eventsOf(body, '2024-09-13')).filter(([type]) => type === 'closure')).toEqual([['closure', '2024-09-13']]);
  });
  it('reads other bodies’ steps counted loosely, and a scheme’s history, as no step of the article’s body', () => {
    const body = ['Kelby issues section 114 notice', 'Kelby City Council issued a section 114 notice on 26 November 2024.',
      'A number of other councils have issued section 114 notices since 2020.',
      'Improvement notices were first used in 2019 under the same law.'].join('\n\n');
    expect(typeDate(eventsOf(body, '2024-11-27'))).toEqual([['intervention', '2024-11-26']]);
  });
  it('reads a city’s Common Council and its alderpersons as its council, and a place that only locates a private firm as no subject', () => {
    const body = ['Fire chief suspended',
      'Pellham’s fire chief has been suspended while a Kelby law firm looks into complaints from staff.',
      'Two members of the Common Council said they were not consulted.',
      '“We should have been told,” said Alderperson Ann Lee.'].join('\n\n');
    expect(eventsOf(body, '2025-02-05').map((e) => [e.type, e.subject.name])).toEqual([['departure', 'Pellham']]);
    expect(keyOf('Pellham Common Council')).toBe(keyOf('Pellham City Council'));
  });
  it('reads an auditor’s findings published as its report', () => {
    const body = 'Kelby Council warned over budget\n\nThe Accounts Commission’s findings on Kelby Council, published today, say it has no plan to close its budget gap.';
    expect(typeDate(eventsOf(body, '2023-12-07'))).toEqual([['report-published', '2023-12-07']]);
  });
  it('reads ‘the action, announced yesterday’ in a credit story as the agency’s action, not another announcement', () => {
    const body = ['Moody’s lowers Kelby University rating', 'Moody’s has cut Kelby University’s rating to A2 from A1.',
      'The action, announced yesterday, covers £90 million of its debt.'].join('\n\n');
    expect(typeDate(eventsOf(body, '2025-02-12'))).toEqual([['rating-action', '2025-02-11']]);
  });
  it('dates a step in the ‘when’ clause after a date by that date, however long the clause', () => {
    const body = 'It is the first full inspection of Kelby Council’s children’s services since May 2021, when inspectors rated the service inadequate and the Department for Education issued an improvement notice.';
    expect(typeDate(eventsOf(body, '2025-04-25')).filter(([type]) => type === 'intervention')).toEqual([['intervention', '2021-05']]);
  });
  it('reads a step only expected or likely as none taken', () => {
    const body = 'Kelby Police’s deputy chief constable, Ann Lee, is expected to retire next year. Kelby Council is likely to issue a section 114 notice in March 2025.';
    expect(typeDate(eventsOf(body, '2024-11-01'))).toEqual([]);
  });
});
