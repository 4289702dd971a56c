import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { EventType } from '../../schema/index.js';
import type { ReportBody } from './data.js';
import { change, gradeRank, gradeTone, type Tone } from './grades.js';
import { truncate } from './html.js';

/**
 * The report's pictures, drawn once when the report is built: Observable Plot renders SVG into
 * linkedom's document, so the page needs no script and no library to show them.
 */

/** Colours that stay apart for the colour-blind (Okabe–Ito), by event type. */
export const TYPE_COLOURS: Record<EventType, string> = {
  inspection: '#0072B2', 'monitoring-visit': '#56B4E9', 'report-published': '#009E73', 'rating-action': '#CC79A7', meeting: '#999999',
  appointment: '#E69F00', departure: '#D55E00', legal: '#000000', intervention: '#F0E442', closure: '#8C564B', announcement: '#7F7F7F', other: '#BBBBBB',
};

/** Grades by how they read, green to red. */
export const TONE_COLOURS: Record<Tone, string> = { top: '#1a9850', good: '#91cf60', fair: '#fdae61', poor: '#d73027' };
const UNKNOWN_TONE = '#cccccc';
const FALL = '#a50026';

/**
 * A TIMEX3 value as a point in time to draw, or null when its year is unknown: a month at its middle,
 * a season at its middle month, a year at its middle, a week at its Monday.
 */
export function timexDate(value: string | null): Date | null {
  const m = value ? /^(\d{4})(?:-(\d\d|SP|SU|FA|WI|W\d\d))?(?:-(\d\d))?/.exec(value) : null;
  if (!m) return null;
  const year = Number(m[1]), part = m[2];
  if (part === undefined) return new Date(Date.UTC(year, 6, 1));
  const season = { SP: 4, SU: 7, FA: 10, WI: 13 }[part as 'SP'];
  if (season !== undefined) return new Date(Date.UTC(year, season - 1, 15));
  if (part.startsWith('W')) return new Date(Date.UTC(year, 0, 1 + (Number(part.slice(1)) - 1) * 7));
  return new Date(Date.UTC(year, Number(part) - 1, m[3] ? Number(m[3]) : 15));
}

const { document } = parseHTML('<!doctype html><html><body></body></html>');

const svg = (chart: { outerHTML: string }) => chart.outerHTML;

/** Grade label as the report prints it: 'Good → Inadequate', or the grade alone. */
export const gradeText = (g: { value: string; previous: string | null }) => (g.previous && g.previous !== g.value ? `${g.previous} → ${g.value}` : g.value);

interface Point { body: string; date: Date; type: EventType; label: string; tone: Tone | null; change: 'down' | 'up' | null; grade: string | null }

function points(bodies: readonly ReportBody[]): Point[] {
  return bodies.flatMap((b) => b.events.flatMap((e) => {
    const date = timexDate(e.date);
    if (!date) return [];
    // the event's worst grade stands for it (a fall is what a reader must not miss)
    const g = [...e.grades].sort((x, y) => (gradeRank(y.scale, y.value) ?? -1) - (gradeRank(x.scale, x.value) ?? -1))[0];
    return [{
      body: b.id, date, type: e.type, grade: g ? gradeText(g) : null,
      tone: g ? gradeTone(g.scale, g.value) : null, change: g ? change(g.scale, g.value, g.previous) : null,
      label: `${b.name}: ${e.type} ${e.date}${e.grades.length ? ` (${e.grades.map(gradeText).join(', ')})` : ''}`,
    }];
  }));
}

