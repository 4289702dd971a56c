import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/outputs/csv.js';
import { readOutputFolder } from '../../src/outputs/read.js';
import { timelineChart, timexDate } from '../../src/outputs/report/charts.js';
import type { ReportBody } from '../../src/outputs/report/data.js';
import { change, gradeTone } from '../../src/outputs/report/grades.js';
import { html, linkable, marked } from '../../src/outputs/report/html.js';
import { ROOT } from '../pipeline/helpers.js';

describe('the pieces of the outputs', () => {
  it('writes CSV fields that a CSV reader gives back, an empty string apart from a null', () => {
    const values = ['plain', 'a, b', 'she said "no"', 'two\r\nlines', 'line\nfeed', '', null, 42, ' spaced '];
    const line = `${values.map(csvField).join(',')}\r\n`;
    expect(parse(line, { record_delimiter: '\r\n' })).toEqual([['plain', 'a, b', 'she said "no"', 'two\r\nlines', 'line\nfeed', '', '', '42', ' spaced ']]);
    expect(csvField('')).toBe('""');
    expect(csvField(null)).toBe('');
  });

  it('escapes every value a template is given, and marks spans of text as text', () => {
    expect(html`<p title="${'"><b>'}">${'<i>'}${['&', html`<br>`]}</p>`.value).toBe('<p title="&quot;&gt;&lt;b&gt;">&lt;i&gt;&amp;<br></p>');
    expect(marked('rated <inadequate> today', [[6, 18]]).value).toBe('rated <mark>&lt;inadequate&gt;</mark> today');
    // a mark that overlaps one before it in the text, or runs past the text, is left out rather than cut
    expect(marked('abcdef', [[3, 5], [0, 2], [1, 3], [4, 99]]).value).toBe('<mark>ab</mark>c<mark>de</mark>f');
  });

  it('draws a body’s name into the chart as text, whatever it holds', () => {
    const name = '</svg><script>alert(1)</script><img src=x onerror=alert(2)>';
    const body: ReportBody = { id: 'b', name, variants: [], events: [{
      id: 'e', type: 'inspection', body: 'b', subject: name, date: '2022-07', endDate: null, dateSource: 'stated', reportPublished: null,
      grades: [{ value: 'Inadequate', previous: 'Good', scale: 'ofsted', evidence: null }], officials: [], quotes: [], sources: [],
    }] };
    const svg = timelineChart([body])!;
    expect(svg).not.toMatch(/<script|<img/);
    expect(svg).toContain('&lt;/svg&gt;&lt;script&gt;');
  });

  it('links only http and https addresses', () => {
    expect(linkable('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'example.org/a', '', null]) expect(linkable(url)).toBeNull();
  });

  it('places TIMEX3 values on a time axis, and leaves out those without a year', () => {
    const iso = (v: string) => timexDate(v)?.toISOString().slice(0, 10) ?? null;
    expect(['2022-07-14', '2022-07', '2022', '2022-SP', '2022-WI', '2022-W02', 'XXXX-07-14', 'PRESENT_REF'].map(iso))
      .toEqual(['2022-07-14', '2022-07-15', '2022-07-01', '2022-04-15', '2023-01-15', '2022-01-08', null, null]);
  });

  it('tells a fall from a rise, in each scale’s own order', () => {
    expect(change('ofsted', 'Inadequate', 'Requires Improvement')).toBe('down');
    expect(change('ofsted', 'Good', 'Inadequate')).toBe('up');
    expect(change('ofsted', 'Good', null)).toBeNull();
    expect(change('credit', 'Aa1', 'Aaa')).toBe('down');
    expect(change('credit', 'AA', 'AA-')).toBe('up');
    expect(change('food-hygiene', '2', '5')).toBe('down');
    expect([gradeTone('credit', 'BBB-'), gradeTone('credit', 'BB+'), gradeTone('credit', 'Ba1'), gradeTone('ofsted', 'Outstanding')]).toEqual(['good', 'poor', 'poor', 'top']);
  });

  it('registers one body for the key its events share, with the name used most, its kind, its events by date and its grades', () => {
    const folder = readOutputFolder(path.join(ROOT, 'output'));
    expect(new Set(folder.events.map((e) => e.subject)).size).toBe(2);
    expect(folder.bodies.map(({ id, name, variants, kind }) => ({ id, name, variants, kind }))).toEqual([
      { id: 'herefordshire', name: 'Herefordshire Council children’s services', variants: ['Herefordshire children’s services'], kind: 'council' },
    ]);
    const [body] = folder.bodies;
    expect(new Set(folder.events.map((e) => e.body))).toEqual(new Set(['herefordshire']));
    expect([...body!.events].sort()).toEqual(folder.events.map((e) => e.id).sort());
    const dates = body!.events.map((id) => folder.events.find((e) => e.id === id)!.date).filter((d) => /^\d{4}/.test(d ?? ''));
    expect(dates).toEqual([...dates].sort());
    expect(body!.grades.length).toBe(folder.events.reduce((n, e) => n + e.ratings.length, 0));
  });
});
