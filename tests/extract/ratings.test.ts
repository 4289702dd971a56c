import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates/index.js';
import { extractRatings } from '../../src/extract/ratings/index.js';

const rate = (body: string, publishedAt: string | null = null) => extractRatings(body, { dates: extractDates(body, { publishedAt }) });

describe('extractRatings', () => {
  it('reads passive verdicts with their subject and date', () => {
    const body = 'Ofsted praised the service. Individual service areas were judged Good, while the “Quality of leadership in frontline practice” was judged Outstanding in a report published today (January 12) following a full inspection of the service in November.';
    const r = rate(body, 'XXXX-01-12');
    expect(r.map((x) => [x.value, x.scale, x.subject, x.when])).toEqual([
      ['Good', 'ofsted', 'Individual service areas', 'XXXX-11'],
      ['Outstanding', 'ofsted', 'the “Quality of leadership in frontline practice”', 'XXXX-11'],
    ]);
    for (const x of r) expect(body.slice(x.start, x.end)).toBe(x.text);
  });

  it('reads "from ‘X’ to ‘Y’" as a change of grade', () => {
    const [r] = rate('Paul Walker said the change in Ofsted rating from ‘Requires Improvement’ to ‘Inadequate’ is upsetting.');
    expect(r).toMatchObject({ value: 'Inadequate', previous: 'Requires Improvement', scale: 'ofsted' });
  });

  it('reads an active verdict with the object between verb and grade, dated by its own clause', () => {
    const [r, ...rest] = rate('In July 2022 Ofsted deemed Herefordshire’s children’s services ‘inadequate’, but after two visits in June 2023 the organisation reported progress.');
    expect(rest).toHaveLength(0);
    expect(r).toMatchObject({ value: 'Inadequate', subject: 'Herefordshire’s children’s services', when: '2022-07' });
  });

  it('keeps lower-case grades followed by a preposition ("judged inadequate in July 2022")', () => {
    const [r] = rate('The inspection follows the service being judged inadequate in July 2022 by Ofsted.');
    expect(r).toMatchObject({ value: 'Inadequate', subject: 'the service', when: '2022-07' });
  });

  it('keeps a grade followed by a verb ("its rating of requires improvement remains")', () => {
    const [r] = rate('The CQC report is out. The clinic’s headline rating of requires improvement remains in place.');
    expect(r).toMatchObject({ value: 'Requires Improvement', scale: 'cqc' });
  });

  it('reads a grade after "down from" as the previous grade of the rating before it, and as the earlier grade it was', () => {
    const found = rate('Inspectors from the Care Quality Commission rated Ashgrove Lodge ‘requires improvement’, down from the ‘good’ rating it held in 2019.');
    expect(found.map((r) => [r.value, r.previous, r.when])).toEqual([['Requires Improvement', 'Good', null], ['Good', null, '2019']]);
  });

  it('reads "out of the X category" as the previous grade, dated by the earlier inspection, not the new one', () => {
    const found = rate('Brookfield Academy was rated good by Ofsted this week, which moves the school out of the “requires improvement” category given after its last inspection in 2021.');
    expect(found.map((r) => [r.value, r.previous, r.when])).toEqual([['Good', 'Requires Improvement', null], ['Requires Improvement', null, '2021']]);
  });

  it('picks the scale from the inspectorate named nearby', () => {
    const [cqc] = rate('The Care Quality Commission rated the home Requires Improvement after a visit in May 2024.');
    expect(cqc).toMatchObject({ scale: 'cqc', value: 'Requires Improvement', subject: 'the home' });
    const [police] = rate('HMICFRS inspectors said the force was graded adequate at investigating crime.');
    expect(police).toMatchObject({ scale: 'hmicfrs', value: 'Adequate' });
  });

  it('reads star ratings and credit ratings', () => {
    expect(rate('The takeaway was given a five-star food hygiene rating.')[0]).toMatchObject({ scale: 'stars', value: '5' });
    const [credit] = rate("Moody's downgraded the council's credit rating from Aa2 to A1 on Friday.");
    expect(credit).toMatchObject({ scale: 'credit', value: 'A1', previous: 'Aa2' });
  });

  it('accepts extra scales from the caller', () => {
    const scales = [{ id: 'estyn-new', grades: ['Excellent', 'Good'], cue: /\bEstyn\b/i, reason: 'test' }];
    const [r] = extractRatings('Estyn judged the school Excellent last year.', { scales });
    expect(r).toMatchObject({ scale: 'estyn-new', value: 'Excellent' });
  });

  it.each([
    ['The surgery was judged as requiring improvement by the CQC.', 'Requires Improvement'],
    ['Ofsted said the nursery required improvement in two areas and was good in the rest.', 'Requires Improvement'],
    ['Inspectors from Ofsted rated the academy as "requiring improvement".', 'Requires Improvement'],
  ])('reads inflected grades: %s', (body, value) => {
    expect(rate(body)[0]).toMatchObject({ value, text: expect.stringMatching(/^requir/) });
  });

  it('reads grades given area by area, once a police inspectorate is named nearby', () => {
    const found = rate('The inspectorate HMICFRS published its PEEL report on Larchfield Constabulary. The force was adequate in three areas, required improvement in two areas and was inadequate at supporting victims.');
    expect(found.map((r) => r.value)).toEqual(['Adequate', 'Requires Improvement', 'Inadequate']);
    const more = rate('HMICFRS graded Larchfield Constabulary in its PEEL report. It was rated good in two areas and adequate in three more.');
    expect(more.map((r) => r.value)).toEqual(['Good', 'Adequate']);
    const counted = rate('HMICFRS graded Larchfield Constabulary in its PEEL report. It was graded good in one area, adequate in three and inadequate in two.');
    expect(counted.map((r) => r.value)).toEqual(['Good', 'Adequate', 'Inadequate']);
    // a count that is a year's or a month's is no area's
    expect(rate('HMICFRS graded Larchfield Constabulary. It was rated good in 2019.').map((r) => r.rule)).not.toContain('grade-in-areas');
  });

  it('reads a grade before its noun, with the awarding body between', () => {
    expect(rate('Parents were shocked by the school’s ‘inadequate’ Ofsted verdict.')[0]).toMatchObject({ value: 'Inadequate', rule: 'grade-noun' });
  });

  it('reads a credit grade before the kinds of debt it rates, however many are coordinated', () => {
    const found = rate('Moody’s affirmed the county’s Aa2 issuer and general obligation ratings, as well as the Aa1 rating on its sewer bonds.');
    expect(found.map((r) => [r.value, r.rule])).toEqual([['Aa2', 'grade-noun'], ['Aa1', 'grade-noun']]);
  });

  it('does not date a grade by the day someone reacted to the decision that gave it', () => {
    const [r] = rate('The mayor on Friday welcomed the decision by Moody’s to affirm the city’s A2 general obligation rating.', '2025-03-14');
    expect(r).toMatchObject({ value: 'A2', when: null });
    const [cut] = rate('Kelby Water today responded to Fitch’s decision to cut its rating to BBB from BBB+.', '2025-09-19');
    expect(cut).toMatchObject({ value: 'BBB', when: null });
  });

  it('does not date a grade by a date in a relative clause after it', () => {
    const [r] = rate('Fitch assigned its A+ rating to the county’s new notes, which go on sale on 3 June.', '2024-05-20');
    expect(r).toMatchObject({ value: 'A+', when: null });
    const [held] = rate('The county still holds an Aa2 rating from Moody’s, which was affirmed in May 2023.', '2024-10-17');
    expect(held).toMatchObject({ value: 'Aa2', when: '2023-05' });
  });

  it('does not date a grade by the date closing a participle’s aside before its clause', () => {
    const [r] = rate('Under Ofsted’s revised framework, launched in January, Kelby Academy was judged inadequate.', '2025-07-01');
    expect(r).toMatchObject({ value: 'Inadequate', when: null });
  });

  it.each([
    ['Kestrel Primary School has been placed in special measures after an inspection by Ofsted.', 'ofsted'],
    ['The CQC said the trust was in special measures.', 'cqc'],
    ['Ofsted inspectors concluded that the school requires special measures.', 'ofsted'],
  ])('reads special measures as a grade: %s', (body, scale) => {
    expect(rate(body)).toEqual([expect.objectContaining({ value: 'Special Measures', scale, rule: 'special-measures' })]);
  });

  it('reads special measures a government places a health board in, in an article naming no school, Ofsted nor the CQC, as no grade', () => {
    expect(rate('Kelby University Health Board has been placed in special measures by the Welsh Government, the health minister said.')).toEqual([]);
    expect(rate('Kelby Primary School has been placed in special measures.').map((r) => r.value)).toEqual(['Special Measures']);
  });

  it('reads credit grades the agencies’ ways: a notch moved, an agency named a sentence before, a bond rating', () => {
    const body = 'Fitch Ratings reviewed the county’s finances this week. It lowered Oakvale County’s rating to AA-, citing pension costs. '
      + 'The county still holds a Aa2 bond rating from the other agency.';
    expect(rate(body).map((r) => [r.value, r.scale])).toEqual([['AA-', 'credit'], ['Aa2', 'credit']]);
    expect(rate('Moody’s downgraded the port authority two notches to Baa1 on Monday.')[0]).toMatchObject({ value: 'Baa1', rule: 'move-to' });
    expect(rate('S&P Global Ratings lifted the county’s general obligation debt to AA+ from AA this week.').map((r) => [r.value, r.previous, r.rule])).toEqual([['AA+', 'AA', 'move-to']]);
    // (a rating revised to a grade is moved; an outlook revised names none)
    expect(rate('The mayor spoke after S&P Global Ratings revised the city’s general obligation rating to A+.').map((r) => [r.value, r.rule])).toEqual([['A+', 'move-to']]);
    expect(rate('S&P Global Ratings revised its outlook on Kelby County to negative.')).toEqual([]);
    // a grade kept 'at' a code in quote marks, its owner before the debt's long name and short form
    expect(rate('Fitch Ratings has affirmed Kelby University’s Long-Term Issuer Default Rating (IDR) at ‘A+’ with a Stable Outlook.').map((r) => [r.value, r.subject, r.rule]))
      .toEqual([['A+', 'Kelby University', 'affirmed-at']]);
  });

  it('reads special measures a school has entered, and a grade given with ‘as’ after its object', () => {
    expect(rate('Kestrel Primary School has entered special measures after an Ofsted inspection.').map((r) => r.value)).toEqual(['Special Measures']);
    const graded = rate('Ofsted inspectors graded the quality of teaching and leadership as inadequate.');
    expect(graded.map((r) => [r.value, r.rule])).toEqual([['Inadequate', 'award-verb-object']]);
  });

  it('reads a bare grade after ‘down from’ as the previous one, whose date is not the new grade’s', () => {
    const found = rate('The CQC rated Westshire NHS Trust as requires improvement overall, down from good at its last inspection in 2019.');
    expect(found.find((r) => r.value === 'Requires Improvement')).toMatchObject({ previous: 'Good', when: null });
  });

  it('reads the grade after ‘a drop from’ as the previous one, dated by its own phrase and not by the news’s date', () => {
    const found = rate('Ofsted rated Kelby Borough Council children’s services inadequate in January 2024, a drop from requires improvement at its last full inspection in 2021.');
    expect(found.map((r) => [r.value, r.previous, r.when])).toEqual([['Inadequate', 'Requires Improvement', '2024-01'], ['Requires Improvement', null, '2021']]);
    // with no date of its own, the earlier grade is undated
    const bare = rate('Ofsted rated Kelby Borough Council children’s services inadequate in January 2024, a fall from good.');
    expect(bare.map((r) => [r.value, r.previous, r.when])).toEqual([['Inadequate', 'Good', '2024-01'], ['Good', null, null]]);
    // nor is it dated by the visit that gave the new one, past a comma
    const visit = rate('Last September the CQC rated the ward inadequate, down from good, following a visit in July 2024.', '2025-04-03');
    expect(visit.map((r) => [r.value, r.previous, r.when])).toEqual([['Inadequate', 'Good', '2024-09'], ['Good', null, null]]);
  });

  it('dates a grade by its own clause, not by a participle clause after it', () => {
    const found = rate('Moody’s Ratings on Tuesday downgraded Kelby City School District, Ohio, to A3 from A1, concluding a review for downgrade that began March 12.', '2025-05-21');
    expect(found.map((r) => [r.value, r.previous, r.when])).toEqual([['A3', 'A1', '2025-05-20']]);
  });

  it('reads Education Scotland’s grades, evaluated as they are', () => {
    const found = rate('Education Scotland inspectors evaluated Kelby Council’s leadership of change as satisfactory. Self-evaluation was evaluated as weak.');
    expect(found.map((r) => [r.value, r.scale])).toEqual([['Satisfactory', 'education-scotland'], ['Weak', 'education-scotland']]);
  });

  it('leaves the news undated when the sentence’s date is an earlier grade’s, told right by it', () => {
    const found = rate('A Westmere school that Ofsted judged good four years ago is still in special measures.', '2024-05-01');
    expect(found.map((r) => [r.value, r.when])).toEqual([['Good', '2020'], ['Special Measures', null]]);
  });

  it('gives no grade the date of a main clause told a span of time after it', () => {
    const found = rate('Kelby Council sold its bonds on Thursday, two weeks after Fitch raised the council one notch to AA.', '2024-03-08');
    expect(found.map((r) => [r.value, r.when])).toEqual([['AA', null]]);
  });

  it('reads the outcome of an area SEND inspection as a grade, and not one said to be absent', () => {
    const found = rate('Ofsted and the CQC found widespread and/or systemic failings in support for children with SEND in Kelby. The partnership’s arrangements had been judged to lead to inconsistent experiences and outcomes in 2019.');
    expect(found.map((r) => [r.value, r.scale])).toEqual([['Widespread and/or Systemic Failings', 'ofsted'], ['Inconsistent Experiences and Outcomes', 'ofsted']]);
    expect(rate('Inspectors found no widespread or systemic failings in Pellham’s SEND services.')).toEqual([]);
  });

  it('gives no grade the date of what an appositive after it says the move will bring', () => {
    const [r] = rate('Fitch Ratings has raised Kelby’s credit rating one notch, from AA to AA+, a move officials say will save money when the city sells bonds next week.', '2024-08-14');
    expect(r).toMatchObject({ value: 'AA+', previous: 'AA', when: null });
    // nor the year a bond falls due
    expect(rate('Fitch said the university’s £250m bond, due 2055, was rated AA-.')).toMatchObject([{ value: 'AA-', when: null }]);
  });

  it('gives no grade the date of a main clause told days after it', () => {
    const found = rate('The director will step down at the end of March, days after Ofsted rated Kelby’s children’s services inadequate.', '2024-03-08');
    expect(found.map((r) => [r.value, r.when])).toEqual([['Inadequate', null]]);
  });

  it('reads Care Inspectorate Wales’s grades on its own scale, not Scotland’s', () => {
    const found = rate('Care Inspectorate Wales rated the home as requires significant improvement for leadership and management.');
    expect(found.map((r) => [r.value, r.scale])).toEqual([['Requires Significant Improvement', 'ciw']]);
  });

  it('reads junk only where no grade code is given', () => {
    expect(rate('S&P cut the utility’s debt to junk status on Friday.').map((r) => r.value)).toEqual(['Junk']);
    expect(rate('S&P cut the utility’s debt to junk by lowering it to BB+ on Friday.').map((r) => r.value)).toEqual(['BB+']);
  });

  it('reads a food hygiene rating written as a word or a digit', () => {
    expect(rate('The bakery was given a food hygiene rating of one after mice were found.')[0]).toMatchObject({ value: 'One', scale: 'food-hygiene', subject: 'The bakery' });
    // a rating moved to a number, and a number 'rated' in a story about food hygiene (only there)
    expect(rate('The café has had its food hygiene rating cut to two.').map((r) => r.value)).toEqual(['Two']);
    const rated = 'Blue Lantern on Mill Street was rated 2 after food hygiene officers called. It had been rated 5 at its last visit.';
    expect(rate(rated).map((r) => [r.value, r.subject])).toEqual([['Two', 'Blue Lantern on Mill Street'], ['Five', null]]);
    expect(rate('The film was rated 4 by critics at its premiere.')).toEqual([]);
    // (what it was given to, in the passive, whatever words stand between: 'was given a food hygiene rating', 'was awarded a four')
    expect(rate('Blue Lantern on Mill Street was given a food hygiene rating of 1 after a visit.')[0]).toMatchObject({ value: 'One', subject: 'Blue Lantern on Mill Street' });
    // a digit is its grade's word, so '0 out of 5' and 'a zero rating' are one grade across outlets
    expect(rate('It now has a hygiene rating of 4.')[0]).toMatchObject({ value: 'Four', scale: 'food-hygiene' });
    expect(rate('The takeaway has the lowest possible food hygiene rating, 0 out of 5, after a routine visit.').map((r) => r.value)).toEqual(['Zero']);
    // a number awarded bare, in a food hygiene story, and not a number of years
    const rerated = 'The café given a zero food hygiene rating in May has been re-inspected and awarded a four. Its owner was given a five-year lease.';
    expect(rate(rerated).map((r) => r.value)).toEqual(['Zero', 'Four']);
    // written before its noun, and as a mark out of five in a story about food hygiene (only there)
    expect(rate('The café was handed a zero food hygiene rating last week.')[0]).toMatchObject({ value: 'Zero', scale: 'food-hygiene' });
    const story = 'The café was handed a zero food hygiene rating last week. It had been rated three out of five at its previous visit.';
    expect(rate(story).map((r) => r.value)).toEqual(['Zero', 'Three']);
    expect(rate('The film was rated three out of five by critics.')).toEqual([]);
    // awarded as a mark, and 'a rating of' with 'hygiene' left out, in a food hygiene story only
    const later = 'The café was handed a zero food hygiene rating in May. It has now been awarded four out of five. It had held a rating of five before.';
    expect(rate(later).map((r) => r.value)).toEqual(['Zero', 'Four', 'Five']);
    expect(rate('The hotel had held a rating of five on the travel site.')).toEqual([]);
    // (a story that names the scheme only by its 'hygiene rating' is about it too)
    expect(rate('Inspectors gave the café a hygiene rating of zero. It had held a rating of four when it was last inspected.').map((r) => r.value)).toEqual(['Zero', 'Four']);
    // a range is a statement about the scheme, no grade given
    expect(rate('The café was handed a zero food hygiene rating in May. Most cafés in the town have a rating of 4 or 5.').map((r) => r.value)).toEqual(['Zero']);
  });

  it('reads a move over a long object, and the grade it moved from after the new one', () => {
    expect(rate("S&P Global Ratings has cut the city of Westport's credit rating by one notch to BBB+ from A-, citing its pension costs.").map((r) => [r.value, r.previous]))
      .toEqual([['BBB+', 'A-']]);
    // the object set off by commas: a place and its state, or the notches
    expect(rate('Moody’s Ratings downgraded Lakeport, Ohio, to A1 from Aa2 on Tuesday.').map((r) => [r.value, r.previous])).toEqual([['A1', 'Aa2']]);
    expect(rate('S&P Global Ratings cut the town’s general obligation rating one notch, to A+ from AA-.').map((r) => [r.value, r.previous])).toEqual([['A+', 'AA-']]);
    // ('dropped' moves a grade as 'cut' does; the grade after 'down from' is the one it moved from)
    expect(rate('Moody’s dropped the district to A2, down from Aa3, on Thursday.').map((r) => [r.value, r.previous])[0]).toEqual(['A2', 'Aa3']);
    // (a short grade whose letters the previous grade holds: its place is where the grade matched, not inside 'AA-')
    const body = 'Fitch Ratings lowered the city to A from AA- on Tuesday. S&P lowered it to A- from AA- on Thursday.';
    expect(rate(body).map((r) => [r.value, r.previous, body.slice(r.start, r.end)])).toEqual([['A', 'AA-', 'A'], ['A-', 'AA-', 'A-']]);
  });

  it('reads a participle that tells the grading after a comma, and no rating noun as one', () => {
    const body = 'The Care Quality Commission has published its assessment of Kelby County Council, rating the council’s adult social care as ‘Requires Improvement’ overall.';
    expect(rate(body).map((r) => [r.value, r.rule, r.subject])).toEqual([['Requires Improvement', 'participle-as', 'the council’s adult social care']]);
    expect(rate('The CQC published its rating, the council said, as good news for staff.')).toEqual([]);
  });

  it('reads grade words against the inspectorate only the headline names', () => {
    const body = 'Staff at Westfield School are celebrating after the school was judged outstanding in every area.';
    expect(extractRatings(body, { title: 'School celebrates top Ofsted grade' }).map((r) => [r.value, r.scale])).toEqual([['Outstanding', 'ofsted']]);
    expect(extractRatings(body, { title: 'School celebrates' })).toEqual([]);
  });

  it('reads the scales of the Care Inspectorate and the TEF', () => {
    expect(rate('The Care Inspectorate graded the care home weak for its staffing.')[0]).toMatchObject({ scale: 'care-inspectorate', value: 'Weak' });
    expect(rate('The Care Inspectorate graded Kelby House 2 out of 6 - weak - for how it supports wellbeing.')[0]).toMatchObject({ scale: 'care-inspectorate', value: 'Weak' });
    expect(rate('Under the TEF, the university was awarded Silver.')[0]).toMatchObject({ scale: 'tef', value: 'Silver' });
    // (the grade it moved from, by number and word, is the previous one, dated by its own phrase)
    const down = rate('The Care Inspectorate graded Kelby House 2 (weak) for wellbeing, down from 4 (good) at its previous inspection in 2023.');
    expect(down.map((r) => [r.value, r.previous, r.when])).toEqual([['Weak', 'Good', null], ['Good', null, '2023']]);
  });

  it('reads a second object graded after the first, and a grade for an area told with ‘in’', () => {
    const prison = rate('HM Inspectorate of Prisons graded safety as poor, and purposeful activity and preparation for release as not sufficiently good.');
    expect(prison.map((r) => [r.value, r.subject])).toEqual([['Poor', 'safety'], ['Not Sufficiently Good', 'purposeful activity and preparation for release']]);
    const areas = rate('HMICFRS graded the service inadequate in two areas, and requires improvement in promoting fairness and diversity.');
    expect(areas.map((r) => r.value)).toEqual(['Inadequate', 'Requires Improvement']);
    // (no grade without a grading verb before it)
    expect(rate('Ofsted praised the staff, and described the garden as good.')).toEqual([]);
  });

  it('reads no grade in a band two grades name, and keeps a grade given as a floor', () => {
    expect(rate('Kelby Nursery is one of 14 settings in the town rated good or outstanding by Ofsted.')).toEqual([]);
    expect(rate('The force was graded adequate or better in most areas at its last PEEL inspection by HMICFRS.').map((r) => r.value)).toEqual(['Adequate']);
  });

  it('reads HIQA’s compliance judgements, each given against a count of regulations or standards, and no compliance elsewhere', () => {
    const home = 'A nursing home in Pellham was found to be not compliant with four regulations at an inspection by HIQA. It was substantially compliant on two regulations and compliant on seven.';
    expect(rate(home).map((r) => [r.value, r.scale, r.rule])).toEqual([
      ['Not Compliant', 'hiqa', 'award-verb'], ['Substantially Compliant', 'hiqa', 'grade-against-rules'], ['Compliant', 'hiqa', 'grade-against-rules'],
    ]);
    const hospital = 'The Health Information and Quality Authority said Kelby Hospital was non-compliant with national standards on patient flow, and partially compliant with three others.';
    expect(rate(hospital).map((r) => r.value)).toEqual(['Non-Compliant', 'Partially Compliant']);
    // (a firm's compliance with rules is no grade where no inspectorate that judges it is named)
    expect(rate('The company said it was fully compliant with all regulations and substantially compliant with two standards.')).toEqual([]);
  });

  it('gives the grade the article puts in the past as the previous grade of the current one', () => {
    const body = 'Ofsted has rated Fernhill School inadequate. The school was previously rated good in 2016.';
    expect(rate(body).map((r) => [r.value, r.previous])).toEqual([['Inadequate', 'Good'], ['Good', null]]);
    const change = 'At its last inspection Ofsted rated the college good, but this time it was rated requires improvement.';
    expect(rate(change).map((r) => [r.value, r.previous])).toEqual([['Good', null], ['Requires Improvement', 'Good']]);
  });

  it('reads an earlier grade the article tells apart as the previous one of its verdict, though a part is given that grade now', () => {
    const body = 'Kelby Academy was judged inadequate overall by Ofsted in March 2024. The school had been rated good at its previous full inspection in 2019. The sixth form was judged good.';
    expect(rate(body).filter((r) => r.value === 'Inadequate').map((r) => r.previous)).toEqual(['Good']);
    const back = 'Kelby Academy was rated inadequate by Ofsted in a report published on Thursday. The school was rated as good back in 2019.';
    expect(rate(back).filter((r) => r.value === 'Inadequate').map((r) => r.previous)).toEqual(['Good']);
    const last = 'Kelby Academy has been placed in special measures and rated inadequate by Ofsted, five years after it was last judged good.';
    expect(rate(last).filter((r) => r.value === 'Inadequate').map((r) => r.previous)).toEqual(['Good']);
  });

  it('reads Ofsted’s full name of a grade as one grade, and no grade as given on the day a period opened', () => {
    expect(rate('Kelby Council was previously rated ‘requires improvement to be good’ by Ofsted.').map((r) => r.value)).toEqual(['Requires Improvement']);
    expect(rate('Ofsted judged the council’s services overall to require improvement to be good.').map((r) => r.value)).toEqual(['Requires Improvement']);
    const period = rate('Of the 14 councils Ofsted has judged since September, four have been rated inadequate.', '2024-01-20');
    expect(period.map((r) => [r.value, r.when])).toEqual([['Inadequate', null]]);
  });

  it('reads the Care Inspectorate’s numbered grades by their words, and Estyn’s follow-up category', () => {
    const home = rate('The Care Inspectorate graded Oakdene Lodge 1, unsatisfactory, for wellbeing, and its leadership was graded 2 (weak).');
    expect(home.map((r) => [r.value, r.scale])).toEqual([['Unsatisfactory', 'care-inspectorate'], ['Weak', 'care-inspectorate']]);
    const estyn = rate('Education services run by Kelby County Council are in need of significant improvement, the schools inspectorate Estyn has said.');
    expect(estyn.map((r) => [r.value, r.scale])).toEqual([['Significant Improvement', 'estyn']]);
    // not without Estyn
    expect(rate('The hospital’s record-keeping is in need of significant improvement, the CQC said.').map((r) => r.value)).not.toContain('Significant Improvement');
  });

  it('reads the housing regulator’s grade codes, told by their noun, and not a sentence’s article as a credit grade', () => {
    const housing = rate('The Regulator of Social Housing downgraded Ashby Homes from G1 to G3. The landlord was given a C3 consumer grade.');
    expect(housing.map((r) => [r.value, r.previous, r.scale])).toEqual([['G3', 'G1', 'rsh'], ['C3', null, 'rsh']]);
    const credit = rate('S&P cut Lakeport to A+ on Thursday. A credit rating works like a personal credit score, S&P said.');
    expect(credit.map((r) => r.value)).toEqual(['A+']);
  });

  it('reads a grade coordinated with a dated one, one set off by commas after its object, and one named after its rung', () => {
    expect(rate('Kelby Academy was previously rated good by Ofsted in 2019 and outstanding in 2012.').map((r) => [r.value, r.when])).toEqual([['Good', '2019'], ['Outstanding', '2012']]);
    expect(rate('The CQC rated Oakdene House, on Sedge Lane, inadequate overall after an inspection.').map((r) => [r.value, r.subject])).toEqual([['Inadequate', 'Oakdene House']]);
    expect(rate('The HMICFRS report gave Westshire Police the lowest grade, inadequate, in two of the nine areas.').map((r) => r.value)).toEqual(['Inadequate']);
  });

  it('leaves a grade that is still current alone, though the article also gives it for an earlier year', () => {
    const body = 'HMICFRS said Larchfield Constabulary had been inadequate in every area in 2019. It is now good at preventing crime but still inadequate in two areas.';
    expect(rate(body).every((r) => r.previous === null)).toBe(true);
  });

  it('gives a credit grade the one it was knocked from, stated a sentence before', () => {
    const body = 'Moody’s ended the city’s run at the top, knocking it from its Aaa perch. The agency lowered the rating to Aa1 on Monday.';
    expect(rate(body).filter((r) => r.rule !== 'from-grade').map((r) => [r.value, r.previous])).toEqual([['Aa1', 'Aaa']]);
  });

  it('names the body that gave the grade, and a subject that is a noun phrase or nothing', () => {
    const [a] = rate('Last week Fitch looked at the county again. Oakvale County was downgraded by Moody’s to Baa2.');
    expect(a).toMatchObject({ value: 'Baa2', awardedBy: "Moody's" });
    const [b] = rate('A report which found the trust was rated inadequate by the CQC was published.');
    expect(b).toMatchObject({ awardedBy: 'CQC', subject: 'the trust' });
    const [c] = rate('Ofsted said that at its last visit it was rated good.');
    expect(c).toMatchObject({ subject: null, awardedBy: 'Ofsted' });
    expect(rate('Moody’s lowered Brookhaven’s credit rating to A2 in March.')[0]).toMatchObject({ subject: 'Brookhaven', rule: 'move-to' });
    expect(rate('The Regulator of Social Housing cut Kelby Housing Group’s governance grade to G3.')[0]).toMatchObject({ value: 'G3', subject: 'Kelby Housing Group' });
    expect(rate('Kelby’s Moody’s rating was lowered to Aa2 from Aa1 in 2017.')[0]).toMatchObject({ value: 'Aa2', subject: 'Kelby' });
    expect(rate('S&P upgraded the City of Kelby’s general obligation credit rating to AA+ from AA.')[0]).toMatchObject({ value: 'AA+', subject: 'the City of Kelby' });
    expect(rate('Fitch Ratings downgraded the city of Kelby’s issuer default rating and its unlimited tax general obligation bonds to A+ from AA on Tuesday.')[0])
      .toMatchObject({ value: 'A+', previous: 'AA', subject: 'the city of Kelby' });
  });

  it('leaves a grade undated when its sentence’s date is another clause’s grade’s', () => {
    const split = rate('Ofsted said the unit has been rated inadequate; it was judged good in 2019.');
    expect(split.map((r) => [r.value, r.when])).toEqual([['Inadequate', null], ['Good', '2019']]);
    const having = rate('The unit has been rated inadequate by Ofsted, having been rated good in 2019.');
    expect(having.map((r) => [r.value, r.when])).toEqual([['Inadequate', null], ['Good', '2019']]);
  });

  it('gives each grade the agency of its own clause, not the next clause’s, and reads a downgrade to a grade', () => {
    const body = 'S&P Global Ratings lowered Oakvale County’s rating to A from A+, and Fitch Ratings downgraded it to A- from A. Moody’s followed with a downgrade to A3.';
    expect(rate(body).map((r) => [r.value, r.previous, r.awardedBy])).toEqual([['A', 'A+', 'S&P Global Ratings'], ['A-', 'A', 'Fitch Ratings'], ['A3', null, "Moody's"]]);
  });
});

