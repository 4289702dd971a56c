#!/usr/bin/env node
// Article-body extraction benchmark on the Scrapinghub/Zyte set (181 news pages).
//
//   node bench/html.mjs [scrapinghub dir] [--problems [N]] [--rounds N] [--no-speed]
//
// Scores our extractor (dist/, build first with `npx tsc -p tsconfig.build.json`) and every stored
// output/*.json of the benchmark folder with the metric described in that folder's README.md
// (word 4-shingle bags, macro precision/recall, F1 from the two means, token-sequence accuracy,
// bootstrap std over documents), prints one table sorted by F1, then measures throughput against
// Readability.js (+ linkedom) on the same in-memory pages, and ends with a one-line JSON summary.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { extractHtml } from '../dist/ingest/html/index.js';
import { cleanText } from '../dist/clean/index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const OURS = 'newsfacts (ours)';
const SHINGLE = 4;
const BOOTSTRAP_RESAMPLES = 1000;
const BOOTSTRAP_SEED = 20240601; // upstream does not seed; we do, so that two runs print the same ±

function parseArgs(argv) {
  const args = { dir: resolve(HERE, '../../shared/bench/scrapinghub'), problems: 0, rounds: 3, speed: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--problems') {
      const n = Number(argv[i + 1]);
      args.problems = Number.isInteger(n) && n > 0 ? (i++, n) : 15;
    } else if (a === '--rounds') args.rounds = Math.max(1, Number(argv[++i]) || 1);
    else if (a === '--no-speed') args.speed = false;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.dir = resolve(process.cwd(), a);
  }
  return args;
}

// ---- data -------------------------------------------------------------------------------------

function readMapping(file) {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const wrapped = json && typeof json.output === 'object' && 'version' in json;
  return { version: wrapped ? String(json.version) : 'plain', mapping: wrapped ? json.output : json };
}

function loadPages(dir, ids) {
  return ids.map((id) => ({ id, html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8') }));
}

// ---- metric (README steps 2-7) ----------------------------------------------------------------

/** Python's Unicode `\w+`: letters, numbers (all categories) and underscore; combining marks split. */
const tokenize = (text) => text.match(/[\p{L}\p{N}_]+/gu) ?? [];

function shingleBag(tokens) {
  const bag = new Map();
  if (tokens.length === 0) return bag;
  const count = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < count; i++) {
    const key = tokens.slice(i, i + SHINGLE).join(' ');
    bag.set(key, (bag.get(key) ?? 0) + 1);
  }
  return bag;
}

/** One document's normalized TP/FP/FN triple plus its exact-match flag. */
function scoreDocument(truthText, predText) {
  const truthTokens = tokenize(truthText);
  const predTokens = tokenize(predText);
  const truth = shingleBag(truthTokens);
  const pred = shingleBag(predTokens);
  let tp = 0, fp = 0, fn = 0;
  for (const [key, ct] of truth) {
    const cp = pred.get(key) ?? 0;
    tp += Math.min(ct, cp);
    fn += Math.max(0, ct - cp);
  }
  for (const [key, cp] of pred) fp += Math.max(0, cp - (truth.get(key) ?? 0));
  const sum = tp + fp + fn;
  if (sum > 0) [tp, fp, fn] = [tp / sum, fp / sum, fn / sum];
  const exact = truthTokens.length === predTokens.length && truthTokens.every((t, i) => t === predTokens[i]);
  return { tp, fp, fn, exact, empty: predTokens.length === 0 };
}

const precisionOf = ({ tp, fp, fn }) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recallOf = ({ tp, fp, fn }) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));

function aggregate(docs) {
  const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(docs.filter((d) => d.tp + d.fp > 0).map(precisionOf));
  const recall = mean(docs.filter((d) => d.tp + d.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, accuracy: mean(docs.map((d) => (d.exact ? 1 : 0))) };
}

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sample std (n-1) of each metric over document resamples with replacement (README step 8). */
function bootstrapStd(docs) {
  const random = mulberry32(BOOTSTRAP_SEED);
  const samples = { f1: [], precision: [], recall: [], accuracy: [] };
  for (let r = 0; r < BOOTSTRAP_RESAMPLES; r++) {
    const resample = docs.map(() => docs[Math.floor(random() * docs.length)]);
    const m = aggregate(resample);
    for (const k of Object.keys(samples)) samples[k].push(m[k]);
  }
  const std = (xs) => {
    const mu = xs.reduce((a, b) => a + b, 0) / xs.length;
    return Math.sqrt(xs.reduce((a, x) => a + (x - mu) ** 2, 0) / (xs.length - 1));
  };
  return Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, std(xs)]));
}

function scoreSystem(name, version, truth, ids, predictionOf) {
  const docs = ids.map((id) => ({ id, ...scoreDocument(truth[id].articleBody ?? '', predictionOf(id) ?? '') }));
  return { name, version, docs, ...aggregate(docs), std: bootstrapStd(docs), empty: docs.filter((d) => d.empty).length };
}

function sameKeys(a, b) {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => k in b);
}

