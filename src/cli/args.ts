import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../pipeline/limits.js';
import { DEFAULT_LOCK_MS } from '../pipeline/queue/settings.js';

export const USAGE = `newsfacts: dates, ratings, officials and quotations from news articles, merged into events.

Usage:
  newsfacts extract INPUT --out DIR [options]  extract every file of the folder INPUT (or the one file
                                               INPUT; the articles of a .jsonl, .ndjson or .json file, one
                                               a line; the HTML pages of a .warc or .warc.gz file, also
                                               inside the folder; standard input for '-', as one article
                                               or as JSON lines when it starts with '{') into DIR
  newsfacts extract INPUT --jsonl - [options]  the same, each record as one line of standard output
  newsfacts extract INPUT --out DIR --redis URL  the same run, the articles extracted by the workers of
                                               a Redis server (see worker): same files as a local run
  newsfacts worker --redis URL [--concurrency N] [--lock-ms N]
                                               extract the articles queued on URL by extract --redis, on
                                               any number of machines, until stopped (Ctrl-C, SIGTERM)
  newsfacts merge INPUT... --out DIR [--force] [--no-report] [--quiet]
                                               merge the records of several runs into one output folder,
                                               equal to one run over all their inputs; each INPUT is an
                                               extract output folder or a file of --jsonl records
  newsfacts report OUTDIR                      write OUTDIR/report.html from an extract run's output folder
  newsfacts export OUTDIR [--sqlite FILE] [--csv DIR] [--jsonl FILE]
                                               the output folder as a SQLite database, CSV files or JSON lines
  newsfacts eval --gold DIR --out DIR          score an output folder against gold annotations
  newsfacts --help | --version

extract options:
  --out DIR           output folder (default: newsfacts-output). newsfacts marks the folders it writes
                      and changes only its own files there; a folder that holds other files is refused
                      unless --force
  --concurrency N     worker threads extracting at once (default: number of cores, here ${cpus().length})
  --max-bytes N       refuse inputs larger than N bytes (default: ${DEFAULT_MAX_BYTES})
  --timeout-ms N      give up on an article after N ms (default: ${DEFAULT_TIMEOUT_MS})
  --meta FILE         what the scraper kept beside each article, one row per article: JSON lines or
                      CSV (.csv), keyed by id (the file's record id) or path (relative to INPUT),
                      with any of url, publishedAt, outlet, title, author (the column names of
                      news-please, trafilatura and newspaper4k are understood too)
  --jsonl -           write each article's record as one line of JSON to standard output, in input
                      order (progress and errors go to stderr). Without --out nothing else is
                      written (no events, officials, manifest or report: those need the whole batch);
                      with --out the folder is written as well
  --force             extract every input again (by default a record is reused when its input
                      and the pipeline are unchanged since it was written), and write into a folder
                      that holds files newsfacts did not write (it still deletes none of them)
  --quiet             no progress on stderr
  --no-report         do not write DIR/report.html
  --sqlite FILE, --csv DIR, --jsonl FILE
                      also export the output, as with newsfacts export (--jsonl - is standard output, above)
  --redis URL         queue every article on the Redis server at URL (redis://host:6379) for the workers
                      started there with newsfacts worker, and write what they return; the input is read
                      here and each article travels in its job. Run again after a stop: the jobs done
                      are not done twice

worker options:
  --redis URL         the Redis server extract --redis queues on
  --concurrency N     articles extracted at once, each on a thread (default: number of cores)
  --lock-ms N         how long a job stays taken without word from its worker (default: ${DEFAULT_LOCK_MS}):
                      a killed worker's jobs go back to the queue after it

merge: a record id found in two inputs is kept once when both records were made from the same input;
with different inputs the second is an error entry. Every record must come from this version's pipeline.

export options (at least one):
  --sqlite FILE       one SQLite database: a table per entity (articles, dates, ratings, officials,
                      official_roles, quotes, bodies, events, event_sources, event_ratings, event_quotes),
                      full-text search in articles_fts and quotes_fts; opens in Datasette or sqlite3
  --csv DIR           one CSV file per table (RFC 4180, UTF-8) in the folder DIR
  --jsonl FILE        one article record per line
  A file or folder that exists is replaced only when newsfacts wrote it.

eval options:
  --gold DIR          gold annotations, one <id>.json per article, plus events.json and officials.json
  --out DIR           the output folder of an extract run
  --articles DIR      the raw articles the gold refers to (default: the 'articles' folder beside DIR of --gold)
  --problems          list every miss before the headline
  --json              print the full report as JSON

Outputs (extract): DIR/articles/<id>.json (<id>: the file's path in INPUT without its extension, made
safe), DIR/events.json, DIR/officials.json, DIR/bodies.json, DIR/manifest.json, DIR/schema/*.schema.json, and
DIR/report.html (a page to open in a browser: timeline, bodies, officials, quotes, each fact with its evidence). Offsets are
JavaScript string positions (UTF-16 code units). Ctrl-C (SIGINT) or SIGTERM stops at once, keeping the
records written; run again to finish. Exit code: 0 when at least one article was processed; 1 when
none could be; 2 for bad arguments; 130 when interrupted.`;

