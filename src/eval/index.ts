/**
 * The project's evaluator: the definitions of the reference scorer (shared/eval/score.mjs), so users
 * can measure the pipeline on their own annotated articles. File reading stays here; scoring is pure.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { scoreArticle, type PredictedArticle } from './articles.js';
import { scoreEvents, scoreRegistry, type EventSummary, type RegistrySummary } from './batch.js';
import { GoldArticleSchema, GoldEventSchema, GoldOfficialsSchema } from './gold.js';
import { prf, Tally, type PRF } from './match.js';

export interface EvaluateOptions {
  goldDir: string;
  outDir: string;
  /** The raw articles; defaults to the 'articles' folder beside goldDir. */
  articlesDir?: string;
}

export interface EvaluationReport {
  headline: Record<string, number | null>;
  summary: Record<string, PRF | { acc: number; ok: number; n: number } | EventSummary | RegistrySummary | number>;
  problems: string[];
}

const BATCH_FILES = new Set(['events.json', 'officials.json']);

export function evaluate({ goldDir, outDir, articlesDir = path.join(goldDir, '..', 'articles') }: EvaluateOptions): EvaluationReport {
  const t = new Tally();
  const problems: string[] = [];
  const goldFiles = fs.readdirSync(goldDir).filter((f) => f.endsWith('.json') && !BATCH_FILES.has(f)).sort();
  for (const file of goldFiles) {
    const g = readGold(path.join(goldDir, file), GoldArticleSchema);
    const predPath = path.join(outDir, 'articles', `${g.id}.json`);
    if (!fs.existsSync(predPath)) { problems.push(`${g.id}: no output record`); t.add('clean', 0, 0, 1); continue; }
    let pred: PredictedArticle;
    try { pred = JSON.parse(fs.readFileSync(predPath, 'utf8')) as PredictedArticle; } catch { problems.push(`${g.id}: output not JSON`); continue; }
    const rawPath = ['.txt', '.html', '.htm'].map((e) => path.join(articlesDir, g.id + e)).find((p) => fs.existsSync(p));
    const raw = rawPath?.endsWith('.txt') ? fs.readFileSync(rawPath, 'utf8') : null;
    scoreArticle(g, pred, raw, t, problems);
  }

  const summary: EvaluationReport['summary'] = {};
  const eventsGold = path.join(goldDir, 'events.json');
  if (fs.existsSync(eventsGold)) {
    const gold = readGold(eventsGold, GoldEventSchema.array());
    Object.assign(summary, scoreEvents(gold, readList(path.join(outDir, 'events.json'), 'events', problems), problems));
  }
  const officialsGold = path.join(goldDir, 'officials.json');
  if (fs.existsSync(officialsGold)) {
    const gold = readGold(officialsGold, GoldOfficialsSchema);
    Object.assign(summary, scoreRegistry(gold, readList(path.join(outDir, 'officials.json'), 'officials', problems), problems));
  }
  for (const [k, c] of Object.entries(t.counts)) summary[k] = prf(c.tp, c.pred, c.gold);
  for (const [k, a] of Object.entries(t.accuracies)) summary[k] = { acc: a.n ? a.ok / a.n : 1, ok: a.ok, n: a.n };
  return { headline: headline(summary), summary, problems };
}

function readGold<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  let json: unknown;
  try { json = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) { throw new Error(`gold file ${file} is not JSON: ${(e as Error).message}`); }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`gold file ${file} does not follow GOLD_FORMAT.md: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** events.json / officials.json of an output folder: a list, or an object holding one under `key`. */
function readList<T>(file: string, key: string, problems: string[]): T[] {
  let json: unknown;
  try { json = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { problems.push(`no ${path.basename(file)}`); return []; }
  if (Array.isArray(json)) return json as T[];
  const inner = (json as Record<string, unknown> | null)?.[key];
  return Array.isArray(inner) ? (inner as T[]) : [];
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

function headline(s: EvaluationReport['summary']): Record<string, number | null> {
  const f1 = (k: string) => r3((s[k] as PRF | undefined)?.f1 ?? 0);
  const acc = (k: string) => r3((s[k] as { acc: number } | undefined)?.acc ?? 0);
  return {
    body: f1('bodyTokens'), boiler: acc('boilerplateRemoved'), mustNot: acc('mustNotContain'), must: acc('mustContain'),
    title: acc('title'), pub: acc('publishedAt'), datesF1: f1('dates'), dateValF1: f1('datesStrict'),
    ratingsF1: f1('ratings'), prev: acc('ratingPrevious'), officialsF1: f1('officials'), roles: acc('officialRole'),
    quotesF1: f1('quotes'), attrib: acc('attribution'), quotesE2E: f1('quotesAttributed'),
    eventF1: r3((s.eventF1 as number | undefined) ?? 0), eventDups: (s.events as EventSummary | undefined)?.duplicates ?? null,
    registryF1: r3((s.registryF1 as number | undefined) ?? 0),
  };
}

/** The report as the reference scorer prints it: problem lines, then 'key=value …'. */
export function formatReport(report: EvaluationReport, { problems }: { problems: boolean }): string {
  const lines = problems ? report.problems.map((p) => `  - ${p}`) : [];
  lines.push(Object.entries(report.headline).map(([k, v]) => `${k}=${v}`).join(' '));
  return lines.join('\n');
}
