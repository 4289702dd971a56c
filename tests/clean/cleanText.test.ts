import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/index.js';

const reasons = (text: string) => cleanText(text).removed.map((r) => `${r.reason}: ${r.text}`);

describe('cleanText: boilerplate lines', () => {
  it('removes ad labels, photo credits, comment widgets and navigation, and keeps the article', () => {
    const raw = [
      'Advertisement', '',
      'Council agrees new budget after long debate', '',
      'The council agreed its budget on Tuesday after a four-hour meeting.', '',
      'Image: Jordan Whitt', '',
      'Comments', 'Subscribe', 'Notify of', 'guest', '0 Comments', 'Inline Feedbacks', 'View all comments', 'Back to top',
    ].join('\n');
    const out = cleanText(raw);
    expect(out.title).toBe('Council agrees new budget after long debate');
    expect(out.body).toBe('The council agreed its budget on Tuesday after a four-hour meeting.');
    expect(reasons(raw)).toContain('photo credit: Image: Jordan Whitt');
    expect(reasons(raw)).toContain('comment widget: Notify of');
    expect(reasons(raw)).toContain('advertisement label: Advertisement');
  });

  it('drops an "Image caption," block with the caption and the alt text before it', () => {
    const raw = [
      'Darryl Freeman said the verdict was fair.', '',
      'Director of Children\'s Services, Darryl Freeman', 'Image caption,', '',
      'Darryl Freeman, the council\'s director of children\'s services, said inspectors\' latest verdict was fair', '',
      'Improvements at a council\'s struggling children\'s services are "too slow", Ofsted inspectors have said.',
    ].join('\n');
    const out = cleanText(raw);
    expect(out.body).not.toContain('Image caption');
    expect(out.body).not.toContain('latest verdict was fair');
    expect(out.body).not.toContain("Director of Children's Services, Darryl Freeman");
    expect(out.body).toContain('are "too slow", Ofsted inspectors have said.');
  });

  it('drops a caption written on its label’s line, and its image source', () => {
    const raw = ['Kelby Primary head resigns', '', 'Image caption, Kelby Primary was judged inadequate in a report published last month', 'Image source, Kelby Herald', '',
      'The head of Kelby Primary has resigned, the trust said.'].join('\n');
    const out = cleanText(raw);
    expect([out.title, out.body]).toEqual(['Kelby Primary head resigns', 'The head of Kelby Primary has resigned, the trust said.']);
  });

  it('removes a trailing list of related headlines but not the last paragraph', () => {
    const raw = [
      'The council’s director of children’s services Tina Russells said she was “very proud” of staff.',
      'Abergavenny volunteers needed for this year’s Great Daffodil Appeal',
      'New transitional relief scheme for Welsh businesses',
      'Yellow warning issued for snow',
    ].join('\n');
    const out = cleanText(raw);
    expect(out.body).toBe('The council’s director of children’s services Tina Russells said she was “very proud” of staff.');
    expect(out.removed.filter((r) => r.reason === 'related headlines')).toHaveLength(3);
  });

  it('removes short lower-case alt text between paragraphs', () => {
    const raw = 'Ofsted visited twice in June.\n\nthree boys running on field\n\nThe report noted progress.';
    expect(cleanText(raw).body).toBe('Ofsted visited twice in June.\n\nThe report noted progress.');
  });

  it('removes BBC-style follow lines, related topics and the external-sites disclaimer', () => {
    const raw = [
      'Inspectors praised work with disabled children.', '',
      'Follow BBC Wessex on Instagram, external, Facebook, external and X, external. Email your story ideas to: wessex.news@bbc.co.uk, external',
      'Related topics', 'Related internet links', 'We are not responsible for content on external websites.',
    ].join('\n');
    expect(cleanText(raw).body).toBe('Inspectors praised work with disabled children.');
  });
});

describe('cleanText: inline junk', () => {
  it('removes BBC ", external" link markers, also when glued to the next word', () => {
    const raw = 'A letter sent to the authority from Ofsted , externalsuggested "only modest progress".\nInspectors published the findings, external after a visit.';
    const out = cleanText(raw);
    expect(out.body).toContain('from Ofsted suggested "only modest progress"');
    expect(out.body).toContain('published the findings after a visit');
    expect(out.removed.filter((r) => r.reason === 'external-link marker')).toHaveLength(2);
  });

  it('keeps the word "external" where the page shows no link markers', () => {
    const raw = 'The review was led by the council, external auditors and the police.';
    expect(cleanText(raw).body).toBe(raw);
  });
});

describe('cleanText: title and publication date', () => {
  it('has no title when the first line is a sentence', () => {
    const out = cleanText('Ofsted has published their latest findings in a report today.\n\nMore text follows here.');
    expect(out.title).toBeNull();
    expect(out.body.startsWith('Ofsted has published')).toBe(true);
  });

  it('removes a stub "Published" line without a date and keeps the headline', () => {
    const out = cleanText("Improvements at the council's services 'too slow'\n\n  • Published\n\nThe council said it accepted the findings.");
    expect(out.title).toBe("Improvements at the council's services 'too slow'");
    expect(out.body).toBe('The council said it accepted the findings.');
    expect(out.publishedAt).toBeNull();
  });
});