/** A mistake in how the tool was called: one line, exit code 2. */
export class UsageError extends Error {}

/** Options that take a value: a value that looks like an option ('--concurrency -3') is still theirs. */
const VALUE_OPTIONS = new Set(['--redis', '--lock-ms', '--out', '--concurrency', '--max-bytes', '--timeout-ms', '--gold', '--articles', '--meta', '--sqlite', '--csv', '--jsonl']);

/** What to write besides the JSON files: report.html in the output folder, and the exports where asked. */
export interface OutputTargets { report: boolean; sqlite?: string; csv?: string; jsonl?: string }

export interface ExtractArgs {
  /** outDir: null with --jsonl - and no --out (records to standard output only). */
  command: 'extract'; inputDir: string; outDir: string | null; concurrency: number; maxBytes: number; timeoutMs: number; force: boolean; quiet: boolean;
  /** --jsonl -: each record as a line of standard output. */
  jsonl: boolean; meta?: string; outputs: OutputTargets;
  /** --redis: the articles go through the queue on this server instead of local threads. */
  redis?: string;
}
export interface WorkerArgs { command: 'worker'; redis: string; concurrency: number; lockMs: number }
export interface MergeArgs { command: 'merge'; inputs: string[]; outDir: string; force: boolean; quiet: boolean; outputs: OutputTargets }
export interface ReportArgs { command: 'report'; outDir: string }
export interface ExportArgs { command: 'export'; outDir: string; outputs: OutputTargets }
export interface EvalArgs { command: 'eval'; goldDir: string; outDir: string; articlesDir?: string; problems: boolean; json: boolean }
export type Args = ExtractArgs | WorkerArgs | MergeArgs | ReportArgs | ExportArgs | EvalArgs | { command: 'help' } | { command: 'version' };

