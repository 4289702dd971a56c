/**
 * The project's evaluator (`newsfacts eval`): the definitions of the reference scorer
 * (shared/eval/score.mjs), so users can measure the pipeline on their own annotated articles.
 * Files are read here only; the scoring functions take parsed JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { missingRecord, scoreArticle, unreadableRecord, type ArticleScore, type CountKey, type HitKey, type PredictedArticle } from './articles.js';
import { scoreEvents, scoreRegistry, type EventSummary, type PredictedEvent, type PredictedOfficial, type RegistrySummary } from './batch.js';
import { GoldArticleSchema, GoldEventsSchema, GoldOfficialsSchema } from './gold.js';
import { accuracy, prf, type Accuracy, type Counts, type Hits, type PRF } from './match.js';

export interface EvaluateOptions {
  goldDir: string;
  outDir: string;
  /** The raw articles; defaults to the 'articles' folder beside goldDir. */
  articlesDir?: string;
}

/** Every measure, keyed as the reference scorer keys them; a measure appears once some article had it. */
export type Summary = Partial<Record<CountKey, PRF>> & Partial<Record<HitKey, Accuracy>> & {
  events?: EventSummary;
  eventF1?: number;
  registry?: RegistrySummary;
  registryF1?: number;
  /** Gold articles, and how many of them have an output record: none means the wrong output folder. */
  articles?: { gold: number; withRecord: number };
};

export interface EvaluationReport {
  /** The figures worth watching, rounded to three decimals (eventDups is a count, null without events gold). */
  headline: Record<string, number | null>;
  summary: Summary;
  /** One line per miss, spurious item or wrong value, articles first, then events and registry. */
  problems: string[];
}

/** Gold folder files that describe the batch, not one article. */
const BATCH_FILES = new Set(['events.json', 'officials.json']);

export function evaluate({ goldDir, outDir, articlesDir = path.join(goldDir, '..', 'articles') }: EvaluateOptions): EvaluationReport {
  const goldFiles = fs.readdirSync(goldDir).filter((f) => f.endsWith('.json') && !BATCH_FILES.has(f)).sort();
  const articles = goldFiles.map((f) => scoreArticleFiles(path.join(goldDir, f), outDir, articlesDir));
  const summary: Summary = {};
  const problems = articles.flatMap((a) => a.problems);

  const eventsGold = path.join(goldDir, 'events.json');
  if (fs.existsSync(eventsGold)) {
    const predicted = readOutputList<PredictedEvent>(path.join(outDir, 'events.json'), 'events', problems);
    const { events, eventF1, problems: found } = scoreEvents(readGold(eventsGold, GoldEventsSchema), predicted);
    Object.assign(summary, { events, eventF1 });
    problems.push(...found);
  }
  const officialsGold = path.join(goldDir, 'officials.json');
  if (fs.existsSync(officialsGold)) {
    const predicted = readOutputList<PredictedOfficial>(path.join(outDir, 'officials.json'), 'officials', problems);
    const { registry, registryF1, problems: found } = scoreRegistry(readGold(officialsGold, GoldOfficialsSchema), predicted);
    Object.assign(summary, { registry, registryF1 });
    problems.push(...found);
  }
  Object.assign(summary, totals(articles));
  const missing = problems.filter((p) => p.endsWith(': no output record')).length;
  summary.articles = { gold: goldFiles.length, withRecord: goldFiles.length - missing };
  return { headline: headline(summary), summary, problems };
}

/** One gold file, its output record and (for the body's token F1) its raw text file. */
function scoreArticleFiles(goldFile: string, outDir: string, articlesDir: string): ArticleScore {
  const gold = readGold(goldFile, GoldArticleSchema);
  const recordFile = path.join(outDir, 'articles', `${gold.id}.json`);
  if (!fs.existsSync(recordFile)) return missingRecord(gold.id);
  let pred: PredictedArticle;
  try { pred = JSON.parse(fs.readFileSync(recordFile, 'utf8')) as PredictedArticle; } catch { return unreadableRecord(gold.id); }
  const rawFile = ['.txt', '.html', '.htm'].map((e) => path.join(articlesDir, gold.id + e)).find((f) => fs.existsSync(f));
  const raw = rawFile?.endsWith('.txt') ? fs.readFileSync(rawFile, 'utf8') : null;
  return scoreArticle(gold, pred, raw);
}

/** A malformed gold file stops the run with its name: scoring against it would mislead. */
function readGold<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  let json: unknown;
  try { json = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) { throw new Error(`gold file ${file} is not JSON: ${(e as Error).message}`); }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`gold file ${file} does not follow GOLD_FORMAT.md: ${issues}`);
  }
  return parsed.data;
}

/** events.json / officials.json of an output folder: a list, or an object holding one under `key`; missing is a problem, not an error. */
function readOutputList<T>(file: string, key: string, problems: string[]): T[] {
  let json: unknown;
  try { json = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { problems.push(`no ${path.basename(file)}`); return []; }
  if (Array.isArray(json)) return json as T[];
  const inner = (json as Record<string, unknown> | null)?.[key];
  return Array.isArray(inner) ? (inner as T[]) : [];
}

/** Sums the articles' counts into micro-averaged P/R/F1 and accuracies, keys in first-seen order. */
function totals(articles: readonly ArticleScore[]): Summary {
  const counts: Partial<Record<CountKey, Counts>> = {};
  const hits: Partial<Record<HitKey, Hits>> = {};
  for (const a of articles) {
    for (const [k, c] of entries(a.counts)) {
      const t = (counts[k] ??= { tp: 0, pred: 0, gold: 0 });
      t.tp += c.tp; t.pred += c.pred; t.gold += c.gold;
    }
    for (const [k, h] of entries(a.hits)) {
      const t = (hits[k] ??= { ok: 0, n: 0 });
      t.ok += h.ok; t.n += h.n;
    }
  }
  const summary: Summary = {};
  for (const [k, c] of entries(counts)) summary[k] = prf(c.tp, c.pred, c.gold);
  for (const [k, h] of entries(hits)) summary[k] = accuracy(h);
  return summary;
}

const entries = <K extends string, V>(o: Partial<Record<K, V>>) => Object.entries(o) as Array<[K, V]>;

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** A measure no article had scores 0 in the headline (unlike in the summary, where it is absent). */
function headline(s: Summary): Record<string, number | null> {
  const f1 = (k: CountKey) => r3(s[k]?.f1 ?? 0);
  const acc = (k: HitKey) => r3(s[k]?.acc ?? 0);
  return {
    body: f1('bodyTokens'), boiler: acc('boilerplateRemoved'), mustNot: acc('mustNotContain'), must: acc('mustContain'),
    title: acc('title'), pub: acc('publishedAt'), datesF1: f1('dates'), dateValF1: f1('datesStrict'),
    ratingsF1: f1('ratings'), prev: acc('ratingPrevious'), officialsF1: f1('officials'), roles: acc('officialRole'),
    quotesF1: f1('quotes'), attrib: acc('attribution'), quotesE2E: f1('quotesAttributed'),
    eventF1: r3(s.eventF1 ?? 0), eventDups: s.events?.duplicates ?? null, registryF1: r3(s.registryF1 ?? 0),
  };
}

/** The report as the reference scorer prints it: problem lines (when asked), then 'key=value …'. */
export function formatReport(report: EvaluationReport, { problems }: { problems: boolean }): string {
  const lines = problems ? report.problems.map((p) => `  - ${p}`) : [];
  lines.push(Object.entries(report.headline).map(([k, v]) => `${k}=${v}`).join(' '));
  return lines.join('\n');
}
