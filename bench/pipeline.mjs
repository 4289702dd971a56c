#!/usr/bin/env node
// Whole-pipeline benchmark (issue #7): throughput, memory, time per stage, merge growth, and a naive
// compromise + chrono-node baseline, and report.html (its size, and its open time in headless Chromium),
// on a generated batch of real news text. The batch runs twice per
// worker count: as `newsfacts extract` in a process of its own (records written; its peak RSS is the CLI's
// alone) and through the library in this process (records in memory).
//
//   npx tsc -p tsconfig.build.json && node bench/pipeline.mjs [--articles N] [--workers W]
//        [--json out.json] [--skip-baseline] [--skip-single] [--baseline-articles B] [--seed S] [--keep]
//
// N defaults to 2,000 (up to 100,000), W to the number of cores, B (baseline subset) to 500.
// The batch is written to a folder under os.tmpdir() and removed at the end unless --keep.
// Everything goes through the public API of the built package (dist/), the way a user would run it.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadSources, writeBatch } from './lib/corpus.mjs';
import { fmt, machine, mib, table } from './lib/report.mjs';
import { CHROMIUM, openReport } from './lib/openReport.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const execFileAsync = promisify(execFile);
const ROOT = resolve(HERE, '..');
const workersLabel = (n) => `${n} worker${n === 1 ? '' : 's'}`;
const STAGES = ['ingest', 'clean', 'language', 'dates', 'ratings', 'people', 'officials', 'quotes', 'events'];
const MAX_ARTICLES = 100_000;
const BASELINE_REF_DATE = new Date('2024-03-03T12:00:00Z'); // a fixed 'now' for chrono, so runs agree

const USAGE = `usage: node bench/pipeline.mjs [--articles N] [--workers W] [--json FILE] [--skip-baseline] [--skip-single]
                                [--baseline-articles B] [--seed S] [--keep] [--redis]`;

function parseArgs(argv) {
  const args = { articles: 2000, workers: cpus().length, json: null, baseline: true, baselineArticles: 500, seed: 7, keep: false, single: true, redis: false };
  const int = (name, v, min, max) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} needs an integer from ${min} to ${max}, got ${v}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--articles') args.articles = int(a, argv[++i], 1, MAX_ARTICLES);
    else if (a === '--workers') args.workers = int(a, argv[++i], 1, 256);
    else if (a === '--json') args.json = resolve(process.cwd(), argv[++i] ?? '');
    else if (a === '--skip-baseline') args.baseline = false;
    else if (a === '--skip-single') args.single = false;
    else if (a === '--baseline-articles') args.baselineArticles = int(a, argv[++i], 1, MAX_ARTICLES);
    else if (a === '--seed') args.seed = int(a, argv[++i], 0, 2 ** 31 - 1);
    else if (a === '--keep') args.keep = true;
    else if (a === '--redis') args.redis = true;
    else if (a === '--help' || a === '-h') { console.log(USAGE); process.exit(0); }
    else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  return args;
}

/** The built package's public API. */
async function loadApi() {
  try {
    return await import('../dist/index.js');
  } catch (e) {
    throw new Error(`cannot load dist/ (${e.message}); build first: npm run build`);
  }
}

// ---- memory ------------------------------------------------------------------------------------

/** maxRSS is a high-water mark for the whole process (worker threads included), in KiB. */
const maxRssMiB = () => process.resourceUsage().maxRSS / 1024;

/**
 * The process's high-water mark never goes down, so it cannot tell the phases apart; this samples
 * the current RSS during one phase (a timer for async phases, explicit calls in synchronous loops).
 */
function rssSampler() {
  let peak = process.memoryUsage.rss();
  const sample = () => { peak = Math.max(peak, process.memoryUsage.rss()); };
  const timer = setInterval(sample, 50);
  timer.unref();
  return { sample, stop: () => { clearInterval(timer); sample(); return mib(peak); } };
}

// ---- pipeline ----------------------------------------------------------------------------------

/**
 * One batch run of `newsfacts extract`, as a process of its own (so its peak RSS is the CLI's alone,
 * not this benchmark's): workers read the files, extract, write the records and send back merge
 * inputs; then the merge and the merged files. Stage times and counts come from its manifest; the
 * merge inputs are rebuilt from the records afterwards, for the merge-scaling figures.
 */
