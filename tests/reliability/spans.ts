import type { ArticleRecord } from '../../src/schema/index.js';

/** Spans whose text is not body.slice(start, end). */
export function badSpans(r: ArticleRecord): string[] {
  const bad: string[] = [];
  const check = (what: string, s: { text: string; start: number; end: number } | null) => {
    if (s && (r.body.slice(s.start, s.end) !== s.text || s.start > s.end)) bad.push(`${what} ${JSON.stringify(s.text)} at ${s.start}-${s.end}`);
  };
  for (const d of r.dates) check('date', d);
  for (const x of r.ratings) check('rating', x);
  for (const o of r.officials) for (const m of o.mentions) check(`mention of ${o.name}`, m);
  for (const q of r.quotes) { check('quote', q); check('speaker mention', q.speakerMention); }
  return bad;
}
