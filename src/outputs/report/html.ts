/**
 * HTML built from text that articles wrote, which is untrusted: every value that enters a template is
 * escaped unless it is markup this module made (an Html value), so an article saying '<script>' shows
 * those characters and runs nothing.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string { return this.value; }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const render = (p: Part): string =>
  p instanceof Html ? p.value : Array.isArray(p) ? p.map(render).join('') : p === null || p === undefined || p === false ? '' : escapeHtml(String(p));

/** A template whose values are escaped (lists joined, Html kept as it is). */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Markup made by a trusted renderer (Observable Plot's SVG, serialised by linkedom, which escapes its text). */
export const trusted = (markup: string) => new Html(markup);

/** An address a link may point at: http or https only, so that an article's 'javascript:' URL is shown, never followed. */
export function linkable(url: string | null): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** A label cut to n characters, an ellipsis showing where. */
export const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Text with the given ranges in <mark>; ranges out of bounds or overlapping an earlier one are left out. */
export function marked(text: string, marks: ReadonlyArray<readonly [number, number]>): Html {
  const parts: Part[] = [];
  let at = 0;
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (start < at || end > text.length || end <= start) continue;
    parts.push(text.slice(at, start), html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(text.slice(at));
  return html`${parts}`;
}