/** One row per body with a dated event: every event a dot in its type's colour, grades as larger dots green to red, a change written beside its dot. */
export function timelineChart(bodies: readonly ReportBody[]): string | null {
  const data = points(bodies);
  if (!data.length) return null;
  const rows = [...new Set(data.map((d) => d.body))];
  const names = new Map(bodies.map((b) => [b.id, b.name]));
  const graded = data.filter((d) => d.grade !== null);
  // a stray old date ('since 1948') would squeeze every other event into a corner: the earliest 1% sit on the left edge
  const times = data.map((d) => d.date.getTime()).sort((a, b) => a - b);
  const from = times[Math.floor((times.length - 1) * 0.01)]!;
  return svg(Plot.plot({
    document, width: 960, height: Math.max(140, 80 + rows.length * 26), marginLeft: 230, marginRight: 150, marginTop: 30,
    ariaLabel: 'Timeline of events per body',
    ariaDescription: `${data.length} dated events of ${rows.length} bodies; ${graded.length} gave a grade, ${graded.filter((d) => d.change).length} a change of grade.`,
    x: { type: 'utc', grid: true, label: null, domain: [new Date(from), new Date(times[times.length - 1]!)], clamp: true },
    y: { domain: rows, label: null, tickFormat: (id: string) => truncate(names.get(id) ?? id, 36) },
    color: { type: 'identity' },
    marks: [
      // the dates on top as well as below: a tall chart's lower axis is a long scroll away
      Plot.axisX({ anchor: 'top' }), Plot.axisX({ anchor: 'bottom' }),
      Plot.ruleY(rows, { stroke: '#e5e5e5' }),
      Plot.dot(data, { x: 'date', y: 'body', r: 3.5, fill: (d: Point) => TYPE_COLOURS[d.type], title: 'label' }),
      Plot.dot(graded, {
        x: 'date', y: 'body', r: (d: Point) => (d.change ? 8 : 6), symbol: (d: Point) => (d.change === 'down' ? 'triangle' : 'circle'),
        fill: (d: Point) => (d.tone ? TONE_COLOURS[d.tone] : UNKNOWN_TONE), stroke: (d: Point) => (d.change === 'down' ? FALL : '#333'),
        strokeWidth: (d: Point) => (d.change ? 2 : 1), title: 'label',
      }),
      Plot.text(firstChanges(graded), {
        x: 'date', y: 'body', text: 'grade', dx: 11, textAnchor: 'start', fontWeight: 'bold', fontSize: 11,
        fill: (d: Point) => (d.change === 'down' ? FALL : '#1a6330'),
      }),
    ],
  }));
}

/** The first event of each body that tells each change: its repeats (the report after the inspection) would write over it. */
function firstChanges(points: readonly Point[]): Point[] {
  const seen = new Set<string>();
  return [...points].sort((a, b) => a.date.getTime() - b.date.getTime())
    .filter((d) => d.change && !seen.has(`${d.body}|${d.grade}`) && seen.add(`${d.body}|${d.grade}`));
}

/** A body's grades over time: a step from each grade to the next, best at the top, each labelled. */
export function gradeChart(body: ReportBody): string | null {
  const data = body.events.flatMap((e) => {
    const date = timexDate(e.date);
    return date ? e.grades.map((g) => ({ date, grade: g.value, rank: gradeRank(g.scale, g.value), tone: gradeTone(g.scale, g.value), text: gradeText(g) })) : [];
  });
  if (new Set(data.map((d) => d.grade)).size < 2) return null; // one grade is a line of the table, not a history to draw
  const domain = [...new Set(data.sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99)).map((d) => d.grade))];
  const line = [...data].sort((a, b) => a.date.getTime() - b.date.getTime());
  return svg(Plot.plot({
    document, width: 640, height: 50 + domain.length * 30, marginLeft: 150, marginRight: 40,
    ariaLabel: `Grades of ${body.name} over time`,
    ariaDescription: line.map((d) => `${d.date.toISOString().slice(0, 7)}: ${d.text}`).join('; '),
    x: { type: 'utc', grid: true, label: null, inset: 20 },
    y: { domain, label: null },
    color: { type: 'identity' },
    marks: [
      Plot.line(line, { x: 'date', y: 'grade', curve: 'step-after', stroke: '#888' }),
      Plot.dot(line, { x: 'date', y: 'grade', r: 6, fill: (d: (typeof line)[number]) => (d.tone ? TONE_COLOURS[d.tone] : UNKNOWN_TONE), stroke: '#333', title: 'text' }),
    ],
  }));
}
