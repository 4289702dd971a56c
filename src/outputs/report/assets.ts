/** The report's styles: system fonts, a readable measure, tables that scroll sideways in a narrow window. */
export const STYLE = `
:root { color-scheme: light; --fg: #1b1b1b; --muted: #5c5c5c; --line: #dcdcdc; --mark: #ffe27a; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 74rem; padding: 0 1rem 4rem; color: var(--fg); background: #fff;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1, h2, h3, h4 { line-height: 1.2; margin: 1.6em 0 .5em; }
h2 { border-bottom: 2px solid var(--fg); padding-bottom: .2em; }
h4 { font-size: 1rem; }
a { color: #0b57a4; }
nav ul, ul.plain, .legend { list-style: none; padding: 0; margin: 0; }
nav li, .legend li { display: inline-block; margin-right: 1rem; }
form { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; padding: .6rem 0; position: sticky; top: 0; background: #fff;
  border-bottom: 1px solid var(--line); z-index: 1; }
select { max-width: 16rem; font: inherit; }
button { font: inherit; }
.muted { color: var(--muted); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.chart { margin: 0; overflow-x: auto; }
/* a chart keeps a readable size in a narrow window and scrolls sideways in its box */
.chart svg { max-width: 100%; min-width: 42rem; height: auto; }
.chart.small svg { max-width: 40rem; min-width: 30rem; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 50%; margin-right: .3em; vertical-align: middle; }
.swatch.big { width: 1em; height: 1em; border: 1px solid #333; }
.fall-mark, .fell { color: #a50026; font-weight: 700; }
.rose { color: #1a6330; font-weight: 700; }
/* what is off screen is laid out when scrolled to: a page of thousands of facts opens at once */
article.body { border-top: 1px solid var(--line); content-visibility: auto; contain-intrinsic-size: auto 40rem; }
section.quote-group { content-visibility: auto; contain-intrinsic-size: auto 20rem; }
#officials tbody tr { content-visibility: auto; contain-intrinsic-size: auto 3rem; }
#officials table { table-layout: fixed; }
#officials th:first-child { width: 24%; }
#officials th:last-child { width: 30%; }
li.quote { margin: .6rem 0 1rem; }
.speaker { margin: 0; font-weight: 600; }
ol.events { padding-left: 1.2rem; }
li.event { margin: .8rem 0; }
.event-head { margin: 0; }
.type { border-left: .5em solid; padding-left: .3em; font-weight: 600; }
.event-grades { display: flex; flex-wrap: wrap; gap: .3rem; }
.chip { display: inline-block; padding: 0 .6em; border-radius: .8em; border: 1px solid #333; font-weight: 600; }
.tone-top .chip { background: #b8e2b4; } .tone-good .chip { background: #def2d6; }
.tone-fair .chip { background: #fde0b5; } .tone-poor .chip { background: #f6b3ad; }
.down .chip { border: 3px solid #a50026; }
details.fact > summary, details.sources > summary, td details > summary { cursor: pointer; }
details.grade[open] { flex-basis: 100%; }
blockquote.evidence { margin: .4rem 0 .2rem; padding: .3rem .8rem; border-left: 4px solid var(--line); background: #fafafa; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; }
details[open] > blockquote mark { background: #ffc400; outline: 2px solid #8a6100; }
.cite { margin: 0 0 .6rem; font-size: .9em; }
.wide { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; color: var(--muted); padding: .3rem 0; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
thead th { border-bottom: 2px solid var(--fg); }
@media (max-width: 40rem) {
  body { font-size: 15px; padding: 0 .6rem 3rem; }
  form { position: static; }
  #officials table { table-layout: auto; }
  #officials tr { display: block; border-bottom: 1px solid var(--line); }
  #officials td, #officials th { display: block; border: 0; width: auto; }
  #officials thead { display: none; }
}
`;

/**
 * The page's only script: it shows the elements whose bodies, officials and event types (data-f) match
 * the three menus, each a list of names a line.
 */
export const FILTER_SCRIPT = `
(() => {
  const form = document.getElementById('filters');
  const shown = document.getElementById('shown');
  const items = Array.from(document.querySelectorAll('[data-f]'), (el) =>
    [el, Object.fromEntries(['b', 'o', 't'].map((k) => [k, el.getAttribute('data-' + k).split('\\n')]))]);
  const apply = () => {
    const want = ['b', 'o', 't'].map((k) => [k, form.elements[k].value]).filter(([, v]) => v);
    let events = 0;
    for (const [el, f] of items) {
      el.hidden = !want.every(([k, v]) => f[k].includes(v));
      if (!el.hidden && el.classList.contains('event')) events++;
    }
    shown.textContent = want.length ? events + ' events shown' : '';
  };
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  form.hidden = false;
})();
`;
