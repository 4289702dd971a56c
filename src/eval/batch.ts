import type { GoldEvent } from './gold.js';
import { prf } from './match.js';
import { norm, sameName } from './normalise.js';

interface PredictedEvent {
  type?: string;
  date?: string | { value?: string | null } | null;
  start?: string | { value?: string | null } | null;
  ratings?: Array<string | { value?: string }>;
  sources?: Array<string | { article?: string; id?: string }>;
}

export interface EventSummary {
  gold: number; found: number; predicted: number; duplicates: number; spurious: number; sourceJaccard: number; ratingsOk: string;
}

const sourcesOf = (e: PredictedEvent) => (e.sources ?? []).map((s) => (typeof s === 'string' ? s : s.article ?? s.id)).filter((s): s is string => !!s);
const dateValue = (d: PredictedEvent['date']) => (d == null ? null : typeof d === 'string' ? d : d.value ?? null);

/** How well a predicted date fits a gold event's: 2 exact, 1 one refines the other (month precision at least), 0 not at all. */
function dateScore(d: PredictedEvent['date'], g: GoldEvent): number {
  const v = dateValue(d);
  const golds = [g.date, ...(g.dateAlt ?? [])].filter((x): x is string => !!x);
  if (!golds.length) return v ? 0.5 : 2; // a gold event with no knowable date
  if (!v) return 0;
  if (golds.includes(v)) return 2;
  return golds.some((gd) => v.startsWith(gd + '-') || (gd.startsWith(v + '-') && v.length >= 7)) ? 1 : 0;
}

/** Each predicted event goes to its single best-fitting gold event (date, then type, then shared sources). */
function fit(p: PredictedEvent, g: GoldEvent): number {
  const shared = sourcesOf(p).filter((s) => g.sources.includes(s)).length;
  const d = dateScore(p.date ?? p.start, g);
  if (!shared || !d || (!dateValue(p.date ?? p.start) && p.type !== g.type)) return 0;
  return d * 10 + (p.type === g.type ? 5 : 0) + shared / 100;
}

export function scoreEvents(gold: readonly GoldEvent[], predicted: readonly PredictedEvent[], problems: string[]): { events: EventSummary; eventF1: number } {
  const assigned = new Map<GoldEvent, PredictedEvent[]>(gold.map((g) => [g, []]));
  const spurious: PredictedEvent[] = [];
  for (const p of predicted) {
    let best: GoldEvent | null = null, bestFit = 0;
    for (const g of gold) {
      const f = fit(p, g);
      if (f > bestFit) { bestFit = f; best = g; }
    }
    if (best) assigned.get(best)!.push(p);
    else spurious.push(p);
  }
  const core = gold.filter((e) => !e.optional);
  let found = 0, dups = 0, jaccard = 0, ratingsOk = 0, ratingsN = 0;
  for (const g of core) {
    const hits = assigned.get(g)!;
    if (!hits.length) { problems.push(`event missed: ${g.id} (${g.date})`); continue; }
    found++;
    dups += hits.length - 1;
    if (hits.length > 1) problems.push(`event ${g.id} split into ${hits.length} records`);
    const union = new Set(hits.flatMap(sourcesOf));
    const inter = g.sources.filter((s) => union.has(s)).length;
    jaccard += inter / new Set([...g.sources, ...union]).size;
    if (inter < g.sources.length) problems.push(`event ${g.id}: sources ${[...union].join(',')} want ${g.sources.join(',')}`);
    if (g.ratings.length) {
      ratingsN++;
      const pr = new Set(hits.flatMap((h) => (h.ratings ?? []).map((r) => norm(typeof r === 'string' ? r : r.value))));
      if (g.ratings.every((r) => pr.has(norm(r)))) ratingsOk++;
      else problems.push(`event ${g.id}: ratings ${[...pr]} want ${g.ratings}`);
    }
  }
  spurious.forEach((p) => problems.push(`event spurious: ${p.type} ${dateValue(p.date)} ${sourcesOf(p).join(',')}`));
  return {
    events: { gold: core.length, found, predicted: predicted.length, duplicates: dups, spurious: spurious.length,
      sourceJaccard: found ? jaccard / found : 0, ratingsOk: `${ratingsOk}/${ratingsN}` },
    eventF1: prf(found, found + dups + spurious.length, core.length).f1,
  };
}

export interface RegistrySummary { gold: number; found: number; duplicates: number; extra: number }

export function scoreRegistry(gold: readonly string[], predicted: ReadonlyArray<string | { name?: string }>, problems: string[]): { registry: RegistrySummary; registryF1: number } {
  const names = predicted.map((p) => (typeof p === 'string' ? p : p.name)).filter((n): n is string => !!n);
  let once = 0, dup = 0;
  for (const n of gold) {
    const c = names.filter((x) => sameName(x, n)).length;
    if (c >= 1) once++;
    if (c > 1) { dup += c - 1; problems.push(`official ${n} listed ${c} times`); }
  }
  const extra = names.filter((x) => !gold.some((n) => sameName(x, n)));
  extra.forEach((x) => problems.push(`registry extra: ${x}`));
  return { registry: { gold: gold.length, found: once, duplicates: dup, extra: extra.length }, registryF1: prf(once, once + dup + extra.length, gold.length).f1 };
}
