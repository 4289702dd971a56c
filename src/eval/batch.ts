/** Scores the batch files of an output folder: events.json (deduplicated events) and officials.json (the registry). */
import type { GoldEvent } from './gold.js';
import { prf } from './match.js';
import { norm, sameName } from './normalise.js';

/** The parts of a predicted event the scorer reads; dates and sources may be plain strings or objects. */
export interface PredictedEvent {
  type?: string;
  date?: PredictedDate;
  start?: PredictedDate;
  ratings?: Array<string | { value?: string }>;
  sources?: Array<string | { article?: string; id?: string }>;
}
type PredictedDate = string | { value?: string | null } | null;

/** A registry entry: a name, or a record with one. */
export type PredictedOfficial = string | { name?: string };

export interface EventSummary {
  gold: number; found: number; predicted: number; duplicates: number; spurious: number;
  /** Mean over found events of the Jaccard index of their sources and the gold event's. */
  sourceJaccard: number;
  /** 'ok/n' over found events that have gold ratings. */
  ratingsOk: string;
}
export interface EventScore { events: EventSummary; eventF1: number; problems: string[] }

export interface RegistrySummary { gold: number; found: number; duplicates: number; extra: number }
export interface RegistryScore { registry: RegistrySummary; registryF1: number; problems: string[] }

const sourcesOf = (e: PredictedEvent): string[] =>
  (e.sources || []).map((s) => (typeof s === 'string' ? s : s.article || s.id)).filter((s): s is string => !!s);
const dateValue = (d: PredictedDate | undefined): string | null => (d == null ? null : typeof d === 'string' ? d : d.value ?? null);

/** 2 the date (or an accepted one), 1 one refines the other ('2022-07' and '2022-07-12'), 0 no fit. */
function dateScore(d: PredictedDate | undefined, g: GoldEvent): number {
  const v = dateValue(d);
  const golds = [g.date, ...(g.dateAlt ?? [])].filter((x): x is string => !!x);
  if (!golds.length) return v ? 0.5 : 2; // nobody knows the date: a dated prediction is a guess
  if (!v) return 0;
  if (golds.includes(v)) return 2;
  // a bare year ('2022') is too coarse to stand for a gold month or day
  return golds.some((gd) => v.startsWith(gd + '-') || (gd.startsWith(v + '-') && v.length >= 7)) ? 1 : 0;
}

/** 0 when the event cannot be this gold event; else ranked by date, then type, then shared sources. */
function fit(p: PredictedEvent, g: GoldEvent): number {
  const shared = sourcesOf(p).filter((s) => g.sources.includes(s)).length;
  const when = p.date ?? p.start;
  const d = dateScore(when, g);
  // an undated prediction has only its type to tie it to the event
  if (!shared || !d || (!dateValue(when) && p.type !== g.type)) return 0;
  return d * 10 + (p.type === g.type ? 5 : 0) + shared / 100;
}

/**
 * Each predicted event goes to its single best-fitting gold event; a gold event that gets several
 * was split (duplicates), a prediction that fits none is spurious. Optional gold events absorb
 * predictions without counting as found or missed.
 */
export function scoreEvents(gold: readonly GoldEvent[], predicted: readonly PredictedEvent[]): EventScore {
  const assigned = new Map<GoldEvent, PredictedEvent[]>(gold.map((g) => [g, []]));
  const spurious: PredictedEvent[] = [];
  for (const p of predicted) {
    const best = bestFit(p, gold);
    if (best) assigned.get(best)!.push(p);
    else spurious.push(p);
  }
  const core = gold.filter((e) => !e.optional);
  const problems: string[] = [];
  let found = 0, duplicates = 0, jaccard = 0, ratingsOk = 0, ratingsN = 0;
  for (const g of core) {
    const hits = assigned.get(g)!;
    if (!hits.length) { problems.push(`event missed: ${g.id} (${g.date})`); continue; }
    found++;
    duplicates += hits.length - 1;
    if (hits.length > 1) problems.push(`event ${g.id} split into ${hits.length} records`);
    const union = new Set(hits.flatMap(sourcesOf));
    const shared = g.sources.filter((s) => union.has(s)).length;
    jaccard += shared / new Set([...g.sources, ...union]).size;
    if (shared < g.sources.length) problems.push(`event ${g.id}: sources ${[...union].join(',')} want ${g.sources.join(',')}`);
    if (g.ratings.length) {
      ratingsN++;
      const got = new Set(hits.flatMap((h) => (h.ratings || []).map((r) => norm(typeof r === 'string' ? r : r.value))));
      if (g.ratings.every((r) => got.has(norm(r)))) ratingsOk++;
      else problems.push(`event ${g.id}: ratings ${[...got].join(',')} want ${g.ratings.join(',')}`);
    }
  }
  spurious.forEach((p) => problems.push(`event spurious: ${p.type} ${dateValue(p.date)} ${sourcesOf(p).join(',')}`));
  return {
    events: { gold: core.length, found, predicted: predicted.length, duplicates, spurious: spurious.length,
      sourceJaccard: found ? jaccard / found : 0, ratingsOk: `${ratingsOk}/${ratingsN}` },
    // a split event counts against precision as much as a spurious one
    eventF1: prf(found, found + duplicates + spurious.length, core.length).f1,
    problems,
  };
}

/** The first gold event with the highest fit above 0, or null. */
function bestFit(p: PredictedEvent, gold: readonly GoldEvent[]): GoldEvent | null {
  let best: GoldEvent | null = null, bestScore = 0;
  for (const g of gold) {
    const f = fit(p, g);
    if (f > bestScore) { bestScore = f; best = g; }
  }
  return best;
}

/** Each gold official should be listed once: further listings are duplicates, unknown names extra. */
export function scoreRegistry(gold: readonly string[], predicted: readonly PredictedOfficial[]): RegistryScore {
  const names = predicted.map((p) => (typeof p === 'string' ? p : p.name)).filter((n): n is string => !!n);
  const problems: string[] = [];
  let found = 0, duplicates = 0;
  for (const n of gold) {
    const c = names.filter((x) => sameName(x, n)).length;
    if (c >= 1) found++;
    if (c > 1) { duplicates += c - 1; problems.push(`official ${n} listed ${c} times`); }
  }
  const extra = names.filter((x) => !gold.some((n) => sameName(x, n)));
  extra.forEach((x) => problems.push(`registry extra: ${x}`));
  return {
    registry: { gold: gold.length, found, duplicates, extra: extra.length },
    registryF1: prf(found, found + duplicates + extra.length, gold.length).f1,
    problems,
  };
}
