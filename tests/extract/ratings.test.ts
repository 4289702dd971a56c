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

  it('reads a grade after "down from" as the previous grade of the rating before it, not a rating', () => {
    const found = rate('Inspectors from the Care Quality Commission rated Ashgrove Lodge ‘requires improvement’, down from the ‘good’ rating it held in 2019.');
    expect(found.map((r) => [r.value, r.previous])).toEqual([['Requires Improvement', 'Good']]);
  });

  it('reads "out of the X category" as the previous grade, dated by the earlier inspection, not the new one', () => {
    const found = rate('Brookfield Academy was rated good by Ofsted this week, which moves the school out of the “requires improvement” category given after its last inspection in 2021.');
    expect(found.map((r) => [r.value, r.previous, r.when])).toEqual([['Good', 'Requires Improvement', null]]);
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
});