async function runPipeline(inDir, outDir, workers) {
  const rssFile = `${outDir}.maxrss`;
  const t0 = performance.now();
  await execFileAsync(process.execPath, ['--import', join(HERE, 'lib', 'maxRss.mjs'), join(ROOT, 'dist', 'cli', 'main.js'), 'extract', inDir,
    // the report is timed on its own (reportFigures), so that these figures stay those of the extraction
    '--out', outDir, '--concurrency', String(workers), '--force', '--quiet', '--no-report'], { env: { ...process.env, NEWSFACTS_MAXRSS_FILE: rssFile } });
  const wallMs = performance.now() - t0;
  const peakRssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'));
  const t = manifest.run.timingsMs;
  const errors = manifest.inputs.filter((i) => i.status === 'error').map((i) => `${i.source}: ${i.error}`);
  const bytes = manifest.inputs.reduce((sum, i) => sum + (i.bytes ?? 0), 0);
  return { wallMs, mergeMs: t.merge ?? 0, bytes, ok: manifest.counts.ok, errors, stageMs: Object.fromEntries(STAGES.map((s) => [s, t[s] ?? 0])),
    writeMs: t.write ?? 0, events: manifest.counts.events, officials: manifest.counts.officials, peakRssMiB };
}

/**
 * The same batch through the library, as another pipeline embeds it: extractBatch with W workers, each
 * record's JSON handed back in memory (no file written), then mergeInputs. It shows what extraction
 * costs apart from this machine's file creation, whose cost varies tenfold from run to run here.
 */
async function runLibrary(api, inDir, workers) {
  const t0 = performance.now();
  const inputs = [];
  let ok = 0;
  for await (const result of api.extractBatch(inDir, { workers })) {
    if ('merge' in result) { inputs.push(result.merge); ok++; }
  }
  const { events } = api.mergeInputs(inputs);
  const wallMs = performance.now() - t0;
  return { wallMs, ok, events: events.length, articlesPerSec: ok / (wallMs / 1000) };
}

/** Merge inputs of the records a run wrote, in file order. */
function readMergeInputs(api, outDir) {
  const dir = join(outDir, 'articles');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => api.mergeInput(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

/**
 * Merge time on prefixes of the collected inputs, to show how it grows. A fast size is repeated
 * (best of 3) because a single sub-second timing is mostly noise and GC.
 */
function mergeScaling(api, inputs, n) {
  const sizes = [...new Set([n >= 20_000 ? Math.floor(inputs.length / 50) : 0, Math.floor(inputs.length / (n >= 20_000 ? 5 : 10)), inputs.length])]
    .filter((s) => s >= 2);
  return sizes.map((size) => {
    const prefix = inputs.slice(0, size);
    let best = Infinity;
    for (let rep = 0; rep < 3; rep++) {
      const t0 = performance.now();
      api.mergeInputs(prefix);
      best = Math.min(best, performance.now() - t0);
      if (best > 500) break;
    }
    return { n: size, ms: best, nsPerNLogN: (best * 1e6) / (size * Math.log2(size)) };
  });
}

// ---- report -----------------------------------------------------------------------------------

/**
 * report.html for the batch: `newsfacts report` as a process (its wall time and file size), then the
 * file opened in headless Chromium (median of 3 opens to the first paint, a filter change, a screenshot).
 */
async function reportFigures(outDir, articles) {
  const t0 = performance.now();
  await execFileAsync(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), 'report', outDir]);
  const buildMs = performance.now() - t0;
  const shots = join(ROOT, 'bench-results');
  mkdirSync(shots, { recursive: true });
  const opened = await openReport(join(outDir, 'report.html'), { screenshot: join(shots, `report-${articles}.png`) });
  return { buildMs, ...(opened ?? { bytes: statSync(join(outDir, 'report.html')).size, openMs: null, note: `no Chromium at ${CHROMIUM}: open time not measured` }) };
}

// ---- machine scaling ----------------------------------------------------------------------------

/**
 * How much two cores of this machine give on this work, whatever the pool: the same articles
 * extracted by one process, then split between two processes running at once (no threads, no
 * messages, nothing shared). Virtual cores that share a physical core give well under 2x.
 */