/** `env`: npm's `npm_config_out` there means npm took an `--out` meant for us (`npm run extract DIR --out X` without `--`). */
export function parseCli(argv: string[], env: Record<string, string | undefined> = {}): Args {
  let parsed;
  const args = argv.map((a, i) => (VALUE_OPTIONS.has(argv[i - 1]!) && /^-\d/.test(a) ? `=${a}` : a))
    .reduce<string[]>((out, a) => (a.startsWith('=') ? [...out.slice(0, -1), `${out[out.length - 1]}${a}`] : [...out, a]), []);
  try {
    parsed = parseArgs({
      args, allowPositionals: true, strict: true,
      options: {
        out: { type: 'string' }, meta: { type: 'string' }, concurrency: { type: 'string' }, 'max-bytes': { type: 'string' }, 'timeout-ms': { type: 'string' },
        quiet: { type: 'boolean' }, force: { type: 'boolean' }, gold: { type: 'string' }, articles: { type: 'string' },
        problems: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' }, 'no-report': { type: 'boolean' }, sqlite: { type: 'string' }, csv: { type: 'string' },
        jsonl: { type: 'string' }, redis: { type: 'string' }, 'lock-ms': { type: 'string' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { command: 'help' };
  if (v.version) return { command: 'version' };
  const [command, ...rest] = positionals;
  if (command === undefined) throw new UsageError('no command: newsfacts extract INPUT --out DIR, or newsfacts worker, merge, report, export or eval');
  const stdout = v.jsonl === '-';
  const exports = { ...(v.sqlite ? { sqlite: v.sqlite } : {}), ...(v.csv ? { csv: v.csv } : {}), ...(v.jsonl && !stdout ? { jsonl: v.jsonl } : {}) };
  if (command === 'extract') {
    if (rest.length !== 1) throw new UsageError(rest.length ? `extract takes one input, got ${rest.length}` : 'extract needs an input: a folder, a file, or - for standard input');
    if (!v.out && env.npm_config_out !== undefined) {
      throw new UsageError(`npm took --out ${env.npm_config_out} for itself: put -- before the arguments (npm run extract -- INPUT --out DIR)`);
    }
    return {
      command, inputDir: rest[0]!, outDir: v.out ?? (stdout ? null : 'newsfacts-output'), jsonl: stdout,
      concurrency: positiveInt('--concurrency', v.concurrency, cpus().length),
      maxBytes: positiveInt('--max-bytes', v['max-bytes'], DEFAULT_MAX_BYTES),
      timeoutMs: positiveInt('--timeout-ms', v['timeout-ms'], DEFAULT_TIMEOUT_MS), force: !!v.force, quiet: !!v.quiet,
      ...(v.meta ? { meta: v.meta } : {}), ...(v.redis ? { redis: v.redis } : {}), outputs: { report: !v['no-report'] && !(stdout && !v.out), ...exports },
    };
  }
  if (command === 'worker') {
    if (rest.length) throw new UsageError(`worker takes no input (extract --redis reads it), got ${rest.join(' ')}`);
    if (!v.redis) throw new UsageError('worker needs --redis URL: the Redis server extract --redis queues on');
    return { command, redis: v.redis, concurrency: positiveInt('--concurrency', v.concurrency, cpus().length), lockMs: positiveInt('--lock-ms', v['lock-ms'], DEFAULT_LOCK_MS) };
  }
  if (command === 'merge') {
    if (!rest.length) throw new UsageError('merge needs at least one input: an output folder of extract, or a file of its --jsonl records');
    if (!v.out) throw new UsageError('merge needs --out DIR, the folder to write the merged output to');
    if (Object.keys(exports).length) throw new UsageError('--sqlite, --csv and --jsonl belong to export: newsfacts export DIR once merged');
    return { command, inputs: rest, outDir: v.out, force: !!v.force, quiet: !!v.quiet, outputs: { report: !v['no-report'] } };
  }
  if (command === 'report' || command === 'export') {
    if (rest.length !== 1) throw new UsageError(`${command} takes one output folder (the --out of an extract run), got ${rest.length}`);
    if (command === 'report') {
      if (Object.keys(exports).length) throw new UsageError('--sqlite, --csv and --jsonl belong to export (newsfacts export OUTDIR --sqlite FILE) or extract');
      return { command, outDir: rest[0]! };
    }
    if (!Object.keys(exports).length) throw new UsageError('export needs at least one of --sqlite FILE, --csv DIR, --jsonl FILE');
    return { command, outDir: rest[0]!, outputs: { report: false, ...exports } };
  }
  if (command === 'eval') {
    if (!v.gold || !v.out) throw new UsageError('eval needs --gold DIR and --out DIR');
    return { command, goldDir: v.gold, outDir: v.out, articlesDir: v.articles, problems: !!v.problems, json: !!v.json };
  }
  throw new UsageError(`unknown command '${command}' (expected extract, worker, merge, report, export or eval)`);
}

function positiveInt(flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} takes a whole number of at least 1, got '${raw}'`);
  return n;
}
