import type { EventType } from '../../schema/index.js';
import { gradeChart, gradeText, timelineChart, TONE_COLOURS, TYPE_COLOURS } from './charts.js';
import type { Evidence, GradeFact, ReportBody, ReportData, ReportEvent, ReportOfficial, ReportQuote } from './data.js';
import { change, gradeTone, TONES } from './grades.js';
import { html, linkable, marked, truncate, trusted, type Html } from './html.js';
import { FILTER_SCRIPT, STYLE } from './assets.js';
import { GENERATOR } from './own.js';

/** report.html: one file with its styles, pictures and filter script inside, for file:// and no network. */
export function reportPage(data: ReportData): string {
  const canonical = new Map(data.officials.flatMap((o) => [o.name, ...o.variants].map((n) => [n, o.name] as const)));
  const all = data.bodies.flatMap((b) => b.events);
  const anchors = new Map(all.map((e, i) => [e.id, `e-${i}`]));
  const events = all.length;
  const ctx: Context = { data, canonical, anchors };
  const timeline = timelineChart(data.bodies);
  const title = `newsfacts report: ${events} events, ${data.bodies.length} bodies, ${data.articles.size} articles`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${trusted(GENERATOR)}
<title>${title}</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
<header>
<h1>newsfacts report</h1>
<p>${data.articles.size} articles; ${events} events of ${data.bodies.length} bodies; ${data.officials.length} officials; ${data.quotes.length} quotes.
Every fact opens to the sentence that states it, with a link to its article's record and to the article itself when its address is known.</p>
<nav aria-label="Sections"><ul><li><a href="#timeline">Timeline</a></li><li><a href="#bodies">Bodies</a></li><li><a href="#officials">Officials</a></li><li><a href="#quotes">Quotes</a></li></ul></nav>
<form id="filters" role="search" aria-label="Filter the report" hidden>
${select('b', 'Body', data.bodies.map((b) => [filterKey(b.id), b.name]))}
${select('o', 'Official', data.officials.map((o) => [filterKey(o.name), o.name]))}
${select('t', 'Event type', data.types.map((t) => [t, t]))}
<button type="reset">Show all</button>
<output id="shown" aria-live="polite"></output>
</form>
</header>
<main>
<section id="timeline" aria-labelledby="timeline-h">
<h2 id="timeline-h">Timeline</h2>
${timeline ? html`<figure class="chart">${trusted(timeline)}<figcaption>${legend(data.types)}</figcaption></figure>` : html`<p>No event with a known year.</p>`}
</section>
<section id="bodies" aria-labelledby="bodies-h">
<h2 id="bodies-h">Bodies</h2>
${data.bodies.map((b, i) => bodySection(b, i, ctx))}
</section>
<section id="officials" aria-labelledby="officials-h">
<h2 id="officials-h">Officials</h2>
<div class="wide"><table>
<caption>${data.officials.length} officials across the batch, with the roles and organisations the articles give them</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Roles</th><th scope="col">Articles</th></tr></thead>
<tbody>${data.officials.map((o) => officialRow(o, ctx))}</tbody>
</table></div>
</section>
<section id="quotes" aria-labelledby="quotes-h">
<h2 id="quotes-h">Quotes</h2>
<p class="muted">${data.quotes.length} quotes about the events, by event, each in its sentence with its speaker.</p>
${all.filter((e) => e.quotes.length).map((e) => quoteGroup(e, ctx))}
</section>
</main>
<footer><p>Written by newsfacts ${data.version} from events.json, officials.json, bodies.json and the article records beside this file.</p></footer>
<script>${trusted(FILTER_SCRIPT)}</script>
</body>
</html>
`.value;
}

interface Context { data: ReportData; canonical: Map<string, string>; anchors: Map<string, string> }

function select(name: string, label: string, options: Array<[string, string]>): Html {
  return html`<label>${label} <select name="${name}"><option value="">all</option>${options.map(([value, text]) => html`<option value="${value}">${text}</option>`)}</select></label>`;
}

function legend(types: readonly EventType[]): Html {
  return html`<ul class="legend" aria-label="Legend">${types.map((t) => html`<li><span class="swatch" style="background:${TYPE_COLOURS[t]}"></span>${t}</li>`)}${TONES.map((tone) =>
    html`<li><span class="swatch big" style="background:${TONE_COLOURS[tone]}"></span>grade: ${tone}</li>`)}<li><span class="fall-mark" aria-hidden="true">▲</span> a grade that fell, labelled 'before → after'</li></ul>`;
}

/** A name as the filter compares it: one line, so that a list of names can be a line each. */
const filterKey = (name: string) => name.replace(/\s+/g, ' ');

/** The attributes the filter matches an element on: its bodies (b), officials (o) and event types (t), a line each. */
const filterOn = (f: { b: string[]; o: string[]; t: string[] }) =>
  html` data-f data-b="${f.b.map(filterKey).join('\n')}" data-o="${f.o.map(filterKey).join('\n')}" data-t="${f.t.join('\n')}"`;

/**
 * How many sources of an event, and articles of an official, the page lists: at 10,000 articles a
 * wire story's event has hundreds, which would make the page too heavy to open. The rest are in
 * events.json and officials.json, and in the database's event_sources and official_roles.
 */
const SOURCES_SHOWN = 20;
const ARTICLES_SHOWN = 10;
/** A title in a citation is cut here: the link opens the whole record. */
const TITLE_SHOWN = 90;

const more = (n: number, shown: number, where: string) => (n > shown ? html`<li class="muted">and ${n - shown} more in ${where}</li>` : '');

function bodySection(b: ReportBody, index: number, ctx: Context): Html {
  const grades = b.events.flatMap((e) => e.grades.map((g) => ({ e, g })));
  const chart = gradeChart(b);
  const officials = (e: ReportEvent) => [...new Set(e.officials.map((n) => ctx.canonical.get(n) ?? n))];
  return html`<article class="body" id="b-${index}" aria-labelledby="b-${index}-h" ${filterOn({ b: [b.id], o: [...new Set(b.events.flatMap(officials))], t: [...new Set(b.events.map((e) => e.type))] })}>
<h3 id="b-${index}-h">${b.name}</h3>
${b.variants.length ? html`<p class="muted">Also written: ${b.variants.join('; ')}</p>` : ''}
${grades.length ? html`<h4>Grade history</h4>
${chart ? html`<figure class="chart small">${trusted(chart)}</figure>` : ''}
<div class="wide"><table class="grades"><caption class="sr">Grades of ${b.name}, oldest first</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Grade</th><th scope="col">Scale</th><th scope="col">Event</th></tr></thead>
<tbody>${grades.map(({ e, g }) => html`<tr><td>${e.date ?? 'undated'}</td><td>${gradeFact(g, ctx)}</td><td>${g.scale}</td><td><a href="#${ctx.anchors.get(e.id)}">${e.type}</a></td></tr>`)}</tbody>
</table></div>` : ''}
<h4>Events</h4>
<ol class="events">${b.events.map((e) => eventItem(e, officials(e), ctx))}</ol>
</article>
`;
}

function eventItem(e: ReportEvent, officials: string[], ctx: Context): Html {
  const quotes = e.quotes;
  return html`<li class="event" id="${ctx.anchors.get(e.id)}" data-id="${e.id}"${filterOn({ b: [e.body], o: officials, t: [e.type] })}>
<p class="event-head"><time>${e.date ?? 'undated'}${e.endDate ? ` to ${e.endDate}` : ''}</time> <span class="type" style="border-color:${TYPE_COLOURS[e.type]}">${e.type}</span> ${e.subject}${e.reportPublished ? html` <span class="muted">(report published ${e.reportPublished})</span>` : ''}</p>
${e.grades.length ? html`<div class="event-grades">${e.grades.map((g) => gradeFact(g, ctx))}</div>` : ''}
${officials.length ? html`<p>Officials: ${officials.join(', ')}</p>` : ''}
${quotes.length ? html`<p><a href="#q${ctx.anchors.get(e.id)}">${quotes.length} quote${quotes.length === 1 ? '' : 's'}</a></p>` : ''}
<details class="sources"><summary>${e.sources.length} source${e.sources.length === 1 ? '' : 's'}</summary>
<ul>${e.sources.slice(0, SOURCES_SHOWN).map((s) => html`<li>${evidence(s, ctx)}</li>`)}${more(e.sources.length, SOURCES_SHOWN, 'events.json')}</ul>
</details>
</li>
`;
}

/** A grade that opens to its evidence; a change shows both grades and whether it is a fall, in words as well as colour. */
function gradeFact(g: GradeFact, ctx: Context): Html {
  const moved = change(g.scale, g.value, g.previous);
  const tone = gradeTone(g.scale, g.value);
  return html`<details class="fact grade${tone ? ` tone-${tone}` : ''}${moved ? ` ${moved}` : ''}"><summary><span class="chip">${gradeText(g)}</span>${moved === 'down' ? html` <span class="fell">fell</span>` : moved === 'up' ? html` <span class="rose">rose</span>` : ''}</summary>
${g.evidence ? evidence(g.evidence, ctx) : html`<p class="muted">No sentence of the sources states this grade.</p>`}
</details>`;
}

function evidence(ev: Evidence, ctx: Context): Html {
  const meta = ctx.data.articles.get(ev.article);
  const url = linkable(meta?.url ?? null);
  return html`<blockquote class="evidence">${marked(ev.text, ev.marks)}</blockquote>
<p class="cite"><a href="${`articles/${encodeURIComponent(ev.article)}.json`}">${truncate(meta?.title ?? ev.article, TITLE_SHOWN)}</a>${meta?.publishedAt ? `, ${meta.publishedAt}` : ''}${url ? html` · <a href="${url}" rel="noopener noreferrer">${new URL(url).host}</a>` : ''}</p>`;
}

function officialRow(o: ReportOfficial, ctx: Context): Html {
  return html`<tr${filterOn({ b: o.bodies, o: [o.name], t: o.types })}>
<th scope="row">${o.name}${o.variants.length ? html`<br><span class="muted">${o.variants.join('; ')}</span>` : ''}</th>
<td><ul class="plain">${o.roles.map((r) => html`<li><details class="fact"><summary>${r.role}${r.organization ? `, ${r.organization}` : ''}</summary>${r.evidence ? evidence(r.evidence, ctx) : ''}</details></li>`)}</ul></td>
<td><details><summary>${o.articles.length} article${o.articles.length === 1 ? '' : 's'}</summary><ul class="plain">${o.articles.slice(0, ARTICLES_SHOWN).map((a) =>
    html`<li><a href="${`articles/${encodeURIComponent(a)}.json`}">${truncate(ctx.data.articles.get(a)?.title ?? a, TITLE_SHOWN)}</a></li>`)}${more(o.articles.length, ARTICLES_SHOWN, 'officials.json')}</ul></details></td>
</tr>
`;
}

/**
 * The quotes about one event, each shown in its sentence with the quote marked: the quote is the
 * fact and the sentence its evidence, so the words are written once.
 */
function quoteGroup(e: ReportEvent, ctx: Context): Html {
  const quotes = e.quotes.map((i) => ctx.data.quotes[i]!);
  const speakers = (q: ReportQuote) => (q.speaker ? [ctx.canonical.get(q.speaker) ?? q.speaker] : []);
  return html`<section class="quote-group" id="q${ctx.anchors.get(e.id)}" aria-labelledby="q${ctx.anchors.get(e.id)}-h"${filterOn({ b: [e.body], o: quotes.flatMap(speakers), t: [e.type] })}>
<h3 id="q${ctx.anchors.get(e.id)}-h"><a href="#${ctx.anchors.get(e.id)}">${e.subject}: ${e.type}, ${e.date ?? 'undated'}</a></h3>
<ul class="plain">${quotes.map((q) => html`<li class="quote"${filterOn({ b: [e.body], o: speakers(q), t: [e.type] })}>
<p class="speaker">${q.speaker ?? html`<span class="muted">unattributed</span>`}</p>
${q.evidence ? evidence(q.evidence, ctx) : html`<blockquote class="evidence"><mark>${q.text}</mark></blockquote>`}</li>`)}</ul>
</section>
`;
}
