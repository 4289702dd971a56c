import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/index.js';

// Depends on the date tagger: these are the publication-date cases of the clean stage.
describe('cleanText: publication date', () => {
  it('takes a dated "Published:" line out of the body into publishedAt', () => {
    const out = cleanText('The agenda will be published on the council website.\n\n \n\nPublished: 21st September 2022');
    expect(out.publishedAt).toBe('2022-09-21');
    expect(out.body).toBe('The agenda will be published on the council website.');
    expect(out.removed).toContainEqual({ text: 'Published: 21st September 2022', reason: 'publication date' });
  });

  it('reads a press office’s "Press release issued:" line as the publication date', () => {
    const out = cleanText('Council receives auditor’s report\n\nPress release issued: Tuesday 4 February 2025\n\nKelby Borough Council has today received a report.');
    expect([out.publishedAt, out.body]).toEqual(['2025-02-04', 'Kelby Borough Council has today received a report.']);
  });

  it('takes a timestamp line anywhere near the top as the publication date, and an updated one out of the body only', () => {
    const raw = [
      'Library hours cut in Eastmoor', '', 'Three branch libraries will open two days fewer a week, the council said.', '',
      'Tuesday, 4th June 2024, 7:45 am', 'Updated Wednesday, 5th June 2024, 10:02 am', '',
      'The change starts in July after a vote at 6pm on Monday by the cabinet.',
    ].join('\n');
    const out = cleanText(raw);
    expect(out.publishedAt).toBe('2024-06-04');
    expect(out.body).not.toMatch(/7:45|10:02/);
    expect(out.body).toContain('after a vote at 6pm on Monday');
    expect(out.removed).toContainEqual({ text: 'Updated Wednesday, 5th June 2024, 10:02 am', reason: 'modification date (not the publication date)' });
  });

  it('keeps the latest of the related stories’ publication days, when the page’s own date is missing, as a lower bound', () => {
    const raw = ['Depot plans approved', '- Published', 'The depot on Mill Lane will close in the spring, the council said on Tuesday.',
      '- Published3 March 2021', '- Published14 November 2021', '- Published9 July 2020'].join('\n');
    const out = cleanText(raw);
    expect(out.publishedAt).toBeNull();
    expect(out.publishedAfter).toBe('2021-11-14');
    expect(out.body).toBe('The depot on Mill Lane will close in the spring, the council said on Tuesday.');
    expect(cleanText('The depot will close.\n\nPublished: 21st September 2022').publishedAfter).toBeNull();
  });

  it('reads a dated line under a related story’s headline as that story’s date, not the article’s', () => {
    const raw = ['Depot plans approved', 'The depot on Mill Lane will close in the spring, the council said on Tuesday.',
      'Related: Mill Lane traders fear for their trade', 'Published May 3, 2022'].join('\n');
    const out = cleanText(raw);
    expect(out.publishedAt).toBeNull();
    expect(out.publishedAfter).toBe('2022-05-03');    const listed = cleanText(['Depot plans approved', 'The depot on Mill Lane will close in the spring, the council said on Tuesday.',
      'Related stories', 'Mill Lane traders fear for their trade', 'Published 3 May 2022'].join('\n'));
    expect([listed.publishedAt, listed.publishedAfter]).toEqual([null, '2022-05-03']);
  });

  it('reads "published today (January 12)" as a partial date without a year', () => {
    const out = cleanText('Services were judged Good in a report published today (January 12) after an inspection in November.');
    expect(out.publishedAt).toBe('XXXX-01-12');
  });

  it('never takes an "Updated" line as the publication date', () => {
    const out = cleanText('Updated: 4 March 2024\n\nThe trust said it had made changes.');
    expect(out.publishedAt).toBeNull();
    expect(out.body).toBe('The trust said it had made changes.');
  });

  it("falls back to the page's metadata date when the text states none", () => {
    const out = cleanText('Councillors met on Monday.', { metadata: { publishedAt: '2024-03-05' } });
    expect(out.publishedAt).toBe('2024-03-05');
  });
});