async function machineScaling(inDir, count, work) {
  const files = readdirSync(inDir).filter((f) => !f.startsWith('.')).sort().slice(0, count).map((f) => join(inDir, f));
  const list = (name, xs) => { const file = join(work, name); writeFileSync(file, xs.join('\n')); return file; };
  const run = (file) => new Promise((resolve, reject) => {
    execFile(process.execPath, [join(HERE, 'lib', 'inThread.mjs'), file], (e, out) => (e ? reject(e) : resolve(Number(out.trim()))));
  });
  const half = Math.ceil(files.length / 2);
  const [a, b] = [list('half-a.txt', files.slice(0, half)), list('half-b.txt', files.slice(half))];
  const alone = (await run(a)) + (await run(b));
  const t0 = performance.now();
  const together = await Promise.all([run(a), run(b)]);
  const wall = Math.max(...together);
  return { articles: files.length, oneAtATimeMs: alone, twoAtOnceMs: wall, speedup: alone / wall, elapsedMs: performance.now() - t0 };
}

// ---- baseline ----------------------------------------------------------------------------------

/**
 * The naive approach the README argues against: compromise tags the whole text (people and
 * quotations) and chrono-node parses it for dates, one article after another on one thread. It
 * does less than the pipeline (no cleaning, ratings, officials' roles or attribution), so the ratio
 * flatters the baseline. The document is parsed once and asked twice (cheaper than nlp() twice).
 */
async function runBaseline(inDir, count) {
  const { default: nlp } = await import('compromise');
  const chrono = await import('chrono-node');
  const files = readdirSync(inDir).filter((f) => !f.startsWith('.')).sort().slice(0, count);
  const one = (text) => {
    const doc = nlp(text);
    return { people: doc.people().json().length, quotes: doc.quotations().json().length, dates: chrono.en.GB.parse(text, BASELINE_REF_DATE).length };
  };
  one(readFileSync(join(ROOT, 'fixtures', 'articles', readdirSync(join(ROOT, 'fixtures', 'articles'))[0]), 'utf8')); // warm-up: lexicon load and JIT are not per-article cost
  const rss = rssSampler();
  const found = { people: 0, quotes: 0, dates: 0 };
  let bytes = 0;
  const t0 = performance.now();
  for (const f of files) {
    const text = readFileSync(join(inDir, f), 'utf8');
    bytes += Buffer.byteLength(text);
    const r = one(text);
    found.people += r.people; found.quotes += r.quotes; found.dates += r.dates;
    rss.sample();
  }
  const ms = performance.now() - t0;
  return { articles: files.length, bytes, ms, articlesPerSec: files.length / (ms / 1000), found, peakRssMiB: rss.stop() };
}

// ---- output ------------------------------------------------------------------------------------