// ---- report -----------------------------------------------------------------------------------

const fmt = (x, s) => `${x.toFixed(3)} ± ${s.toFixed(3)}`;

function printTable(systems) {
  const rows = [...systems].sort((a, b) => b.f1 - a.f1);
  const head = ['tool', 'version', 'F1', 'precision', 'recall', 'accuracy', 'empty'];
  const body = rows.map((s) => [
    s.name === OURS ? `**${s.name}**` : s.name,
    s.version,
    fmt(s.f1, s.std.f1),
    fmt(s.precision, s.std.precision),
    fmt(s.recall, s.std.recall),
    fmt(s.accuracy, s.std.accuracy),
    String(s.empty),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const r of body) console.log(line(r));
}

function printProblems(ours, truth, n) {
  const perDoc = ours.docs.map((d) => {
    const p = d.tp + d.fp > 0 ? precisionOf(d) : NaN;
    const r = recallOf(d);
    const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
    return { id: d.id, f1: Number.isNaN(f1) ? 0 : f1, p, r, url: truth[d.id].url };
  });
  perDoc.sort((a, b) => a.f1 - b.f1);
  console.log(`\nWorst ${n} pages (per-page F1, precision, recall):`);
  for (const d of perDoc.slice(0, n)) {
    console.log(`  ${d.f1.toFixed(3)}  P ${Number.isNaN(d.p) ? ' n/a ' : d.p.toFixed(3)}  R ${d.r.toFixed(3)}  ${d.id.slice(0, 12)}  ${d.url}`);
  }
}

// ---- throughput -------------------------------------------------------------------------------

/** Pages per second of `clean` over all pages, after one untimed warm-up pass, best of `rounds`. */
function pagesPerSecond(pages, clean, rounds) {
  for (const p of pages) clean(p.html);
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const p of pages) clean(p.html);
    best = Math.min(best, performance.now() - t0);
  }
  return pages.length / (best / 1000);
}

async function readabilityCleaner() {
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  return (html) => {
    const { document } = parseHTML(html);
    return new Readability(document).parse()?.textContent ?? '';
  };
}

// ---- main -------------------------------------------------------------------------------------

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const truth = readMapping(join(args.dir, 'ground-truth.json')).mapping;
  const ids = Object.keys(truth).sort();
  const pages = loadPages(args.dir, ids);

  const ourText = new Map(pages.map((p) => [p.id, extractHtml(p.html).text]));
  // the text the extractors see: the page's blocks after the same line cleaning as plain text (title moved out)
  const ourBody = new Map(pages.map((p) => {
    const page = extractHtml(p.html);
    return [p.id, cleanText(page.text, { metadata: page, fromHtml: true }).body];
  }));
  const systems = [
    scoreSystem(OURS, 'dist', truth, ids, (id) => ourText.get(id)),
    scoreSystem('newsfacts + line cleaning', 'dist', truth, ids, (id) => ourBody.get(id)),
  ];
  const outputDir = join(args.dir, 'output');
  for (const file of readdirSync(outputDir).filter((f) => f.endsWith('.json')).sort()) {
    const { version, mapping } = readMapping(join(outputDir, file));
    if (!sameKeys(truth, mapping)) throw new Error(`${file}: key set differs from the ground truth; not scored`);
    systems.push(scoreSystem(file.replace(/\.json$/, ''), version, truth, ids, (id) => mapping[id]?.articleBody));
  }
  console.log(`Scrapinghub article-body benchmark: ${ids.length} pages, ${systems.length} systems\n`);
  printTable(systems);
  const ours = systems[0];
  if (args.problems > 0) printProblems(ours, truth, args.problems);

  let speed = null;
  if (args.speed) {
    const mb = pages.reduce((a, p) => a + p.html.length, 0) / 1e6;
    const oursPps = pagesPerSecond(pages, extractHtml, args.rounds);
    const readabilityPps = pagesPerSecond(pages, await readabilityCleaner(), args.rounds);
    speed = { ours: oursPps, readabilityJs: readabilityPps, ratio: oursPps / readabilityPps };
    console.log(`\nThroughput (one core, ${pages.length} pages, ${mb.toFixed(1)} M chars in memory, warm-up + best of ${args.rounds}):`);
    console.log(`  ours (cheerio)                : ${oursPps.toFixed(1)} pages/s`);
    console.log(`  Readability.js + linkedom     : ${readabilityPps.toFixed(1)} pages/s`);
    console.log(`  ratio                         : ${speed.ratio.toFixed(2)}x`);
  }
  const round = (x) => Math.round(x * 1000) / 1000;
  console.log(
    JSON.stringify({
      pages: ids.length,
      f1: round(ours.f1),
      precision: round(ours.precision),
      recall: round(ours.recall),
      accuracy: round(ours.accuracy),
      empty: ours.empty,
      pagesPerSecond: speed && round(speed.ours),
      readabilityJsPagesPerSecond: speed && round(speed.readabilityJs),
      speedRatio: speed && round(speed.ratio),
    }),
  );
}

await main();