function printReport(f) {
  const p = f.pipeline;
  console.log(table(`\nPipeline, ${workersLabel(p.workers)} (${f.articles} articles, ${fmt(mib(f.corpus.bytes))} MiB)`, [
    ['articles per second', fmt(p.articlesPerSec), `${p.ok} ok, ${p.errors.length} errors`],
    ['MiB per second', fmt(p.mibPerSec, 2)],
    ['wall time, whole run', `${fmt(p.wallMs / 1000, 2)} s`, '`newsfacts extract` as a process: start-up, read, extract, write, merge, merged files'],
    ['  write (JSON + rename)', `${fmt(p.writeMs / 1000, 2)} s`, 'summed over the workers, which write the records they make'],
    ['  merge (mergeInputs)', `${fmt(p.mergeMs / 1000, 2)} s`, `${p.events} events, ${p.officials} officials`],
    ['peak RSS', `${fmt(p.peakRssMiB)} MiB`, 'maxRSS of the `newsfacts extract` process, worker threads included'],
    ['library, articles per second', fmt(f.library.articlesPerSec), `extractBatch + mergeInputs, records kept in memory: no file written (wall ${fmt(f.library.wallMs / 1000, 2)} s)`],
  ]));
  const stageSum = STAGES.reduce((s, k) => s + p.stageMs[k], 0);
  console.log(table(`\nTime per stage (summed over articles${p.workers > 1 ? ` and ${p.workers} workers: the sum can exceed wall time` : ''})`,
    STAGES.map((s) => [s, `${fmt(p.stageMs[s], 0)} ms`, `${fmt(p.stageMs[s] / p.ok, 2)} ms/article  ${fmt((100 * p.stageMs[s]) / stageSum)} %`])
      .concat([['sum', `${fmt(stageSum, 0)} ms`, `${fmt(stageSum / p.ok, 2)} ms/article  (wall ${fmt(p.wallMs, 0)} ms)`]])));
  if (f.singleWorker) {
    console.log(table('\nWorker pool', [
      ['1 worker, articles per second', fmt(f.singleWorker.articlesPerSec), `wall ${fmt(f.singleWorker.wallMs / 1000, 2)} s`],
      [`${workersLabel(p.workers)}, articles per second`, fmt(p.articlesPerSec)],
      ['speed-up', `${fmt(f.singleWorker.speedup, 2)}x`, `on ${f.machine.cpus} cores; the main thread also lists, merges and writes the merged files`],
      ['speed-up, library', `${fmt(f.library.articlesPerSec / f.singleWorker.library.articlesPerSec, 2)}x`,
        `${fmt(f.singleWorker.library.articlesPerSec)} -> ${fmt(f.library.articlesPerSec)} articles/s, no file written`],
      ...(f.machineScaling ? [['ceiling: 2 processes at once', `${fmt(f.machineScaling.speedup, 2)}x`,
        `${f.machineScaling.articles} articles in-thread: ${fmt(f.machineScaling.oneAtATimeMs / 1000, 2)} s one after the other, ${fmt(f.machineScaling.twoAtOnceMs / 1000, 2)} s as two halves at once`]] : []),
    ]));
  }
  if (f.baseline) {
    const b = f.baseline;
    console.log(table(`\nNaive baseline: compromise people+quotations and chrono-node en.GB on the whole text, 1 thread`, [
      ['articles timed', b.articles, b.articles < f.articles ? `the first ${b.articles} of ${f.articles} (subset, to keep the run short)` : 'all'],
      ['articles per second', fmt(b.articlesPerSec), `${fmt(b.ms / 1000, 2)} s; found ${b.found.people} people, ${b.found.quotes} quotations, ${b.found.dates} dates`],
      [`pipeline (${workersLabel(p.workers)}) / baseline`, `${fmt(b.ratio, 1)}x`, 'as `newsfacts extract`, records written'],
      [`library (${workersLabel(p.workers)}) / baseline`, `${fmt(b.ratioLibrary, 1)}x`, 'records in memory, as the baseline keeps its results'],
      ['pipeline (1 worker) / baseline', f.singleWorker ? `${fmt(b.ratioSingleWorker, 1)}x` : '-', 'same thread count'],
      ['peak RSS during baseline', `${fmt(b.peakRssMiB)} MiB`],
    ]));
  }
  const r = f.report;
  console.log(table(`\nreport.html (${f.articles} articles, ${p.events} events)`, [
    ['size', `${fmt(mib(r.bytes), 2)} MiB`, 'one file: data, styles, SVG charts and the filter script inside'],
    ['written in', `${fmt(r.buildMs / 1000, 2)} s`, '`newsfacts report` as a process: read the folder, draw, write'],
    ['opened in Chromium', r.openMs === null ? '-' : `${fmt(r.openMs / 1000, 2)} s`, r.note ?? `headless, file://, to the first paint after load; median of ${r.runsMs.map((ms) => fmt(ms / 1000, 2)).join(', ')} s`],
    ['a filter change', r.filterMs == null ? '-' : `${fmt(r.filterMs, 0)} ms`, 'choosing a body: every item shown or hidden'],
    ['screenshot', r.screenshot ?? '-'],
  ]));
  console.log(table('\nMerge scaling (mergeInputs on prefixes of the batch; best of up to 3)',
    f.mergeScaling.map((m) => [`n = ${m.n}`, `${fmt(m.ms, 1)} ms`, `${fmt(m.nsPerNLogN, 2)} ns per n·log2(n)`])));
  console.log(table('\nMemory of this benchmark process (maxRSS, worker threads included; it only grows)', [
    ['after generating the batch', `${fmt(f.maxRssMiB.afterGenerate)} MiB`],
    [`after the library run, ${workersLabel(p.workers)}`, `${fmt(f.maxRssMiB.afterLibrary)} MiB`],
    ['at the end', `${fmt(f.maxRssMiB.atEnd)} MiB`],
  ]));
  console.log(`\nWhole benchmark: ${fmt(f.benchWallMs / 1000, 1)} s (generation, both pipeline runs, merges, baseline)`);
  for (const n of f.notes) console.log(`note: ${n}`);
  for (const e of p.errors.slice(0, 5)) console.log(`error: ${e}`);
}

// ---- main --------------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  const args = parseArgs(process.argv.slice(2));
  const notes = [];
  const api = await loadApi();
  const work = mkdtempSync(join(tmpdir(), 'newsfacts-bench-'));
  const inDir = join(work, 'articles');
  mkdirSync(inDir);
  try {
    // 1. the batch
    const sources = loadSources(ROOT);
    notes.push(...sources.notes);
    const g0 = performance.now();
    const written = writeBatch(inDir, args.articles, sources.texts, args.seed);
    const generationMs = performance.now() - g0;
    console.log(`Generated ${written.files} articles (${fmt(mib(written.bytes))} MiB) in ${fmt(generationMs / 1000, 2)} s from ` +
      `${sources.texts.length} base texts ${JSON.stringify(sources.counts)} into ${inDir}` +
      (written.forcedUnique ? ` (${written.forcedUnique} made unique by a reference line)` : ''));
    const afterGenerate = maxRssMiB();

    // queue mode alone: local threads against worker processes through Redis, on the same batch
    if (args.redis) {
      const { queueFigures } = await import('./lib/queue.mjs');
      console.log('Running the batch locally and through Redis with 1, 2 and 4 workers...');
      const rows = await queueFigures(join(ROOT, 'dist', 'cli', 'main.js'), inDir, work);
      console.log(table(`\nQueue mode (${args.articles} articles, ${cpus().length} cores shared by every process here: overhead, not speed-up)`,
        rows.map((r) => [r.mode, `${fmt(args.articles / (r.ms / 1000))} articles/s`, `wall ${fmt(r.ms / 1000, 2)} s`])));
      return;
    }

    // 2. the pipeline with W workers, then the merge
    console.log(`Running the pipeline with ${workersLabel(args.workers)}...`);
    const run = await runPipeline(inDir, join(work, 'out'), args.workers);
    console.log(`Running the library (extractBatch, records in memory) with ${workersLabel(args.workers)}...`);
    const library = await runLibrary(api, inDir, args.workers);
    const afterLibrary = maxRssMiB();

    console.log('Writing report.html and opening it in headless Chromium...');
    const report = await reportFigures(join(work, 'out'), args.articles);

    // 4. merge growth, on the merge inputs of the records just written
    const scaling = mergeScaling(api, readMergeInputs(api, join(work, 'out')), args.articles);

    // 2b. the same with one worker: the pool's speed-up
    let single = null;
    if (args.single) {
      console.log('Running the pipeline with 1 worker...');
      single = await runPipeline(inDir, join(work, 'out1'), 1);
      single.library = await runLibrary(api, inDir, 1);
    }

    // 2c. the ceiling of any pool here: two processes at once on the same work
    const scalingCeiling = args.single ? await machineScaling(inDir, Math.min(args.articles, 2000), work) : null;

    // 3. the naive baseline on (a prefix of) the same files
    let baseline = null;
    if (args.baseline) {
      console.log('Running the baseline...');
      baseline = await runBaseline(inDir, Math.min(args.articles, args.baselineArticles));
    }

    const pipelineAps = run.ok / (run.wallMs / 1000);
    const singleAps = single ? single.ok / (single.wallMs / 1000) : null;
    const figures = {
      tool: 'newsfacts bench/pipeline.mjs', date: new Date().toISOString(), machine: machine(), node: process.version,
      newsfactsVersion: api.VERSION, articles: args.articles, workers: args.workers, seed: args.seed,
      corpus: { ...written, generationMs, baseTexts: sources.counts },
      pipeline: { ...run, workers: args.workers, articlesPerSec: pipelineAps, mibPerSec: mib(run.bytes) / (run.wallMs / 1000) },
      library,
      machineScaling: scalingCeiling,
      singleWorker: single && { ...single, errors: single.errors.length, articlesPerSec: singleAps, speedup: single.wallMs / run.wallMs },
      baseline: baseline && { ...baseline, ratio: pipelineAps / baseline.articlesPerSec, ratioSingleWorker: singleAps && singleAps / baseline.articlesPerSec,
        ratioLibrary: library.articlesPerSec / baseline.articlesPerSec },
      mergeScaling: scaling,
      report,
      maxRssMiB: { afterGenerate, afterLibrary, atEnd: maxRssMiB() },
      benchWallMs: performance.now() - started,
      notes,
    };
    printReport(figures);
    if (args.json) {
      writeFileSync(args.json, JSON.stringify(figures, null, 2) + '\n');
      console.log(`figures written to ${args.json}`);
    }
  } finally {
    if (args.keep) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
